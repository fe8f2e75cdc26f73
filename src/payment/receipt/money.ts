// Amounts on a slip: minor units with the currency's ISO 4217 exponent and alphabetic code,
// "CNY 49.00"; a refund or void is printed negative, as acquirers' slips show money going back.
import { PosError } from '../../errors/index.js';
import { currencyByNumeric } from '../../emv/dictionary/index.js';
import { formatMinorUnits } from '../../emv/dictionary/render/amount.js';

export function currencyOf(numeric: number): { readonly alpha: string; readonly exponent: number } {
  const currency = currencyByNumeric(numeric);
  if (currency === undefined) throw new PosError('E-RECEIPT-0002', { field: 'currency', currency: numeric });
  return currency;
}

export function moneyText(minor: bigint, currency: number, sign: '' | '-' = ''): string {
  const c = currencyOf(currency);
  if (minor < 0n) throw new PosError('E-RECEIPT-0002', { field: 'amount', reason: 'negative' });
  return `${c.alpha} ${sign}${formatMinorUnits(minor, c.exponent)}`;
}
