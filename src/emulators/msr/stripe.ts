// The emulated card's stripe and the reader's head (ISO/IEC 7811-2): each character is its code
// bits plus an odd parity bit; the LRC follows the end sentinel, its code bits the XOR of every
// character's from the start sentinel through the end sentinel, its parity bit odd over itself.
// The head checks every parity bit and sends the track as ASCII (src/wire/msr/tracks.ts), with
// the stripe's LRC character, or start sentinel "E" end sentinel when a parity bit is wrong.
import { characterCode, READ_ERROR, type TrackFormat } from '../../wire/msr/tracks.js';

/** A track's characters as recorded: code bits and the parity bit above them. */
export type Stripe = number[];

export function withParity(code: number, bits: number): number {
  let ones = 0;
  for (let b = 0; b < bits; b++) ones += (code >> b) & 1;
  return code | ((ones % 2 === 0 ? 1 : 0) << bits);
}

function parityOk(char: number, bits: number): boolean {
  let ones = 0;
  for (let b = 0; b <= bits; b++) ones += (char >> b) & 1;
  return ones % 2 === 1;
}

/** Encodes a track's content (without sentinels) onto the stripe. */
export function writeStripe(format: TrackFormat, content: string): Stripe {
  const codes = [...`${format.start}${content}${format.end}`].map((c) => {
    const code = characterCode(format, c);
    if (code === null) throw new RangeError(`track ${format.track} cannot hold character 0x${c.charCodeAt(0).toString(16)}`);
    return code;
  });
  const lrc = codes.reduce((a, b) => a ^ b, 0);
  return [...codes, lrc].map((code) => withParity(code, format.bits));
}

/** What the head sends for one track. */
export function readStripe(format: TrackFormat, stripe: Stripe): string {
  if (!stripe.every((char) => parityOk(char, format.bits))) return `${format.start}${READ_ERROR}${format.end}`;
  const mask = (1 << format.bits) - 1;
  return stripe.map((char) => String.fromCharCode(format.base + (char & mask))).join('');
}
