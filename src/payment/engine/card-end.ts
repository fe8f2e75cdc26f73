// What running one card left the journal at, for the engine to finish the transaction with.
import type { PosError } from '../../errors/index.js';
import type { Journal } from '../journal/index.js';
import type { EntryMode, EmvData } from '../journal/index.js';
import type { EnginePorts } from './ports.js';

export type CardEnd =
  | { readonly kind: 'approved' }
  | { readonly kind: 'declined' }
  | { readonly kind: 'reversed'; readonly error: PosError }
  | { readonly kind: 'failed'; readonly error: PosError }
  /** The chip could not be read (Book 3 §10.1 technical fallback): swipe may follow. */
  | { readonly kind: 'chip-unreadable'; readonly error: PosError | undefined }
  /** The contactless kernel asked for another interface (Book A §6.2.2). */
  | { readonly kind: 'try-contact' };

/** One card's run: the journal, the transaction's id and amounts, and the card-read step. */
export interface CardRun {
  readonly ports: EnginePorts;
  readonly journal: Journal;
  readonly id: string;
  /** The kernels' transaction type (9C); a balance inquiry is asked by chip (or its swipe
   *  fallback) only. */
  readonly emvType: 'purchase' | 'refund' | 'balance';
  readonly amount: bigint;
}

/** Writes card-read once; later calls (the host port's, then the outcome's) do nothing. */
export function cardReadOnce(run: CardRun, entryMode: Exclude<EntryMode, 'qr'>, scheme: string, emv?: EmvData): (pan: string | undefined) => void {
  let done = false;
  return (pan) => {
    if (done || pan === undefined) return;
    done = true;
    run.journal.step(run.id, { to: 'card-read', card: { entryMode, scheme, pan, ...(emv ? { emv } : {}) } });
  };
}
