// Property and fuzz tests for the BER-TLV codec (EMV Book 3 Annex B), driven by a seeded PRNG
// so every run sees the same cases, and by the real-card corpus in tests/fixtures/emv-records
// (sources cited per item in corpus.json: mrautio/emvpt and openemv/emv-utils test suites).
// Failures are collected per property and compared with [] at the end, so a red run lists
// the first inputs that broke it in hex.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { isPosError } from '../../../src/errors/index.js';
import { decodeTlv, decodeTlvLenient, encodeTlv, tagLength, type TlvInput, type TlvNode } from '../../../src/emv/tlv/index.js';

// --- deterministic randomness -------------------------------------------------------------

/** mulberry32: 32-bit state, full period, good enough to spread fuzz cases. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const randomBytes = (rng: Rng, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(rng, 0, 255));

// --- the corpus ----------------------------------------------------------------------------

interface CorpusItem {
  readonly id: string;
  readonly hex: string;
  readonly canonical?: 'padding';
}
interface Corpus {
  readonly items: readonly CorpusItem[];
  readonly malformed: readonly { readonly id: string; readonly hex: string; readonly code: string; readonly offset: number }[];
}
const corpus = JSON.parse(readFileSync(new URL('../../fixtures/emv-records/corpus.json', import.meta.url), 'utf8')) as Corpus;
const corpusBytes = corpus.items.map((item) => ({ ...item, bytes: fromHex(item.hex) }));

// --- helpers -------------------------------------------------------------------------------

/** The tree without offsets, values in hex: what two decodings of the same data share. */
type Shape = { tag: number; value: string } | { tag: number; children: Shape[] };
function shape(nodes: readonly (TlvNode | TlvInput)[]): Shape[] {
  return nodes.map((n) => ('children' in n ? { tag: n.tag, children: shape(n.children) } : { tag: n.tag, value: toHex(n.value) }));
}

function eachNode(nodes: readonly TlvNode[], visit: (n: TlvNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.kind === 'constructed') eachNode(n.children, visit);
  }
}

/** Bytes of the top-level objects only: the input with 00/FF padding between them removed. */
function withoutPadding(bytes: Uint8Array, nodes: readonly TlvNode[]): Uint8Array {
  const parts: number[] = [];
  for (const n of nodes) {
    const end = n.value.byteOffset - bytes.byteOffset + n.value.length;
    for (let i = n.offset; i < end; i++) parts.push(bytes[i]!);
  }
  return Uint8Array.from(parts);
}

/** An independent writer that uses a chosen length form, to make non-minimal encodings. */
function encodeWithLengthBytes(nodes: readonly TlvNode[], lengthBytes: number): number[] {
  const out: number[] = [];
  for (const n of nodes) {
    const body = n.kind === 'constructed' ? encodeWithLengthBytes(n.children, lengthBytes) : Array.from(n.value);
    for (let i = tagLength(n.tag) - 1; i >= 0; i--) out.push((n.tag >>> (i * 8)) & 0xff);
    out.push(0x80 | lengthBytes);
    for (let i = lengthBytes - 1; i >= 0; i--) out.push(Math.floor(body.length / 2 ** (i * 8)) & 0xff);
    for (const b of body) out.push(b);
  }
  return out;
}

/** Reads each byte through a proxy that counts: a decoder that loops or re-reads without
 *  bound trips the budget (a plain Error, which the checks below report) instead of hanging. */
function countingView(bytes: Uint8Array): Uint8Array {
  const budget = 4 * bytes.length + 16;
  let reads = 0;
  return new Proxy(bytes, {
    get(target, prop) {
      if (typeof prop === 'string' && prop.length > 0 && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) {
        if (++reads > budget) throw new Error(`read budget of ${budget} exceeded for ${bytes.length} bytes`);
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...args: unknown[]) => unknown).bind(target) : v;
    },
  });
}

type Outcome = { kind: 'ok'; nodes: TlvNode[] } | { kind: 'error'; code: string; offset: number };

