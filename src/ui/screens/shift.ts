// The shift's screens (签到/签退): the start of a shift acknowledged, and at its end the summary a
// cashier hands over with — who, from when to when, and per transaction type how many were
// approved and for how much — before the terminal signs them out. Times come formatted in the
// terminal's time zone; what counts is the journal's to decide.
import type { Currency, Line, Screen } from '../screen.js';
import type { TransactionKind } from '../strings.js';
import { amountText, both } from '../text.js';
import { OK_BUTTON } from './buttons.js';

export interface ShiftSummary {
  readonly operatorId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly currency: Currency;
  /** Per transaction type, in the order to show. */
  readonly totals: readonly { readonly kind: TransactionKind; readonly count: number; readonly amount: bigint }[];
}

export function shiftStartedScreen(operatorId: string, startedAt: string): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'shift-started',
    messageId: null,
    title: both((s) => s.shift.started),
    lines: [
      { text: both((s) => s.login.operator(operatorId)), style: 'body' },
      { text: both((s) => s.shift.since(startedAt)), style: 'body' },
    ],
    entry: { kind: 'choice' },
    buttons: [OK_BUTTON],
    tone: 'success',
    voice: both((s) => s.shift.started),
  };
}

export function shiftSummaryScreen(r: ShiftSummary): Screen<{ readonly kind: 'choice' }> {
  const lines: Line[] = [
    { text: both((s) => s.login.operator(r.operatorId)), style: 'body' },
    { text: both((s) => s.shift.period(r.startedAt, r.endedAt)), style: 'body' },
  ];
  for (const t of r.totals) {
    const shown = amountText(t.amount, r.currency);
    lines.push({ text: both((s, l) => s.report.line(s.menu.action[t.kind], t.count, shown[l])), style: 'body' });
  }
  if (r.totals.length === 0) lines.push({ text: both((s) => s.shift.none), style: 'hint' });
  lines.push({ text: both((s) => s.shift.signedOut), style: 'hint' });
  return {
    id: 'shift-summary',
    messageId: null,
    title: both((s) => s.shift.ended),
    lines,
    entry: { kind: 'choice' },
    buttons: [OK_BUTTON],
    tone: 'neutral',
    voice: both((s) => s.shift.ended),
  };
}
