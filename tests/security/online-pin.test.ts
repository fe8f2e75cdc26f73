// The host's side of an online PIN (src/security/online-pin.ts): the DUKPT PIN key from the BDK
// and KSN, then the block deciphered and decoded with the PAN.
// TDES: ANSI X9.24-1:2009 Annex A.4 (BDK 0123..3210, KSN FFFF9876543210E00001, PIN 1234,
// PAN 4012345678909: enciphered block 1B9C1845EB993A7A), as in tests/security/dukpt-tdes.test.ts.
// AES: the X9.24-3:2017 test BDK FEDCBA9876543210F1F1F1F1F1F1F1F1 with Initial Key ID
// 1234567890123456, whose initial key the PIN pad emulator holds (src/emulators/pinpad/dev-keys.json):
// the pad enciphers with the key it derives from its initial key, the host with the one from the BDK.
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../src/bytes/hex.js';
import { decipherOnlinePin, deriveAesInitialKey, deriveAesWorkingKeyFromInitialKey, encipherPinBlockFormat4 } from '../../src/security/index.js';

const BDKS = { tdes: fromHex('0123456789ABCDEFFEDCBA9876543210'), aes: fromHex('FEDCBA9876543210F1F1F1F1F1F1F1F1') };

describe('decipherOnlinePin', () => {
  it('format 0 under TDES DUKPT: the X9.24-1 A.4 block gives PIN 1234', () => {
    expect(decipherOnlinePin(BDKS, { format: 0, pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') }, '4012345678909')).toBe('1234');
  });

  it('format 4 under AES DUKPT: the block a pad made from its initial key gives the PIN back', () => {
    const ksn = fromHex('123456789012345600000003');
    const padKey = deriveAesWorkingKeyFromInitialKey(deriveAesInitialKey(BDKS.aes, fromHex('1234567890123456')), ksn, 'pin-encryption');
    const block = encipherPinBlockFormat4(padKey, '98765', '4761739001010010');
    expect(decipherOnlinePin(BDKS, { format: 4, pinBlock: block, ksn }, '4761739001010010')).toBe('98765');
  });

  it('a block for another KSN or PAN (its filler no longer F) does not decode (E-CRYPTO-0007), a short KSN is E-CRYPTO-0003, and no error names the PIN', () => {
    const pin = { format: 0, pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00002') } as const;
    expect(() => decipherOnlinePin(BDKS, pin, '4012345678909')).toThrow(/E-CRYPTO-0007/);
    expect(() => decipherOnlinePin(BDKS, { ...pin, ksn: fromHex('FFFF9876543210E00001') }, '4012345678819')).toThrow(/E-CRYPTO-0007/);
    expect(() => decipherOnlinePin(BDKS, { ...pin, ksn: fromHex('FFFF9876543210E0') }, '4012345678909')).toThrow(/E-CRYPTO-0003/);
    let error: unknown;
    try {
      decipherOnlinePin(BDKS, { ...pin, ksn: fromHex('FFFF9876543210E00001') }, '4012345678819');
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/E-CRYPTO-0007/);
    expect(String(error)).not.toMatch(/1234|4012345678819/);
  });
});
