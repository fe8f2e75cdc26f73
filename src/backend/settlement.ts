// Batch settlement and reconciliation (settlement.proto): the terminal closes a batch and
// declares its totals per scheme and type with the ids of the transactions they count; the
// backend sums the journal records it stored for that batch by the same rule and lists why the
// two differ — a declared transaction never uploaded (MISSING_AT_BACKEND), an uploaded one the
// terminal does not count (MISSING_AT_TERMINAL), one the terminal counts that its uploaded
// record says does not stand (AMOUNT_DIFFERS), and, when every transaction matches, a total
// that does not add up (TOTAL_DIFFERS). A settlement is reconciled once: delivered again, it
// gets the answer kept the first time.
import { PosError } from '../errors/index.js';
import { posrt, toLong } from '../protos/index.js';
import type { SettlementStore } from './settlement-store.js';

const v1 = posrt.channel.v1;
const T = v1.TransactionType;

const SETTLEMENT_ID = /^[0-9A-Za-z-]{1,64}$/;

/** What a total counts, the terminal's rule (src/payment/journal/settlement.ts): approved and
 *  still standing (neither voided nor reversed), and moving money — sales, refunds,
 *  pre-authorisation completions and QR sales. */
const SETTLED_TYPES: ReadonlySet<posrt.channel.v1.TransactionType> = new Set([T.TRANSACTION_TYPE_SALE, T.TRANSACTION_TYPE_REFUND, T.TRANSACTION_TYPE_COMPLETION, T.TRANSACTION_TYPE_QR]);

const approved = (r: posrt.channel.v1.JournalRecord): boolean => r.status === v1.TransactionStatus.TRANSACTION_STATUS_APPROVED;

/** Whether a record counts in the totals. A sale voided later in the batch was uploaded when it
 *  was approved, and that record (stored once by its id) still says approved: the approved VOID
 *  naming it is what says it no longer stands, as the terminal's journal marks it voided. */
function countsAmong(uploaded: readonly posrt.channel.v1.JournalRecord[]): (r: posrt.channel.v1.JournalRecord) => boolean {
  const voided = new Set(uploaded.filter((r) => approved(r) && r.type === T.TRANSACTION_TYPE_VOID && r.originalTransactionId !== '').map((r) => r.originalTransactionId));
  return (r) => approved(r) && SETTLED_TYPES.has(r.type) && !voided.has(r.transactionId);
}

const minor = (m: posrt.channel.v1.IMoney | null | undefined): bigint => BigInt(String(m?.minorUnits ?? 0));

interface Total {
  readonly scheme: string;
  readonly type: posrt.channel.v1.TransactionType;
  readonly currency: string;
  count: bigint;
  amount: bigint;
}

const keyOf = (scheme: string, type: number, currency: string): string => `${scheme}\u0000${type}\u0000${currency}`;

function totalsOf(records: readonly posrt.channel.v1.JournalRecord[]): Map<string, Total> {
  const totals = new Map<string, Total>();
  for (const r of records) {
    const currency = r.amount?.currency ?? '';
    const key = keyOf(r.scheme, r.type, currency);
    const t = totals.get(key) ?? { scheme: r.scheme, type: r.type, currency, count: 0n, amount: 0n };
    t.count += 1n;
    t.amount += minor(r.amount);
    totals.set(key, t);
  }
  return totals;
}

function declaredTotals(request: posrt.channel.v1.SettlementRequest): Map<string, Total> {
  const totals = new Map<string, Total>();
  for (const d of request.totals) {
    const currency = d.amount?.currency ?? '';
    const scheme = d.scheme ?? '';
    const type = d.type ?? T.TRANSACTION_TYPE_UNSPECIFIED;
    totals.set(keyOf(scheme, type, currency), { scheme, type, currency, count: BigInt(String(d.count ?? 0)), amount: minor(d.amount) });
  }
  return totals;
}

const money = (minorUnits: bigint, currency: string): posrt.channel.v1.IMoney => ({ minorUnits: toLong(minorUnits), currency });

