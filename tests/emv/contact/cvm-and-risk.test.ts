// Processing restrictions (EMV Book 3 §10.4), cardholder verification (§10.5), terminal risk
// management (§10.6) and card action analysis (§10.8) failure branches, through whole contact
// transactions against the virtual card's fault variants (profiles/fault-variants.ts).
// The transaction date is 2026-11-23 (tests/emulators/card/transaction.ts).
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { ONLINE_TSI, recordOf, transact, tsiWith, tvrWith, withFloorLimit } from '../../emulators/card/transaction.js';

// CVM Results (9F34, Book 3 Annex A): CVM code, condition, result (02 successful, 00 unknown).
const OFFLINE_PIN_OK = '410302';
const ONLINE_PIN_UNKNOWN = '420300';

describe('processing restrictions (Book 3 §10.4.3)', () => {
  it('expired application (5F24 2025-12-31 before the transaction date): Annex C1 byte 2 b7', async () => {
    const r = await transact({ profile: 'expired-card' });
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('expiredApplication', 'transactionExceedsFloorLimit'));
  });

  it('application not yet effective (5F25 2027-01-01): Annex C1 byte 2 b6', async () => {
    const r = await transact({ profile: 'not-yet-effective' });
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('applicationNotYetEffective', 'transactionExceedsFloorLimit'));
  });
});

describe('cardholder verification (Book 3 §10.5)', () => {
  it('PIN Try Counter 0: "PIN Try Limit exceeded" (§10.5.1, Annex C1 byte 3 b6), then the next CVM, online PIN (byte 3 b3)', async () => {
    const r = await transact({ profile: 'pin-tries-exceeded', pin: '4315' });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('pinTryLimitExceeded', 'onlineCvmCaptured', 'transactionExceedsFloorLimit'));
    expect(toHex(rec.cvmResults)).toBe(ONLINE_PIN_UNKNOWN);
    expect(r.requests[0]?.onlinePinBlock).toBeDefined();
  });

  it('wrong offline PIN (mastercard PIN is 4315) uses up the three tries and falls to online PIN', async () => {
    const r = await transact({ profile: 'mastercard', pin: '1111' });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('pinTryLimitExceeded', 'onlineCvmCaptured', 'transactionExceedsFloorLimit'));
    expect(toHex(rec.cvmResults)).toBe(ONLINE_PIN_UNKNOWN);
    // The card's own CVR (IAD byte 4, cryptogram.ts) reports the PIN try counter at 0 and
    // offline PIN performed, failed, limit exceeded.
    expect(toHex(r.requests[0]!.issuerApplicationData!.subarray(3, 4))).toBe('0E');
  });

  it('the right offline PIN: CVM Results 41 03 02 and no CVM bit', async () => {
    const r = await transact({ profile: 'mastercard', pin: '4315' });
    expect(toHex(recordOf(r).cvmResults)).toBe(OFFLINE_PIN_OK);
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('transactionExceedsFloorLimit'));
  });
});

describe('terminal risk management (Book 3 §10.6)', () => {
  it('card on the exception file: Annex C1 byte 1 b5', async () => {
    const r = await transact({ profile: 'visa', onExceptionFile: () => true });
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('cardOnExceptionFile', 'transactionExceedsFloorLimit'));
  });

  it('velocity: ATC 0x30 − Last Online ATC 0x20 beyond LCOL 2 and UCOL 5 (§10.6.3; Annex C1 byte 4 b7, b6) sends it online', async () => {
    const r = await transact({ profile: 'velocity', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n) });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('lowerConsecutiveOfflineLimitExceeded', 'upperConsecutiveOfflineLimitExceeded'));
    expect(r.requests).toHaveLength(1);
    expect(rec.cryptogram?.type).toBe('TC');
  });
});

describe('card action analysis (Book 3 §10.8)', () => {
  it('an online-only card answers a TC request below the floor limit with an ARQC, and the issuer approves', async () => {
    const r = await transact({ profile: 'online-only', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n) });
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith());
    expect(r.requests).toHaveLength(1);
    expect(r.outcome.kind).toBe('approved');
  });

  it('an always-decline card answers AAC: declined offline, no authorisation, no issuer authentication in the TSI', async () => {
    const r = await transact({ profile: 'always-decline', pin: '4315' });
    expect(r.outcome.kind).toBe('declined');
    const rec = recordOf(r);
    expect(rec.cryptogram?.type).toBe('AAC');
    expect(r.requests).toHaveLength(0);
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI.filter((b) => b !== 'issuerAuthenticationPerformed')));
  });
});
