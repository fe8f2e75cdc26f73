// EMV Book 3 §10.4.1 Application Version Number: the card's 9F08 against the terminal's 9F09.
import { bytesEqual } from '../../bytes/hex.js';
import type { Tvr } from '../dictionary/index.js';

/** A card without 9F08 is not checked: the card's version is then presumed compatible. */
export function checkApplicationVersion(cardVersion: Uint8Array | undefined, terminalVersion: Uint8Array, tvr: Tvr): void {
  if (cardVersion !== undefined && !bytesEqual(cardVersion, terminalVersion)) tvr.set('differentApplicationVersions');
}