/** Runs strict and lenient decode on one input and returns what is wrong, or null. */
function probe(bytes: Uint8Array): { outcome: Outcome; fault: string | null } {
  let outcome: Outcome;
  try {
    outcome = { kind: 'ok', nodes: decodeTlv(countingView(bytes)) };
  } catch (e) {
    if (!isPosError(e)) return { outcome: { kind: 'error', code: 'foreign', offset: -1 }, fault: `strict threw ${String(e)}` };
    const offset = e.context.offset;
    if (!e.code.startsWith('E-TLV-')) return { outcome: { kind: 'error', code: e.code, offset: -1 }, fault: `strict threw ${e.code}` };
    // An offset equal to the length names where a missing byte was due (e.g. 5A with no length).
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > bytes.length) {
      return { outcome: { kind: 'error', code: e.code, offset: -1 }, fault: `${e.code} with offset ${String(offset)} for ${bytes.length} bytes` };
    }
    outcome = { kind: 'error', code: e.code, offset };
  }
  let lenient: ReturnType<typeof decodeTlvLenient>;
  try {
    lenient = decodeTlvLenient(countingView(bytes));
  } catch (e) {
    return { outcome, fault: `lenient threw ${String(e)}` };
  }
  if (outcome.kind === 'ok') {
    if (lenient.problems.length !== 0) return { outcome, fault: 'lenient found problems strict did not' };
    if (JSON.stringify(shape(lenient.nodes)) !== JSON.stringify(shape(outcome.nodes))) return { outcome, fault: 'lenient and strict trees differ' };
  } else {
    const first = lenient.problems[0];
    // Both walk depth first, so the first fault lenient meets is the one strict stops at.
    if (!first || first.code !== outcome.code || first.context.offset !== outcome.offset) {
      return { outcome, fault: `lenient's first problem ${first?.code}@${String(first?.context.offset)} is not strict's ${outcome.code}@${outcome.offset}` };
    }
  }
  return { outcome, fault: null };
}

function collect(failures: string[], bytes: Uint8Array, label: string): Outcome {
  const { outcome, fault } = probe(bytes);
  if (fault !== null && failures.length < 10) failures.push(`${label} ${toHex(bytes).slice(0, 120)}: ${fault}`);
  return outcome;
}

// --- random valid trees --------------------------------------------------------------------

function randomTag(rng: Rng, constructed: boolean): number {
  const cls = pick(rng, [0x00, 0x40, 0x80, 0xc0]) | (constructed ? 0x20 : 0);
  // A first byte of FF would read as padding (Annex B), so private constructed tags stay short.
  if (rng() < 0.5 || cls === 0xe0) {
    // Short form: tag number 0..30; 00 alone is padding, so a universal primitive starts at 1.
    return cls | int(rng, cls === 0 ? 1 : 0, 0x1e);
  }
  let tag = cls | 0x1f;
  const more = int(rng, 0, 2);
  // ISO/IEC 8825-1 8.1.2.4.2: the first subsequent byte is never 80.
  for (let i = 0; i < more; i++) tag = tag * 256 + (i === 0 ? int(rng, 0x81, 0xff) : int(rng, 0x80, 0xff));
  return (tag * 256 + int(rng, 0x00, 0x7f)) >>> 0;
}

function randomValueLength(rng: Rng): number {
  const r = rng();
  if (r < 0.6) return int(rng, 0, 16);
  if (r < 0.8) return pick(rng, [0x7f, 0x80, 0x81, 0xff, 0x100]);
  if (r < 0.995) return int(rng, 17, 600);
  return int(rng, 0x10000, 0x11000); // the three-byte length form
}

function randomTree(rng: Rng, depth: number): TlvInput[] {
  const count = int(rng, depth === 0 ? 1 : 0, 4);
  const out: TlvInput[] = [];
  for (let i = 0; i < count; i++) {
    if (depth < 5 && rng() < 0.35) out.push({ tag: randomTag(rng, true), children: randomTree(rng, depth + 1) });
    else out.push({ tag: randomTag(rng, false), value: randomBytes(rng, randomValueLength(rng)) });
  }
  return out;
}

