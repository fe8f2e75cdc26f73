import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import { deriveTdesIpek, deriveTdesTransactionKey, deriveTdesWorkingKey, macAlgorithm3, tdesDecryptEcb, tdesEncryptCbc, tdesEncryptEcb } from '../../src/security/index.js';

// ANSI X9.24-1:2009 Annex A.4 test data, as reproduced in openemv/dukpt test/dukpt_tdes_test.c.
const BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const IKSN = fromHex('FFFF9876543210E00000');
const PIN_BLOCK = fromHex('041274EDCBA9876F'); // PIN 1234, PAN 4012345678909, format 0

// A.4.2 initial sequence: KSN counter, transaction key, enciphered PIN block (first 5 and two later).
const initial: [string, string, string][] = [
  ['FFFF9876543210E00001', '042666B49184CFA368DE9628D0397BC9', '1B9C1845EB993A7A'],
  ['FFFF9876543210E00002', 'C46551CEF9FD24B0AA9AD834130D3BC7', '10A01C8D02C69107'],
  ['FFFF9876543210E00003', '0DF3D9422ACA56E547676D07AD6BADFA', '18DC07B94797B466'],
  ['FFFF9876543210E00004', '279C0F6AEED0BE652B2C733E1383AE91', '0BC79509D5645DF7'],
  ['FFFF9876543210E00005', '5F8DC6D2C845C125508DDC048093B83F', '5BC0AF22AD87B327'],
  ['FFFF9876543210E00010', '59598DCBD9BD94C094165CE453585F57', 'D5D9638559EF53D6'],
  ['FFFF9876543210E00015', 'E161D1956A61F6D2F37AFD7F9CC3699A', '72105C22EBC791E6'],
];

// A.4.3 rollover sequence (counters with up to 10 one bits).
const rollover: [string, string, string][] = [
  ['FFFF9876543210EFF800', 'F9CDFEBF4F5B1D9EB3EC12454527E176', '33365F5CC6F23C35'],
  ['FFFF9876543210EFF801', '5BEE92627E97825C911BF619DF72CA3B', '3A86BF003F835C9D'],
  ['FFFF9876543210EFFC00', 'F9430DF975082491C77BE4EF4FDB91EE', 'DEFC6F09F8927B71'],
  ['FFFF9876543210F00000', 'AA4D58DB653EC74A48C75F2F047DD2B5', '73EC88AD0AC5830E'],
];

describe('TDES DUKPT (ANSI X9.24-1:2009 Annex A.4)', () => {
  it('derives the initial PIN encryption key 6AC292FAA1315B4D858AB3A3D7D5933A', () => {
    expect(toHex(deriveTdesIpek(BDK, IKSN))).toBe('6AC292FAA1315B4D858AB3A3D7D5933A');
    // The counter bits of the KSN do not enter the IPEK.
    expect(deriveTdesIpek(BDK, fromHex('FFFF9876543210E00015'))).toEqual(deriveTdesIpek(BDK, IKSN));
  });

  it.each([...initial, ...rollover])('KSN %s: transaction key %s, PIN block %s', (ksn, key, encrypted) => {
    const k = fromHex(ksn);
    expect(toHex(deriveTdesTransactionKey(deriveTdesIpek(BDK, k), k))).toBe(key);
    const pek = deriveTdesWorkingKey(BDK, k, 'pin');
    expect(toHex(tdesEncryptEcb(pek, PIN_BLOCK))).toBe(encrypted);
    expect(tdesDecryptEcb(pek, fromHex(encrypted))).toEqual(PIN_BLOCK);
  });

  // moov-io/dukpt pkg/des/des_test.go InitialSequence: data "4012345678909D987" (ASCII, zero
  // padded, TDES-CBC with a zero IV) and the ANSI X9.19 MAC over it, for KSN ...E00001.
  it('gives the data and MAC variants of moov-io/dukpt for KSN FFFF9876543210E00001', () => {
    const ksn = fromHex('FFFF9876543210E00001');
    const data = new Uint8Array(24);
    data.set(new TextEncoder().encode('4012345678909D987'));
    expect(toHex(tdesEncryptCbc(deriveTdesWorkingKey(BDK, ksn, 'data-request'), data))).toBe('FC0D53B7EA1FDA9EE68AAF2E70D9B9506229BE2AA993F04F');
    expect(toHex(tdesEncryptCbc(deriveTdesWorkingKey(BDK, ksn, 'data-response'), data))).toBe('1FCC89AF66222F27B903898BB2BC8589CDBFDE5EC6AFCC25');
    const text = new TextEncoder().encode('4012345678909D987');
    expect(toHex(macAlgorithm3(deriveTdesWorkingKey(BDK, ksn, 'mac-request'), text, 'method-1'))).toBe('9CCC78173FC4FB64');
    expect(toHex(macAlgorithm3(deriveTdesWorkingKey(BDK, ksn, 'mac-response'), text, 'method-1'))).toBe('20364223C1FF00FA');
  });

  it('refuses a KSN of the wrong length or with more than 10 counter bits set', () => {
    for (const ksn of ['FFFF9876543210E000', 'FFFF9876543210E7FFFF']) {
      try {
        deriveTdesWorkingKey(BDK, fromHex(ksn), 'pin');
        expect.unreachable();
      } catch (e) {
        expect(isPosError(e, 'E-CRYPTO-0009')).toBe(true);
      }
    }
  });
});
