// The journal's records in the receipt's words: a stored transaction (JournalReceipt) as the
// slip's ReceiptTransaction, X and Z reports as a SettlementReport. A record a slip cannot be
// printed from — declined, still running, a card without its mask, a scheme the slip has no name
// for — is refused with E-RECEIPT-0002 naming the field, never printed half right.
import { PosError } from '../../errors/index.js';
import { toHex } from '../../bytes/hex.js';
import type { EmvData, JournalReceipt, JournalTransaction, PhaseKind, SchemeTotal, TransactionType, XReport, ZReport } from '../journal/index.js';
import { receiptCvm, SCHEMES, type ReceiptAmount, type ReceiptCvm, type ReceiptInstrument, type ReceiptTransaction, type Scheme } from './receipt-data.js';
import type { SettlementReport, TotalsLine } from './settlement-report.js';

/** Approved, or approved and later voided or captured: the slip of what was approved. */
const PRINTABLE: readonly PhaseKind[] = ['approved', 'offline-approved', 'voided', 'captured'];

/** A card presented for these names their original and gives no cryptogram (payment/engine). */
const NAMES_ORIGINAL: readonly TransactionType[] = ['void', 'pre-auth-completion', 'pre-auth-cancel'];

const refused = (field: string, context: Record<string, string | number> = {}) => new PosError('E-RECEIPT-0002', { field, ...context });

/** The slip of a journal record; print it with `reprint: r.reprint > 0` once it was reprinted. */
export function receiptFromJournal(r: JournalReceipt): ReceiptTransaction {
  const t = r.transaction;
  if (!PRINTABLE.includes(t.phase.kind)) throw refused('phase', { phase: t.phase.kind });
  return {
    id: t.id,
    amount: amountOf(r),
    currency: currencyNumber(t.currency),
    instrument: instrumentOf(t),
    reference: t.hostReference,
    trace: sixDigits(t.stan),
    batch: sixDigits(t.batch),
    authCode: t.authorisationCode,
    operator: t.operatorId,
    at: new Date(t.completedAt ?? t.startedAt),
  };
}

/** An X report is taken by someone at the terminal; the journal's record says when, not who. */
export function xReportFromJournal(x: XReport, operator: string, currency: number): SettlementReport {
  return { kind: 'x', batch: sixDigits(x.batch), operator, from: new Date(x.openedAt), to: new Date(x.takenAt), printedAt: new Date(x.takenAt), currency, totals: totalsOf(x.totals, currency) };
}

export function zReportFromJournal(z: ZReport, currency: number): SettlementReport {
  return { kind: 'z', batch: sixDigits(z.batch), operator: z.closedBy, from: new Date(z.openedAt), to: new Date(z.closedAt), printedAt: new Date(z.closedAt), currency, totals: totalsOf(z.totals, currency) };
}

function amountOf(r: JournalReceipt): ReceiptAmount {
  const t = r.transaction;
  const original = r.original && { reference: r.original.hostReference, trace: sixDigits(r.original.stan), authCode: r.original.authorisationCode };
  switch (t.type) {
    case 'balance':
      if (t.balance === undefined) throw refused('balance');
      return { kind: 'balance', balance: t.balance };
    case 'sale':
    case 'pre-auth':
    case 'qr-sale':
      return { kind: t.type, amount: t.amount };
    case 'refund':
    case 'void':
    case 'pre-auth-completion':
    case 'pre-auth-cancel':
      return { kind: t.type, amount: t.amount, original };
  }
}

function instrumentOf(t: JournalTransaction): ReceiptInstrument {
  if (t.entryMode === undefined || t.scheme === undefined) throw refused('entryMode');
  const scheme = schemeOf(t.scheme);
  if (t.entryMode === 'qr') {
    if (t.qrPresentedBy === undefined) throw refused('qrPresentedBy');
    return { kind: 'qr', scheme, presentedBy: t.qrPresentedBy };
  }
  if (t.maskedPan === undefined) throw refused('maskedPan');
  const base = { kind: 'card', scheme, maskedPan: t.maskedPan, cvm: cvmOf(t.emv) } as const;
  if (t.entryMode !== 'contact' && t.entryMode !== 'contactless') return { ...base, entry: { mode: t.entryMode } };
  const { aid, cryptogram, label } = t.emv;
  if (aid === undefined) throw refused('emv.aid');
  if (cryptogram === undefined && !NAMES_ORIGINAL.includes(t.type)) throw refused('emv.cryptogram');
  return {
    ...base,
    entry: { mode: t.entryMode, emv: { applicationLabel: label, aid: toHex(aid).toUpperCase(), cryptogram: cryptogram && { type: cryptogram.type, value: toHex(cryptogram.value).toUpperCase() } } },
  };
}

/** CVM Results when the card wrote them; a kernel that asked for a signature without them
 *  (a contactless CVM from TTQ/CTQ) still gets its signature line. CDCVM leaves no trace the
 *  journal keeps, so it prints as no CVM. */
function cvmOf(emv: EmvData): ReceiptCvm {
  const cvm = emv.cvmResults === undefined ? 'no-cvm' : receiptCvm(emv.cvmResults);
  return emv.signatureRequired === true && cvm !== 'offline-pin-and-signature' ? 'signature' : cvm;
}

/** The journal's scheme names, a wallet's with its "qr-" prefix (qr-wechat). */
function schemeOf(name: string): Scheme {
  const scheme = SCHEMES.find((s) => s === name.toLowerCase().replace(/^qr-/, ''));
  if (scheme === undefined) throw refused('scheme', { scheme: name });
  return scheme;
}

function totalsOf(totals: readonly SchemeTotal[], currency: number): TotalsLine[] {
  return totals.map((t) => {
    if (currencyNumber(t.currency) !== currency) throw refused('currency', { currency: t.currency });
    return { scheme: schemeOf(t.scheme), kind: t.type, count: t.count, amount: t.amount };
  });
}

function currencyNumber(code: string): number {
  if (!/^\d{3}$/.test(code)) throw refused('currency');
  return Number(code);
}

const sixDigits = (n: number) => String(n).padStart(6, '0');
