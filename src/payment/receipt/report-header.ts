// The head of an operator's report (X/Z report, shift summary): the merchant's name in the
// primary language large and in the other below, the report's titles, then who and where —
// merchant and terminal ids and the operator — so a slip found in a drawer says whose it is.
import type { PrintLine } from '../../kernel/index.js';
import { both, LABELS, primary, secondary, type Bilingual } from './labels.js';
import { row, rule, text } from './print-lines.js';
import type { ReceiptLanguage, ReceiptSettings } from './receipt-data.js';

export function reportHeader(settings: ReceiptSettings, language: ReceiptLanguage, titles: readonly Bilingual[], operator: string): PrintLine[] {
  const name = { zh: settings.merchant.nameZh, en: settings.merchant.nameEn };
  return [
    text(primary(name, language), { align: 'center', bold: true, size: 2 }),
    text(secondary(name, language), { align: 'center' }),
    ...titles.map((t) => text(both(t, language), { align: 'center', bold: true })),
    rule('='),
    row(both(LABELS.merchantId, language), settings.merchant.merchantId),
    row(both(LABELS.terminalId, language), settings.merchant.terminalId),
    row(both(LABELS.operator, language), operator),
  ];
}
