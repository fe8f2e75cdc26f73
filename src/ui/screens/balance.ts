// A balance inquiry's answer (EMV 9C 31): the issuer's available balance in large type, or what
// is owed when it is negative, with the masked card and the host's reference. Shown to the
// operator and cardholder until OK; the cardholder's slip carries the same balance.
import type { Currency, Line, Screen } from '../screen.js';
import { amountText, both } from '../text.js';
import { OK_BUTTON } from './buttons.js';

export interface BalanceDetails {
  /** First six and last four at most. */
  readonly maskedPan: string | null;
  /** Minor units, negative when owed; null when the issuer gave none the terminal can show. */
  readonly balance: bigint | null;
  readonly currency: Currency;
  readonly reference: string | null;
}

export function balanceScreen(d: BalanceDetails): Screen<{ readonly kind: 'choice' }> {
  const { balance, maskedPan, reference } = d;
  const lines: Line[] =
    balance === null
      ? [{ text: both((s) => s.balance.none), style: 'body' }]
      : [
          { text: both((s) => (balance < 0n ? s.balance.owed : s.balance.available)), style: 'body' },
          { text: amountText(balance < 0n ? -balance : balance, d.currency), style: 'amount' },
        ];
  if (maskedPan !== null) lines.push({ text: both((s) => s.result.card(maskedPan)), style: 'body' });
  if (reference !== null) lines.push({ text: both((s) => s.result.reference(reference)), style: 'body' });
  return {
    id: 'balance',
    messageId: null,
    title: both((s) => s.balance.title),
    lines,
    entry: { kind: 'choice' },
    buttons: [OK_BUTTON],
    tone: balance === null ? 'neutral' : 'success',
    voice: balance === null ? null : both((s) => s.balance.voice),
  };
}
