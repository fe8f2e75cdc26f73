// The trace number (STAN, ISO 8583 field 11) a restored journal goes on from. A backup holds the
// counter as it was when the backup was taken; the damaged journal went on counting after it and
// the host saw those numbers. Counting on from the backup's value would send the host STANs it
// already had for other transactions in the same day and batch — a duplicate to the host, a
// reversal or advice that matches the wrong original. The damaged journal's own counter cannot be
// trusted (it is damaged), and asking the backend would make a restore depend on the link, so the
// rule is local and decided from the backup alone:
//
//   next = backup's next + max(RESTORE_STAN_FLOOR, seconds since the backup's newest recorded time)
//
// No terminal starts more than one transaction a second (a card presented, read, and answered by
// the host or the card takes longer than that), so the seconds since the newest time written in
// the backup bound the numbers used since. The newest recorded time (a transaction's start or end,
// a batch's opening or closing) is never later than the backup itself, so the bound errs towards
// skipping more, never fewer; a clock set back or an idle journal backed up by the timer still
// gets the floor, which is above the 900 transactions the 15-minute backup timer could miss.
// The counter wraps like the journal's (1..999999): after more than 999998 s (11.5 days) the
// skip stops one short of a full turn, and numbers that old are outside any host's duplicate window.
import type Database from 'better-sqlite3';
import { MAX_COUNTER } from './journal.js';

/** Covers a restore right after a backup taken by the 15-minute timer (at most 900 started since). */
export const RESTORE_STAN_FLOOR = 1_000;

export interface StanAdvance {
  /** The next STAN as the backup had it. */
  readonly backup: number;
  /** The next STAN the restored journal uses. */
  readonly next: number;
  /** How many numbers were skipped (the bound on those the damaged journal may have used). */
  readonly skipped: number;
}

/** The rule above, pure: `newestRecordedAt` null when the backup recorded nothing yet. */
export function stanAfterRestore(backupNext: number, newestRecordedAt: number | null, now: number): StanAdvance {
  const elapsedS = newestRecordedAt === null ? 0 : Math.ceil((now - newestRecordedAt) / 1_000);
  const skipped = Math.min(Math.max(RESTORE_STAN_FLOOR, elapsedS), MAX_COUNTER - 1);
  return { backup: backupNext, next: ((backupNext - 1 + skipped) % MAX_COUNTER) + 1, skipped };
}

/** Applies the rule to a journal file not yet in use (the restore's copy), in one write. */
export function advanceRestoredStan(db: Database.Database, now: number): StanAdvance {
  return db.transaction(() => {
    const backupNext = Number(db.prepare("SELECT value FROM meta WHERE key = 'next-stan'").pluck().get() ?? 1);
    const newest = db
      .prepare(
        `SELECT max(t) FROM (
           SELECT max(started_at) AS t FROM transactions UNION ALL SELECT max(completed_at) FROM transactions
           UNION ALL SELECT max(opened_at) FROM batches UNION ALL SELECT max(closed_at) FROM batches)`,
      )
      .pluck()
      .get() as number | bigint | null;
    const advance = stanAfterRestore(backupNext, newest === null ? null : Number(newest), now);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'next-stan'").run(advance.next);
    return advance;
  })();
}
