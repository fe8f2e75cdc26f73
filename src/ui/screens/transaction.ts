// The screens of one transaction on the operator's side: the type, the amount on the keypad,
// "enter PIN on the PIN pad" while the pad has it, the result, and the receipt question. The
// card-facing prompts in between (present card, processing, remove card) are Book A's.
import type { Currency, Entry, Line, Screen, Text } from '../screen.js';
import type { TransactionKind } from '../strings.js';
import { amountText, both } from '../text.js';
import { CANCEL_BUTTON, OK_BUTTON } from './buttons.js';

/** "Refund CN¥12.00" / "退货 ¥12.00": what a supervisor approves, what a report line names. */
export function transactionSubject(kind: TransactionKind, amount: bigint, currency: Currency): Text {
  const shown = amountText(amount, currency);
  return both((s, l) => `${s.menu.action[kind]} ${shown[l]}`);
}

export function transactionTypeScreen(kinds: readonly TransactionKind[]): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'transaction-type',
    messageId: null,
    title: both((s) => s.transactionType.title),
    lines: [],
    entry: { kind: 'choice' },
    buttons: [...kinds.map((k) => ({ id: k, label: both((s) => s.menu.action[k]), role: 'primary' as const })), CANCEL_BUTTON],
    tone: 'neutral',
    voice: null,
  };
}

export function amountScreen(kind: TransactionKind, currency: Currency, max: bigint): Screen<Extract<Entry, { readonly kind: 'amount' }>> {
  return {
    id: 'amount',
    messageId: null,
    title: both((s) => s.menu.action[kind]),
    lines: [{ text: both((s) => s.amount.hint), style: 'hint' }],
    entry: { kind: 'amount', currency, max },
    buttons: [CANCEL_BUTTON],
    tone: 'neutral',
    voice: both((s) => s.amount.voice),
  };
}

/** Shown while the PIN pad takes the PIN; the engine ends it (its abort signal) when the pad
 *  answers, or the operator cancels it. */
export function pinPromptScreen(amount: bigint, currency: Currency): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'pin-prompt',
    messageId: null,
    title: both((s) => s.pin.title),
    lines: [
      { text: amountText(amount, currency), style: 'amount' },
      { text: both((s) => s.pin.onPad), style: 'body' },
      { text: both((s) => s.pin.thenEnter), style: 'hint' },
    ],
    entry: { kind: 'choice' },
    buttons: [CANCEL_BUTTON],
    tone: 'neutral',
    voice: both((s) => s.pin.voice),
  };
}

export type TransactionResult =
  | { readonly outcome: 'approved'; readonly authCode: string | null }
  /** responseCode: the host's ISO 8583 field 39, or null when the card declined offline. */
  | { readonly outcome: 'declined'; readonly responseCode: string | null };

export interface ResultDetails {
  readonly kind: TransactionKind;
  readonly amount: bigint;
  readonly currency: Currency;
  /** First six and last four at most; anything longer is masked again on the way out. */
  readonly maskedPan: string | null;
  readonly reference: string | null;
  readonly result: TransactionResult;
}

export function resultScreen(d: ResultDetails): Screen<{ readonly kind: 'choice' }> {
  const r = d.result;
  const approved = r.outcome === 'approved';
  const lines: Line[] = [{ text: transactionSubject(d.kind, d.amount, d.currency), style: 'amount' }];
  const { maskedPan, reference } = d;
  if (maskedPan !== null) lines.push({ text: both((s) => s.result.card(maskedPan)), style: 'body' });
  if (r.outcome === 'approved' && r.authCode !== null) lines.push({ text: both((s) => s.result.authCode(r.authCode!)), style: 'body' });
  if (r.outcome === 'declined' && r.responseCode !== null) lines.push({ text: both((s) => s.result.responseCode(r.responseCode!)), style: 'code' });
  if (reference !== null) lines.push({ text: both((s) => s.result.reference(reference)), style: 'body' });
  return {
    id: 'result',
    messageId: null,
    title: both((s) => (approved ? s.result.approved : s.result.declined)),
    lines,
    entry: { kind: 'choice' },
    buttons: [OK_BUTTON],
    tone: approved ? 'success' : 'error',
    voice: both((s) => (approved ? s.result.approvedVoice : s.result.declinedVoice)),
  };
}

export function receiptQuestionScreen(): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'receipt-question',
    messageId: null,
    title: both((s) => s.receipt.title),
    lines: [{ text: both((s) => s.receipt.question), style: 'body' }],
    entry: { kind: 'choice' },
    buttons: [
      { id: 'print', label: both((s) => s.receipt.print), role: 'primary' },
      { id: 'skip', label: both((s) => s.receipt.skip), role: 'secondary' },
    ],
    tone: 'neutral',
    voice: null,
  };
}
