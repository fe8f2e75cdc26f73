// The journal's SQLite file: its schema, opened like payment's other files (src/payment/
// sqlite-file.ts: WAL, synchronous FULL, one-process lock, integrity check) under the journal's
// codes, with secure_delete on and integers read as bigint.
import { openSqliteFile, type Db, type SqliteFileCodes } from '../sqlite-file.js';

export type { Db };

export const JOURNAL_FILE_CODES: SqliteFileCodes = { open: 'E-JOURNAL-0001', damaged: 'E-JOURNAL-0002', busy: 'E-JOURNAL-0003', write: 'E-JOURNAL-0004' };

/** 1: the first. 2: `transactions.approver_id`, the supervisor who approved on the spot. */
const SCHEMA_VERSION = 2;

// Clear columns are what queries, totals and recovery read: ids, amounts, phases, operator,
// times, the last four digits, the keyed PAN hash and the host's references. Everything else of
// the card (masked PAN, EMV data, balance) is in `sealed`, AES-GCM bound to the clear columns.
// Integers are read as bigint (safe integers): amounts are bigint minor units.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
  );
  CREATE TABLE IF NOT EXISTS batches (
    number INTEGER PRIMARY KEY,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    closed_by TEXT,
    settlement_id TEXT UNIQUE,
    totals TEXT,
    reconciliation TEXT
  );
  CREATE TABLE IF NOT EXISTS transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    batch INTEGER NOT NULL REFERENCES batches (number),
    stan INTEGER NOT NULL,
    type TEXT NOT NULL,
    phase TEXT NOT NULL,
    decision TEXT,
    reason TEXT,
    reversal_id TEXT UNIQUE,
    linked_id TEXT,
    error_code TEXT,
    amount INTEGER NOT NULL,
    other_amount INTEGER,
    currency TEXT NOT NULL,
    operator_id TEXT NOT NULL,
    approver_id TEXT,
    original_id TEXT,
    scheme TEXT,
    entry_mode TEXT,
    last_four TEXT,
    pan_hash BLOB,
    response_code TEXT,
    authorisation_code TEXT,
    host_reference TEXT,
    started_at INTEGER NOT NULL,
    completed_at INTEGER,
    reprints INTEGER NOT NULL DEFAULT 0,
    sealed BLOB
  );
  CREATE INDEX IF NOT EXISTS transactions_batch ON transactions (batch, phase);
  CREATE INDEX IF NOT EXISTS transactions_started ON transactions (started_at);
  CREATE INDEX IF NOT EXISTS transactions_last_four ON transactions (last_four);
  CREATE INDEX IF NOT EXISTS transactions_host_reference ON transactions (host_reference);
  CREATE INDEX IF NOT EXISTS transactions_pan_hash ON transactions (pan_hash);
  CREATE INDEX IF NOT EXISTS transactions_original ON transactions (original_id);
  -- Messages owed to the backend and not yet taken by the outbox; a row goes once the outbox has
  -- its message (the outbox then keeps it until the backend acknowledges).
  CREATE TABLE IF NOT EXISTS handoffs (
    message_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    sealed BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
`;

/** Version 1 to 2: the approver's column, added at the table's end (NULL for the rows before,
 *  which no supervisor approved as far as the journal knew). */
function migrate(db: Db): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(transactions)').all();
  if (columns.length > 0 && !columns.some((c) => c.name === 'approver_id')) db.exec('ALTER TABLE transactions ADD COLUMN approver_id TEXT');
}

/**
 * Opens (creating when absent) the journal at `path`. Throws E-JOURNAL-0001 when SQLite cannot
 * open or set it up, E-JOURNAL-0003 when another process holds it, and E-JOURNAL-0002 when the
 * integrity check fails, writing nothing to the file then.
 */
export function openJournalFile(path: string): Db {
  const db = openSqliteFile(path, SCHEMA, SCHEMA_VERSION, JOURNAL_FILE_CODES, migrate);
  // A row that leaves a table (a handoff handed over) is overwritten on disk, not left readable
  // in a free page.
  db.pragma('secure_delete = ON');
  // Amounts are bigint minor units; every integer is read as one.
  db.defaultSafeIntegers(true);
  return db;
}

/** Rows per table: a backup's verification compares its copy's with the journal's at the copy. */
export interface JournalRowCounts {
  readonly meta: number;
  readonly batches: number;
  readonly transactions: number;
  readonly handoffs: number;
}

export function countJournalRows(db: Db): JournalRowCounts {
  const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  return { meta: count('meta'), batches: count('batches'), transactions: count('transactions'), handoffs: count('handoffs') };
}
