// Whole contact transactions through the kernel against the virtual cards, in-process.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { aids, recordOf, transact as run, withFloorLimit, type Run } from '../../emulators/card/transaction.js';

const transact = (r: Partial<Run> = {}) => run({ profile: 'visa', ...r });

describe('contact kernel, whole transactions (EMV Book 3 ch. 10)', () => {
  it('goes online with an ARQC under a zero floor limit and completes approved with a TC', async () => {
    const r = await transact({ profile: 'visa', online: 'approve' });
    expect(r.outcome.kind).toBe('approved');
    if (r.outcome.kind !== 'approved') return;
    expect(r.requests).toHaveLength(1);
    expect(r.outcome.record.cryptogram?.type).toBe('TC');
    expect(r.outcome.record.maskedPan).toBe('476173******0010');
    expect(Buffer.from(r.outcome.record.authorisationResponseCode!).toString()).toBe('00');
    // TVR: floor limit exceeded (byte 4 b8); TSI: ODA, CVM, card and terminal risk management.
    expect(r.outcome.record.tvr[3]! & 0x80).toBe(0x80);
    expect(r.outcome.record.tsi[0]! & 0xe0).toBe(0xe0);
  });

  it('completes online-declined when the issuer declines', async () => {
    const r = await transact({ profile: 'visa', online: 'decline' });
    expect(r.outcome.kind).toBe('online-declined');
    if (r.outcome.kind === 'online-declined') expect(r.outcome.record.cryptogram?.type).toBe('AAC');
  });

  it('falls back to the default action codes when the host is unavailable', async () => {
    const r = await transact({ profile: 'visa', online: 'unavailable' });
    expect(['approved', 'declined']).toContain(r.outcome.kind);
    if ('record' in r.outcome && r.outcome.record) expect(Buffer.from(r.outcome.record.authorisationResponseCode!).toString()).toMatch(/^(Y3|Z3)$/);
  });

  it('approves offline with a TC below the floor limit on a card that allows it, and verifies CDA', async () => {
    const r = await transact({ profile: 'mastercard', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n) });
    expect(r.outcome.kind).toBe('approved');
    expect(r.requests).toHaveLength(0);
    if (r.outcome.kind === 'approved') {
      expect(r.outcome.record.cryptogram?.type).toBe('TC');
      // No ODA failure bits (byte 1 b7-b3) and ODA performed in the TSI.
      expect(r.outcome.record.tvr[0]! & 0x7c).toBe(0);
      expect(r.outcome.record.tsi[0]! & 0x80).toBe(0x80);
    }
  });

  it('reads every UnionPay application the terminal supports and records the phases and APDU count', async () => {
    const r = await transact({ profile: 'unionpay' });
    // 5F2D 'zhen' (Book 1 §11.3.4): Chinese first, then English, for the cardholder's screens.
    expect(recordOf(r).languages).toEqual(['zh', 'en']);
    expect(['approved', 'online-declined', 'declined']).toContain(r.outcome.kind);
    expect(r.apdus).toBeGreaterThan(5);
    expect(r.phases.map((p) => p.step)).toEqual(expect.arrayContaining(['select', 'initiate', 'read', 'authenticate', 'restrict', 'verify-cardholder', 'manage-risk', 'analyse', 'first-ac']));
  });

  it('hands the issuer the ARQC and the CDOL1 data it was computed over, never logging the PAN', async () => {
    const r = await transact({ profile: 'visa' });
    const req = r.requests[0]!;
    expect(req.arqc).toHaveLength(8);
    expect(req.cdol1Data?.length).toBeGreaterThan(20);
    expect(toHex(req.iccData.get(0x9f26)!)).toBe(toHex(req.arqc));
  });

  it('says try another interface when the chip answers selection with a malformed FCI (technical fallback)', async () => {
    const r = await transact({ faults: [{ kind: 'malformed-response', atApdu: 1, damage: 'truncated' }] });
    expect(r.outcome.kind).toBe('try-another-interface');
    if (r.outcome.kind === 'try-another-interface') expect(r.outcome.error?.code).toBe('E-CARD-0006');
  });

  it('aborts, rather than falling back, when the card leaves the reader during selection', async () => {
    const r = await transact({ faults: [{ kind: 'removal', atApdu: 2 }] });
    expect(r.outcome.kind).toBe('aborted');
  });

  it('ends with end-application when no application on the card is supported', async () => {
    const r = await transact({ profile: 'visa', aidConfigs: aids.filter((a) => toHex(a.aid).startsWith('A000000333')) });
    expect(r.outcome.kind).toBe('end-application');
  });
});
