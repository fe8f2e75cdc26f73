// The batch screens: the X report (the shift's totals so far, nothing closed), settlement (the
// batch's totals and whether the host agrees), and the transactions of the batch.
import type { Currency, Line, Screen } from '../screen.js';
import type { QueryStatus, ReportKind, TransactionKind } from '../strings.js';
import { amountText, both } from '../text.js';
import { OK_BUTTON } from './buttons.js';

export interface ReportTotals {
  readonly kind: ReportKind;
  readonly batch: number;
  readonly currency: Currency;
  /** Per transaction type, in the order to show. */
  readonly totals: readonly { readonly kind: TransactionKind; readonly count: number; readonly amount: bigint }[];
  /** Sales less refunds and voids, as the host reckons it. */
  readonly net: bigint;
  /** Settlement only: whether the host's totals matched the terminal's. */
  readonly reconciliation: 'balanced' | 'unbalanced' | null;
}

export function reportScreen(r: ReportTotals): Screen<{ readonly kind: 'choice' }> {
  const lines: Line[] = [{ text: both((s) => s.report.batch(r.batch)), style: 'body' }];
  for (const t of r.totals) {
    const shown = amountText(t.amount, r.currency);
    lines.push({ text: both((s, l) => s.report.line(s.menu.action[t.kind], t.count, shown[l])), style: 'body' });
  }
  const net = amountText(r.net, r.currency);
  lines.push({ text: both((s, l) => s.report.net(net[l])), style: 'amount' });
  if (r.reconciliation !== null) {
    const balanced = r.reconciliation === 'balanced';
    lines.push({ text: both((s) => (balanced ? s.report.balanced : s.report.unbalanced)), style: balanced ? 'ok' : 'fault' });
  }
  return {
    id: 'report',
    messageId: null,
    title: both((s) => s.report.title[r.kind]),
    lines,
    entry: { kind: 'choice' },
    buttons: [{ id: 'print', label: both((s) => s.report.print), role: 'secondary' }, OK_BUTTON],
    tone: r.reconciliation === 'unbalanced' ? 'warning' : 'neutral',
    voice: null,
  };
}

export interface QueryRow {
  /** Local time as the journal shows it, e.g. "14:05". */
  readonly time: string;
  readonly kind: TransactionKind;
  readonly amount: bigint;
  readonly maskedPan: string | null;
  readonly status: QueryStatus;
}

const QUERY_ROWS_SHOWN = 8;

export function queryResultsScreen(rows: readonly QueryRow[], currency: Currency): Screen<{ readonly kind: 'choice' }> {
  const shown = rows.slice(0, QUERY_ROWS_SHOWN).map(
    (r): Line => ({ text: both((s, l) => [r.time, `${s.menu.action[r.kind]} ${amountText(r.amount, currency)[l]}`, r.maskedPan ?? '', s.query.status[r.status]].filter((p) => p !== '').join('  ')), style: 'body' }),
  );
  const rest = rows.length - shown.length;
  const lines: Line[] = rows.length === 0 ? [{ text: both((s) => s.query.empty), style: 'hint' }] : shown;
  if (rest > 0) lines.push({ text: both((s) => s.query.more(rest)), style: 'hint' });
  return { id: 'query-results', messageId: null, title: both((s) => s.query.title), lines, entry: { kind: 'choice' }, buttons: [OK_BUTTON], tone: 'neutral', voice: null };
}
