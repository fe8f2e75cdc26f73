// The merchant-presented code on paper, for a customer who would rather scan a slip than the
// screen: merchant, amount, the QR of the payload the display shows, the terminal's reference.
import type { PrintJob } from '../../kernel/index.js';
import { both, LABELS, primary, secondary, TRANSACTION_NAMES } from '../receipt/labels.js';
import { moneyText } from '../receipt/money.js';
import { cut, feed, row, rule, text, total } from '../receipt/print-lines.js';
import type { ReceiptLanguage, ReceiptSettings } from '../receipt/receipt-data.js';

export interface MerchantQrSlip {
  /** The payload buildMerchantQr made. */
  readonly payload: string;
  readonly amount: bigint;
  readonly currency: number;
  /** The terminal's reference for the payment, as in the payload's reference label. */
  readonly reference: string;
}

export function merchantQrSlipJob(slip: MerchantQrSlip, settings: ReceiptSettings, language: ReceiptLanguage): PrintJob {
  const name = { zh: settings.merchant.nameZh, en: settings.merchant.nameEn };
  return {
    id: `qr-${slip.reference}`,
    lines: [
      text(primary(name, language), { align: 'center', bold: true, size: 2 }),
      text(secondary(name, language), { align: 'center' }),
      text(both(TRANSACTION_NAMES['qr-sale'], language), { align: 'center', bold: true }),
      rule('='),
      row(both(LABELS.terminalId, language), settings.merchant.terminalId),
      row(both(LABELS.reference, language), slip.reference),
      ...total(both(LABELS.amount, language), moneyText(slip.amount, slip.currency)),
      rule(),
      text(both(LABELS.scanToPay, language), { align: 'center' }),
      { kind: 'qr', data: slip.payload, align: 'center' },
      feed(3),
      cut,
    ],
  };
}
