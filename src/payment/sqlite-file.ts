// Opening one of the payment application's SQLite files (operators, audit log): the pragmas
// that make a returned write durable, the integrity check that refuses a damaged file, the
// one-process lock and the schema. The channel's outbox opens its file the same way
// (src/channel/outbox-file.ts); payment may not import the channel, and each file reports
// failures under its own area's codes.
import Database from 'better-sqlite3';
import { PosError, type ErrorCode } from '../errors/index.js';

export type Db = Database.Database;

/** The codes one file reports: SQLite could not open or set it up, it failed the integrity
 *  check (left untouched), another process holds it, a write did not happen. */
export interface SqliteFileCodes {
  readonly open: ErrorCode;
  readonly damaged: ErrorCode;
  readonly busy: ErrorCode;
  readonly write: ErrorCode;
}

/** Brings a file written under an older schema to the current one before the schema's DDL runs
 *  (a new file has no tables yet: nothing to do). Idempotent, checking what is there rather than
 *  trusting user_version: a runtime rolled back to an older image (src/image's A/B slots) opens
 *  the migrated file and writes its own, older, user_version back. */
export type SqliteMigration = (db: Db) => void;

/**
 * Opens (creating when absent) the file at `path`, runs `migrate`, then `schema` (idempotent
 * DDL), in one write, recording `schemaVersion` in `PRAGMA user_version`.
 */
export function openSqliteFile(path: string, schema: string, schemaVersion: number, codes: SqliteFileCodes, migrate?: SqliteMigration): Db {
  let db: Db;
  try {
    // No busy wait: the only other holder is another runtime, which does not let go.
    db = new Database(path, { timeout: 0 });
  } catch (e) {
    throw sqliteFailure(codes.open, path, e);
  }
  try {
    // EXCLUSIVE before WAL: no -shm file, and the first write takes a lock no other process gets
    // until this one closes or dies — two runtimes counting one operator's failed logins, or
    // appending to one hash chain, would each undo the other.
    db.pragma('locking_mode = EXCLUSIVE');
    checkIntegrity(db, path, codes);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new PosError(codes.open, { path, reason: `journal_mode is ${String(mode)}` });
    // FULL: every commit fsyncs the WAL, so a lockout, a shift or an audit entry that returned
    // survives a power cut, not only a killed process.
    db.pragma('synchronous = FULL');
    db.transaction(() => {
      migrate?.(db);
      db.exec(schema);
      db.pragma(`user_version = ${schemaVersion}`);
    }).immediate();
    return db;
  } catch (e) {
    db.close();
    if (e instanceof PosError) throw e;
    throw sqliteFailure(sqliteCode(e) === 'SQLITE_BUSY' ? codes.busy : codes.open, path, e);
  }
}

/** Runs `work` as one IMMEDIATE transaction (one fsync; a failure leaves nothing half written);
 *  a SQLite failure becomes `codes.write`, so the caller knows the call did not happen. */
export function writeTransaction<T>(db: Db, path: string, codes: SqliteFileCodes, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (e) {
    if (e instanceof PosError) throw e;
    throw sqliteFailure(codes.write, path, e);
  }
}

function checkIntegrity(db: Db, path: string, codes: SqliteFileCodes): void {
  let rows: unknown[];
  try {
    rows = db.pragma('integrity_check', { simple: false }) as unknown[];
  } catch (e) {
    const code = sqliteCode(e);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw sqliteFailure(codes.damaged, path, e);
    throw e;
  }
  const problems = rows.map((r) => String(Object.values(r as Record<string, unknown>)[0]));
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new PosError(codes.damaged, { path, problems: problems.length, first: problems[0] });
  }
}

function sqliteCode(e: unknown): string | undefined {
  return e instanceof Database.SqliteError ? e.code : undefined;
}

function sqliteFailure(code: ErrorCode, path: string, e: unknown): PosError {
  return new PosError(code, { path, sqlite: sqliteCode(e) ?? (e instanceof Error ? e.message : String(e)) }, { cause: e });
}
