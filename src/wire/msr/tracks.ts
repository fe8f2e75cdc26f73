// How the magnetic stripe reader hands tracks to the terminal, both ends' contract. On the
// stripe (ISO/IEC 7811-2) track 1 is 6-bit characters and track 2 4-bit ones, each with an odd
// parity bit, framed by a start sentinel, an end sentinel and an LRC character: each LRC data
// bit makes its bit position even over every character from the start sentinel through the LRC
// (so it is the XOR of the others), and the LRC's own parity bit is odd over the LRC alone.
// The reader checks the parity bits and sends ASCII: track 1 characters are 0x20 + code
// (0x20..0x5F), track 2 characters 0x30 + code (0x30..0x3F), the sentinels included, and the
// LRC character after the end sentinel in the same encoding. A track whose parity failed on the
// head is sent as start sentinel, "E", end sentinel with no LRC (the MagTek / ID TECH
// convention). Track 1 then track 2, whichever were read, and CR end one swipe.
// Sizes are ISO/IEC 7813's: 79 characters on track 1 and 40 on track 2, sentinels and LRC included.

export interface TrackFormat {
  readonly track: 1 | 2;
  readonly start: string;
  readonly end: string;
  readonly separator: string;
  /** ASCII of character code 0. */
  readonly base: number;
  readonly bits: 6 | 4;
  readonly maxChars: number;
}

export const TRACK1: TrackFormat = { track: 1, start: '%', end: '?', separator: '^', base: 0x20, bits: 6, maxChars: 79 };
export const TRACK2: TrackFormat = { track: 2, start: ';', end: '?', separator: '=', base: 0x30, bits: 4, maxChars: 40 };

/** Sent between the sentinels of a track the reader could not read. */
export const READ_ERROR = 'E';
export const SWIPE_END = 0x0d;
/** The longest swipe message: both tracks at their longest. */
export const MAX_SWIPE_LENGTH = TRACK1.maxChars + TRACK2.maxChars;

export function characterCode(format: TrackFormat, char: string): number | null {
  const code = char.charCodeAt(0) - format.base;
  return char.length === 1 && code >= 0 && code < 1 << format.bits ? code : null;
}

/** The LRC character over a track's characters from start sentinel through end sentinel. */
export function lrcCharacter(format: TrackFormat, framed: string): string {
  let lrc = 0;
  for (const char of framed) lrc ^= characterCode(format, char) ?? 0;
  return String.fromCharCode(format.base + lrc);
}