describe('BER-TLV properties: valid data', () => {
  it('decodes every encoded random tree to the same tags, values and nesting', () => {
    const rng = mulberry32(0x7e57);
    const failures: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const tree = randomTree(rng, 0);
      const bytes = encodeTlv(tree);
      const decoded = decodeTlv(bytes);
      if (JSON.stringify(shape(decoded)) !== JSON.stringify(shape(tree))) failures.push(`tree ${i}: decoded shape differs`);
      eachNode(decoded, (n) => {
        // Offsets point at the tag, and values are views into the input, not copies.
        const tagBytes = bytes.subarray(n.offset, n.offset + tagLength(n.tag));
        if (tagBytes.reduce((t, b) => t * 256 + b, 0) !== n.tag) failures.push(`tree ${i}: offset ${n.offset} does not hold tag`);
        if (n.value.buffer !== bytes.buffer) failures.push(`tree ${i}: value of ${n.tag.toString(16)} is a copy`);
      });
      if (toHex(encodeTlv(decoded)) !== toHex(bytes)) failures.push(`tree ${i}: re-encoding differs`);
    }
    expect(failures).toEqual([]);
  });

  it('decodes every corpus item strictly and re-encodes canonical ones byte for byte', () => {
    expect(corpusBytes.length).toBeGreaterThanOrEqual(30);
    for (const item of corpusBytes) {
      const nodes = decodeTlv(item.bytes);
      const again = encodeTlv(nodes);
      if (item.canonical === 'padding') {
        // emv-utils test5: FF FF after the 70 template. Padding is dropped on re-encoding,
        // and what remains is exactly the objects' own bytes.
        expect(again.length, item.id).toBeLessThan(item.bytes.length);
        expect(toHex(again), item.id).toBe(toHex(withoutPadding(item.bytes, nodes)));
      } else {
        expect(toHex(again), item.id).toBe(item.hex);
      }
      // decode(encode(decode(x))) is decode(x).
      expect(shape(decodeTlv(again)), item.id).toEqual(shape(nodes));
    }
  });

  it('accepts non-minimal length fields and re-encodes them in the shortest form', () => {
    for (const item of corpusBytes.filter((i) => i.canonical === undefined)) {
      const nodes = decodeTlv(item.bytes);
      for (const lengthBytes of [1, 2, 4]) {
        const padded = Uint8Array.from(encodeWithLengthBytes(nodes, lengthBytes));
        const decoded = decodeTlv(padded);
        expect(shape(decoded), `${item.id} with 8${lengthBytes} lengths`).toEqual(shape(nodes));
        expect(toHex(encodeTlv(decoded)), `${item.id} with 8${lengthBytes} lengths`).toBe(item.hex);
      }
    }
    // 5A 81 02 is the long form of a length the short form holds; it is read, then written short.
    expect(toHex(encodeTlv(decodeTlv(fromHex('5A81021234'))))).toBe('5A021234');
  });

  it('reports the known malformed corpus items with their code and offset', () => {
    for (const bad of corpus.malformed) {
      const { outcome } = probe(fromHex(bad.hex));
      expect(outcome, bad.id).toEqual({ kind: 'error', code: bad.code, offset: bad.offset });
    }
  });
});

// --- hostile data --------------------------------------------------------------------------

const INTERESTING = [0x00, 0xff, 0x1f, 0x20, 0x3f, 0x5f, 0x61, 0x6f, 0x70, 0x77, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x9f, 0xa5, 0xbf, 0xdf, 0x01, 0x02];

