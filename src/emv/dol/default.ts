// Default DOLs. EMV Book 2 §6.5.1: a card without a DDOL (9F49) is sent the terminal's Default
// DDOL, which must carry the Unpredictable Number (9F37 04). EMV Book 3 §5.4 / TVR byte 5 b8: a
// card without a TDOL (97) has the TC Hash Value built from the terminal's Default TDOL, and the
// terminal records "Default TDOL used". The origin is returned so the caller can set that bit.
import { parseDol, type DolEntry } from './parse.js';

export const DEFAULT_DDOL: readonly DolEntry[] = Object.freeze([Object.freeze({ tag: 0x9f37, length: 4 })]);

export type ChosenDol =
  | { readonly origin: 'card'; readonly entries: readonly DolEntry[] }
  | { readonly origin: 'terminal-default'; readonly entries: readonly DolEntry[] };

/** The card's DOL when it has one (even an empty one), else the terminal's default. */
export function chooseDol(cardDol: Uint8Array | undefined, terminalDefault: readonly DolEntry[]): ChosenDol {
  return cardDol === undefined
    ? { origin: 'terminal-default', entries: terminalDefault }
    : { origin: 'card', entries: parseDol(cardDol) };
}
