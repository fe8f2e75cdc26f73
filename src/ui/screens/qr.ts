// Scan-to-pay (EMV QRCPS) on the operator's side: which way the code goes, then the terminal's
// dynamic code for the customer's wallet to scan (merchant-presented), or "show your payment
// code" while the scanner waits (consumer-presented). Both wait with Cancel until the host
// answers; the customer reads the amount off the same screen.
import type { QrMatrix } from '../../payment/qr/index.js';
import type { ErrorCode } from '../../errors/index.js';
import type { Currency, Line, Screen } from '../screen.js';
import type { QrMethod } from '../strings.js';
import { amountText, both } from '../text.js';
import { CANCEL_BUTTON } from './buttons.js';

/** The methods the terminal can take now (a merchant account configured, a scanner attached). */
export function qrMethodScreen(methods: readonly QrMethod[], amount: bigint, currency: Currency): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'qr-method',
    messageId: null,
    title: both((s) => s.qr.choose),
    lines: [{ text: amountText(amount, currency), style: 'amount' }],
    entry: { kind: 'choice' },
    buttons: [...methods.map((m) => ({ id: m, label: both((s) => s.qr.method[m]), role: 'primary' as const })), CANCEL_BUTTON],
    tone: 'neutral',
    voice: null,
  };
}

/** The code's slip (payment/qr/merchant-qr-slip.ts): offered while a printer is attached, on its
 *  way, printed, or not printed with the printer's code. */
export type QrSlip = { readonly kind: 'offered' | 'printing' | 'printed' } | { readonly kind: 'failed'; readonly code: ErrorCode };

/** The code shown until the wallet has paid it, the operator cancels or the wait ends; with a
 *  printer, Print puts the same code on paper for a customer whose phone cannot scan the glass. */
export function merchantQrScreen(qr: QrMatrix, amount: bigint, currency: Currency, slip: QrSlip | null = null): Screen<{ readonly kind: 'choice' }> {
  const lines: Line[] = [
    { text: amountText(amount, currency), style: 'amount' },
    { text: both((s) => s.qr.merchant.hint), style: 'body' },
    { text: both((s) => s.qr.merchant.waiting), style: 'hint' },
  ];
  if (slip?.kind === 'printing' || slip?.kind === 'printed') {
    const kind = slip.kind;
    lines.push({ text: both((s) => s.qr.merchant[kind]), style: 'hint' });
  } else if (slip?.kind === 'failed') {
    const { code } = slip;
    lines.push({ text: both((s) => s.qr.merchant.notPrinted(code)), style: 'hint' });
  }
  return {
    id: 'merchant-qr',
    messageId: null,
    title: both((s) => s.qr.merchant.title),
    lines,
    entry: { kind: 'choice' },
    // No Print while one is on its way: the printer refuses the same job twice at once.
    buttons: slip === null || slip.kind === 'printing' ? [CANCEL_BUTTON] : [{ id: 'print', label: both((s) => s.qr.merchant.print), role: 'secondary' }, CANCEL_BUTTON],
    tone: 'busy',
    voice: both((s) => s.qr.merchant.voice),
    qr,
  };
}

/** Shown while the scanner waits for the customer's wallet or EMV CPM code. */
export function scanCodeScreen(amount: bigint, currency: Currency): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'scan-code',
    messageId: null,
    title: both((s) => s.qr.consumer.title),
    lines: [
      { text: amountText(amount, currency), style: 'amount' },
      { text: both((s) => s.qr.consumer.hint), style: 'hint' },
    ],
    entry: { kind: 'choice' },
    buttons: [CANCEL_BUTTON],
    tone: 'busy',
    voice: both((s) => s.qr.consumer.voice),
  };
}
