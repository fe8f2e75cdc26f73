// What the journal hands the receipt layout (src/payment/receipt) to print or reprint a slip: the
// transaction as stored (masked PAN only, no track, no PIN data), the references of the
// transaction it refers to, and how many times it was reprinted.
import type { JournalTransaction } from './transaction.js';

export interface JournalReceipt {
  readonly transaction: JournalTransaction;
  /** The original of a void, refund, completion or cancel: the slip prints its references. */
  readonly original:
    | { readonly id: string; readonly stan: number; readonly hostReference: string | undefined; readonly authorisationCode: string | undefined }
    | undefined;
  /** 0 before any reprint; a reprint's slip says it is one. */
  readonly reprint: number;
}
