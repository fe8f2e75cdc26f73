// Every dictionary entry is well-formed: lengths, formats, BER tag numbering (EMV Book 3 Annex B1)
// and one meaning per tag per context.
import { describe, it, expect } from 'vitest';
import { tagTable } from '../../../src/emv/dictionary/index.js';

function tagBytes(tag: number): number[] {
  const out: number[] = [];
  for (let t = tag; t > 0; t = Math.floor(t / 256)) out.unshift(t % 256);
  return out;
}

/** Why `tag` is not a valid BER tag number, or undefined when it is. */
function berTagProblem(tag: number): string | undefined {
  const bytes = tagBytes(tag);
  const [first, ...rest] = bytes;
  if (first === undefined) return 'zero';
  if (rest.length === 0) return (first & 0x1f) === 0x1f ? 'single byte claims more bytes follow' : undefined;
  if ((first & 0x1f) !== 0x1f) return 'first byte does not announce subsequent bytes';
  for (const [i, b] of rest.entries()) {
    const last = i === rest.length - 1;
    if (last && (b & 0x80) !== 0) return 'last byte has b8 set';
    if (!last && (b & 0x80) === 0) return 'continuation byte lacks b8';
  }
  return undefined;
}

describe('tag table', () => {
  it('has well-formed lengths, formats and sources', () => {
    const formats = new Set(['a', 'an', 'ans', 'b', 'cn', 'n', 'var']);
    const sources = new Set(['icc', 'terminal', 'issuer', 'kernel']);
    for (const info of tagTable) {
      const where = info.tag.toString(16);
      expect(info.length.min, where).toBeGreaterThanOrEqual(0);
      expect(info.length.min, where).toBeLessThanOrEqual(info.length.max);
      expect(formats.has(info.format), where).toBe(true);
      expect(sources.has(info.source), where).toBe(true);
      expect(info.contexts.length, where).toBeGreaterThan(0);
      expect(info.name.length, where).toBeGreaterThan(0);
    }
  });

  it('numbers every tag as a valid BER tag whose constructed bit matches the entry', () => {
    for (const info of tagTable) {
      const where = info.tag.toString(16);
      expect(berTagProblem(info.tag), where).toBeUndefined();
      const first = tagBytes(info.tag)[0] ?? 0;
      expect((first & 0x20) !== 0, where).toBe(info.constructed);
    }
  });

  it('gives no tag two meanings in the same context', () => {
    const seen = new Set<string>();
    for (const info of tagTable) {
      for (const context of info.contexts) {
        const key = `${context}:${info.tag.toString(16)}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('names only templates the dictionary knows', () => {
    const known = new Set(tagTable.map((i) => i.tag));
    for (const info of tagTable) {
      for (const t of info.template ?? []) expect(known.has(t), `${info.tag.toString(16)} in ${t.toString(16)}`).toBe(true);
    }
  });

  it('covers every data element of EMV 4.4 Book 3 Annex A1 in the emv context', () => {
    const emv = new Set(tagTable.filter((i) => i.contexts.includes('emv')).map((i) => i.tag));
    // Annex A1, in the table's (alphabetical by name) order; the untagged elements (Authorisation
    // Response Cryptogram, ICC Dynamic Data, Issuer Script Results, ...) have no tag to look up.
    const annexA1 = [
      0x9f01, 0x9f40, 0x81, 0x9f02, 0x9f04, 0x9f03, 0x9f3a, 0x9f26, 0x5f25, 0x5f24, 0x94, 0x4f, 0x9f06, 0x82, 0x50,
      0x9f12, 0x5a, 0x5f34, 0x87, 0x9f3b, 0x9f43, 0x61, 0x9f36, 0x9f07, 0x9f08, 0x9f09, 0x89, 0x8a, 0x5f54, 0x8c,
      0x8d, 0x5f20, 0x9f0b, 0x8e, 0x9f34, 0x8f, 0x9f22, 0x83, 0x9f27, 0x9f45, 0x84, 0x9d, 0x73, 0x9f49, 0xbf0c,
      0xa5, 0x6f, 0x9f4c, 0x9f2d, 0x9f2e, 0x9f2f, 0x9f46, 0x9f47, 0x9f48, 0x9f1e, 0x5f53, 0x9f0d, 0x9f0e, 0x9f0f,
      0x9f10, 0x91, 0x9f11, 0x5f28, 0x5f55, 0x5f56, 0x42, 0x9f0c, 0x90, 0x9f32, 0x92, 0x86, 0x9f18, 0x71, 0x72,
      0x5f50, 0x5f2d, 0x9f13, 0x9f4d, 0x9f4f, 0x9f14, 0x9f15, 0x9f16, 0x9f4e, 0x9f17, 0x9f39, 0x9f38, 0x70, 0x80,
      0x77, 0x5f30, 0x88, 0x9f4b, 0x93, 0x9f4a, 0x9f33, 0x9f1a, 0x9f1b, 0x9f1c, 0x9f1d, 0x9f35, 0x95, 0x9f1f,
      0x9f20, 0x57, 0x98, 0x97, 0x5f2a, 0x5f36, 0x9a, 0x99, 0x9f3c, 0x9f3d, 0x9f41, 0x9b, 0x9f21, 0x9c, 0x9f37,
      0x9f23, 0x9f42, 0x9f44, 0x9f05, 0x5f57,
    ];
    expect(new Set(annexA1).size).toBe(annexA1.length);
    expect(annexA1.filter((tag) => !emv.has(tag)).map((t) => t.toString(16).toUpperCase())).toEqual([]);
  });
});
