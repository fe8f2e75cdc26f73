import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { adjustKeyParity, hasOddParity, tdesKeyCheckValue } from '../../src/security/index.js';

describe('DES key parity', () => {
  it('adjusts the pyemv example key to odd parity', () => {
    // pyemv tools.adjust_key_parity docstring.
    const adjusted = adjustKeyParity(fromHex('1A2B3C4D5F0A1B2C4D5F6A7B8C9D0F1A'));
    expect(toHex(adjusted)).toBe('1A2A3D4C5E0B1A2C4C5E6B7A8C9D0E1A');
    expect(hasOddParity(adjusted)).toBe(true);
  });

  it('reports even parity in any byte', () => {
    expect(hasOddParity(fromHex('0123456789ABCDEF'))).toBe(true);
    expect(hasOddParity(fromHex('0123456789ABCDEE'))).toBe(false);
  });

  it('leaves an odd-parity key unchanged and returns a copy', () => {
    const key = fromHex('0123456789ABCDEFFEDCBA9876543210');
    const adjusted = adjustKeyParity(key);
    expect(adjusted).toEqual(key);
    expect(adjusted).not.toBe(key);
  });
});

describe('TDES key check value', () => {
  it('is 08D7B4 for the key 0123456789ABCDEFFEDCBA9876543210', () => {
    // Widely published test key; pyemv tools.key_check_digits docstring gives its first two bytes 08D7.
    expect(toHex(tdesKeyCheckValue(fromHex('0123456789ABCDEFFEDCBA9876543210')))).toBe('08D7B4');
  });

  it('uses single DES for an 8-byte key', () => {
    // D5D44F is the commonly quoted check value of the single-length test key 0123456789ABCDEF.
    const key = fromHex('0123456789ABCDEF');
    expect(toHex(tdesKeyCheckValue(key))).toBe('D5D44F');
    expect(tdesKeyCheckValue(key)).toEqual(tdesKeyCheckValue(fromHex('0123456789ABCDEF0123456789ABCDEF')));
  });

  it('is 57C409 for the key of TR-31:2018 A.7.2.2 (as reproduced in openemv/tr31 test/tr31_decrypt_test.c)', () => {
    expect(toHex(tdesKeyCheckValue(fromHex('3F419E1CB7079442AA37474C2EFBF8B8')))).toBe('57C409');
  });
});
