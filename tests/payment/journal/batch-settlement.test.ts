// Batches, X and Z reports, settlement and reconciliation, queries and reprints, against a real
// journal file and the channel's real outbox.
import { afterEach, describe, expect, it } from 'vitest';
import type { CardRead, MismatchReport, SettlementMessage, TransactionType } from '../../../src/payment/journal/index.js';
import { errorOf } from '../../support/pos-error.js';
import { contactCard, journalRig, type Rig } from './rig.js';

let rig: Rig;
afterEach(() => {
  rig.close();
  rig.remove();
});

const MASTERCARD: CardRead = { entryMode: 'contactless', scheme: 'mastercard', pan: '5413330089020011' };

/** A transaction taken to approval online (or the phase named), returning its id. */
function txn(type: TransactionType, amount: bigint, options: { card?: CardRead; originalId?: string; end?: 'approved' | 'declined' | 'open' } = {}): string {
  const { id } = rig.journal.begin({ type, amount, currency: '156', operatorId: 'op-01', ...(options.originalId ? { originalId: options.originalId } : {}) });
  rig.journal.step(id, { to: 'card-read', card: options.card ?? contactCard.card });
  if (options.end === 'open') return id;
  rig.journal.step(id, { to: 'authorising' });
  if (options.end === 'declined') rig.journal.step(id, { to: 'declined', path: 'online', host: { responseCode: '05' } });
  else rig.journal.step(id, { to: 'approved', host: { responseCode: '00', authorisationCode: `A${amount}`, hostReference: `RRN${amount}` } });
  return id;
}

describe('batch totals', () => {
  it('X report: running totals per scheme and type, approved and standing money-moving transactions only', () => {
    let clock = 1_764_000_000_000;
    rig = journalRig({ now: () => clock++ });
    const s1 = txn('sale', 1_000n);
    txn('sale', 2_500n);
    txn('sale', 700n, { card: MASTERCARD });
    txn('refund', 300n, { originalId: s1 });
    txn('sale', 9_999n, { end: 'declined' });
    txn('pre-auth', 50_000n);
    txn('balance', 0n);
    const voided = txn('sale', 4_000n);
    txn('void', 4_000n, { originalId: voided });
    const x = rig.journal.xReport();
    expect(x).toMatchObject({ batch: 1, openedAt: 1_764_000_000_000 });
    expect(x.totals).toEqual([
      { scheme: 'mastercard', type: 'sale', currency: '156', count: 1, amount: 700n },
      { scheme: 'visa', type: 'refund', currency: '156', count: 1, amount: 300n },
      { scheme: 'visa', type: 'sale', currency: '156', count: 2, amount: 3_500n },
    ]);
    // Taking it changed nothing.
    expect(rig.journal.xReport().totals).toEqual(x.totals);
  });

  it('Z report: freezes the totals, opens the next batch and queues the settlement, in one write', () => {
    let clock = 1_764_000_000_000;
    rig = journalRig({ now: () => clock++ });
    const a = txn('sale', 1_000n);
    const b = txn('qr-sale', 200n, { card: { entryMode: 'qr', scheme: 'qr-alipay', presentedBy: 'consumer' } });
    const z = rig.journal.closeBatch('op-02');
    expect(z).toMatchObject({ batch: 1, closedBy: 'op-02', nextBatch: 2, transactionIds: [a, b] });
    expect(z.totals).toEqual([
      { scheme: 'qr-alipay', type: 'qr-sale', currency: '156', count: 1, amount: 200n },
      { scheme: 'visa', type: 'sale', currency: '156', count: 1, amount: 1_000n },
    ]);
    const settlement = rig.port.pending().find((m) => m.kind === 'settlement') as SettlementMessage;
    expect(settlement).toEqual({ kind: 'settlement', id: z.settlementId, batch: 1, openedAt: z.openedAt, closedAt: z.closedAt, totals: z.totals, transactionIds: [a, b], operatorId: 'op-02' });

    const next = txn('sale', 5n);
    expect(rig.journal.get(next).batch).toBe(2);
    expect(rig.journal.xReport()).toMatchObject({ batch: 2, totals: [{ scheme: 'visa', type: 'sale', count: 1, amount: 5n }] });
    // The closed batch's report is the one frozen at closing, after a restart too.
    rig.reopen();
    expect(rig.journal.zReport(1)).toEqual(z);
    expect(rig.journal.zReport(2)).toBeUndefined();
  });

  it('refuses to close while a transaction of the batch is in progress', () => {
    rig = journalRig();
    txn('sale', 1_000n);
    const open = txn('sale', 2_000n, { end: 'open' });
    expect(errorOf(() => rig.journal.closeBatch('op-01'))).toMatchObject({ code: 'E-JOURNAL-0010', context: { batch: 1, inProgress: 1 } });
    rig.journal.step(open, { to: 'failed', errorCode: 'E-TXN-0001' });
    expect(rig.journal.closeBatch('op-01').transactionIds).toHaveLength(1);
  });
});

