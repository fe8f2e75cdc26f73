import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import { aesCmac, aesEncryptCbc, deriveAesInitialKey, deriveAesTransactionKey, deriveAesWorkingKey, type AesDukptUsage } from '../../src/security/index.js';

// ANSI X9.24-3:2017 supplement test vectors: BDKs, Initial Key ID and intermediate derivation keys
// as reproduced in openemv/dukpt test/dukpt_aes128_test.c and test/dukpt_aes256_test.c; PIN
// encryption working keys as reproduced in QRCS-CORP/CEX Test/DUKPTTest.cpp.
const BDK128 = fromHex('FEDCBA9876543210F1F1F1F1F1F1F1F1');
const BDK256 = fromHex('FEDCBA9876543210F1F1F1F1F1F1F1F1FEDCBA9876543210F1F1F1F1F1F1F1F1');
const IKID = fromHex('1234567890123456');
const ksn = (counter: string) => fromHex(`1234567890123456${counter}`);

describe('AES DUKPT (ANSI X9.24-3:2017)', () => {
  it('derives the initial keys of the AES-128 and AES-256 BDKs', () => {
    expect(toHex(deriveAesInitialKey(BDK128, IKID))).toBe('1273671EA26AC29AFA4D1084127652A1');
    expect(toHex(deriveAesInitialKey(BDK256, IKID))).toBe('CE9CE0C101D1138F97FB6CAD4DF045A7083D4EAE2D35A31789D01CCF0949550F');
  });

  it.each([
    ['00000001', '4F21B565BAD9835E112B6465635EAE44'],
    ['00000002', '2F34D68DE10F68D38091A73B9E7C437C'],
    ['00000008', '718EE6CF0B27E53D5F7AF99C4D8146A2'],
    ['0001FFFE', 'E21E8C8D347F8561A2BE752DAA85A111'],
    ['00020000', 'F7AE9025468A25D37B7249CFFED224C8'],
    ['FFFE2000', '48E585B694EB0B18D5C35443E163C0BA'],
    ['FFFF0000', 'F6BA59389BD14A9855BE9727E7C52E3C'],
  ])('AES-128 BDK, counter %s: derivation key %s', (counter, key) => {
    expect(toHex(deriveAesTransactionKey(deriveAesInitialKey(BDK128, IKID), ksn(counter)))).toBe(key);
  });

  it.each([
    ['00000001', '54AC2B32B145EA4A554CB8BC44B17467063A799856B1CCC2A138D36E8DBF78B3'],
    ['00020001', '44110A1102748D4A3AC326F53D8CAC650212590CA7126D54546DDE0F20E89CEE'],
    ['FFFF0000', '6D6DB7AAAE8B3EA90E57A39E4BBA71E173B21B446B30A78D64BFC6A8806C55EE'],
  ])('AES-256 BDK, counter %s: derivation key %s', (counter, key) => {
    expect(toHex(deriveAesTransactionKey(deriveAesInitialKey(BDK256, IKID), ksn(counter)))).toBe(key);
  });

  it.each([
    ['00000001', 'AF8CB133A78F8DC2D1359F18527593FB'],
    ['00000002', 'D30BDC73EC9714B000BEC66BDB7B6D09'],
    ['00000003', '7D69F01F3B45449F62C7816ECE723268'],
    ['FFFE4000', '6239A27F572DEDB17BCA1AC413EF9FE9'],
    ['FFFF0000', '27EFAC1D158632588F4AC69E45C247C4'],
  ])('AES-128 BDK, counter %s: AES-128 PIN encryption key %s', (counter, key) => {
    expect(toHex(deriveAesWorkingKey(BDK128, ksn(counter), 'pin-encryption'))).toBe(key);
  });

  it.each([
    ['00000001', '8C1AB7BEE973829E30242E0BBBDD4946D540C98FC1B5BDCF94790001A23FD502'],
    ['FFFF0000', '88B82556AEF4A681E0687F443A4C4F305AF9203B114470DFC77C7F08BC43F9DA'],
  ])('AES-256 BDK, counter %s: AES-256 PIN encryption key %s', (counter, key) => {
    expect(toHex(deriveAesWorkingKey(BDK256, ksn(counter), 'pin-encryption'))).toBe(key);
  });

  // moov-io/dukpt pkg/aes/aes_test.go InitialSequence (X9.24-3 B.1 BDK and IKID): AES-CMAC of the
  // ASCII data "4012345678909D987" under the MAC generation / verification keys, and AES-CBC (zero
  // IV, zero padding to 32 bytes) under the data encrypt / decrypt keys.
  it.each([
    ['00000001', 'A2EB5C1C35809E58404E873C3C411E31', 'DD4E1895FD9BF53D8DAF25568ABF551D', 'E5AFA5B408A3310E3D779C8A9A2AE29448BD5B4232582090DB703AF647205A79', '84904DFC6B5201A4F1FE2EAA49E70B8C01838EF53030790FF785D630AB3916B4'],
    ['00000008', '85C7CA68F55F51E7DCAC969B8C111130', 'B45399DB90C0BA75DB4B86605758695A', '304EC254A7B528D9892E47F7C1315D498C0D88EA8CD71CA52D38F362721AEA67', '8CD1A54538B9DC79A5DF4544ADE8D1F1A085AC1F89AA59BFF49351A68957DE1B'],
  ])('AES-128 BDK, counter %s: MAC and data keys reproduce moov-io/dukpt', (counter, macRequest, macResponse, dataRequest, dataResponse) => {
    const text = new TextEncoder().encode('4012345678909D987');
    const padded = new Uint8Array(32);
    padded.set(text);
    const key = (usage: AesDukptUsage) => deriveAesWorkingKey(BDK128, ksn(counter), usage);
    expect(toHex(aesCmac(key('mac-generation'), text))).toBe(macRequest);
    expect(toHex(aesCmac(key('mac-verification'), text))).toBe(macResponse);
    expect(toHex(aesEncryptCbc(key('data-encrypt'), padded))).toBe(dataRequest);
    expect(toHex(aesEncryptCbc(key('data-decrypt'), padded))).toBe(dataResponse);
  });

  it('gives each key usage and key type its own key, of the type\'s length', () => {
    const usages = ['key-encryption', 'pin-encryption', 'mac-generation', 'mac-verification', 'mac-both', 'data-encrypt', 'data-decrypt', 'data-both'] as const;
    const keys = new Set(usages.map((u) => toHex(deriveAesWorkingKey(BDK256, ksn('00000005'), u))));
    expect(keys.size).toBe(usages.length);
    expect(deriveAesWorkingKey(BDK256, ksn('00000005'), 'pin-encryption', 'tdes2')).toHaveLength(16);
    expect(deriveAesWorkingKey(BDK256, ksn('00000005'), 'pin-encryption', 'tdes3')).toHaveLength(24);
    expect(deriveAesWorkingKey(BDK256, ksn('00000005'), 'pin-encryption', 'aes192')).toHaveLength(24);
    expect(deriveAesWorkingKey(BDK128, ksn('00000005'), 'pin-encryption', 'tdes3')).toHaveLength(24);
  });

  it('refuses an AES working key longer than the BDK, and a bad KSN', () => {
    const cases: [() => unknown, string][] = [
      [() => deriveAesWorkingKey(BDK128, ksn('00000001'), 'pin-encryption', 'aes256'), 'E-CRYPTO-0010'],
      [() => deriveAesWorkingKey(BDK128, ksn('00000000'), 'pin-encryption'), 'E-CRYPTO-0009'],
      [() => deriveAesWorkingKey(BDK128, ksn('0001FFFF'), 'pin-encryption'), 'E-CRYPTO-0009'],
      [() => deriveAesWorkingKey(BDK128, fromHex('FFFF9876543210E00001'), 'pin-encryption'), 'E-CRYPTO-0009'],
    ];
    for (const [fn, code] of cases) {
      try {
        fn();
        expect.unreachable();
      } catch (e) {
        expect(isPosError(e) ? e.code : e).toBe(code);
      }
    }
  });
});
