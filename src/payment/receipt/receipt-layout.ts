// A completed transaction as a slip (the kernel's PrintJob), laid out the way Chinese acquirers'
// POS slips are: header with the copy's name (商户存根 / 持卡人存根), merchant and terminal,
// the card (masked) or wallet, transaction type, numbers, date-time, the amount, the chip's
// application and cryptogram, how the cardholder was verified, the signature line on the
// merchant copy when signature was the CVM (EMV Book 4 §6.3.4, signature (paper): the receipt
// carries a line for the cardholder to sign), and a QR code of the e-receipt. PCI DSS req. 3.3:
// the PAN shows first six and last four digits at most; anything else is refused here
// (E-RECEIPT-0001), before the printer's own guard ever sees it.
import { PosError } from '../../errors/index.js';
import type { PrintJob, PrintLine } from '../../kernel/index.js';
import { both, CVM_STATEMENTS, ENTRY_MODES, LABELS, primary, SCHEME_NAMES, secondary, TRANSACTION_NAMES, type Bilingual } from './labels.js';
import { moneyText } from './money.js';
import { cut, feed, row, rule, text, total } from './print-lines.js';
import { dateTimeText } from './date-time.js';
import type { ReceiptCopy, ReceiptInstrument, ReceiptLanguage, ReceiptSettings, ReceiptTransaction } from './receipt-data.js';

/** At most 6 leading and 4 trailing digits around at least 3 stars, 19 characters at most. */
const MASKED_PAN = /^\d{0,6}\*{3,}\d{0,4}$/;
const MAX_PAN = 19;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function receiptJob(txn: ReceiptTransaction, settings: ReceiptSettings, copy: ReceiptCopy): PrintJob {
  const lang = copy.language;
  const label = (l: Bilingual) => both(l, lang);
  const lines: PrintLine[] = [];
  if (copy.reprint) lines.push(text(`*** ${label(LABELS.reprint)} ***`, { align: 'center', bold: true, size: 2 }));
  lines.push(...header(settings, copy));
  lines.push(row(label(LABELS.merchantId), settings.merchant.merchantId));
  lines.push(row(label(LABELS.terminalId), settings.merchant.terminalId));
  lines.push(row(label(LABELS.operator), txn.operator));
  lines.push(rule());
  lines.push(...instrumentRows(txn.instrument, lang));
  lines.push(row(label(LABELS.transactionType), both(TRANSACTION_NAMES[txn.amount.kind], lang), { bold: true }));
  lines.push(row(label(LABELS.batch), txn.batch));
  lines.push(row(label(LABELS.trace), txn.trace));
  if (txn.authCode !== undefined) lines.push(row(label(LABELS.authCode), txn.authCode));
  if (txn.reference !== undefined) lines.push(row(label(txn.instrument.kind === 'qr' ? LABELS.orderNumber : LABELS.reference), txn.reference));
  lines.push(row(label(LABELS.dateTime), dateTimeText(txn.at, settings.timeZone)));
  if ('original' in txn.amount && txn.amount.original !== undefined) {
    const o = txn.amount.original;
    lines.push(row(label(LABELS.originalTrace), o.trace));
    if (o.reference !== undefined) lines.push(row(label(LABELS.originalReference), o.reference));
    if (o.authCode !== undefined) lines.push(row(label(LABELS.originalAuthCode), o.authCode));
  }
  lines.push(rule());
  lines.push(...amountLines(txn, copy));
  lines.push(rule());
  lines.push(...verificationLines(txn.instrument, copy));
  if (txn.amount.kind !== 'balance') {
    lines.push(text(label(LABELS.eReceipt), { align: 'center' }));
    lines.push({ kind: 'qr', data: eReceiptUrl(settings, txn.id), align: 'center' });
  }
  lines.push(text(label(LABELS.thanks), { align: 'center', bold: true }));
  lines.push(feed(3), cut);
  return { id: `${txn.id}-${copy.copy}${copy.reprint ? '-reprint' : ''}`, lines };
}

function header(settings: ReceiptSettings, copy: ReceiptCopy): PrintLine[] {
  const lang = copy.language;
  const name = { zh: settings.merchant.nameZh, en: settings.merchant.nameEn };
  const copyName = copy.copy === 'merchant' ? LABELS.merchantCopy : LABELS.customerCopy;
  return [
    text(primary(name, lang), { align: 'center', bold: true, size: 2 }),
    text(secondary(name, lang), { align: 'center' }),
    text(both(LABELS.slip, lang), { align: 'center', bold: true }),
    text(both(copyName, lang), { align: 'center' }),
    rule('='),
  ];
}