describe('reconciliation', () => {
  it('stores a balanced result, and an out-of-balance one with its mismatches queued for upload, naming the operator shown it and when', () => {
    rig = journalRig({ now: () => 1_764_000_000_000 });
    const a = txn('sale', 1_000n);
    const z1 = rig.journal.closeBatch('op-01');
    rig.journal.reconcile({ settlementId: z1.settlementId, batch: 1, status: 'balanced', backendTotals: z1.totals, mismatches: [], reconciledAt: 1 }, 'op-02');
    expect(rig.journal.reconciliation(1)?.status).toBe('balanced');

    txn('sale', 2_000n);
    const z2 = rig.journal.closeBatch('op-01');
    const mismatches = [
      { kind: 'missing-at-backend', transactionId: a, terminalAmount: 1_000n, currency: '156' },
      { kind: 'total-differs', scheme: 'visa', type: 'sale', currency: '156', terminalAmount: 2_000n, backendAmount: 0n },
    ] as const;
    rig.journal.reconcile({ settlementId: z2.settlementId, batch: 2, status: 'out-of-balance', backendTotals: [], mismatches, reconciledAt: 2 }, 'op-02');
    rig.reopen();
    expect(rig.journal.reconciliation(2)).toEqual({ settlementId: z2.settlementId, batch: 2, status: 'out-of-balance', backendTotals: [], mismatches, reconciledAt: 2 });
    const reports = rig.port.pending().filter((m) => m.kind === 'reconciliation-mismatch') as MismatchReport[];
    expect(reports).toEqual([
      { kind: 'reconciliation-mismatch', id: `reconciliation-${z2.settlementId}-2`, settlementId: z2.settlementId, batch: 2, mismatches, reconciledAt: 2, operatorId: 'op-02', seenAt: 1_764_000_000_000 },
    ]);
  });

  it('names the operator who closed the batch when nobody is signed in as the result arrives', () => {
    rig = journalRig();
    txn('sale', 1_000n);
    const z = rig.journal.closeBatch('op-01');
    rig.journal.reconcile({ settlementId: z.settlementId, batch: 1, status: 'out-of-balance', backendTotals: [], mismatches: [], reconciledAt: 3 }, null);
    const reports = rig.port.pending().filter((m) => m.kind === 'reconciliation-mismatch') as MismatchReport[];
    expect(reports.map((r) => r.operatorId)).toEqual(['op-01']);
  });

  it('refuses a result for a settlement it never sent or naming another batch', () => {
    rig = journalRig();
    const z = rig.journal.closeBatch('op-01');
    const result = { settlementId: 'not-ours', batch: 1, status: 'balanced', backendTotals: [], mismatches: [], reconciledAt: 1 } as const;
    expect(errorOf(() => rig.journal.reconcile(result, 'op-01')).code).toBe('E-JOURNAL-0015');
    expect(errorOf(() => rig.journal.reconcile({ ...result, settlementId: z.settlementId, batch: 7 }, 'op-01')).code).toBe('E-JOURNAL-0015');
    expect(rig.journal.reconciliation(1)).toBeUndefined();
  });
});

describe('queries and reprints', () => {
  it('finds transactions by date range, amount, last four digits, reference and trace', () => {
    let clock = 1_000;
    rig = journalRig({ now: () => (clock += 1_000) });
    const a = txn('sale', 1_000n);
    const b = txn('sale', 2_000n, { card: MASTERCARD });
    const c = txn('sale', 1_000n, { card: MASTERCARD });
    const ids = (q: Parameters<typeof rig.journal.query>[0]) => rig.journal.query(q).map((t) => t.id);
    expect(ids({})).toEqual([c, b, a]);
    expect(ids({ amount: 1_000n })).toEqual([c, a]);
    expect(ids({ lastFour: '0011' })).toEqual([c, b]);
    expect(ids({ lastFour: '0011', amount: 1_000n })).toEqual([c]);
    expect(ids({ reference: 'RRN2000' })).toEqual([b]);
    expect(ids({ reference: 'A2000' })).toEqual([b]);
    expect(ids({ reference: a })).toEqual([a]);
    expect(ids({ trace: 2 })).toEqual([b]);
    const startedB = rig.journal.get(b).startedAt;
    expect(ids({ from: startedB, to: startedB + 1 })).toEqual([b]);
    expect(ids({ from: startedB })).toEqual([c, b]);
    expect(ids({ limit: 1 })).toEqual([c]);
    expect(errorOf(() => rig.journal.query({ lastFour: '11' })).context.field).toBe('lastFour');
  });

  it('reprints the last receipt or any, counting reprints, with the original of a void', () => {
    rig = journalRig();
    expect(rig.journal.lastReceipt()).toBeUndefined();
    const a = txn('sale', 1_000n);
    const b = txn('sale', 2_000n);
    txn('sale', 3_000n, { end: 'declined' });
    expect(rig.journal.lastReceipt()?.transaction.id).toBe(b);
    expect(rig.journal.reprint(a)).toMatchObject({ reprint: 1, transaction: { id: a, maskedPan: '476173******0119', authorisationCode: 'A1000' } });
    expect(rig.journal.reprint(a).reprint).toBe(2);
    const v = txn('void', 2_000n, { originalId: b });
    expect(rig.journal.lastReceipt()).toMatchObject({ transaction: { id: v }, original: { id: b, stan: 2, hostReference: 'RRN2000', authorisationCode: 'A2000' }, reprint: 0 });
    expect(errorOf(() => rig.journal.reprint('nope')).code).toBe('E-JOURNAL-0008');
  });
});
