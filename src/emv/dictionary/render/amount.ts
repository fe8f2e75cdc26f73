// Amounts: EMV Book 3 Annex A n12 (9F02, 9F03) and b4 (81, 9F04, 9F1B) amounts in minor units,
// shown with the currency exponent of 5F36 or ISO 4217 (Book 4 Annex A: 5F2A/5F36).
import type { TagFormat } from '../types.js';
import { currencyByNumeric } from '../codes/currency.js';
import { bcdDigits, binaryUnsigned } from '../bytes.js';
import type { RenderContext, RenderedValue } from './types.js';

/** "1234" minor units with exponent 2 → "12.34". */
export function formatMinorUnits(minor: bigint, exponent: number): string {
  if (exponent <= 0) return minor.toString();
  const s = minor.toString().padStart(exponent + 1, '0');
  return `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}

/** An amount in `currencyCode`, e.g. "12.34 CNY"; minor units alone when the currency is unknown. */
export function describeAmount(minor: bigint, currencyCode?: number, exponentOverride?: number): string {
  const currency = currencyCode === undefined ? undefined : currencyByNumeric(currencyCode);
  const exponent = exponentOverride ?? currency?.exponent;
  if (exponent === undefined) {
    return currencyCode === undefined
      ? `${minor} (minor units)`
      : `${minor} (minor units, currency ${String(currencyCode).padStart(3, '0')})`;
  }
  const amount = formatMinorUnits(minor, exponent);
  if (currency !== undefined) return `${amount} ${currency.alpha}`;
  return currencyCode === undefined ? amount : `${amount} (currency ${String(currencyCode).padStart(3, '0')})`;
}

export function renderAmount(format: TagFormat, value: Uint8Array, context: RenderContext): RenderedValue {
  let minor: bigint;
  if (format === 'n') {
    const digits = bcdDigits(value);
    if (digits === undefined) return { text: 'malformed: amount is not BCD' };
    minor = digits === '' ? 0n : BigInt(digits);
  } else {
    minor = binaryUnsigned(value);
  }
  return { text: describeAmount(minor, context.currencyCode, context.currencyExponent) };
}
