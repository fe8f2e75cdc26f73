// Book 3 §4.3 formats and Annex A length bounds, as formatProblem checks them: n is BCD digits
// only; cn is digits left-justified and padded on the right with hex F (the PAN, 5A).
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../src/bytes/hex.js';
import { formatProblem, lookupTag } from '../../../src/emv/dictionary/index.js';

const check = (tag: number, hex: string) => formatProblem(lookupTag(tag)!, fromHex(hex));

describe('formatProblem', () => {
  it('checks the length against the Annex A bounds', () => {
    expect(check(0x5f24, '301231')).toBeUndefined();
    expect(check(0x5f24, '3012')).toBe('length');
    expect(check(0x9f32, '')).toBe('length');
    expect(check(0x9f32, '010001')).toBeUndefined();
    expect(check(0x5a, '47617390010100100000FF')).toBe('length');
  });

  it('n: every nibble a decimal digit', () => {
    expect(check(0x5f28, '0840')).toBeUndefined();
    expect(check(0x5f28, '084F')).toBe('digits');
    expect(check(0x5f24, '3A1231')).toBe('digits');
  });

  it('cn: digits, then only F padding', () => {
    expect(check(0x5a, '4761739001010010')).toBeUndefined();
    expect(check(0x5a, '476173900101001F')).toBeUndefined();
    expect(check(0x5a, '4761739001010F10')).toBe('digits');
    expect(check(0x5a, '47617390010100A0')).toBe('digits');
  });

  it('b and an values are judged by length only', () => {
    expect(check(0x9f07, 'FFFF')).toBeUndefined();
    expect(check(0x9f07, 'FF')).toBe('length');
  });
});
