// The X and Z reports: a batch's totals per scheme and transaction type, printed. An X report is
// read during the day and changes nothing; a Z report is printed when the batch is closed
// (settlement) and is the operator's record of what was closed. The net is what moves money to
// the merchant: sales, completions and QR payments in, refunds and voids out; pre-authorisations,
// their cancels and balance inquiries are counted but move nothing. (The journal's own totals
// leave voided sales and voids out altogether; a report of those simply has no void rows.)
import { PosError } from '../../errors/index.js';
import type { PrintJob, PrintLine } from '../../kernel/index.js';
import { dateTimeText } from './date-time.js';
import { both, LABELS, primary, SCHEME_NAMES, TRANSACTION_NAMES } from './labels.js';
import { moneyText } from './money.js';
import { columns, cut, feed, row, rule, text } from './print-lines.js';
import { reportHeader } from './report-header.js';
import { SCHEMES, type ReceiptLanguage, type ReceiptSettings, type Scheme, type TransactionKind } from './receipt-data.js';

export interface TotalsLine {
  readonly scheme: Scheme;
  readonly kind: TransactionKind;
  readonly count: number;
  /** Minor units, as entered (a refund is a positive amount of a refund). */
  readonly amount: bigint;
}

export interface SettlementReport {
  readonly kind: 'x' | 'z';
  readonly batch: string;
  readonly operator: string;
  readonly from: Date;
  readonly to: Date;
  readonly printedAt: Date;
  readonly currency: number;
  readonly totals: readonly TotalsLine[];
}

const KIND_ORDER: readonly TransactionKind[] = ['sale', 'qr-sale', 'pre-auth-completion', 'refund', 'void', 'pre-auth', 'pre-auth-cancel', 'balance'];
/** Money in (1n) and out (-1n) of the merchant's account, or none moved (0n). */
export const NET_SIGN: Readonly<Record<TransactionKind, 1n | -1n | 0n>> = {
  sale: 1n,
  'qr-sale': 1n,
  'pre-auth-completion': 1n,
  refund: -1n,
  void: -1n,
  'pre-auth': 0n,
  'pre-auth-cancel': 0n,
  balance: 0n,
};

export function settlementReportJob(report: SettlementReport, settings: ReceiptSettings, language: ReceiptLanguage): PrintJob {
  checkTotals(report.totals, (t) => `${t.scheme}/${t.kind}`);
  const label = (l: { zh: string; en: string }) => both(l, language);
  const tz = settings.timeZone;
  const lines: PrintLine[] = [
    ...reportHeader(settings, language, [LABELS.report, report.kind === 'x' ? LABELS.xReport : LABELS.zReport], report.operator),
    row(label(LABELS.batch), report.batch),
    row(label(LABELS.period), dateTimeText(report.from, tz)),
    row('', dateTimeText(report.to, tz)),
    row(label(LABELS.printedAt), dateTimeText(report.printedAt, tz)),
    rule('='),
  ];
  const schemes = SCHEMES.filter((s) => report.totals.some((t) => t.scheme === s));
  if (schemes.length === 0) lines.push(text(label(LABELS.noTransactions), { align: 'center' }), rule('='));
  for (const scheme of schemes) {
    lines.push(text(label(SCHEME_NAMES[scheme]), { bold: true }));
    lines.push(...totalsTable(report.totals.filter((t) => t.scheme === scheme), report.currency, language));
    lines.push(rule());
  }
  if (schemes.length > 0) {
    lines.push(text(label(LABELS.total), { bold: true }));
    const byKind = KIND_ORDER.flatMap((kind): TotalsLine[] => {
      const of = report.totals.filter((t) => t.kind === kind);
      if (of.length === 0) return [];
      return [{ scheme: of[0]!.scheme, kind, count: of.reduce((n, t) => n + t.count, 0), amount: of.reduce((a, t) => a + t.amount, 0n) }];
    });
    lines.push(...totalsTable(byKind, report.currency, language));
    lines.push(rule('='));
  }
  lines.push(feed(3), cut);
  return { id: `report-${report.kind}-${report.batch}`, lines };
}

/** A type's count and amount, with or without its scheme. */
export type KindTotal = Pick<TotalsLine, 'kind' | 'count' | 'amount'>;

/** One row per transaction type, then the net (shared with the shift summary). */
export function totalsTable(totals: readonly KindTotal[], currency: number, language: ReceiptLanguage): PrintLine[] {
  const lines: PrintLine[] = [columns([[primary(LABELS.transactionType, language), 5, 'left'], [primary(LABELS.count, language), 2, 'right'], [primary(LABELS.amount, language), 4, 'right']])];
  let net = 0n;
  for (const kind of KIND_ORDER) {
    const t = totals.find((x) => x.kind === kind);
    if (t === undefined) continue;
    net += NET_SIGN[kind] * t.amount;
    const sign = NET_SIGN[kind] === -1n ? '-' : '';
    lines.push(columns([[both(TRANSACTION_NAMES[kind], language), 5, 'left'], [String(t.count), 2, 'right'], [moneyText(t.amount, currency, sign), 4, 'right']]));
  }
  const netText = moneyText(net < 0n ? -net : net, currency, net < 0n ? '-' : '');
  lines.push(columns([[both(LABELS.net, language), 5, 'left'], ['', 2, 'right'], [netText, 4, 'right']], true));
  return lines;
}

/** Each line once and none negative; `keyOf` names a line for both checks (E-RECEIPT-0002). */
export function checkTotals<T extends KindTotal>(totals: readonly T[], keyOf: (t: T) => string = (t) => t.kind): void {
  const seen = new Set<string>();
  for (const t of totals) {
    const key = keyOf(t);
    if (seen.has(key)) throw new PosError('E-RECEIPT-0002', { field: 'totals', reason: 'given twice', line: key });
    seen.add(key);
    if (!Number.isInteger(t.count) || t.count < 0 || t.amount < 0n) throw new PosError('E-RECEIPT-0002', { field: 'totals', line: key });
  }
}
