// Opening the journal's SQLite file: the pragmas that make a returned write durable, the
// integrity check that refuses a damaged file, the one-process lock, and the schema. The same
// settings as the channel's outbox file, for the same reasons, with the journal's own codes.
import Database from 'better-sqlite3';
import { PosError } from '../../errors/index.js';

export type Db = Database.Database;

const SCHEMA_VERSION = 1;

// Clear columns are what queries, totals and recovery read: ids, amounts, phases, operator,
// times, the last four digits, the keyed PAN hash and the host's references. Everything else of
// the card (masked PAN, EMV data, balance) is in `sealed`, AES-GCM bound to the row's id.
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

type JournalOpenCode = 'E-JOURNAL-0001' | 'E-JOURNAL-0002' | 'E-JOURNAL-0003' | 'E-JOURNAL-0004';

/**
 * Opens (creating when absent) the journal at `path`. Throws E-JOURNAL-0001 when SQLite cannot
 * open or set it up, E-JOURNAL-0003 when another process holds it, and E-JOURNAL-0002 when the
 * integrity check fails, writing nothing to the file then.
 */
export function openJournalFile(path: string): Db {
  let db: Db;
  try {
    db = new Database(path, { timeout: 0 });
  } catch (e) {
    throw sqliteError('E-JOURNAL-0001', path, e);
  }
  try {
    // EXCLUSIVE before WAL: no -shm file, and no second runtime writing the same journal.
    db.pragma('locking_mode = EXCLUSIVE');
    checkIntegrity(db, path);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new PosError('E-JOURNAL-0001', { path, reason: `journal_mode is ${String(mode)}` });
    // FULL: a step that returned is on disk after a power cut, not only after a killed process.
    db.pragma('synchronous = FULL');
    // A row that leaves the table is overwritten on disk, not left readable in a free page.
    db.pragma('secure_delete = ON');
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.defaultSafeIntegers(true);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof PosError) throw e;
    throw sqliteError(sqliteCode(e) === 'SQLITE_BUSY' ? 'E-JOURNAL-0003' : 'E-JOURNAL-0001', path, e);
  }
}

function checkIntegrity(db: Db, path: string): void {
  let rows: unknown[];
  try {
    rows = db.pragma('integrity_check', { simple: false }) as unknown[];
  } catch (e) {
    const code = sqliteCode(e);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw sqliteError('E-JOURNAL-0002', path, e);
    throw e;
  }
  const problems = rows.map((r) => String(Object.values(r as Record<string, unknown>)[0]));
  if (problems.length !== 1 || problems[0] !== 'ok') throw new PosError('E-JOURNAL-0002', { path, problems: problems.length, first: problems[0] });
}

function sqliteCode(e: unknown): string | undefined {
  return e instanceof Database.SqliteError ? e.code : undefined;
}

export function sqliteError(code: JournalOpenCode, path: string, e: unknown): PosError {
  return new PosError(code, { path, sqlite: sqliteCode(e) ?? (e instanceof Error ? e.message : String(e)) }, { cause: e });
}
