// Dates YYMMDD and times HHMMSS, format n6 (EMV Book 3 Annex A: 5F24, 5F25, 9A, 9F21).
// Years 00-49 are 20YY and 50-99 are 19YY, as Book 3 §10.5 reads expiry and effective dates.
import { bcdDigits } from '../bytes.js';
import type { RenderedValue } from './types.js';

export function renderDate(value: Uint8Array): RenderedValue {
  const digits = value.length === 3 ? bcdDigits(value) : undefined;
  if (digits === undefined) return { text: 'malformed: date is not 3 BCD bytes' };
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  const year = yy < 50 ? 2000 + yy : 1900 + yy;
  const iso = `${year}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
  if (mm < 1 || mm > 12 || dd < 1 || dd > daysInMonth(year, mm)) return { text: `invalid date ${iso}` };
  return { text: iso };
}

export function renderTime(value: Uint8Array): RenderedValue {
  const digits = value.length === 3 ? bcdDigits(value) : undefined;
  if (digits === undefined) return { text: 'malformed: time is not 3 BCD bytes' };
  const [hh, mm, ss] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)];
  const text = `${hh}:${mm}:${ss}`;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return { text: `invalid time ${text}` };
  return { text };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
