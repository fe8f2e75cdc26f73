import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { isPosError } from '../../../src/errors/index.js';
import { decodeTlv, decodeTlvLenient, encodeTlv, findAll, findTag, parseTagHex, tagToHex, type TlvInput, type TlvNode } from '../../../src/emv/tlv/index.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isPosError(e)) return `${e.code}@${String(e.context.offset)}`;
    throw e;
  }
  return 'no error';
}

describe('BER-TLV decode', () => {
  // FCI of a PSE SELECT as in EMV Book 1 §11.3.4 / openemv emv-utils tests (1PAY.SYS.DDF01).
  const pseFci = fromHex('6F1A840E315041592E5359532E4444463031A5088801025F2D02656E');

  it('decodes a nested FCI template with multi-byte tags', () => {
    const [fci] = decodeTlv(pseFci);
    expect(fci?.tag).toBe(0x6f);
    expect(fci?.kind).toBe('constructed');
    expect(toHex(findTag([fci!], 0x84)!.value)).toBe('315041592E5359532E4444463031');
    expect(toHex(findTag([fci!], 0x88)!.value)).toBe('02');
    expect(Buffer.from(findTag([fci!], 0x5f2d)!.value).toString()).toBe('en');
    expect(findTag([fci!], 0x5f2d)!.offset).toBe(23);
  });

  it('reads 1- to 4-byte length fields', () => {
    for (const [len, field] of [[5, '05'], [0x80, '8180'], [0x1234, '821234'], [0x10000, '83010000']] as const) {
      const value = new Uint8Array(len).fill(0xab);
      const bytes = fromHex(`DF01${field}${toHex(value)}`);
      const [node] = decodeTlv(bytes);
      expect(node?.tag).toBe(0xdf01);
      expect(node?.value.length).toBe(len);
    }
  });

  it('skips 00 and FF padding before, between and after objects', () => {
    const nodes = decodeTlv(fromHex('00FF5A0212340000FF9F0206000000001000FFFF'));
    expect(nodes.map((n) => tagToHex(n.tag))).toEqual(['5A', '9F02']);
  });

  it('names the offset of every kind of fault', () => {
    expect(codeOf(() => decodeTlv(fromHex('5A021234009F')))).toBe('E-TLV-0001@5');
    expect(codeOf(() => decodeTlv(fromHex('5A')))).toBe('E-TLV-0002@1');
    expect(codeOf(() => decodeTlv(fromHex('5A8012')))).toBe('E-TLV-0003@1');
    expect(codeOf(() => decodeTlv(fromHex('5A85000000000112')))).toBe('E-TLV-0003@1');
    expect(codeOf(() => decodeTlv(fromHex('5A0412')))).toBe('E-TLV-0004@0');
    expect(codeOf(() => decodeTlv(fromHex('9F8181818101')))).toBe('E-TLV-0006@0');
    expect(codeOf(() => decodeTlv(fromHex('9F800101')))).toBe('E-TLV-0007@0');
    // A constructed object whose contents overrun it is caught inside, at the child's offset.
    expect(codeOf(() => decodeTlv(fromHex('70035A0512')))).toBe('E-TLV-0004@2');
  });

  it('stops a nesting bomb at the depth limit instead of recursing', () => {
    let bytes = fromHex('5A0112');
    for (let i = 0; i < 40; i++) bytes = wrap(bytes);
    expect(codeOf(() => decodeTlv(bytes)).startsWith('E-TLV-0005')).toBe(true);
    expect(decodeTlv(bytes, { maxDepth: 64 })).toHaveLength(1);
    // A caller's huge limit is capped, so a bomb deeper than the stack still fails typed.
    let tree: TlvInput = { tag: 0x5a, value: fromHex('12') };
    for (let i = 0; i < 100; i++) tree = { tag: 0x70, children: [tree] };
    const deep = encodeTlv([tree]);
    expect(codeOf(() => decodeTlv(deep, { maxDepth: 100_000 })).startsWith('E-TLV-0005')).toBe(true);
  });

  it('keeps what it can read in lenient mode and lists the faults', () => {
    // 70 holds a child that overruns it; then a tag with no length field.
    const { nodes, problems } = decodeTlvLenient(fromHex('5A0112700357051 29F02'.replace(/ /g, '')));
    expect(nodes.map((n) => `${tagToHex(n.tag)}:${n.kind}`)).toEqual(['5A:primitive', '70:primitive']);
    expect(problems.map((p) => p.code)).toEqual(['E-TLV-0004', 'E-TLV-0002']);
  });
});

function wrap(inner: Uint8Array): Uint8Array {
  return encodeTlv([{ tag: 0x70, children: decodeTlv(inner, { maxDepth: 1000 }).map(toInput) }]);
}

function toInput(n: TlvNode): Parameters<typeof encodeTlv>[0][number] {
  return n.kind === 'constructed' ? { tag: n.tag, children: n.children.map(toInput) } : { tag: n.tag, value: n.value };
}

describe('BER-TLV encode', () => {
  it('writes the shortest length form', () => {
    const again = encodeTlv([{ tag: 0x9f02, value: fromHex('000000001000') }, { tag: 0xa5, children: [{ tag: 0x88, value: fromHex('01') }] }]);
    expect(toHex(again)).toBe('9F02060000000010 00A5038801 01'.replace(/\s/g, ''));
    expect(toHex(encodeTlv([{ tag: 0xdf01, value: new Uint8Array(200) }])).slice(0, 8)).toBe('DF0181C8');
    expect(toHex(encodeTlv([{ tag: 0xdf01, value: new Uint8Array(300) }])).slice(0, 10)).toBe('DF0182012C');
  });

  it('refuses a value under a constructed tag and children under a primitive one', () => {
    expect(codeOf(() => encodeTlv([{ tag: 0x70, value: fromHex('00') }]))).toBe('E-TLV-0008@undefined');
    expect(codeOf(() => encodeTlv([{ tag: 0x5a, children: [] }]))).toBe('E-TLV-0008@undefined');
    expect(codeOf(() => encodeTlv([{ tag: 0x9f, value: fromHex('00') }]))).toBe('E-TLV-0007@undefined');
    // Tags decode could never read back: padding bytes first, a padded tag number.
    for (const tag of [0x00, 0xffbd5a, 0x9f8001]) expect(codeOf(() => encodeTlv([{ tag, value: fromHex('00') }]))).toBe('E-TLV-0007@undefined');
  });

  it('parses tag hex and finds every application template', () => {
    expect(parseTagHex('9f02')).toBe(0x9f02);
    expect(parseTagHex('DF8117')).toBe(0xdf8117);
    expect(codeOf(() => parseTagHex('9F'))).toBe('E-TLV-0007@undefined');
    // A PSE directory record with two application templates (EMV Book 1 §12.2.3).
    const pseRecord = decodeTlv(fromHex('70226110 4F07A0000000031010 8701 01 500256 49 610E4F07A0000000041010870102 5000'.replace(/ /g, '')));
    expect(findAll(pseRecord, 0x61).map((t) => toHex(findTag([t], 0x4f)!.value))).toEqual(['A0000000031010', 'A0000000041010']);
  });
});
