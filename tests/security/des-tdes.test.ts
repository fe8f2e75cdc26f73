import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import {
  desDecryptCbc,
  desDecryptEcb,
  desEncryptCbc,
  desEncryptEcb,
  tdesDecryptCbc,
  tdesDecryptEcb,
  tdesEncryptCbc,
  tdesEncryptEcb,
} from '../../src/security/index.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('single DES', () => {
  // FIPS PUB 81 (DES modes of operation), Appendix B Table B1 (ECB) and Appendix C Table C1 (CBC):
  // key 0123456789ABCDEF, plaintext "Now is the time for all ", CBC IV 1234567890ABCDEF.
  const key = fromHex('0123456789ABCDEF');
  const plain = ascii('Now is the time for all ');

  it('encrypts the FIPS 81 ECB example', () => {
    expect(toHex(desEncryptEcb(key, plain))).toBe('3FA40E8A984D48156A271787AB8883F9893D51EC4B563B53');
  });

  it('encrypts the FIPS 81 CBC example', () => {
    expect(toHex(desEncryptCbc(key, plain, fromHex('1234567890ABCDEF')))).toBe('E5C7CDDE872BF27C43E934008C389C0F683788499A7C05F6');
  });

  it('decrypts what it encrypts in both modes', () => {
    expect(desDecryptEcb(key, desEncryptEcb(key, plain))).toEqual(plain);
    expect(desDecryptCbc(key, desEncryptCbc(key, plain))).toEqual(plain);
  });

  it('refuses a 16-byte key with E-CRYPTO-0001', () => {
    expect(() => desEncryptEcb(fromHex('0123456789ABCDEFFEDCBA9876543210'), plain)).toThrow(/E-CRYPTO-0001/);
  });
});

describe('triple DES', () => {
  const key2 = fromHex('0123456789ABCDEFFEDCBA9876543210');

  it('encrypts the pyemv tools example with a double-length key', () => {
    // pyemv (knovichikhin/pyemv) tools.encrypt_tdes_ecb / encrypt_tdes_cbc docstrings:
    // key 0123456789ABCDEFFEDCBA9876543210, data "12345678", zero IV -> 41D2FFBA3CDC15FE.
    expect(toHex(tdesEncryptEcb(key2, ascii('12345678')))).toBe('41D2FFBA3CDC15FE');
    expect(toHex(tdesEncryptCbc(key2, ascii('12345678')))).toBe('41D2FFBA3CDC15FE');
  });

  it('treats a 16-byte key K1 K2 as the 24-byte key K1 K2 K1', () => {
    const key3 = fromHex('0123456789ABCDEFFEDCBA98765432100123456789ABCDEF');
    const data = ascii('sixteen byte msg');
    expect(tdesEncryptEcb(key2, data)).toEqual(tdesEncryptEcb(key3, data));
  });

  it('equals single DES when all three keys are the same', () => {
    const k = fromHex('0123456789ABCDEF');
    const same = fromHex('0123456789ABCDEF0123456789ABCDEF');
    expect(tdesEncryptEcb(same, ascii('Now is t'))).toEqual(desEncryptEcb(k, ascii('Now is t')));
  });

  it('chains CBC blocks with the IV and decrypts back', () => {
    const iv = fromHex('1122334455667788');
    const data = ascii('Now is the time for all ');
    const ecbFirst = tdesEncryptEcb(key2, Uint8Array.from(data.subarray(0, 8), (b, i) => b ^ iv[i]!));
    const cbc = tdesEncryptCbc(key2, data, iv);
    expect(cbc.subarray(0, 8)).toEqual(ecbFirst);
    expect(tdesDecryptCbc(key2, cbc, iv)).toEqual(data);
    expect(tdesDecryptEcb(key2, tdesEncryptEcb(key2, data))).toEqual(data);
  });

  it('refuses data that is not whole blocks, naming only lengths', () => {
    try {
      tdesEncryptEcb(key2, ascii('1234567'));
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e, 'E-CRYPTO-0002')).toBe(true);
      expect((e as Error).message).toContain('length=7');
      expect((e as Error).message).not.toContain('0123456789ABCDEF');
    }
  });

  it('refuses a CBC IV that is not one block', () => {
    expect(() => tdesEncryptCbc(key2, ascii('12345678'), new Uint8Array(16))).toThrow(/E-CRYPTO-0003/);
  });

  it('refuses a key of the wrong length without putting the key in the message', () => {
    try {
      tdesEncryptEcb(fromHex('0123456789ABCDEFFEDCBA98'), ascii('12345678'));
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e, 'E-CRYPTO-0001')).toBe(true);
      expect((e as Error).message).toContain('length=12');
      expect((e as Error).message).not.toMatch(/0123456789ABCDEF/i);
    }
  });
});
