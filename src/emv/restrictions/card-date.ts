// EMV Book 3 §10.4.3 Application Effective/Expiration Dates Checking, and Annex A's format for
// 5F24, 5F25 and 9A: n 6, YYMMDD. Book 3 §10.4.3 gives the century: YY 00–49 is 20YY, 50–99 is 19YY.
import { PosError } from '../../errors/index.js';

/** A YYMMDD date as one comparable number, YYYYMMDD. */
export type DateNumber = number;

function bcdDigitPair(byte: number): number | undefined {
  const hi = byte >>> 4;
  const lo = byte & 0x0f;
  return hi > 9 || lo > 9 ? undefined : hi * 10 + lo;
}

/** Reads a 3-byte BCD YYMMDD value; `tag` names the field in the error (never the date itself). */
export function readYymmdd(value: Uint8Array, tag: string): DateNumber {
  const yy = value.length === 3 ? bcdDigitPair(value[0]!) : undefined;
  const mm = value.length === 3 ? bcdDigitPair(value[1]!) : undefined;
  const dd = value.length === 3 ? bcdDigitPair(value[2]!) : undefined;
  if (yy === undefined || mm === undefined || dd === undefined || mm < 1 || mm > 12 || dd < 1 || dd > 31) {
    throw new PosError('E-RISK-0001', { tag, length: value.length });
  }
  const year = yy < 50 ? 2000 + yy : 1900 + yy;
  return year * 10000 + mm * 100 + dd;
}
