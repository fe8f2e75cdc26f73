// The journal's messages through the composition root into the channel's real outbox, decoded
// back with the contract's codec as the session client sends them; and the backend's
// ReconciliationResult into the journal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outboxJournalMessages, reconciliationResultOf } from '../../src/boot/journal-channel.js';
import { Outbox } from '../../src/channel/outbox.js';
import { Journal, loadJournalKey } from '../../src/payment/journal/index.js';
import { posrt, toLong } from '../../src/protos/index.js';
import { errorOf } from '../support/pos-error.js';
import { arqcSent, contactCard, hostApproval, tcFromCard } from '../payment/journal/rig.js';

const v1 = posrt.channel.v1;
let dir: string;
let outbox: Outbox;
let journal: Journal;
let faults: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posrt-journal-channel-'));
  outbox = Outbox.open(join(dir, 'outbox.db'));
  faults = [];
  journal = Journal.open(join(dir, 'journal.db'), loadJournalKey(join(dir, 'keys', 'journal.key'), { provision: true }), outboxJournalMessages(outbox), {
    now: () => 1_764_000_000_000,
    onHandoffFault: (e) => faults.push(`${e.code} ${String(e.context.kind)}`),
  });
});

afterEach(() => {
  journal.close();
  outbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function sale(): string {
  const { id } = journal.begin({ type: 'sale', amount: 4_900n, currency: '156', operatorId: 'op-01' });
  journal.step(id, contactCard);
  journal.step(id, arqcSent);
  return id;
}

describe('the journal over the channel outbox', () => {
  it('sends an approved sale as a TransactionUpload of one JournalRecord, masked PAN only', () => {
    const id = sale();
    journal.step(id, hostApproval);
    journal.step(id, tcFromCard);
    const [m] = outbox.take(10);
    expect(m).toMatchObject({ id, kind: 'transaction-upload' });
    const [record] = v1.TransactionUpload.decode(m!.payload).records;
    expect(record).toMatchObject({
      transactionId: id,
      batchNumber: 1,
      stan: 1,
      type: v1.TransactionType.TRANSACTION_TYPE_SALE,
      status: v1.TransactionStatus.TRANSACTION_STATUS_APPROVED,
      decisionPath: v1.DecisionPath.DECISION_PATH_ONLINE,
      entryMode: v1.EntryMode.ENTRY_MODE_CONTACT,
      scheme: 'visa',
      maskedPan: '476173******0119',
      authorisationCode: '123456',
      hostReference: '512345678901',
      operatorId: 'op-01',
      cid: 0x40,
    });
    expect(BigInt(String(record!.amount!.minorUnits))).toBe(4_900n);
    expect(Buffer.from(record!.arc!).toString('ascii')).toBe('00');
    expect(Buffer.from(record!.applicationCryptogram!)).toEqual(Buffer.from([9, 9, 9, 9, 9, 9, 9, 9]));
    expect(record!.iccData!.map((o) => o.tag)).not.toContain(0x57);
  });

  it('sends a reversal as a ReversalRequest naming the original, ahead of uploads', () => {
    const id = sale();
    const t = journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
    const [m] = outbox.take(10);
    expect(m?.kind).toBe('reversal');
    const r = v1.ReversalRequest.decode(m!.payload);
    expect(r).toMatchObject({ reversalId: t.phase.kind === 'reversal-pending' ? t.phase.reversalId : '', originalTransactionId: id, reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT });
    expect(BigInt(String(r.amount!.minorUnits))).toBe(4_900n);
    expect(r.iccData.map((o) => o.tag).sort()).toEqual([0x9f1a, 0x9f26, 0x9f36]);
  });

  it('sends a closed batch as a SettlementRequest behind its uploads: totals per scheme and type, every transaction id, the operator', () => {
    const id = sale();
    journal.step(id, hostApproval);
    journal.step(id, tcFromCard);
    const z = journal.closeBatch('op-01');
    expect(faults).toEqual([]);
    const messages = outbox.take(10);
    expect(messages.map((m) => m.kind)).toEqual(['transaction-upload', 'settlement']);
    const request = v1.SettlementRequest.decode(messages[1]!.payload);
    expect(messages[1]!.id).toBe(z.settlementId);
    expect(request).toMatchObject({ settlementId: z.settlementId, batchNumber: 1, transactionIds: [id], operatorId: 'op-01' });
    expect(request.totals.map((t) => [t.scheme, t.type, Number(t.count), BigInt(String(t.amount!.minorUnits)), t.amount!.currency])).toEqual(
      z.totals.map((t) => [t.scheme, v1.TransactionType.TRANSACTION_TYPE_SALE, t.count, t.amount, t.currency]),
    );
    expect(z.totals).toHaveLength(1);
    // Handed over once: the journal does not offer it again.
    expect(journal.handOver()).toBe(0);
    expect(outbox.stats().pending).toBe(0);
  });

  it('reads the backend reconciliation into the journal, refusing one it cannot read', () => {
    const id = sale();
    journal.step(id, hostApproval);
    journal.step(id, tcFromCard);
    const z = journal.closeBatch('op-01');
    const money = (n: bigint) => ({ minorUnits: toLong(n), currency: '156' });
    const wire = v1.ReconciliationResult.decode(
      v1.ReconciliationResult.encode({
        settlementId: z.settlementId,
        batchNumber: 1,
        status: v1.ReconciliationStatus.RECONCILIATION_STATUS_OUT_OF_BALANCE,
        backendTotals: [{ scheme: 'visa', type: v1.TransactionType.TRANSACTION_TYPE_SALE, count: toLong(0n, true), amount: money(0n) }],
        mismatches: [{ kind: v1.MismatchKind.MISMATCH_KIND_MISSING_AT_BACKEND, transactionId: id, terminalAmount: money(4_900n) }],
        reconciledAtMs: toLong(1_764_000_100_000n),
      }).finish(),
    );
    const result = reconciliationResultOf(wire);
    expect(result).toEqual({
      settlementId: z.settlementId,
      batch: 1,
      status: 'out-of-balance',
      backendTotals: [{ scheme: 'visa', type: 'sale', currency: '156', count: 0, amount: 0n }],
      mismatches: [{ kind: 'missing-at-backend', transactionId: id, terminalAmount: 4_900n, currency: '156' }],
      reconciledAt: 1_764_000_100_000,
    });
    journal.reconcile(result, 'op-02');
    expect(journal.reconciliation(1)?.mismatches).toHaveLength(1);
    // The operator's report goes as the contract's MismatchReport, after the settlement.
    const messages = outbox.take(10);
    expect(messages.map((m) => m.kind)).toEqual(['transaction-upload', 'settlement', 'mismatch-report']);
    const report = v1.MismatchReport.decode(messages[2]!.payload);
    expect(messages[2]!.id).toBe(report.reportId);
    expect(report).toMatchObject({ settlementId: z.settlementId, batchNumber: 1, operatorId: 'op-02' });
    expect(Number(report.seenAtMs)).toBe(1_764_000_000_000);
    expect(reconciliationResultOf({ ...wire, mismatches: report.mismatches }).mismatches).toEqual(result.mismatches);
    expect(faults).toEqual([]);
    expect(errorOf(() => reconciliationResultOf({ ...wire, status: v1.ReconciliationStatus.RECONCILIATION_STATUS_UNSPECIFIED })).code).toBe('E-JOURNAL-0015');
    expect(errorOf(() => reconciliationResultOf({ ...wire, mismatches: [{ kind: v1.MismatchKind.MISMATCH_KIND_UNSPECIFIED }] })).code).toBe('E-JOURNAL-0015');
  });
});