/** The reconciliation of one settlement against the batch's uploaded records (pure). */
export function reconcile(request: posrt.channel.v1.SettlementRequest, uploaded: readonly posrt.channel.v1.JournalRecord[], now: number): posrt.channel.v1.ReconciliationResult.$Properties {
  const byId = new Map(uploaded.map((r) => [r.transactionId, r]));
  const declared = new Set(request.transactionIds);
  const counts = countsAmong(uploaded);
  const counted = uploaded.filter(counts);
  const mismatches: posrt.channel.v1.IMismatch[] = [];
  for (const id of declared) {
    const r = byId.get(id);
    if (r === undefined) mismatches.push({ kind: v1.MismatchKind.MISMATCH_KIND_MISSING_AT_BACKEND, transactionId: id });
    // The terminal counts it at its amount; the backend, by the record's status, at nothing.
    else if (!counts(r)) mismatches.push({ kind: v1.MismatchKind.MISMATCH_KIND_AMOUNT_DIFFERS, transactionId: id, scheme: r.scheme, type: r.type, terminalAmount: r.amount, backendAmount: money(0n, r.amount?.currency ?? '') });
  }
  for (const r of counted) {
    if (!declared.has(r.transactionId)) mismatches.push({ kind: v1.MismatchKind.MISMATCH_KIND_MISSING_AT_TERMINAL, transactionId: r.transactionId, scheme: r.scheme, type: r.type, backendAmount: r.amount });
  }
  const backend = totalsOf(counted);
  if (mismatches.length === 0) {
    const terminal = declaredTotals(request);
    for (const key of new Set([...terminal.keys(), ...backend.keys()])) {
      const t = terminal.get(key);
      const b = backend.get(key);
      if (t?.count === b?.count && t?.amount === b?.amount) continue;
      const { scheme, type, currency } = (t ?? b)!;
      mismatches.push({ kind: v1.MismatchKind.MISMATCH_KIND_TOTAL_DIFFERS, scheme, type, terminalAmount: money(t?.amount ?? 0n, currency), backendAmount: money(b?.amount ?? 0n, currency) });
    }
  }
  return {
    settlementId: request.settlementId,
    batchNumber: request.batchNumber,
    status: mismatches.length === 0 ? v1.ReconciliationStatus.RECONCILIATION_STATUS_BALANCED : v1.ReconciliationStatus.RECONCILIATION_STATUS_OUT_OF_BALANCE,
    backendTotals: [...backend.values()].map((t) => ({ scheme: t.scheme, type: t.type, count: toLong(t.count, true), amount: money(t.amount, t.currency) })),
    mismatches,
    reconciledAtMs: toLong(BigInt(now)),
  };
}

/** Reconciles a settlement the first time it arrives and keeps it with its answer; later
 *  deliveries get that answer. A settlement without a usable id is E-BACKEND-0012. */
export async function settle(store: SettlementStore, serial: string, request: posrt.channel.v1.SettlementRequest, now: number): Promise<posrt.channel.v1.ReconciliationResult> {
  if (!SETTLEMENT_ID.test(request.settlementId)) throw new PosError('E-BACKEND-0012', { kind: 'settlement' });
  const kept = await store.settlement(serial, request.settlementId);
  if (kept !== undefined) return v1.ReconciliationResult.decode(kept.result);
  const uploaded = (await store.batchTransactions(serial, request.batchNumber)).map((t) => v1.JournalRecord.decode(t.record));
  const encoded = v1.ReconciliationResult.encode(reconcile(request, uploaded, now)).finish();
  const result = v1.ReconciliationResult.decode(encoded);
  const stored = await store.storeSettlement({
    settlementId: request.settlementId,
    serial,
    batchNumber: request.batchNumber,
    balanced: result.status === v1.ReconciliationStatus.RECONCILIATION_STATUS_BALANCED,
    request: v1.SettlementRequest.encode(request).finish(),
    result: encoded,
    receivedAt: now,
  });
  // Two deliveries racing on two connections: the one kept first is the answer.
  if (stored === 'duplicate') return v1.ReconciliationResult.decode((await store.settlement(serial, request.settlementId))!.result);
  return result;
}
