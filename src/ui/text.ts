// Text in both languages, built from the string tables, and money as the display shows it.
import type { Language } from '../errors/index.js';
import type { Currency, Text } from './screen.js';
import { STRINGS, type Strings } from './strings.js';

/** One text from each language's table: `both((s) => s.ok)`. */
export function both(pick: (s: Strings, language: Language) => string): Text {
  return { en: pick(STRINGS.en, 'en'), 'zh-CN': pick(STRINGS['zh-CN'], 'zh-CN') };
}

const formats = new Map<string, Intl.NumberFormat>();

/** Minor units in the language's currency style ("¥1,234.50", "CN¥1,234.50"). The amount goes
 *  to Intl as the exact decimal string "123450e-2", never through a float. */
export function formatAmount(minor: bigint, currency: Currency, language: Language): string {
  const key = `${language} ${currency.alpha} ${currency.exponent}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: currency.alpha, minimumFractionDigits: currency.exponent, maximumFractionDigits: currency.exponent });
    formats.set(key, format);
  }
  // Intl's typings predate string operands (ECMA-402 NumberFormat v3, in Node 20).
  return format.format(`${minor}e-${currency.exponent}` as unknown as number);
}

export function amountText(minor: bigint, currency: Currency): Text {
  return { en: formatAmount(minor, currency, 'en'), 'zh-CN': formatAmount(minor, currency, 'zh-CN') };
}
