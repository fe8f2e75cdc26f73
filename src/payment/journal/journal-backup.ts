// Local backups of the journal: an SD card whose journal file goes bad must not take the batch's
// unsettled sales with it (offline approvals still owed to the backend, reversals still owed to
// the issuer). A backup is the journal copied as it is at rest — the sealed columns stay sealed
// under the device key, nothing is decrypted to back it up — into a directory that may be on
// another partition or medium. Taken after every batch close and, while transactions are being
// written, at most every JOURNAL_BACKUP_INTERVAL_MS; the last JOURNAL_BACKUPS_KEPT are kept.
//
// The key file is never copied beside the backups: a backup medium taken away (a card pulled
// from a stolen terminal, a USB stick) must not carry what opens it. The key is backed up where
// the device's other secrets are (README: "Journal backups").
import Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PosError, isPosError, type ErrorCode } from '../../errors/index.js';
import { countJournalRows, type JournalRowCounts } from './journal-file.js';
import type { Journal } from './journal.js';
import { deriveJournalKeys, sameKey } from './sealing.js';

/** 15 minutes: a lost journal costs at most this much of the batch's local record (the backend
 *  has every upload that left), and a terminal selling all day writes 32 backups, not thousands. */
export const JOURNAL_BACKUP_INTERVAL_MS = 15 * 60_000;
/** Three: a backup that was copied from an already damaged page still leaves two older ones. */
export const JOURNAL_BACKUPS_KEPT = 3;

/** Where the state directory keeps the journal, its key and, unless configured elsewhere, the
 *  backups: the runtime and `pos journal-restore` find them the same way. */
export interface JournalPaths {
  readonly journal: string;
  readonly key: string;
  readonly backups: string;
}

export function journalPaths(stateDir: string, backupDir?: string): JournalPaths {
  return { journal: join(stateDir, 'journal.db'), key: join(stateDir, 'journal.key'), backups: backupDir ?? join(stateDir, 'journal-backups') };
}

/** journal-<sequence>.db: the sequence, not the clock, orders them (a terminal without a
 *  battery-backed clock may start in 1970). */
const BACKUP_NAME = /^journal-(\d{9})\.db$/;
const TEMP_SUFFIX = '.tmp';

/** The backups in `dir`, newest first (none when the directory does not exist). */
export function journalBackups(dir: string): string[] {
  return backupNames(dir).map((name) => join(dir, name));
}

function backupNames(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names.filter((n) => BACKUP_NAME.test(n)).sort().reverse();
}

/**
 * Copies `journal` into `dir` as the next backup: written under a temporary name, verified
 * (checkJournalBackup, and the rows of the journal when copied), fsynced, then renamed, so a power
 * cut at any point leaves the previous backups whole; a temporary file a crash left is removed
 * first. Then only the newest `kept` stay. Returns the backup's path. E-JOURNAL-0021 when it could
 * not be written, E-JOURNAL-0020 when the copy did not verify (it is removed).
 */
export function backUpJournal(journal: Journal, dir: string, deviceKey: Uint8Array, kept = JOURNAL_BACKUPS_KEPT): string {
  let temp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeTemporaries(dir);
    const newest = backupNames(dir)[0];
    const sequence = newest === undefined ? 1 : Number(BACKUP_NAME.exec(newest)![1]) + 1;
    const path = join(dir, `journal-${String(sequence).padStart(9, '0')}.db`);
    temp = `${path}${TEMP_SUFFIX}`;
    const copied = journal.copyTo(temp);
    fsyncFile(temp);
    const found = checkJournalBackup(temp, deviceKey);
    const differing = (Object.keys(copied) as (keyof JournalRowCounts)[]).find((table) => copied[table] !== found[table]);
    if (differing !== undefined) throw new PosError('E-JOURNAL-0020', { path: temp, table: differing, journal: copied[differing], backup: found[differing] });
    renameSync(temp, path);
    temp = undefined;
    fsyncFile(dir);
    for (const old of backupNames(dir).slice(kept)) rmSync(join(dir, old), { force: true });
    return path;
  } catch (e) {
    if (temp !== undefined) rmSync(temp, { force: true });
    if (isPosError(e)) throw e;
    throw new PosError('E-JOURNAL-0021', { path: dir, reason: reasonOf(e) }, { cause: e });
  }
}

/**
 * Opens the backup at `path` read-only and checks that it is a journal made under `deviceKey`
 * and passes SQLite's integrity check; returns its rows per table. E-JOURNAL-0019 when it is not
 * this key's journal (or no journal at all), E-JOURNAL-0020 when it is damaged.
 */
export function checkJournalBackup(path: string, deviceKey: Uint8Array): JournalRowCounts {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const problems = db.pragma('integrity_check', { simple: false }) as Record<string, unknown>[];
    const first = String(Object.values(problems[0] ?? {})[0]);
    if (problems.length !== 1 || first !== 'ok') throw new PosError('E-JOURNAL-0020', { path, problems: problems.length, first });
    const check: unknown = db.prepare("SELECT value FROM meta WHERE key = 'key-check'").pluck().get();
    if (!(check instanceof Buffer) || !sameKey(deriveJournalKeys(deviceKey), check)) throw new PosError('E-JOURNAL-0019', { path });
    return countJournalRows(db);
  } catch (e) {
    if (isPosError(e)) throw e;
    throw new PosError(backupFailure(e), { path, sqlite: reasonOf(e) }, { cause: e });
  } finally {
    db?.close();
  }
}

/** No such table (not a journal) is a file this key does not open; the rest is damage. */
function backupFailure(e: unknown): ErrorCode {
  return e instanceof Database.SqliteError && e.code === 'SQLITE_ERROR' ? 'E-JOURNAL-0019' : 'E-JOURNAL-0020';
}

function reasonOf(e: unknown): string {
  return e instanceof Database.SqliteError ? e.code : ((e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)));
}

function removeTemporaries(dir: string): void {
  for (const name of readdirSync(dir)) if (name.endsWith(TEMP_SUFFIX)) rmSync(join(dir, name), { force: true });
}

/** fsync of a file, or of a directory so a rename in it is on disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The runtime's backups: `afterBatchClose` (the journal's onBatchClosed) and a timer that backs up
 *  only when the journal was written since the last backup. A failure goes to `onFault`: payments
 *  go on without a fresh backup. */
export interface JournalBackupSchedule {
  afterBatchClose(): void;
  stop(): void;
}

export function scheduleJournalBackups(journal: Journal, dir: string, deviceKey: Uint8Array, onFault: (error: PosError) => void, intervalMs = JOURNAL_BACKUP_INTERVAL_MS): JournalBackupSchedule {
  let backedUpAt: number | undefined;
  const take = () => {
    const changes = journal.changes();
    try {
      backUpJournal(journal, dir, deviceKey);
      backedUpAt = changes;
    } catch (e) {
      if (isPosError(e)) onFault(e);
      else throw e;
    }
  };
  const timer = setInterval(() => {
    if (journal.changes() !== backedUpAt) take();
  }, intervalMs);
  // The timer alone must not keep a stopping runtime alive.
  timer.unref();
  return {
    afterBatchClose: take,
    stop: () => clearInterval(timer),
  };
}
