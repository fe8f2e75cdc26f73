// The merchant's and the cardholder's copies of an approved transaction, from what the journal
// holds (masked PAN, signature line when the CVM was signature: receipt-layout.ts), printed
// one after the other. A printer fault does not undo the payment: the outcome says which copy
// did not print, and the journal's reprint prints it again.
import type { Printer } from '../../kernel/index.js';
import type { Journal } from '../journal/index.js';
import { receiptFromJournal, receiptJob, type ReceiptLanguage, type ReceiptSettings } from '../receipt/index.js';
import type { Receipts } from './outcome.js';

export async function printReceipts(printer: Printer | undefined, journal: Journal, id: string, settings: ReceiptSettings, language: ReceiptLanguage): Promise<Receipts | undefined> {
  if (printer === undefined) return undefined;
  const slip = receiptFromJournal(journal.receipt(id));
  const merchant = await printer.print(receiptJob(slip, settings, { copy: 'merchant', language, reprint: false }));
  const customer = await printer.print(receiptJob(slip, settings, { copy: 'customer', language, reprint: false }));
  return { merchant, customer };
}
