// What the terminal page shows of settlement, reversals, the operators bound to the terminal and
// its merchant, decoded from what the backend keeps: per batch the totals the terminal declared
// beside the ones the backend summed from the uploads, with the mismatches listed and the
// terminal's reports of them (MismatchReport: the operator shown them and when); each
// reversal with how it matched its original; the operator table's entries bound here; the
// merchant data's name.
import { posrt } from '../../protos/index.js';
import type { StoredReversal } from '../authorisation-store.js';
import type { ReceivedMessage } from '../repository.js';
import type { StoredSettlement } from '../settlement-store.js';
import { amountText, timestamp } from './fleet-view.js';
import { label, type Language, type Strings } from './strings.js';

const v1 = posrt.channel.v1;

export interface TotalRow {
  readonly scheme: string;
  readonly type: string;
  readonly currency: string;
  readonly declared: { readonly count: string; readonly amount: string };
  readonly backend: { readonly count: string; readonly amount: string };
  readonly differs: boolean;
}

export interface MismatchRow {
  readonly kind: string;
  readonly text: { readonly kind: string; readonly transactionId: string; readonly what: string; readonly terminalAmount: string; readonly backendAmount: string };
}

/** A terminal's MismatchReport: who it showed the result out of balance to, and when. */
export interface MismatchReportRow {
  readonly reportId: string;
  readonly settlementId: string;
  readonly text: { readonly operator: string; readonly seenAt: string; readonly receivedAt: string };
}

export interface SettlementRow {
  readonly settlementId: string;
  readonly batchNumber: number;
  readonly balanced: boolean;
  readonly text: { readonly receivedAt: string; readonly status: string; readonly operator: string };
  readonly totals: readonly TotalRow[];
  readonly mismatches: readonly MismatchRow[];
  readonly reports: readonly MismatchReportRow[];
}

export function mismatchReportRow(m: ReceivedMessage): MismatchReportRow {
  const r = v1.MismatchReport.decode(m.body);
  return { reportId: r.reportId, settlementId: r.settlementId, text: { operator: r.operatorId, seenAt: timestamp(Number(r.seenAtMs.toString())), receivedAt: timestamp(m.receivedAt) } };
}

const money = (m: posrt.channel.v1.IMoney | null | undefined): string => (m == null ? '' : amountText(BigInt(String(m.minorUnits ?? 0))));

/** The declared and the backend's totals on one row per scheme, type and currency. */
function totalRows(request: posrt.channel.v1.SettlementRequest, result: posrt.channel.v1.ReconciliationResult, s: Strings): TotalRow[] {
  const rows = new Map<string, { scheme: string; type: string; currency: string; declared?: posrt.channel.v1.ISchemeTotal; backend?: posrt.channel.v1.ISchemeTotal }>();
  const put = (t: posrt.channel.v1.ISchemeTotal, side: 'declared' | 'backend'): void => {
    const type = v1.TransactionType[t.type ?? 0] ?? '';
    const currency = t.amount?.currency ?? '';
    const key = `${t.scheme}\u0000${type}\u0000${currency}`;
    rows.set(key, { ...(rows.get(key) ?? { scheme: t.scheme ?? '', type, currency }), [side]: t });
  };
  request.totals.forEach((t) => put(t, 'declared'));
  result.backendTotals.forEach((t) => put(t, 'backend'));
  const side = (t: posrt.channel.v1.ISchemeTotal | undefined) => ({ count: String(t?.count ?? 0), amount: amountText(BigInt(String(t?.amount?.minorUnits ?? 0))) });
  return [...rows.values()].map((r) => {
    const declared = side(r.declared);
    const backend = side(r.backend);
    return { scheme: r.scheme, type: label(s.transactionType, r.type), currency: r.currency, declared, backend, differs: declared.count !== backend.count || declared.amount !== backend.amount };
  });
}

/** `reports`: the terminal's mismatch reports; those of this settlement are shown with it. */
export function settlementRow(stored: StoredSettlement, s: Strings, reports: readonly MismatchReportRow[]): SettlementRow {
  const request = v1.SettlementRequest.decode(stored.request);
  const result = v1.ReconciliationResult.decode(stored.result);
  return {
    settlementId: stored.settlementId,
    batchNumber: stored.batchNumber,
    balanced: stored.balanced,
    text: { receivedAt: timestamp(stored.receivedAt), status: stored.balanced ? s.balanced : s.outOfBalance, operator: request.operatorId },
    totals: totalRows(request, result, s),
    mismatches: result.mismatches.map((m) => {
      const kind = v1.MismatchKind[m.kind ?? 0] ?? '';
      const type = m.type ? label(s.transactionType, v1.TransactionType[m.type] ?? '') : '';
      return { kind, text: { kind: label(s.mismatchKind, kind), transactionId: m.transactionId ?? '', what: [m.scheme, type].filter(Boolean).join(' '), terminalAmount: money(m.terminalAmount), backendAmount: money(m.backendAmount) } };
    }),
    reports: reports.filter((r) => r.settlementId === stored.settlementId),
  };
}

export interface ReversalRow {
  readonly reversalId: string;
  readonly match: string;
  readonly text: { readonly receivedAt: string; readonly original: string; readonly amount: string; readonly reason: string; readonly match: string; readonly code: string };
}

export function reversalRow(r: StoredReversal, s: Strings): ReversalRow {
  return {
    reversalId: r.reversalId,
    match: r.match,
    text: { receivedAt: timestamp(r.receivedAt), original: r.originalTransactionId, amount: `${amountText(r.amountMinor)} ${r.currency}`, reason: label(s.reversalReason, r.reason), match: label(s.reversalMatch, r.match), code: r.code },
  };
}

export interface BoundOperatorRow {
  readonly operatorId: string;
  readonly text: { readonly name: string; readonly role: string; readonly active: string };
}

/** The merchant's name as its receipts print it: the English one on the English page when the
 *  merchant data has one. */
export function merchantNameOf(merchantData: Uint8Array | undefined, lang: Language): string {
  if (merchantData === undefined) return '';
  const m = v1.MerchantData.decode(merchantData);
  return lang === 'en' && m.nameEn !== '' ? m.nameEn : m.name;
}

/** The operators the table binds to this terminal id (OperatorTable bindings). */
export function boundOperatorRows(tableBody: Uint8Array | undefined, terminalId: string, s: Strings): BoundOperatorRow[] {
  if (tableBody === undefined) return [];
  const table = v1.OperatorTable.decode(tableBody);
  const bound = new Set(table.bindings.filter((b) => b.terminalId === terminalId).map((b) => b.operatorId));
  return table.operators
    .filter((o) => bound.has(o.operatorId))
    .map((o) => ({ operatorId: o.operatorId ?? '', text: { name: o.name ?? '', role: label(s.operatorRole, v1.OperatorRole[o.role ?? 0] ?? ''), active: o.active ? s.yes : s.no } }));
}