describe('BER-TLV properties: hostile data', () => {
  it('answers random byte strings with nodes or a coded error at an offset inside the input', () => {
    const rng = mulberry32(0xbadc0de);
    const failures: string[] = [];
    let errors = 0;
    for (let i = 0; i < 4000; i++) {
      const n = int(rng, 0, 64);
      // Half uniform, half from bytes that steer the decoder into tags, lengths and templates.
      const bytes = i % 2 === 0 ? randomBytes(rng, n) : Uint8Array.from({ length: n }, () => pick(rng, INTERESTING));
      if (collect(failures, bytes, `random ${i}`).kind === 'error') errors++;
    }
    expect(failures).toEqual([]);
    // The generator must actually reach the error paths, or this test proves little.
    expect(errors).toBeGreaterThan(1000);
  });

  it('rejects every truncation of a single-object corpus item, and only those', () => {
    const failures: string[] = [];
    for (const item of corpusBytes) {
      const top = decodeTlv(item.bytes);
      const single = top.length === 1 && item.canonical === undefined;
      for (let cut = 0; cut < item.bytes.length; cut++) {
        const outcome = collect(failures, item.bytes.subarray(0, cut), `${item.id} cut at ${cut}`);
        // One object spans the whole item, so any non-empty prefix ends inside it.
        if (single && cut > 0 && outcome.kind !== 'error') failures.push(`${item.id} cut at ${cut} decoded`);
        if (single && cut > 0 && outcome.kind === 'error' && !['E-TLV-0001', 'E-TLV-0002', 'E-TLV-0004'].includes(outcome.code)) {
          failures.push(`${item.id} cut at ${cut}: ${outcome.code}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('survives a bit flip, an inserted byte and a deleted byte at every position of every corpus item', () => {
    const rng = mulberry32(0xf1195);
    const failures: string[] = [];
    let cases = 0;
    for (const item of corpusBytes) {
      const b = item.bytes;
      for (let at = 0; at < b.length; at++) {
        const flipped = b.slice();
        flipped[at] = flipped[at]! ^ (1 << int(rng, 0, 7));
        collect(failures, flipped, `${item.id} bit flip at ${at}`);
        const inserted = new Uint8Array(b.length + 1);
        inserted.set(b.subarray(0, at));
        inserted[at] = pick(rng, INTERESTING);
        inserted.set(b.subarray(at), at + 1);
        collect(failures, inserted, `${item.id} insert at ${at}`);
        const deleted = new Uint8Array(b.length - 1);
        deleted.set(b.subarray(0, at));
        deleted.set(b.subarray(at + 1), at);
        collect(failures, deleted, `${item.id} delete at ${at}`);
        cases += 3;
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(6000);
  });

  it('stops at the first length byte set to 80 or 85..FF with E-TLV-0003 at that byte', () => {
    const failures: string[] = [];
    let cases = 0;
    for (const item of corpusBytes) {
      eachNode(decodeTlv(item.bytes), (node) => {
        const lengthAt = node.offset + tagLength(node.tag);
        for (let v = 0x80; v <= 0xff; v++) {
          const mutated = item.bytes.slice();
          mutated[lengthAt] = v;
          const outcome = collect(failures, mutated, `${item.id} length byte ${v.toString(16)} at ${lengthAt}`);
          cases++;
          // Everything before this byte is unchanged and well formed, so the walk reaches it first.
          const forbidden = v === 0x80 || v > 0x84;
          if (forbidden && (outcome.kind !== 'error' || outcome.code !== 'E-TLV-0003' || outcome.offset !== lengthAt)) {
            failures.push(`${item.id} length byte ${v.toString(16)} at ${lengthAt}: ${JSON.stringify(outcome).slice(0, 80)}`);
          }
        }
      });
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(30000);
  });

  it('refuses indefinite-length nesting (70 80 70 80 ...) at the first 80', () => {
    const bomb = new Uint8Array(20000).map((_, i) => (i % 2 === 0 ? 0x70 : 0x80));
    expect(probe(bomb).outcome).toEqual({ kind: 'error', code: 'E-TLV-0003', offset: 1 });
  });

  it('stops thousands of nested 70 templates at the depth limit, inside the input', () => {
    // 5000 levels of 70 around 5A 01 12, each with the shortest length form for its size.
    const levels = 5000;
    const sizes: number[] = [3];
    for (let i = 0; i < levels; i++) {
      const inner = sizes[i]!;
      sizes.push(1 + (inner < 0x80 ? 1 : inner <= 0xff ? 2 : inner <= 0xffff ? 3 : 4) + inner);
    }
    const bytes: number[] = [];
    const valueStarts: number[] = [];
    for (let i = levels - 1; i >= 0; i--) {
      const len = sizes[i]!;
      bytes.push(0x70);
      if (len < 0x80) bytes.push(len);
      else if (len <= 0xff) bytes.push(0x81, len);
      else if (len <= 0xffff) bytes.push(0x82, len >> 8, len & 0xff);
      else bytes.push(0x83, len >> 16, (len >> 8) & 0xff, len & 0xff);
      valueStarts.push(bytes.length);
    }
    bytes.push(0x5a, 0x01, 0x12);
    const input = Uint8Array.from(bytes);
    const { outcome, fault } = probe(input);
    expect(fault).toBeNull();
    // The 16th template's contents would be the 17th level: refused where they start.
    expect(outcome).toEqual({ kind: 'error', code: 'E-TLV-0005', offset: valueStarts[15] });
  });

  it('rejects nested templates whose lengths each claim more than their parent holds', () => {
    // 70 82 FF FF / 70 82 FF FF ...: every level overruns, so strict stops at the outermost.
    const lying = new Uint8Array(4000).map((_, i) => [0x70, 0x82, 0xff, 0xff][i % 4]!);
    expect(probe(lying).outcome).toEqual({ kind: 'error', code: 'E-TLV-0004', offset: 0 });
    // 70 with a correct outer length whose first child overruns it: caught inside, at the child.
    const inner = Uint8Array.from([0x70, 0x04, 0x70, 0x82, 0x01, 0x00]);
    expect(probe(inner).outcome).toEqual({ kind: 'error', code: 'E-TLV-0004', offset: 2 });
  });
});
