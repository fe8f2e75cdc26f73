// Operator password verifiers through node:crypto's scrypt. RFC 7914 §12's test vectors show
// N, r, p and the key length reach scrypt as meant (a swapped r and p, or N taken as log2 N,
// gives other bytes); vector 4 (N = 2^20, 1 GiB) is left out for its memory.
import { describe, expect, it } from 'vitest';
import { checkVerifier, makeVerifier, OPERATOR_SCRYPT, passwordMatches, scryptHash } from '../../../src/payment/password-hash.js';
import { errorOf } from '../../support/pos-error.js';

const text = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('scrypt (RFC 7914 §12)', () => {
  it('vector 1: P="", S="", N=16, r=1, p=1, dkLen=64', async () => {
    expect(hex(await scryptHash('', text(''), { N: 16, r: 1, p: 1, keyLength: 64 }))).toBe(
      '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906',
    );
  });

  it('vector 2: P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64', async () => {
    expect(hex(await scryptHash('password', text('NaCl'), { N: 1024, r: 8, p: 16, keyLength: 64 }))).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
    );
  });

  it('vector 3: P="pleaseletmein", S="SodiumChloride", N=16384, r=8, p=1 (the contract\'s parameters), dkLen=64', async () => {
    expect(hex(await scryptHash('pleaseletmein', text('SodiumChloride'), { ...OPERATOR_SCRYPT, keyLength: 64 }))).toBe(
      '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887',
    );
  });
});

describe('password verifiers', () => {
  it('match the password they were made from and no other, with a salt of their own each', async () => {
    const a = await makeVerifier('123456');
    const b = await makeVerifier('123456');
    expect(a.params).toEqual({ N: 16384, r: 8, p: 1, keyLength: 32 });
    expect(a.hash).toHaveLength(32);
    expect(a.salt).toHaveLength(16);
    expect(hex(a.salt)).not.toBe(hex(b.salt));
    expect(hex(a.hash)).not.toBe(hex(b.hash));
    expect(await passwordMatches('123456', a)).toBe(true);
    expect(await passwordMatches('123457', a)).toBe(false);
    expect(await passwordMatches('', a)).toBe(false);
  });

  it('hash the NFC form, so a precomposed and a decomposed é are one password', async () => {
    const v = await makeVerifier('caf\u00e9', { N: 1024, r: 8, p: 1, keyLength: 32 });
    expect(await passwordMatches('cafe\u0301', v)).toBe(true);
  });

  it('refuse parameters a table could use to stall or starve the terminal, naming the one', () => {
    const ok = { hash: new Uint8Array(32), salt: new Uint8Array(16), params: OPERATOR_SCRYPT };
    expect(() => checkVerifier(ok)).not.toThrow();
    const cases = [
      [{ ...ok, params: { ...OPERATOR_SCRYPT, N: 1000 } }, 'N'],
      [{ ...ok, params: { ...OPERATOR_SCRYPT, N: 2 ** 20 } }, 'N'],
      [{ ...ok, params: { ...OPERATOR_SCRYPT, r: 0 } }, 'r'],
      [{ ...ok, params: { ...OPERATOR_SCRYPT, p: 64 } }, 'p'],
      [{ ...ok, hash: new Uint8Array(16), params: { ...OPERATOR_SCRYPT, keyLength: 16 } }, 'keyLength'],
      [{ ...ok, hash: new Uint8Array(31) }, 'keyLength'],
      [{ ...ok, salt: new Uint8Array(8) }, 'salt'],
    ] as const;
    for (const [v, parameter] of cases) {
      const e = errorOf(() => checkVerifier(v));
      expect([e.code, e.context.parameter]).toEqual(['E-OPER-0017', parameter]);
    }
  });
});
