// Settlement, reversals and the operator and error-rate alerts against pos backend as a process,
// a terminal's session driven over real gRPC: a batch's declared totals reconciled against its
// uploads (balanced; out of balance with each kind of mismatch; answered once), reversals
// matched against the authorisations the backend answered (and no clear PAN in its store), an
// operator not bound to the terminal, and declines rising over approvals.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { posrt, toLong } from '../../src/protos/index.js';
import { cardRequest } from '../support/issuer-cards.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';
import { openRawSession, type RawSession } from '../support/raw-session.js';

const v1 = posrt.channel.v1;
const T = v1.TransactionType;
const M = v1.MismatchKind;

const running: BackendProcess[] = [];
const sessions: RawSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.close();
  for (const b of running.splice(0)) await b.kill();
});

async function session(serial: string, configure?: (config: Record<string, unknown>) => void): Promise<{ s: RawSession; db: string; b: BackendProcess; dir: string }> {
  const dir = tempDir('posrt-settle-');
  const config = writeBackendConfig(dir);
  if (configure) {
    const o = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    configure(o);
    writeFileSync(config, JSON.stringify(o));
  }
  const b = await startBackend({ db: join(dir, 'backend.db'), tokens: ['tok'], config });
  running.push(b);
  const address = `127.0.0.1:${b.port}`;
  const t = makeTerminal(dir, serial);
  await enrol(t, address, 'tok');
  const s = await openRawSession(address, t.identity, serial);
  sessions.push(s);
  return { s, db: join(dir, 'backend.db'), b, dir };
}

const money = (minor: number) => ({ minorUnits: toLong(BigInt(minor)), currency: '156' });

function record(transactionId: string, batchNumber: number, scheme: string, type: posrt.channel.v1.TransactionType, minor: number, status = v1.TransactionStatus.TRANSACTION_STATUS_APPROVED): posrt.channel.v1.IJournalRecord {
  return { transactionId, batchNumber, stan: 1, type, status, amount: money(minor), scheme, maskedPan: '476173******0119' };
}

async function upload(s: RawSession, records: posrt.channel.v1.IJournalRecord[]): Promise<void> {
  const r = await s.request({ transactionUpload: { records } }, 'transactionUploadResult');
  expect((r.transactionUploadResult!.results ?? []).map((x) => x.status)).toEqual(records.map(() => v1.UploadStatus.UPLOAD_STATUS_STORED));
}

const settlement = (settlementId: string, batchNumber: number, totals: [string, posrt.channel.v1.TransactionType, number, number][], transactionIds: string[]): posrt.channel.v1.ISettlementRequest => ({
  settlementId,
  batchNumber,
  openedAtMs: toLong(1n),
  closedAtMs: toLong(2n),
  totals: totals.map(([scheme, type, count, minor]) => ({ scheme, type, count: toLong(BigInt(count), true), amount: money(minor) })),
  transactionIds,
  operatorId: '0002',
});

const mismatches = (r: posrt.channel.v1.IReconciliationResult) =>
  (r.mismatches ?? []).map((m) => [M[m.kind ?? 0], m.transactionId, m.scheme, String(m.terminalAmount?.minorUnits ?? '-'), String(m.backendAmount?.minorUnits ?? '-')]);

