// The shift summary (签退汇总) printed when an operator ends their shift: who, on which terminal,
// from when to when, and per transaction type the count and amount of what they had approved in
// it, with the net — the hand-over record a cashier gives the supervisor with the till. It holds
// no card data: only counts and sums, which is all a hand-over needs.
import type { PrintJob, PrintLine } from '../../kernel/index.js';
import { dateTimeText } from './date-time.js';
import { both, LABELS } from './labels.js';
import { cut, feed, row, rule, text } from './print-lines.js';
import type { ReceiptLanguage, ReceiptSettings } from './receipt-data.js';
import { reportHeader } from './report-header.js';
import { checkTotals, totalsTable, type KindTotal } from './settlement-report.js';

export interface ShiftSummary {
  /** The operator store's shift number: the job's id, so a summary printed twice is the same job. */
  readonly shift: number;
  readonly operator: string;
  readonly startedAt: Date;
  readonly endedAt: Date;
  /** ISO 4217 numeric. */
  readonly currency: number;
  /** One line per type (journal's operatorTotals), amounts as entered. */
  readonly totals: readonly KindTotal[];
}

export function shiftSummaryJob(summary: ShiftSummary, settings: ReceiptSettings, language: ReceiptLanguage): PrintJob {
  checkTotals(summary.totals);
  const label = (l: { zh: string; en: string }) => both(l, language);
  const tz = settings.timeZone;
  const lines: PrintLine[] = [
    ...reportHeader(settings, language, [LABELS.shiftSummary], summary.operator),
    row(label(LABELS.shiftStart), dateTimeText(summary.startedAt, tz)),
    row(label(LABELS.shiftEnd), dateTimeText(summary.endedAt, tz)),
    rule('='),
  ];
  if (summary.totals.length === 0) lines.push(text(label(LABELS.noShiftTransactions), { align: 'center' }));
  else lines.push(...totalsTable(summary.totals, summary.currency, language));
  lines.push(rule('='), feed(3), cut);
  return { id: `shift-${summary.shift}`, lines };
}