function instrumentRows(instrument: ReceiptInstrument, lang: ReceiptLanguage): PrintLine[] {
  const label = (l: Bilingual) => both(l, lang);
  if (instrument.kind === 'qr') {
    const mode = instrument.presentedBy === 'consumer' ? 'consumer-qr' : 'merchant-qr';
    return [
      row(label(LABELS.wallet), both(SCHEME_NAMES[instrument.scheme], lang), { bold: true }),
      row(label(LABELS.entryMode), both(ENTRY_MODES[mode], lang)),
    ];
  }
  checkMasked(instrument.maskedPan);
  return [
    row(label(LABELS.cardNumber), instrument.maskedPan, { bold: true }),
    row(label(LABELS.scheme), both(SCHEME_NAMES[instrument.scheme], lang)),
    row(label(LABELS.entryMode), both(ENTRY_MODES[instrument.entry.mode], lang)),
  ];
}

function amountLines(txn: ReceiptTransaction, copy: ReceiptCopy): PrintLine[] {
  const lang = copy.language;
  const a = txn.amount;
  if (a.kind === 'balance') {
    // The balance is the cardholder's to see; the copy the merchant keeps does not carry it.
    if (copy.copy === 'merchant') return [row(both(LABELS.balance, lang), both(LABELS.balanceWithheld, lang))];
    // A negative balance is owed: printed with its sign, as a refund's amount is.
    return total(both(LABELS.balance, lang), moneyText(a.balance < 0n ? -a.balance : a.balance, txn.currency, a.balance < 0n ? '-' : ''));
  }
  const sign = a.kind === 'refund' || a.kind === 'void' ? '-' : '';
  return total(both(LABELS.amount, lang), moneyText(a.amount, txn.currency, sign));
}

/** The chip's application and cryptogram, then how the cardholder was verified; the signature
 *  line goes on the merchant copy, the one the merchant keeps as proof. */
function verificationLines(instrument: ReceiptInstrument, copy: ReceiptCopy): PrintLine[] {
  if (instrument.kind === 'qr') return [];
  const lang = copy.language;
  const label = (l: Bilingual) => both(l, lang);
  const lines: PrintLine[] = [];
  if (instrument.entry.mode === 'contact' || instrument.entry.mode === 'contactless') {
    const emv = instrument.entry.emv;
    if (emv.applicationLabel !== undefined) lines.push(row(label(LABELS.applicationLabel), emv.applicationLabel));
    lines.push(row(label(LABELS.aid), emv.aid));
    if (emv.cryptogram !== undefined) lines.push(row(emv.cryptogram.type, emv.cryptogram.value));
  }
  const signs = instrument.cvm === 'signature' || instrument.cvm === 'offline-pin-and-signature';
  if (signs && copy.copy === 'merchant') {
    if (instrument.cvm === 'offline-pin-and-signature') lines.push(text(both(CVM_STATEMENTS['offline-pin'], lang)));
    lines.push(text(label(LABELS.signature)), feed(3), rule(), text(primary(LABELS.acknowledgement, lang)), text(secondary(LABELS.acknowledgement, lang)));
  } else {
    lines.push(text(both(CVM_STATEMENTS[instrument.cvm], lang), { bold: true }));
  }
  lines.push(rule());
  return lines;
}

function checkMasked(maskedPan: string): void {
  if (maskedPan.length > MAX_PAN || !MASKED_PAN.test(maskedPan)) {
    const digits = maskedPan.replace(/\D/g, '').length;
    throw new PosError('E-RECEIPT-0001', { field: 'maskedPan', length: maskedPan.length, digitsShown: digits });
  }
}

/** The transaction's id goes into the address as base64url of its 16 bytes (22 characters):
 *  a UUID's hex digit groups, joined across their hyphens, make a Luhn-valid 13-19 digit run
 *  in about one address in 850, which the printer's PAN guard rightly refuses to print. */
function eReceiptUrl(settings: ReceiptSettings, id: string): string {
  const template = settings.eReceiptUrl;
  if (!/^https?:\/\/[^\s{}]+/.test(template) || template.split('{id}').length !== 2) throw new PosError('E-RECEIPT-0002', { field: 'eReceiptUrl' });
  if (!UUID.test(id)) throw new PosError('E-RECEIPT-0002', { field: 'id', reason: 'not a UUID' });
  const key = Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url');
  const url = template.replace('{id}', key).replace('{terminal}', encodeURIComponent(settings.merchant.terminalId));
  if (/[{}\s]/.test(url)) throw new PosError('E-RECEIPT-0002', { field: 'eReceiptUrl' });
  return url;
}
