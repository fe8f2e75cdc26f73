// Coded values: ISO 3166 countries, ISO 4217 currencies, ISO 639 languages (Book 1 §11.3.3),
// Issuer Code Table Index (ISO/IEC 8859 parts), Transaction Type and Terminal Type.
import { countryByNumeric } from '../codes/country.js';
import { currencyByNumeric } from '../codes/currency.js';
import { languageName } from '../codes/language.js';
import { terminalTypeName } from '../codes/terminal-type.js';
import { transactionTypeName } from '../codes/transaction-type.js';
import { bcdDigits, hexByte } from '../bytes.js';
import type { RenderedValue } from './types.js';

export function renderCountry(value: Uint8Array): RenderedValue {
  const digits = value.length === 2 ? bcdDigits(value) : undefined;
  if (digits === undefined) return { text: 'malformed: country code is not n3 in 2 bytes' };
  const code = digits.slice(1);
  const country = countryByNumeric(Number(digits));
  return { text: country === undefined ? `${code} (unknown country)` : `${code} ${country.alpha2} ${country.alpha3} ${country.name}` };
}

/** One currency (5F2A, 9F42) or, for 9F3B, up to four. */
export function renderCurrency(value: Uint8Array): RenderedValue {
  const digits = value.length >= 2 && value.length % 2 === 0 ? bcdDigits(value) : undefined;
  if (digits === undefined) return { text: 'malformed: currency code is not n3 in 2 bytes' };
  const entries: string[] = [];
  for (let i = 0; i < digits.length; i += 4) {
    const code = digits.slice(i + 1, i + 4);
    const currency = currencyByNumeric(Number(code));
    entries.push(currency === undefined ? `${code} (unknown currency)` : `${code} ${currency.alpha} ${currency.name}, exponent ${currency.exponent}`);
  }
  return entries.length === 1 ? { text: entries[0] ?? '' } : { text: entries.join('; '), entries };
}

export function renderLanguages(value: Uint8Array): RenderedValue {
  if (value.length % 2 !== 0) return { text: 'malformed: language codes come in pairs of letters' };
  const entries: string[] = [];
  for (let i = 0; i < value.length; i += 2) {
    const code = String.fromCharCode(value[i] ?? 0, value[i + 1] ?? 0);
    if (!/^[a-zA-Z]{2}$/.test(code)) return { text: 'malformed: language code is not two letters' };
    entries.push(`${code.toLowerCase()} ${languageName(code) ?? '(unknown language)'}`);
  }
  return { text: entries.join(', '), entries };
}

export function renderCodeTable(value: Uint8Array): RenderedValue {
  const digits = value.length === 1 ? bcdDigits(value) : undefined;
  const part = digits === undefined ? NaN : Number(digits);
  if (!(part >= 1 && part <= 10)) return { text: `unknown code table ${digits ?? 'malformed'}` };
  return { text: `ISO/IEC 8859-${part}` };
}

export function renderTransactionType(value: Uint8Array): RenderedValue {
  const byte = value[0];
  if (value.length !== 1 || byte === undefined) return { text: 'malformed: transaction type is one byte' };
  return { text: `${hexByte(byte)} ${transactionTypeName(byte) ?? '(not an ISO 8583 processing code listed here)'}` };
}

export function renderTerminalType(value: Uint8Array): RenderedValue {
  const byte = value[0];
  if (value.length !== 1 || byte === undefined) return { text: 'malformed: terminal type is one byte' };
  return { text: `${hexByte(byte)} ${terminalTypeName(byte) ?? '(not a Book 4 terminal type)'}` };
}
