// The batch screens: the X report (the shift's totals so far, nothing closed) and settlement (the
// batch's totals and whether the host agrees: each mismatch it found on its own line).
import type { Currency, Line, Screen } from '../screen.js';
import type { MismatchKind, ReportKind, TransactionKind } from '../strings.js';
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
  /** Settlement only: whether the host's totals matched the terminal's; pending while it has
   *  not answered. */
  readonly reconciliation: 'balanced' | 'unbalanced' | 'pending' | null;
  /** What the host's reconciliation found different, when unbalanced. */
  readonly mismatches?: readonly MismatchLine[];
}

export interface MismatchLine {
  readonly kind: MismatchKind;
  /** The transaction (its voucher number) or the total (scheme and type) that differs. */
  readonly what: string;
  readonly terminal?: bigint;
  readonly host?: bigint;
}

function mismatchLine(m: MismatchLine, currency: Currency): Line {
  const money = (a: bigint | undefined) => amountText(a ?? 0n, currency);
  const terminal = money(m.terminal);
  const host = money(m.host);
  return {
    text: both((s, l) => {
      const say = s.report.mismatch;
      switch (m.kind) {
        case 'missing-at-backend':
          return say[m.kind](m.what, terminal[l]);
        case 'missing-at-terminal':
          return say[m.kind](m.what, host[l]);
        case 'amount-differs':
        case 'total-differs':
          return say[m.kind](m.what, terminal[l], host[l]);
      }
    }),
    style: 'fault',
  };
}

export function reportScreen(r: ReportTotals): Screen<{ readonly kind: 'choice' }> {
  const lines: Line[] = [{ text: both((s) => s.report.batch(r.batch)), style: 'body' }];
  for (const t of r.totals) {
    const shown = amountText(t.amount, r.currency);
    lines.push({ text: both((s, l) => s.report.line(s.menu.action[t.kind], t.count, shown[l])), style: 'body' });
  }
  const net = amountText(r.net, r.currency);
  lines.push({ text: both((s, l) => s.report.net(net[l])), style: 'amount' });
  const rec = r.reconciliation;
  if (rec !== null) lines.push({ text: both((s) => s.report[rec]), style: rec === 'balanced' ? 'ok' : rec === 'pending' ? 'hint' : 'fault' });
  for (const m of r.mismatches ?? []) lines.push(mismatchLine(m, r.currency));
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
