// EMV Book 3 §10.6 Terminal Risk Management, terminal exception file: a terminal that keeps one
// sets 'card appears on terminal exception file' when the PAN (and PAN sequence number) is in it.
import type { Tvr } from '../dictionary/index.js';

/** The exception file lookup the terminal injects; `pan` is 5A as read, `panSequenceNumber` 5F34. */
export type ExceptionFileLookup = (pan: Uint8Array, panSequenceNumber: number | undefined) => boolean | Promise<boolean>;

export async function checkExceptionFile(
  isOnExceptionFile: ExceptionFileLookup,
  pan: Uint8Array,
  panSequenceNumber: number | undefined,
  tvr: Tvr,
): Promise<void> {
  if (await isOnExceptionFile(pan, panSequenceNumber)) tvr.set('cardOnExceptionFile');
}
