// The journal's records in the operator screens' words: a transaction as a row of a list (its
// local time, voucher number, kind, amount, masked PAN, status), the X and Z reports with the
// host's reconciliation as the report screen's totals and mismatch lines, and a date typed on
// the keypad as the journal query's time range, all in the terminal's time zone.
import { PosError } from '../errors/index.js';
import type { JournalTransaction, Mismatch, PhaseKind, ReconciliationResult, SchemeTotal, TransactionType } from '../payment/journal/index.js';
import { NET_SIGN } from '../payment/receipt/index.js';
import type { Currency, MismatchLine, QueryRow, QueryStatus, ReportKind, ReportTotals, TransactionKind } from '../ui/index.js';

/** The journal's types under the screens' names. */
export const SCREEN_KIND: Readonly<Record<TransactionType, TransactionKind>> = {
  sale: 'sale',
  refund: 'refund',
  void: 'void',
  'pre-auth': 'pre-auth',
  'pre-auth-completion': 'completion',
  'pre-auth-cancel': 'pre-auth-cancel',
  balance: 'balance',
  'qr-sale': 'qr',
};

const STATUS: Readonly<Record<PhaseKind, QueryStatus>> = {
  started: 'failed',
  'card-read': 'failed',
  authorising: 'failed',
  'host-approved': 'failed',
  approved: 'approved',
  'offline-approved': 'approved',
  declined: 'declined',
  failed: 'failed',
  'reversal-pending': 'reversed',
  reversed: 'reversed',
  voided: 'voided',
  captured: 'captured',
};

const voucher = (stan: number): string => String(stan).padStart(6, '0');

/** "12-01 14:05" in `timeZone`. */
export function localTime(ms: number, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(ms).map((x) => [x.type, x.value]),
  );
  return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function queryRowOf(t: JournalTransaction, timeZone: string): QueryRow {
  return { id: t.id, time: localTime(t.startedAt, timeZone), voucher: voucher(t.stan), kind: SCREEN_KIND[t.type], amount: t.amount, maskedPan: t.maskedPan ?? null, status: STATUS[t.phase.kind] };
}

/** Milliseconds `timeZone` is ahead of UTC at `ms`. */
function offsetMs(ms: number, timeZone: string): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(ms)
      .map((x) => [x.type, Number(x.value)]),
  );
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/** The local day YYYYMMDD as [from, to) ms since the epoch; not a date is E-UI-0005. */
export function dayRange(typed: string, timeZone: string): { readonly from: number; readonly to: number } {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(typed);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const d = new Date(midnightUtc);
  if (!m || year < 2000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) throw new PosError('E-UI-0005', { field: 'date', length: typed.length });
  const from = midnightUtc - offsetMs(midnightUtc, timeZone);
  const nextUtc = midnightUtc + 86_400_000;
  return { from, to: nextUtc - offsetMs(nextUtc, timeZone) };
}

function mismatchLineOf(m: Mismatch, voucherOf: (transactionId: string) => string): MismatchLine {
  if (m.kind === 'total-differs') return { kind: m.kind, what: `${m.scheme} ${m.type}`, terminal: m.terminalAmount, host: m.backendAmount };
  return { kind: m.kind, what: voucherOf(m.transactionId), ...(m.terminalAmount === undefined ? {} : { terminal: m.terminalAmount }), ...(m.backendAmount === undefined ? {} : { host: m.backendAmount }) };
}

export interface ReportInput {
  readonly kind: ReportKind;
  readonly batch: number;
  readonly totals: readonly SchemeTotal[];
  readonly currency: Currency;
  /** Settlement: the host's answer, or undefined while it has not come. */
  readonly reconciliation?: ReconciliationResult;
  /** A transaction the host named by its id as the slip's voucher number (the id when unknown). */
  readonly voucherOf: (transactionId: string) => string;
}

/** The totals per type (schemes added up), the net, and for a settlement the host's verdict. */
export function reportTotalsOf(r: ReportInput): ReportTotals {
  const byKind = new Map<TransactionType, { count: number; amount: bigint }>();
  for (const t of r.totals) {
    const sum = byKind.get(t.type) ?? { count: 0, amount: 0n };
    byKind.set(t.type, { count: sum.count + t.count, amount: sum.amount + t.amount });
  }
  // In the order the screens name the types: sales first.
  const order = Object.keys(SCREEN_KIND);
  const totals = [...byKind].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([type, sum]) => ({ kind: SCREEN_KIND[type], ...sum }));
  const net = [...byKind].reduce((n, [type, sum]) => n + NET_SIGN[type] * sum.amount, 0n);
  const rec = r.reconciliation;
  return {
    kind: r.kind,
    batch: r.batch,
    currency: r.currency,
    totals,
    net,
    reconciliation: r.kind === 'x-report' ? null : rec === undefined ? 'pending' : rec.status === 'balanced' ? 'balanced' : 'unbalanced',
    mismatches: rec?.mismatches.map((m) => mismatchLineOf(m, r.voucherOf)) ?? [],
  };
}

/** The voucher number of a transaction of this journal, for a mismatch line. */
export function voucherOfJournal(get: (id: string) => JournalTransaction): (transactionId: string) => string {
  return (id) => {
    try {
      return voucher(get(id).stan);
    } catch (e) {
      if (e instanceof PosError) return id;
      throw e;
    }
  };
}