describe('settlement and reconciliation', () => {
  it('answers BALANCED with the backend’s totals when the declared totals and ids match the uploads, and the same answer again', async () => {
    const { s, db } = await session('SN-SETTLE');
    await upload(s, [
      record('t-1', 5, 'visa', T.TRANSACTION_TYPE_SALE, 1000),
      record('t-2', 5, 'visa', T.TRANSACTION_TYPE_SALE, 2000),
      record('t-3', 5, 'mastercard', T.TRANSACTION_TYPE_REFUND, 500),
      // Declined, and a pre-authorisation: neither counts, at either end.
      record('t-4', 5, 'visa', T.TRANSACTION_TYPE_SALE, 700, v1.TransactionStatus.TRANSACTION_STATUS_DECLINED),
      record('t-5', 5, 'visa', T.TRANSACTION_TYPE_PRE_AUTH, 900),
      // Another batch.
      record('t-6', 4, 'visa', T.TRANSACTION_TYPE_SALE, 100),
    ]);
    const request = settlement('set-5', 5, [['visa', T.TRANSACTION_TYPE_SALE, 2, 3000], ['mastercard', T.TRANSACTION_TYPE_REFUND, 1, 500]], ['t-1', 't-2', 't-3']);
    const answer = (await s.request({ settlementRequest: request }, 'reconciliationResult')).reconciliationResult!;
    expect([answer.settlementId, answer.batchNumber, v1.ReconciliationStatus[answer.status ?? 0], mismatches(answer)]).toEqual(['set-5', 5, 'RECONCILIATION_STATUS_BALANCED', []]);
    expect((answer.backendTotals ?? []).map((t) => [t.scheme, T[t.type ?? 0], String(t.count), String(t.amount?.minorUnits)])).toEqual([
      ['visa', 'TRANSACTION_TYPE_SALE', '2', '3000'],
      ['mastercard', 'TRANSACTION_TYPE_REFUND', '1', '500'],
    ]);
    const again = (await s.request({ settlementRequest: request }, 'reconciliationResult')).reconciliationResult!;
    expect(v1.ReconciliationResult.encode(again).finish()).toEqual(v1.ReconciliationResult.encode(answer).finish());
    expect(readStore(db, 'SELECT settlement_id, batch_number, balanced FROM settlements')).toEqual([{ settlement_id: 'set-5', batch_number: 5, balanced: 1 }]);
  });

  it('lists why a batch is out of balance: declared but never uploaded, uploaded but not declared, declared but not standing', async () => {
    const { s } = await session('SN-OOB');
    await upload(s, [
      record('u-1', 6, 'visa', T.TRANSACTION_TYPE_SALE, 1000),
      record('u-2', 6, 'visa', T.TRANSACTION_TYPE_SALE, 400),
      record('u-3', 6, 'unionpay', T.TRANSACTION_TYPE_SALE, 300, v1.TransactionStatus.TRANSACTION_STATUS_REVERSED),
    ]);
    const request = settlement('set-6', 6, [['visa', T.TRANSACTION_TYPE_SALE, 2, 1800], ['unionpay', T.TRANSACTION_TYPE_SALE, 1, 300]], ['u-1', 'u-3', 'u-9']);
    const answer = (await s.request({ settlementRequest: request }, 'reconciliationResult')).reconciliationResult!;
    expect(v1.ReconciliationStatus[answer.status ?? 0]).toBe('RECONCILIATION_STATUS_OUT_OF_BALANCE');
    expect(mismatches(answer)).toEqual([
      ['MISMATCH_KIND_AMOUNT_DIFFERS', 'u-3', 'unionpay', '300', '0'],
      ['MISMATCH_KIND_MISSING_AT_BACKEND', 'u-9', '', '-', '-'],
      ['MISMATCH_KIND_MISSING_AT_TERMINAL', 'u-2', 'visa', '-', '400'],
    ]);
  });

  it('balances a batch with a voided sale: the sale’s record still says approved, the VOID naming it takes it out as the terminal does', async () => {
    const { s } = await session('SN-VOID');
    await upload(s, [record('v-1', 8, 'visa', T.TRANSACTION_TYPE_SALE, 1000), record('v-2', 8, 'visa', T.TRANSACTION_TYPE_SALE, 600)]);
    await upload(s, [{ ...record('v-3', 8, 'visa', T.TRANSACTION_TYPE_VOID, 1000), originalTransactionId: 'v-1' }]);
    const answer = (await s.request({ settlementRequest: settlement('set-8', 8, [['visa', T.TRANSACTION_TYPE_SALE, 1, 600]], ['v-2']) }, 'reconciliationResult')).reconciliationResult!;
    expect([v1.ReconciliationStatus[answer.status ?? 0], mismatches(answer)]).toEqual(['RECONCILIATION_STATUS_BALANCED', []]);
    expect((answer.backendTotals ?? []).map((t) => [t.scheme, T[t.type ?? 0], String(t.count), String(t.amount?.minorUnits)])).toEqual([['visa', 'TRANSACTION_TYPE_SALE', '1', '600']]);
  });

  it('says a total differs when every transaction matches but the terminal’s sum does not', async () => {
    const { s } = await session('SN-SUM');
    await upload(s, [record('w-1', 7, 'visa', T.TRANSACTION_TYPE_SALE, 1000), record('w-2', 7, 'visa', T.TRANSACTION_TYPE_SALE, 250)]);
    const answer = (await s.request({ settlementRequest: settlement('set-7', 7, [['visa', T.TRANSACTION_TYPE_SALE, 2, 1200]], ['w-1', 'w-2']) }, 'reconciliationResult')).reconciliationResult!;
    expect(mismatches(answer)).toEqual([['MISMATCH_KIND_TOTAL_DIFFERS', '', 'visa', '1200', '1250']]);
  });

  it('takes a settlement from the terminal’s outbox after the batch’s uploads, and hands the reconciliation to the session client', async () => {
    const dir = tempDir('posrt-settle-');
    const b = await startBackend({ db: join(dir, 'backend.db'), tokens: ['tok'], config: writeBackendConfig(dir) });
    running.push(b);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-OUTBOX');
    await enrol(t, address, 'tok');
    // Enqueued first, the settlement still goes after the uploads: its kind comes last.
    t.outbox.enqueue('settlement', 'set-8', v1.SettlementRequest.encode(settlement('set-8', 8, [['visa', T.TRANSACTION_TYPE_SALE, 2, 300]], ['o-1', 'o-2'])).finish());
    for (const [id, minor] of [['o-1', 100], ['o-2', 200]] as const) t.outbox.enqueue('transaction-upload', `up-${id}`, v1.TransactionUpload.encode({ records: [record(id, 8, 'visa', T.TRANSACTION_TYPE_SALE, minor)] }).finish());
    const results: posrt.channel.v1.ReconciliationResult[] = [];
    const client = t.client(address, { onReconciliation: (r) => results.push(r) });
    client.start();
    try {
      await until('the reconciliation', () => results.length === 1);
      expect([results[0]!.settlementId, v1.ReconciliationStatus[results[0]!.status]]).toEqual(['set-8', 'RECONCILIATION_STATUS_BALANCED']);
      await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
      expect(t.events.filter((e) => e.kind === 'session-ended')).toEqual([]);
    } finally {
      client.stop();
    }
  });

  it('refuses a settlement without a usable id with E-BACKEND-0012', async () => {
    const { s } = await session('SN-NOID');
    await expect(s.request({ settlementRequest: settlement('', 1, [], []) }, 'reconciliationResult')).rejects.toThrow('refused: E-BACKEND-0012');
  });
});

