// Putting a backup in place of a damaged journal (`pos journal-restore`). Only a journal that is
// damaged or gone is replaced — an intact one holds everything a backup has and more — and it is
// moved aside, never deleted: the transactions after the backup are only in it (and at the
// backend for those uploaded), and support may still read them out of it. The restored copy's
// trace number is moved past those the damaged journal may have used since the backup
// (stan-after-restore.ts) before it takes the journal's name.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { PosError, isPosError } from '../../errors/index.js';
import { checkJournalBackup, fsyncFile, journalBackups, type JournalPaths } from './journal-backup.js';
import { JOURNAL_FILE_CODES, type JournalRowCounts } from './journal-file.js';
import { advanceRestoredStan, type StanAdvance } from './stan-after-restore.js';

export interface RestoreReport {
  /** The backup now in place. */
  readonly restored: string;
  readonly rows: JournalRowCounts;
  /** Where the damaged journal went; null when there was none. */
  readonly movedAside: string | null;
  /** The trace number as the backup had it and where the restored journal goes on from. */
  readonly stan: StanAdvance;
}

/** SQLite's files beside the journal: moved aside with it, so the backup is not read with the
 *  damaged file's write-ahead log. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * Restores the journal at `paths.journal` from `from`, or else from the newest backup in
 * `paths.backups` that opens with `deviceKey` and passes its integrity check. E-JOURNAL-0023 when
 * the journal is intact, E-JOURNAL-0003 when a running posrt holds it, the backup's own code
 * (E-JOURNAL-0019, -0020) when `from` is refused, E-JOURNAL-0022 when no backup is usable.
 * `now` stamps the name the damaged journal is moved to and measures the time since the backup.
 */
export function restoreJournal(paths: JournalPaths, deviceKey: Uint8Array, options: { from?: string; now?: () => number } = {}): RestoreReport {
  refuseIntactJournal(paths.journal);
  const { path: backup, rows } = usableBackup(paths, deviceKey, options.from);
  const now = (options.now ?? Date.now)();
  const stamp = new Date(now).toISOString().replace(/[-:.]/g, '');
  const aside = `${paths.journal}.damaged-${stamp}`;
  const movedAside = existsSync(paths.journal) ? aside : null;
  for (const suffix of COMPANIONS) if (existsSync(`${paths.journal}${suffix}`)) renameSync(`${paths.journal}${suffix}`, `${aside}${suffix}`);
  // Copied under a temporary name and renamed: a power cut leaves no half journal to open.
  const temp = `${paths.journal}.restoring`;
  rmSync(temp, { force: true });
  copyFileSync(backup, temp);
  const stan = advanceStan(temp, now);
  fsyncFile(temp);
  renameSync(temp, paths.journal);
  fsyncFile(dirname(paths.journal));
  return { restored: backup, rows, movedAside, stan };
}

function advanceStan(path: string, now: number): StanAdvance {
  const db = new Database(path, { fileMustExist: true });
  try {
    return advanceRestoredStan(db, now);
  } finally {
    db.close();
  }
}

function refuseIntactJournal(path: string): void {
  if (!existsSync(path)) return;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 0 });
    const result: unknown = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return;
  } catch (e) {
    if (e instanceof Database.SqliteError && e.code === 'SQLITE_BUSY') throw new PosError(JOURNAL_FILE_CODES.busy, { path }, { cause: e });
    // Does not open or is not a database: damaged, which is what a restore is for.
    return;
  } finally {
    db?.close();
  }
  throw new PosError('E-JOURNAL-0023', { path });
}

function usableBackup(paths: JournalPaths, deviceKey: Uint8Array, from: string | undefined): { path: string; rows: JournalRowCounts } {
  if (from !== undefined) return { path: from, rows: checkJournalBackup(from, deviceKey) };
  const candidates = journalBackups(paths.backups);
  let refused: PosError | undefined;
  for (const path of candidates) {
    try {
      return { path, rows: checkJournalBackup(path, deviceKey) };
    } catch (e) {
      if (!isPosError(e)) throw e;
      refused ??= e;
    }
  }
  throw new PosError('E-JOURNAL-0022', { path: paths.backups, backups: candidates.length, ...(refused ? { first: refused.code } : {}) });
}
