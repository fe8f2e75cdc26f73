// EMV Contactless Book C-2 S13.18-22 / S14 (mag-stripe mode): how the dynamic data enters the
// card's track data. The card personalises Track 2 Data (9F6B) and, optionally, Track 1 Data
// (56) with placeholder digits in their discretionary data, and bitmaps saying where the dynamic
// digits go: PCVC3 for the CVC3, PUNATC for the Unpredictable Number (Numeric) and the ATC, NATC
// for how many ATC digits. Bit 1 of a bitmap's last byte is the last (least significant)
// position of the discretionary data, bit 2 the one before it, and so on.
//   CVC3:  q = set bits in PCVC3; the q least significant decimal digits of the 2-byte binary
//          CVC3 go, in order, to the q positions PCVC3 marks.
//   UN:    the nUN least significant digits of the Unpredictable Number (Numeric) go to the nUN
//          least significant positions PUNATC marks.
//   ATC:   t = NATC; the t least significant decimal digits of the ATC go to the t most
//          significant positions PUNATC marks.
//   nUN':  the last position takes nUN' (nUN, or (nUN + 5) mod 10 when the device verified the
//          cardholder), so the issuer knows how many UN digits to read back.
// Track 2 is digits in nibbles, 'D' as separator and 'F' padding to whole bytes; track 1 is ASCII
// ('B' PAN '^' name '^' YYMM service code, then the discretionary data). Pure functions, so a test
// or an issuer can run them backwards.
import { fromHex, toHex } from '../../../bytes/hex.js';

/** A track's discretionary data: what precedes it stays as it is. */
export interface Track {
  readonly kind: 'track1' | 'track2';
  readonly head: string;
  readonly discretionary: string;
}

/** The bitmaps of one track (Book C-2 Annex A: 9F62-9F64 for track 1, 9F65-9F67 for track 2). */
export interface TrackBitmaps {
  readonly pcvc3: Uint8Array;
  readonly punatc: Uint8Array;
  readonly natc: number;
}

export interface DynamicDigits {
  /** CVC3 (Track1 or Track2), 2 bytes binary. */
  readonly cvc3: Uint8Array;
  /** Unpredictable Number (Numeric), 8 BCD digits. */
  readonly unpredictableNumber: string;
  readonly nUN: number;
  /** nUN' for the last position. */
  readonly nUNDigit: number;
  /** 9F36. */
  readonly atc: Uint8Array;
}

/** PAN 'D' YYMM service code (3), then the discretionary digits; undefined when not that shape. */
export function parseTrack2(value: Uint8Array): Track | undefined {
  const nibbles = toHex(value).toUpperCase().replace(/F$/, '');
  const m = /^(\d{1,19}D\d{7})(\d*)$/.exec(nibbles);
  return m ? { kind: 'track2', head: m[1]!, discretionary: m[2]! } : undefined;
}

/** 'B' PAN '^' name '^' YYMM service code (3), then the discretionary characters. */
export function parseTrack1(value: Uint8Array): Track | undefined {
  const text = Buffer.from(value).toString('latin1');
  const m = /^(B\d{1,19}\^[^^]{2,26}\^\d{7})(.*)$/s.exec(text);
  return m ? { kind: 'track1', head: m[1]!, discretionary: m[2]! } : undefined;
}

export function encodeTrack(track: Track): Uint8Array {
  if (track.kind === 'track1') return Uint8Array.from(Buffer.from(track.head + track.discretionary, 'latin1'));
  const nibbles = track.head + track.discretionary;
  return fromHex(nibbles.length % 2 === 0 ? nibbles : `${nibbles}F`);
}

/** Book C-2 Annex A DD Card (Track2), DF812B: the discretionary digits packed, 'F' padded. */
export function packedDigits(digits: string): Uint8Array {
  return fromHex(digits.length % 2 === 0 ? digits : `${digits}F`);
}

export function setBits(bitmap: Uint8Array): number {
  let n = 0;
  for (const byte of bitmap) for (let b = byte; b !== 0; b &= b - 1) n++;
  return n;
}

/** Positions the bitmap marks, counted from the last character of the discretionary data (0 is
 *  the last), least significant first. */
export function markedPositions(bitmap: Uint8Array): number[] {
  const out: number[] = [];
  for (let bit = 0; bit < bitmap.length * 8; bit++) {
    const byte = bitmap[bitmap.length - 1 - (bit >> 3)]!;
    if ((byte >> (bit & 7)) & 1) out.push(bit);
  }
  return out;
}

/** S7.22-24: nUN = set bits in PUNATC - NATC, 0 to 8; undefined when the card's bitmaps make no
 *  sense for its track (more positions than the discretionary data has, or nUN out of range). */
export function unpredictableDigits(track: Track, bitmaps: TrackBitmaps): number | undefined {
  const nUN = setBits(bitmaps.punatc) - bitmaps.natc;
  if (nUN < 0 || nUN > 8) return undefined;
  const length = track.discretionary.length;
  // Position 0 carries nUN'; every marked position must be inside the discretionary data.
  const fits = (bitmap: Uint8Array) => markedPositions(bitmap).every((p) => p > 0 && p < length);
  return fits(bitmaps.pcvc3) && fits(bitmaps.punatc) && setBits(bitmaps.pcvc3) > 0 ? nUN : undefined;
}

/** S13.18-22: the track with CVC3, UN, ATC and nUN' in place. */
export function withDynamicData(track: Track, bitmaps: TrackBitmaps, d: DynamicDigits): Track {
  const dd = [...track.discretionary];
  const q = setBits(bitmaps.pcvc3);
  put(dd, markedPositions(bitmaps.pcvc3), decimal((d.cvc3[0]! << 8) | d.cvc3[1]!, q));
  const punatc = markedPositions(bitmaps.punatc);
  put(dd, punatc.slice(0, d.nUN), d.unpredictableNumber.slice(8 - d.nUN));
  if (bitmaps.natc > 0) put(dd, punatc.slice(punatc.length - bitmaps.natc), decimal((d.atc[0]! << 8) | d.atc[1]!, bitmaps.natc));
  dd[dd.length - 1] = String(d.nUNDigit);
  return { ...track, discretionary: dd.join('') };
}

/** The q least significant decimal digits of n (leading zeros when it has fewer). */
export function decimal(n: number, q: number): string {
  if (q === 0) return '';
  return String(n).padStart(q, '0').slice(-q);
}

/** digits[0] is the most significant: the last digit goes to the lowest position. */
function put(dd: string[], positions: readonly number[], digits: string): void {
  for (let k = 0; k < positions.length; k++) dd[dd.length - 1 - positions[k]!] = digits[digits.length - 1 - k]!;
}

/** What the issuer reads back from a track: the digits at the positions the bitmap marks. */
export function readPositions(discretionary: string, positions: readonly number[]): string {
  return positions
    .map((p) => discretionary[discretionary.length - 1 - p]!)
    .reverse()
    .join('');
}