describe('reversals matched against the authorisations answered', () => {
  const PAN = '4761739001010119';

  async function authorise(s: RawSession, transactionId: string, minor: bigint): Promise<void> {
    const { request } = cardRequest(PAN, minor);
    request.transactionId = transactionId;
    const r = await s.request({ authorisationRequest: request }, 'authorisationResponse');
    expect(Buffer.from(r.authorisationResponse!.arc ?? []).toString('ascii')).toBe('00');
  }

  const reverse = async (s: RawSession, reversalId: string, original: string, minor: number): Promise<[string, string]> => {
    const r = (await s.request({ reversalRequest: { reversalId, originalTransactionId: original, reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT, amount: money(minor) } }, 'reversalResponse')).reversalResponse!;
    return [v1.ReversalStatus[r.status ?? 0] ?? '', r.errorCode ?? ''];
  };

  it('reverses an original once, reports the same reversal again and a second one as already reversed, an unknown original and an amount above the original’s', async () => {
    const { s, db, b, dir } = await session('SN-REV');
    await authorise(s, 'txn-1', 1234n);
    await authorise(s, 'txn-2', 1000n);
    expect(await reverse(s, 'rev-1', 'txn-1', 1234)).toEqual(['REVERSAL_STATUS_REVERSED', '']);
    expect(await reverse(s, 'rev-1', 'txn-1', 1234)).toEqual(['REVERSAL_STATUS_ALREADY_REVERSED', '']);
    expect(await reverse(s, 'rev-2', 'txn-1', 1234)).toEqual(['REVERSAL_STATUS_ALREADY_REVERSED', 'E-BACKEND-0202']);
    expect(await reverse(s, 'rev-3', 'txn-unknown', 1234)).toEqual(['REVERSAL_STATUS_ORIGINAL_NOT_FOUND', 'E-BACKEND-0201']);
    expect(await reverse(s, 'rev-4', 'txn-2', 2000)).toEqual(['REVERSAL_STATUS_AMOUNT_MISMATCH', 'E-BACKEND-0203']);
    // Refused for its amount, the original still stands and a right reversal undoes it.
    expect(await reverse(s, 'rev-5', 'txn-2', 1000)).toEqual(['REVERSAL_STATUS_REVERSED', '']);
    expect(readStore(db, 'SELECT transaction_id, amount_minor, masked_pan, outcome, reversed_by FROM authorisations ORDER BY transaction_id')).toEqual([
      { transaction_id: 'txn-1', amount_minor: '1234', masked_pan: '476173******0119', outcome: 'approved', reversed_by: 'rev-1' },
      { transaction_id: 'txn-2', amount_minor: '1000', masked_pan: '476173******0119', outcome: 'approved', reversed_by: 'rev-5' },
    ]);
    // The clear PAN went to the issuer simulator and nowhere else: not in the store's files, not in the log.
    s.close();
    await b.stop();
    for (const file of readdirSync(dir).filter((f) => f.startsWith('backend.db'))) expect(readFileSync(join(dir, file)).includes(PAN)).toBe(false);
    expect(b.stderr).not.toContain(PAN);
  });
});

