// EMV Book 2 §5.3 step 9 / §6.4 step 9: a certificate is valid through the last day of its
// expiry month (MMYY); §11.2.2: a CA public key through its expiry date (YYMMDD). Book 3 Annex
// A: the transaction date (9A) is YYMMDD, n6. Years are two digits; Book 2 §11.2 leaves the
// century to the terminal, and EMV practice reads 00-49 as 20xx and 50-99 as 19xx.

/** Days since a fixed origin are not needed: YYYYMMDD as a number orders dates. */
export type DateKey = number;

/** 9A (YYMMDD as BCD); undefined when a digit is not decimal or the month/day is impossible. */
export function transactionDateKey(date: Uint8Array): DateKey | undefined {
  if (date.length !== 3) return undefined;
  const [yy, mm, dd] = [bcd(date[0]!), bcd(date[1]!), bcd(date[2]!)];
  if (yy === undefined || mm === undefined || dd === undefined || mm < 1 || mm > 12 || dd < 1 || dd > 31) return undefined;
  return century(yy) * 10000 + mm * 100 + dd;
}

/** MMYY certificate expiry as the last possible day of that month (day 31 orders after any). */
export function certificateExpiryKey(mmyy: Uint8Array): DateKey | undefined {
  if (mmyy.length !== 2) return undefined;
  const mm = bcd(mmyy[0]!);
  const yy = bcd(mmyy[1]!);
  if (mm === undefined || yy === undefined || mm < 1 || mm > 12) return undefined;
  return century(yy) * 10000 + mm * 100 + 31;
}

/** YYMMDD text (a CA key file) as a date key. */
export function yymmddKey(text: string): DateKey | undefined {
  if (!/^\d{6}$/.test(text)) return undefined;
  const yy = Number(text.slice(0, 2));
  const mm = Number(text.slice(2, 4));
  const dd = Number(text.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return undefined;
  return century(yy) * 10000 + mm * 100 + dd;
}

function century(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

function bcd(byte: number): number | undefined {
  const hi = byte >> 4;
  const lo = byte & 0x0f;
  return hi > 9 || lo > 9 ? undefined : hi * 10 + lo;
}
