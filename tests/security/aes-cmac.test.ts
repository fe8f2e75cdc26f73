import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { aesCmac, aesDecryptCbc, aesDecryptEcb, aesEncryptCbc, aesEncryptEcb, aesKeyCheckValue, tdesCmac } from '../../src/security/index.js';

describe('AES', () => {
  it('encrypts the FIPS 197 Appendix C examples (128- and 256-bit keys)', () => {
    const plain = fromHex('00112233445566778899AABBCCDDEEFF');
    expect(toHex(aesEncryptEcb(fromHex('000102030405060708090A0B0C0D0E0F'), plain))).toBe('69C4E0D86A7B0430D8CDB78070B4C55A');
    const key256 = fromHex('000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F');
    expect(toHex(aesEncryptEcb(key256, plain))).toBe('8EA2B7CA516745BFEAFC49904B496089');
  });

  it('decrypts what it encrypts in both modes', () => {
    const key = fromHex('2B7E151628AED2A6ABF7158809CF4F3C');
    const data = fromHex('6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51');
    const iv = fromHex('000102030405060708090A0B0C0D0E0F');
    expect(aesDecryptEcb(key, aesEncryptEcb(key, data))).toEqual(data);
    expect(aesDecryptCbc(key, aesEncryptCbc(key, data, iv), iv)).toEqual(data);
  });

  it('refuses a 20-byte key', () => {
    expect(() => aesEncryptEcb(new Uint8Array(20), new Uint8Array(16))).toThrow(/E-CRYPTO-0001/);
  });
});

describe('AES-CMAC (NIST SP 800-38B)', () => {
  // NIST SP 800-38B Appendix D.1 (AES-128), identical to RFC 4493 §4 examples 1-4.
  const key128 = fromHex('2B7E151628AED2A6ABF7158809CF4F3C');
  const m64 = fromHex(
    '6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51' +
      '30C81C46A35CE411E5FBC1191A0A52EFF69F2445DF4F9B17AD2B417BE66C3710',
  );

  it.each([
    [0, 'BB1D6929E95937287FA37D129B756746'],
    [16, '070A16B46B4D4144F79BDD9DD04A287C'],
    [40, 'DFA66747DE9AE63030CA32611497C827'],
    [64, '51F0BEBF7E3B9D92FC49741779363CFE'],
  ])('AES-128 over %i bytes of the example message', (length, tag) => {
    expect(toHex(aesCmac(key128, m64.subarray(0, length)))).toBe(tag);
  });

  it('matches the SP 800-38B D.2 (AES-192) and D.3 (AES-256) examples', () => {
    const key192 = fromHex('8E73B0F7DA0E6452C810F32B809079E562F8EAD2522C6B7B');
    const key256 = fromHex('603DEB1015CA71BE2B73AEF0857D77811F352C073B6108D72D9810A30914DFF4');
    expect(toHex(aesCmac(key192, new Uint8Array(0)))).toBe('D17DDF46ADAACDE531CAC483DE7A9367');
    expect(toHex(aesCmac(key192, m64.subarray(0, 16)))).toBe('9E99A7BF31E710900662F65E617C5184');
    expect(toHex(aesCmac(key256, new Uint8Array(0)))).toBe('028962F61B7BF89EFC6B551F4667D983');
    expect(toHex(aesCmac(key256, m64.subarray(0, 16)))).toBe('28A7023F452E8F82BD4BF28D8C37C35C');
  });

  it('gives the AES key check value as the first 5 bytes of CMAC over a zero block (X9.24-1:2017 A.3)', () => {
    const kcv = aesKeyCheckValue(key128);
    expect(kcv).toHaveLength(5);
    expect(kcv).toEqual(aesCmac(key128, new Uint8Array(16)).subarray(0, 5));
    // Not the legacy ECB-of-zeros value, which X9.24-1:2017 replaced for AES.
    expect(kcv).not.toEqual(aesEncryptEcb(key128, new Uint8Array(16)).subarray(0, 5));
  });

  it('matches the KCV of the payShield-generated AES-256 key in openemv/tr31 test/tr31_decrypt_test.c (test8, 0A00E3...)', () => {
    const key = fromHex('BE19E6A07A760F10EF8E83A226B63AAD141F463FDDD4F47DB244B4023EC3CACC');
    expect(toHex(aesKeyCheckValue(key)).slice(0, 6)).toBe('0A00E3');
  });
});

describe('TDES-CMAC', () => {
  // NIST SP 800-38B updated CMAC examples, three-key TDEA (D.4); message prefixes of the AES examples' M.
  const key = fromHex('8AA83BF8CBDA10620BC1BF19FBB6CD58BC313D4A371CA8B5');
  const m = '6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51';
  it.each([
    [0, 'B7A688E122FFAF95'],
    [8, '8E8F293136283797'],
    [20, '743DDBE0CE2DC2ED'],
    [32, '33E6B1092400EAE5'],
  ])('tags a %i-byte message as %s', (length, tag) => {
    expect(toHex(tdesCmac(key, fromHex(m).subarray(0, length)))).toBe(tag);
  });
});