describe('operator and error-rate alerts', () => {
  const openAlerts = (db: string): string[] => readStore<{ kind: string }>(db, 'SELECT kind FROM alerts WHERE cleared_at IS NULL ORDER BY kind').map((r) => r.kind);

  it('raises operator-not-bound when an operator not bound here tries to log in, and clears it at the next login', async () => {
    const { s, db } = await session('SN-OPER');
    const event = (eventId: string, kind: posrt.channel.v1.OperatorEventKind, operatorId: string) => s.request({ operatorEvent: { eventId, kind, operatorId, occurredAtMs: toLong(1n) } }, 'ackOnly');
    await event('ev-1', v1.OperatorEventKind.OPERATOR_EVENT_KIND_NOT_BOUND, '0002');
    expect(openAlerts(db)).toEqual(['operator-not-bound']);
    await event('ev-2', v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGIN_FAILED, '0001');
    expect(openAlerts(db)).toEqual(['operator-not-bound']);
    await event('ev-3', v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGIN, '0001');
    expect(openAlerts(db)).toEqual([]);
    // The same NOT_BOUND event delivered again is kept once and raises nothing.
    await event('ev-1', v1.OperatorEventKind.OPERATOR_EVENT_KIND_NOT_BOUND, '0002');
    expect(openAlerts(db)).toEqual([]);
  });

  it('raises error-rate-rising when declines and errors over the window pass the threshold of approvals, and clears it when they fall back', async () => {
    const { s, db } = await session('SN-RATE', (c) => (c.errorRate = { windowS: 600, threshold: 0.5, minTransactions: 4 }));
    const heartbeat = (approvals: number, declines: number, errors: number) =>
      s.request({ heartbeat: { paper: v1.PaperState.PAPER_STATE_OK, counters: { sinceMs: toLong(1n), approvals: toLong(BigInt(approvals), true), declines: toLong(BigInt(declines), true), errors: toLong(BigInt(errors), true) } } }, 'ackOnly');
    await heartbeat(10, 0, 0);
    // Three transactions since: too few to judge.
    await heartbeat(10, 2, 1);
    expect(openAlerts(db)).toEqual([]);
    // 2 approvals against 5 declines and errors in the window.
    await heartbeat(12, 4, 1);
    expect(openAlerts(db)).toEqual(['error-rate-rising']);
    await heartbeat(40, 4, 1);
    expect(openAlerts(db)).toEqual([]);
  });
});
