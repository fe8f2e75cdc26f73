// Offline enciphered PIN through whole contact transactions (EMV Book 3 §10.5, Book 2 §7):
// GET CHALLENGE, the PIN block enciphered by the PIN pad under the card's key, VERIFY P2 88,
// which the virtual card deciphers with its private key. Two keys: the ICC key DDA recovered,
// and a separate ICC PIN Encipherment key (9F2D) on an SDA card, where no ICC key exists.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { recordOf, transact, tvrWith } from '../../emulators/card/transaction.js';

// CVM Results (Book 3 Annex A, 9F34): 44 enciphered PIN by ICC (apply next), 03 condition,
// 02 successful.
const ENCIPHERED_PIN_OK = '440302';

async function commands(profile: string, pin: string) {
  const r = await transact({ profile, pin, online: 'approve' });
  return { r, rec: recordOf(r) };
}

describe('offline enciphered PIN', () => {
  it('verifies under the ICC key recovered by DDA', async () => {
    const { r, rec } = await commands('enciphered-pin', '1234');
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(rec.cvmResults)).toBe(ENCIPHERED_PIN_OK);
    expect(toHex(rec.tvr)).toBe(tvrWith('transactionExceedsFloorLimit'));
  });

  it('verifies under the ICC PIN Encipherment key (9F2D) of an SDA card', async () => {
    const { r, rec } = await commands('enciphered-pin-key', '1234');
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(rec.cvmResults)).toBe(ENCIPHERED_PIN_OK);
    // SDA selected (byte 1 b2) and nothing failed.
    expect(toHex(rec.tvr)).toBe(tvrWith('sdaSelected', 'transactionExceedsFloorLimit'));
  });

  it('a wrong PIN costs the card its tries, then the next rule (signature) applies', async () => {
    const { rec } = await commands('enciphered-pin', '9999');
    // 1E 03 00: signature, condition 03, result unknown; byte 3 b6 PIN try limit exceeded.
    expect(toHex(rec.cvmResults)).toBe('1E0300');
    expect(toHex(rec.tvr)).toBe(tvrWith('pinTryLimitExceeded', 'transactionExceedsFloorLimit'));
    expect(rec.signatureRequired).toBe(true);
  });
});
