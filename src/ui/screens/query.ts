// Finding a transaction: how to search (date, amount, last four digits, reference — the
// journal's TransactionQuery), the value on the keypad, and the transactions found as large
// buttons, one tapped to reprint its slip or to be the original a refund, void, completion or
// cancel refers to.
import type { Currency, Entry, Line, Screen } from '../screen.js';
import type { ListPurpose, QueryField, QueryStatus, TransactionKind } from '../strings.js';
import { amountText, both } from '../text.js';
import { CANCEL_BUTTON } from './buttons.js';

type DigitsEntry = Extract<Entry, { readonly kind: 'digits' }>;

/** Each field's keypad entry: a date as YYYYMMDD, four digits, a reference (RRN, twelve
 *  digits) or an authorisation code or voucher number (six). */
const FIELD_LENGTH: Readonly<Record<Exclude<QueryField, 'amount'>, { readonly minLength: number; readonly maxLength: number }>> = {
  date: { minLength: 8, maxLength: 8 },
  'last-four': { minLength: 4, maxLength: 4 },
  reference: { minLength: 1, maxLength: 12 },
};

export function queryByScreen(): Screen<{ readonly kind: 'choice' }> {
  const fields: QueryField[] = ['date', 'amount', 'last-four', 'reference'];
  return {
    id: 'query-by',
    messageId: null,
    title: both((s) => s.query.title),
    lines: [{ text: both((s) => s.query.by), style: 'body' }],
    entry: { kind: 'choice' },
    buttons: [...fields.map((f) => ({ id: f, label: both((s) => s.query.field[f]), role: 'primary' as const })), { id: 'reprint-last', label: both((s) => s.menu.action['reprint-last']), role: 'secondary' }, CANCEL_BUTTON],
    tone: 'neutral',
    voice: null,
  };
}

export function queryFieldScreen(field: Exclude<QueryField, 'amount'>): Screen<DigitsEntry> {
  return {
    id: 'query-field',
    messageId: null,
    title: both((s) => s.query.title),
    lines: field === 'date' ? [{ text: both((s) => s.query.dateHint), style: 'hint' }] : [],
    entry: { kind: 'digits', label: both((s) => s.query.field[field]), ...FIELD_LENGTH[field] },
    buttons: [CANCEL_BUTTON],
    tone: 'neutral',
    voice: null,
  };
}

export interface QueryRow {
  /** The journal's id: the row's button answers with it. */
  readonly id: string;
  /** Local date and time as the journal shows it, e.g. "12-01 14:05". */
  readonly time: string;
  /** The slip's voucher (trace) number, six digits. */
  readonly voucher: string;
  readonly kind: TransactionKind;
  readonly amount: bigint;
  readonly maskedPan: string | null;
  readonly status: QueryStatus;
  /** A refund's original partly refunded already: what refunds may still take of it. */
  readonly refundable?: bigint;
}

/** As many as fit the 7-inch screen as buttons a finger can hit. */
const ROWS_SHOWN = 6;

export function transactionListScreen(purpose: ListPurpose, rows: readonly QueryRow[], currency: Currency): Screen<{ readonly kind: 'choice' }> {
  const shown = rows.slice(0, ROWS_SHOWN);
  const lines: Line[] = [{ text: both((s) => (rows.length === 0 ? s.query.empty : s.query.list[purpose])), style: rows.length === 0 ? 'body' : 'hint' }];
  if (rows.length > shown.length) lines.push({ text: both((s) => s.query.more(rows.length - shown.length)), style: 'hint' });
  return {
    id: 'transaction-list',
    messageId: null,
    title: both((s) => (purpose === 'reprint' ? s.query.title : s.menu.action[purpose])),
    lines,
    entry: { kind: 'choice' },
    buttons: [
      ...shown.map((r) => ({
        id: r.id,
        label: both((s, l) =>
          [r.time, s.query.voucher(r.voucher), `${s.menu.action[r.kind]} ${amountText(r.amount, currency)[l]}`, r.maskedPan ?? '', s.query.status[r.status], r.refundable === undefined ? '' : s.query.refundable(amountText(r.refundable, currency)[l])]
            .filter((p) => p !== '')
            .join('  '),
        ),
        role: 'secondary' as const,
      })),
      ...(purpose === 'refund' ? [{ id: 'without-original', label: both((s) => s.query.withoutOriginal), role: 'primary' as const }] : []),
      CANCEL_BUTTON,
    ],
    tone: 'neutral',
    voice: null,
  };
}
