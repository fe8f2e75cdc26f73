// Opening the outbox's SQLite file: the pragmas that make a returned write durable, the
// integrity check that refuses a damaged file, the one-process lock, and the schema.
import Database from 'better-sqlite3';
import { PosError } from '../errors/index.js';

export type Db = Database.Database;

/** Version of the schema below, kept in `PRAGMA user_version` so a later change can migrate. */
const SCHEMA_VERSION = 1;

// seq orders messages as they were enqueued. AUTOINCREMENT so a seq is never reused after its
// row is pruned: the salvage reads rows by seq. digest is the SHA-256 of kind and payload, kept
// after the payload is dropped on acknowledgement, so an id reused for another message is caught.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    priority INTEGER NOT NULL,
    payload BLOB,
    digest BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'in-flight', 'acknowledged')),
    attempts INTEGER NOT NULL DEFAULT 0,
    enqueued_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    acknowledged_at INTEGER
  );
  CREATE INDEX IF NOT EXISTS outbox_sending ON outbox (state, priority, seq);
  CREATE INDEX IF NOT EXISTS outbox_pruning ON outbox (state, acknowledged_at);
`;

/**
 * Opens (creating when absent) the outbox at `path`. Throws E-OUTBOX-0001 when SQLite cannot
 * open or set it up, E-OUTBOX-0003 when another process holds it, and E-OUTBOX-0002 when the
 * integrity check fails — in that case nothing is written to the file (see outbox-salvage.ts).
 */
export function openOutboxFile(path: string): Db {
  let db: Db;
  try {
    // No busy wait: the only other holder is another runtime, which does not let go.
    db = new Database(path, { timeout: 0 });
  } catch (e) {
    throw sqliteError('E-OUTBOX-0001', path, e);
  }
  try {
    // EXCLUSIVE before WAL: the WAL index then lives in this process's memory (no -shm file) and
    // the first write below takes a lock no other process gets until this one closes or dies.
    // Two runtimes on one outbox would each send and acknowledge the other's messages.
    db.pragma('locking_mode = EXCLUSIVE');
    checkIntegrity(db, path);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new PosError('E-OUTBOX-0001', { path, reason: `journal_mode is ${String(mode)}` });
    // FULL: every commit fsyncs the WAL, so an enqueue or acknowledgement that returned survives
    // a power cut, not only a killed process (NORMAL would lose the last commits on power loss).
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof PosError) throw e;
    throw sqliteError(sqliteCode(e) === 'SQLITE_BUSY' ? 'E-OUTBOX-0003' : 'E-OUTBOX-0001', path, e);
  }
}

// integrity_check rather than quick_check: it also checks that every index matches its table,
// and a broken UNIQUE index on id is how a duplicate would slip in. The outbox holds hundreds to
// a few thousand rows, so the full check costs milliseconds at start-up.
function checkIntegrity(db: Db, path: string): void {
  let rows: unknown[];
  try {
    rows = db.pragma('integrity_check', { simple: false }) as unknown[];
  } catch (e) {
    const code = sqliteCode(e);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw sqliteError('E-OUTBOX-0002', path, e);
    throw e;
  }
  const problems = rows.map((r) => String(Object.values(r as Record<string, unknown>)[0]));
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new PosError('E-OUTBOX-0002', { path, problems: problems.length, first: problems[0] });
  }
}

export function sqliteCode(e: unknown): string | undefined {
  return e instanceof Database.SqliteError ? e.code : undefined;
}

export function sqliteError(code: 'E-OUTBOX-0001' | 'E-OUTBOX-0002' | 'E-OUTBOX-0003' | 'E-OUTBOX-0006', path: string, e: unknown): PosError {
  return new PosError(code, { path, sqlite: sqliteCode(e) ?? (e instanceof Error ? e.message : String(e)) }, { cause: e });
}
