// src/payment/journal entry point: the transaction journal, its device key, batches and settlement.
export { Journal, type JournalOptions, type RecoveryReport, type TransactionQuery, type OperatorTotal } from './journal.js';
export { loadJournalKey } from './journal-key.js';
export { backUpJournal, checkJournalBackup, journalBackups, journalPaths, scheduleJournalBackups, JOURNAL_BACKUP_INTERVAL_MS, JOURNAL_BACKUPS_KEPT, type JournalBackupSchedule, type JournalPaths } from './journal-backup.js';
export { restoreJournal, type RestoreReport } from './journal-restore.js';
export type { JournalRowCounts } from './journal-file.js';
export { JOURNAL_KEY_LENGTH } from './sealing.js';
export { CARD_DATA_TAGS } from './card-data.js';
export { emvDataOfRecord, emvDataOfRequest } from './emv-data.js';
export type { OutboxPort, JournalMessage, TransactionUpload, ReversalMessage, SettlementMessage, MismatchReport, IccObject, UploadStatus } from './outbox-port.js';
export type { JournalReceipt } from './receipt-record.js';
export { SETTLED_TYPES, type SchemeTotal, type XReport, type ZReport, type Mismatch, type MismatchKind, type ReconciliationResult } from './settlement.js';
export {
  TRANSACTION_TYPES,
  IN_PROGRESS,
  STANDING,
  STEP_FROM,
  type TransactionType,
  type EntryMode,
  type DecisionPath,
  type ReversalReason,
  type Phase,
  type PhaseKind,
  type EmvData,
  type HostAnswer,
  type CardRead,
  type Step,
  type BeginInput,
  type JournalTransaction,
} from './transaction.js';
