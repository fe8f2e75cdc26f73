// issue 6: protobufjs is not fully conformant on edge cases, so every message of the contract is
// checked against protoc (Debian's protobuf-compiler), both ways: our encoding decoded by
// `protoc --decode`, and `protoc --encode`'s encoding decoded by ours, compared field by field.
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posrt } from '../../src/protos/index.js';
import { fullName, loadContract, messageTypes, parseText, PROTO_ROOT, protoFiles, samplesOf, textOf, treeOfMessage } from './proto-model.js';

interface Codec {
  create(o: Record<string, unknown>): unknown;
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): Record<string, unknown>;
}

const root = loadContract();
const types = messageTypes(root);
const files = protoFiles().map((f) => relative(PROTO_ROOT, f));
const generated = posrt.channel.v1 as unknown as Record<string, Codec>;

function protoc(mode: 'decode' | 'encode', type: string, input: Uint8Array | string): Buffer {
  return execFileSync('protoc', [`--${mode}=${type}`, '-I', PROTO_ROOT, ...files], { input, maxBuffer: 1 << 24 });
}

describe('the contract against protoc', () => {
  it('covers every message type and generates code for each', () => {
    expect(types.length).toBeGreaterThan(60);
    const missing = types.map(fullName).filter((n) => typeof generated[n.replace('posrt.channel.v1.', '')]?.encode !== 'function');
    expect(missing).toEqual([]);
  });

  const cases = types.flatMap((t) => samplesOf(t).map((s) => ({ type: t, ...s })));

  it.each(cases.map((c) => [c.label, c] as const))('%s: our encoding reads the same in protoc --decode', (_label, c) => {
    const codec = generated[c.type.name]!;
    const bytes = codec.encode(codec.create(c.obj)).finish();
    const text = protoc('decode', fullName(c.type), bytes).toString('utf8');
    expect(parseText(text)).toEqual(c.tree);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s: protoc --encode reads the same in our decode', (_label, c) => {
    const bytes = protoc('encode', fullName(c.type), textOf(c.tree));
    const decoded = generated[c.type.name]!.decode(new Uint8Array(bytes));
    expect(treeOfMessage(c.type, decoded)).toEqual(c.tree);
  });

  it('a sample that differs is seen: a swapped value fails the comparison', () => {
    const [c] = samplesOf(root.lookupType('posrt.channel.v1.Money'));
    const codec = generated.Money!;
    const bytes = codec.encode(codec.create({ ...c!.obj, currency: 'XXX' })).finish();
    expect(parseText(protoc('decode', 'posrt.channel.v1.Money', bytes).toString('utf8'))).not.toEqual(c!.tree);
  });

  it('money, times and counters are integers: no float or double field anywhere', () => {
    const floats = types.flatMap((t) => t.fieldsArray.filter((f) => f.type === 'float' || f.type === 'double').map((f) => f.fullName));
    expect(floats).toEqual([]);
  });
});
