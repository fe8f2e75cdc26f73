import { describe, expect, it } from 'vitest';
import { isPosError } from '../../src/errors/index.js';
import { posrt, toBigInt, toLong } from '../../src/protos/index.js';

describe('64-bit fields as bigint', () => {
  it('carries an amount above 2^53 minor units through the wire exactly', () => {
    const minor = 9_007_199_254_740_993n;
    const bytes = posrt.channel.v1.Money.encode({ minorUnits: toLong(minor), currency: '156' }).finish();
    expect(toBigInt(posrt.channel.v1.Money.decode(bytes).minorUnits)).toBe(minor);
  });

  it('keeps a negative int64 and the largest uint64', () => {
    expect(toBigInt(toLong(-(1n << 63n)))).toBe(-(1n << 63n));
    expect(toBigInt(toLong((1n << 64n) - 1n, true))).toBe((1n << 64n) - 1n);
  });

  it('refuses a value the field cannot hold with E-CHAN-0001 instead of wrapping', () => {
    for (const [v, unsigned] of [[1n << 63n, false], [-1n, true], [1n << 64n, true]] as const) {
      let caught: unknown;
      try { toLong(v, unsigned); } catch (e) { caught = e; }
      expect(isPosError(caught, 'E-CHAN-0001')).toBe(true);
    }
  });
});
