// Offline data authentication failures through whole contact transactions (EMV Book 3 §10.3,
// Book 2 §5 SDA, §6 DDA/CDA) against the virtual card's fault variants, whose faults are in the
// certificates themselves (src/emulators/card/profiles/fault-variants.ts). Amounts are above the
// zero floor limit of config/aids.json, so every TVR also has 'transaction exceeds floor limit'
// (Book 3 §10.6.1); the scheme TACs' online bits then take each transaction online.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { REVOKED_ISSUER_CERTIFICATE } from '../../../src/emulators/card/profiles/fault-variants.js';
import { ONLINE_TSI, recordOf, transact, tsiWith, tvrWith } from '../../emulators/card/transaction.js';

describe('offline data authentication, whole transactions (Book 3 §10.3)', () => {
  it('SDA that verifies sets only "SDA selected" (Annex C1 byte 1 b2) and ODA performed (Annex C2 byte 1 b8)', async () => {
    const r = await transact({ profile: 'sda-card' });
    expect(r.outcome.kind).toBe('approved');
    const rec = recordOf(r);
    expect(rec.cryptogram?.type).toBe('TC');
    expect(toHex(rec.tvr)).toBe(tvrWith('sdaSelected', 'transactionExceedsFloorLimit'));
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI));
  });

  it('SDA whose Signed Static Application Data another key signed: "SDA failed" (Book 2 §5.4: it does not verify under the certified issuer key; Annex C1 byte 1 b7)', async () => {
    const r = await transact({ profile: 'bad-signature' });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('sdaFailed', 'sdaSelected', 'transactionExceedsFloorLimit'));
    // Book 3 §10.3: ODA was performed even though it failed.
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI));
    // Visa's TAC-Online (DC40..) has SDA failed: the issuer approves.
    expect(r.requests).toHaveLength(1);
    expect(r.outcome.kind).toBe('approved');
  });

  it('DDA card whose issuer certificate is on the revocation list: "DDA failed" (Book 2 §5.3 step 10, §11.2.3; Annex C1 byte 1 b4)', async () => {
    const revoked = [{ rid: fromHex(REVOKED_ISSUER_CERTIFICATE.rid), caIndex: REVOKED_ISSUER_CERTIFICATE.caIndex, serialNumber: fromHex(REVOKED_ISSUER_CERTIFICATE.serialNumber) }];
    const r = await transact({ profile: 'revoked-issuer-cert', revoked });
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('ddaFailed', 'transactionExceedsFloorLimit'));
    // The same card with an empty revocation list authenticates: the serial is the only fault.
    const clean = await transact({ profile: 'revoked-issuer-cert' });
    expect(toHex(recordOf(clean).tvr)).toBe(tvrWith('transactionExceedsFloorLimit'));
  });

  it('DDA card without CDA (AIP 3C00) authenticates by INTERNAL AUTHENTICATE with no TVR ODA bit (Book 2 §6.5)', async () => {
    const r = await transact({ profile: 'dda-card', pin: '4315' });
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('transactionExceedsFloorLimit'));
  });

  it('CDA card whose issuer certificate expired 01/20: "CDA failed" (Book 2 §5.3 step 9; Book 3 §10.3; Annex C1 byte 1 b3)', async () => {
    const r = await transact({ profile: 'expired-issuer-cert', pin: '4315' });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('cdaFailed', 'transactionExceedsFloorLimit'));
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI));
  });

  it('card announcing DDA without 8F and certificates: "ICC data missing" and "DDA failed" (Book 2 §6.2; Annex C1 byte 1 b6, b4)', async () => {
    const r = await transact({ profile: 'missing-certificates' });
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('iccDataMissing', 'ddaFailed', 'transactionExceedsFloorLimit'));
  });
});
