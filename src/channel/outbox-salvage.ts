// The recovery policy for a damaged outbox (E-OUTBOX-0002): never start afresh over it and never
// drop a row without saying so. The damaged files are moved aside and kept byte for byte, every
// row that can still be read goes into a new outbox, and the report says whether anything could
// not be read. Messages come back pending, so some the backend already has are sent again; its
// deduplication by id absorbs them, which is cheaper than losing a transaction.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openOutboxFile } from './outbox-file.js';
import { OUTBOX_ID, OUTBOX_KINDS } from './outbox.js';

export interface SalvageReport {
  /** Where the damaged database now is (its write-ahead log beside it with -wal). */
  readonly movedTo: string;
  /** Messages put back to send, and acknowledged ids kept so they stay deduplicated. */
  readonly pending: number;
  readonly acknowledged: number;
  /** Rows read but not usable (an unknown kind or state, a bad id): dropped, and counted here. */
  readonly invalid: number;
  /** Sequence numbers that could not be read, when the table itself was damaged; null when every
   *  row was read. Rows in this range were lost, unless they had been acknowledged and pruned. */
  readonly unreadable: { readonly fromSeq: number; readonly toSeq: number | null } | null;
}

interface SalvagedRow {
  seq: number;
  id: string;
  kind: string;
  priority: number;
  payload: Buffer | null;
  digest: Buffer;
  state: string;
  attempts: number;
  enqueued_at: number;
  next_attempt_at: number;
  acknowledged_at: number | null;
}

const COLUMNS = 'seq, id, kind, priority, payload, digest, state, attempts, enqueued_at, next_attempt_at, acknowledged_at';

/**
 * Moves the outbox at `path` aside as `<path>.corrupt-<now>` and builds a new one at `path`
 * from what can be read. Run it after Outbox.open threw E-OUTBOX-0002, then open again.
 */
export function salvageOutbox(path: string, now: number = Date.now()): SalvageReport {
  const movedTo = `${path}.corrupt-${now}`;
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);

  // Read from a scratch copy: opening a database may write (WAL recovery, the checkpoint on
  // close), and the moved files are kept as they were for whoever investigates.
  const scratch = `${movedTo}.reading`;
  for (const suffix of ['', '-wal']) if (existsSync(movedTo + suffix)) copyFileSync(movedTo + suffix, scratch + suffix);
  let read: ReturnType<typeof readRows>;
  try {
    read = readRows(scratch);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true });
  }

  const fresh = openOutboxFile(path);
  let pending = 0;
  let acknowledged = 0;
  let invalid = 0;
  try {
    const insert = fresh.prepare(`INSERT INTO outbox (${COLUMNS}) VALUES (${COLUMNS.replace(/\w+/g, '?')})`);
    fresh.transaction(() => {
      for (const row of read.rows.values()) {
        if (!isUsable(row)) {
          invalid++;
          continue;
        }
        const done = row.state === 'acknowledged';
        insert.run(row.seq, row.id, row.kind, row.priority, done ? null : row.payload, row.digest, done ? 'acknowledged' : 'pending', row.attempts, row.enqueued_at, now, row.acknowledged_at);
        if (done) acknowledged++;
        else pending++;
      }
    }).immediate();
  } finally {
    fresh.close();
  }
  return { movedTo, pending, acknowledged, invalid, unreadable: read.unreadable };
}

/** Reads the table in seq order from both ends: a damaged page stops a scan, so the rows before
 *  it come from the forward scan and the rows after it from the backward one. */
function readRows(file: string): { rows: Map<number, SalvagedRow>; unreadable: SalvageReport['unreadable'] } {
  const rows = new Map<number, SalvagedRow>();
  let db: Database.Database;
  try {
    // No integrity check and no schema: only reads, on a file known to be damaged.
    db = new Database(file, { timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
  } catch {
    return { rows, unreadable: { fromSeq: 1, toSeq: null } };
  }
  const scan = (order: 'ASC' | 'DESC'): boolean => {
    try {
      for (const row of db.prepare<[], SalvagedRow>(`SELECT ${COLUMNS} FROM outbox ORDER BY seq ${order}`).iterate()) rows.set(row.seq, row);
      return true;
    } catch {
      return false;
    }
  };
  try {
    if (scan('ASC')) return { rows, unreadable: null };
    let forwardEnd = 0;
    for (const seq of rows.keys()) forwardEnd = Math.max(forwardEnd, seq);
    scan('DESC');
    let firstAfter = Infinity;
    for (const seq of rows.keys()) if (seq > forwardEnd) firstAfter = Math.min(firstAfter, seq);
    return { rows, unreadable: { fromSeq: forwardEnd + 1, toSeq: firstAfter === Infinity ? null : firstAfter - 1 } };
  } finally {
    db.close();
  }
}

function isUsable(row: SalvagedRow): boolean {
  return (
    typeof row.id === 'string' &&
    OUTBOX_ID.test(row.id) &&
    (OUTBOX_KINDS as readonly string[]).includes(row.kind) &&
    ['pending', 'in-flight', 'acknowledged'].includes(row.state) &&
    (row.state === 'acknowledged' || row.payload instanceof Buffer) &&
    row.digest instanceof Buffer
  );
}
