// Receipts and settlement reports as print jobs for the kernel's Printer.
export type {
  TransactionKind,
  Scheme,
  CardEntryMode,
  ReceiptCvm,
  CryptogramType,
  EmvReceiptData,
  ReceiptInstrument,
  OriginalTransaction,
  ReceiptAmount,
  ReceiptTransaction,
  ReceiptMerchant,
  ReceiptSettings,
  ReceiptLanguage,
  ReceiptCopy,
} from './receipt-data.js';
export { receiptCvm, SCHEMES } from './receipt-data.js';
export { receiptJob } from './receipt-layout.js';
export { settlementReportJob, NET_SIGN, type SettlementReport, type TotalsLine } from './settlement-report.js';
export { shiftSummaryJob, type ShiftSummary } from './shift-summary.js';
export { receiptFromJournal, xReportFromJournal, zReportFromJournal } from './from-journal.js';
