// How a transaction the engine ran ends, for the caller (src/main.ts's menu) to show and count.
import type { PosError } from '../../errors/index.js';
import type { PrintOutcome } from '../../kernel/index.js';
import type { JournalTransaction } from '../journal/index.js';

/** Who ran it and who approved it on the spot (null when the operator's role allowed it). */
export interface Stamp {
  readonly operatorId: string;
  readonly approverId: string | null;
}

/** The two copies as the printer answered; undefined when no printer is configured. */
export interface Receipts {
  readonly merchant: PrintOutcome;
  readonly customer: PrintOutcome;
}

export type EngineOutcome =
  | { readonly kind: 'approved'; readonly transaction: JournalTransaction; readonly stamp: Stamp; readonly receipts: Receipts | undefined }
  | { readonly kind: 'declined'; readonly transaction: JournalTransaction; readonly stamp: Stamp }
  /** The issuer may have approved but the transaction cannot stand (no answer after the request
   *  left, the card declined after the issuer approved): the reversal is in the outbox. */
  | { readonly kind: 'reversed'; readonly transaction: JournalTransaction; readonly stamp: Stamp; readonly error: PosError }
  /** Ended with nothing sent to the host; the journal has it as failed with the code. */
  | { readonly kind: 'failed'; readonly transaction: JournalTransaction; readonly stamp: Stamp; readonly error: PosError }
  /** Refused before it began (terminal locked, nobody signed in, no approval, no original): not
   *  in the journal. */
  | { readonly kind: 'refused'; readonly error: PosError };
