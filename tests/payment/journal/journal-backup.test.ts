// The journal's local backups (issue 7) on real SQLite files: taken at batch close and rotated,
// and by the timer only when something was written; a journal damaged in the middle restored by
// `pos journal-restore` (the real command) with its sales back and the damaged file kept aside; a
// backup made under another key refused; a temporary file a crash left behind neither used nor
// kept; no PAN or track 2 in a backup's bytes; the trace number (STAN) moved past every number
// the damaged journal used after the backup.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Journal,
  backUpJournal,
  checkJournalBackup,
  journalBackups,
  journalPaths,
  loadJournalKey,
  restoreJournal,
  scheduleJournalBackups,
  type JournalBackupSchedule,
} from '../../../src/payment/journal/index.js';
import { runPos } from '../../cli/run-pos.js';
import { errorOf } from '../../support/pos-error.js';
import { arqcSent, cardDataIn, contactCard, hostApproval, journalRig, tcFromCard, type Rig } from './rig.js';

const rigs: Rig[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const r of rigs.splice(0)) {
    try {
      r.close();
    } catch {
      // Already closed by the test (a journal it damaged).
    }
    r.remove();
  }
});

function newRig(...args: Parameters<typeof journalRig>): Rig {
  const r = journalRig(...args);
  rigs.push(r);
  return r;
}

function sale(rig: Rig, amount: bigint): string {
  const { id } = rig.journal.begin({ type: 'sale', amount, currency: '156', operatorId: 'op-01' });
  rig.journal.step(id, contactCard);
  rig.journal.step(id, arqcSent);
  rig.journal.step(id, hostApproval);
  rig.journal.step(id, tcFromCard);
  return id;
}

const keyOf = (rig: Rig) => loadJournalKey(rig.keyPath, { provision: false });
const backupDir = (rig: Rig) => journalPaths(rig.dir).backups;
/** Opening as the boot does, for its error (nothing is opened beside the journal). */
const openingError = (rig: Rig) => errorOf(() => Journal.open(rig.journalPath, keyOf(rig), { enqueue: () => undefined }));

/** Overwrites 8 KiB in the middle of the file, as a failing flash card does to a page range. */
function damage(path: string): void {
  const size = readFileSync(path).length;
  expect(size).toBeGreaterThan(32 * 1024);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
}

describe('journal backups', () => {
  it('are taken at every batch close, the newest three kept, each verified and holding the batch', () => {
    let schedule: JournalBackupSchedule | undefined;
    const rig = newRig({ onBatchClosed: () => schedule?.afterBatchClose() });
    const faults: string[] = [];
    schedule = scheduleJournalBackups(rig.journal, backupDir(rig), keyOf(rig), (e) => faults.push(e.code));
    for (let batch = 1; batch <= 4; batch += 1) {
      sale(rig, BigInt(batch * 100));
      rig.journal.closeBatch('op-01');
    }
    schedule.stop();
    expect(faults).toEqual([]);
    const kept = journalBackups(backupDir(rig));
    expect(kept.map((p) => basename(p))).toEqual(['journal-000000004.db', 'journal-000000003.db', 'journal-000000002.db']);
    // The newest has the four closed batches and the one opened by the last close.
    expect(checkJournalBackup(kept[0]!, keyOf(rig))).toMatchObject({ batches: 5, transactions: 4 });
    expect(checkJournalBackup(kept[2]!, keyOf(rig))).toMatchObject({ batches: 3, transactions: 2 });
    // The key stays where it was: nothing in the backup directory opens them.
    expect(readdirSync(backupDir(rig)).filter((n) => !/^journal-\d{9}\.db$/.test(n))).toEqual([]);
  });

  it('are taken by the timer only when the journal was written since the last one', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const rig = newRig();
    const schedule = scheduleJournalBackups(rig.journal, backupDir(rig), keyOf(rig), () => undefined, 60_000);
    sale(rig, 100n);
    vi.advanceTimersByTime(60_000);
    expect(journalBackups(backupDir(rig))).toHaveLength(1);
    vi.advanceTimersByTime(5 * 60_000);
    expect(journalBackups(backupDir(rig))).toHaveLength(1);
    sale(rig, 200n);
    vi.advanceTimersByTime(60_000);
    expect(journalBackups(backupDir(rig))).toHaveLength(2);
    expect(checkJournalBackup(journalBackups(backupDir(rig))[0]!, keyOf(rig)).transactions).toBe(2);
    schedule.stop();
  });

  it('hold no PAN or track 2 in their bytes', () => {
    const rig = newRig();
    sale(rig, 4_900n);
    sale(rig, 1_200n);
    const path = backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    const bytes = readFileSync(path);
    expect(cardDataIn(bytes)).toEqual([]);
    expect(bytes.includes(Buffer.from('476173******0119'))).toBe(false);
    // The test can fail: the clear columns (here the approval code) are in the copy.
    expect(bytes.includes(Buffer.from('512345678901'))).toBe(true);
  });

  it('a temporary file a crash left mid-backup is never restored from and is removed by the next backup', async () => {
    const rig = newRig();
    const first = sale(rig, 100n);
    const previous = backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    sale(rig, 200n);
    // What a power cut during the copy leaves: the next backup's temporary name, half written.
    const torn = join(backupDir(rig), 'journal-000000002.db.tmp');
    writeFileSync(torn, readFileSync(previous).subarray(0, 4096 + 100));
    expect(journalBackups(backupDir(rig))).toEqual([previous]);
    rig.close();
    damage(rig.journalPath);
    const run = await runPos(['journal-restore', '--state', rig.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ restored: previous, rows: { transactions: 1 } });
    const journal = rig.reopen();
    expect(journal.get(first).phase.kind).toBe('approved');
    // The next backup clears the leftover and takes the next number.
    const next = backUpJournal(journal, backupDir(rig), keyOf(rig));
    expect(next.endsWith('journal-000000002.db')).toBe(true);
    expect(existsSync(torn)).toBe(false);
    expect(checkJournalBackup(previous, keyOf(rig)).transactions).toBe(1);
  });
});

describe('pos journal-restore', () => {
  it('puts the newest good backup in place of a journal damaged in the middle, its sales back, the damaged file kept aside', async () => {
    const rig = newRig();
    backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    const sales = [sale(rig, 4_900n), sale(rig, 1_200n)];
    // An offline approval still owed to the backend: it must come back owed.
    const { id: offline } = rig.journal.begin({ type: 'sale', amount: 300n, currency: '156', operatorId: 'op-01' });
    rig.journal.step(offline, contactCard);
    rig.journal.step(offline, { to: 'offline-approved', path: 'offline', emv: tcFromCard.emv });
    backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    rig.close();
    const journalBytes = readFileSync(rig.journalPath).length;
    damage(rig.journalPath);
    const damaged = readFileSync(rig.journalPath);
    const opening = openingError(rig);
    expect(opening.code).toBe('E-JOURNAL-0002');
    expect(opening.describe('en').fix).toContain('pos journal-restore');

    const run = await runPos(['journal-restore', '--state', rig.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { restored: string; movedAside: string; stan: { backup: number; next: number; skipped: number } };
    expect(report.restored).toBe(journalBackups(backupDir(rig))[0]);
    // Three sales were numbered 1..3 before the backup; the output says where numbering goes on.
    expect(report.stan.backup).toBe(4);
    expect(report.stan.skipped).toBeGreaterThanOrEqual(1_000);
    expect(report.stan.next).toBe(4 + report.stan.skipped);
    // Moved, not deleted, byte for byte.
    expect(readFileSync(report.movedAside)).toEqual(damaged);
    expect(journalBytes).toBe(damaged.length);

    const journal = rig.reopen();
    for (const id of sales) expect(journal.get(id).phase.kind).toBe('approved');
    expect(journal.get(offline).phase.kind).toBe('offline-approved');
    expect(journal.query({}).map((t) => t.id).sort()).toEqual([...sales, offline].sort());
    expect(journal.get(sale(rig, 100n)).stan).toBe(report.stan.next);
  });

  it('moves the trace number past every number the damaged journal used after the backup: one a second since the backup\'s newest time, at least 1000', () => {
    let clock = Date.UTC(2026, 11, 1, 9, 0, 0);
    const rig = newRig({ now: () => clock });
    sale(rig, 100n);
    sale(rig, 200n);
    backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    // After the backup the terminal went on for three hours: these numbers reached the host.
    const afterBackup: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      clock += 36 * 60_000;
      afterBackup.push(rig.journal.get(sale(rig, 300n)).stan);
    }
    expect(afterBackup).toEqual([3, 4, 5, 6, 7]);
    rig.close();
    damage(rig.journalPath);

    // Restored the next morning: 24 h since the backup's newest time (the second sale).
    const report = restoreJournal(journalPaths(rig.dir), keyOf(rig), { now: () => Date.UTC(2026, 11, 2, 9, 0, 0) });
    expect(report.stan).toEqual({ backup: 3, skipped: 86_400, next: 86_403 });
    const journal = rig.reopen({ now: () => Date.UTC(2026, 11, 2, 9, 0, 0) });
    const next = journal.get(sale(rig, 400n)).stan;
    expect(next).toBe(86_403);
    expect(Math.min(...afterBackup.map((used) => next - used))).toBeGreaterThan(0);
  });

  it('skips at least 1000 numbers when restored right after the backup, or when the clock was set back', () => {
    const at = Date.UTC(2026, 11, 1, 9, 0, 0);
    const rig = newRig({ now: () => at });
    sale(rig, 100n);
    backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    rig.close();
    damage(rig.journalPath);
    expect(restoreJournal(journalPaths(rig.dir), keyOf(rig), { now: () => at - 3_600_000 }).stan).toEqual({ backup: 2, skipped: 1_000, next: 1_002 });
    expect(rig.reopen({ now: () => at }).get(sale(rig, 100n)).stan).toBe(1_002);
  });

  it('finds the backups where the runtime config puts them (journalBackupDir)', async () => {
    const rig = newRig();
    const id = sale(rig, 700n);
    const elsewhere = join(rig.dir, 'other-medium');
    const backup = backUpJournal(rig.journal, elsewhere, keyOf(rig));
    rig.close();
    damage(rig.journalPath);
    const config = join(rig.dir, 'terminal-runtime.json');
    writeFileSync(config, JSON.stringify({ journalBackupDir: elsewhere }));
    const run = await runPos(['journal-restore', '--state', rig.dir], { env: { POSRT_CONFIG: config } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ restored: backup });
    expect(rig.reopen().get(id).phase.kind).toBe('approved');
  });

  it('refuses a backup made under another key (exit 2, E-JOURNAL-0019) and leaves the journal as it was', async () => {
    const rig = newRig();
    sale(rig, 100n);
    const other = newRig();
    sale(other, 100n);
    const foreign = backUpJournal(other.journal, backupDir(other), keyOf(other));
    expect(errorOf(() => checkJournalBackup(foreign, keyOf(rig))).code).toBe('E-JOURNAL-0019');
    rig.close();
    damage(rig.journalPath);
    const damaged = readFileSync(rig.journalPath);

    const named = await runPos(['journal-restore', '--state', rig.dir, '--from', foreign]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('E-JOURNAL-0019');
    // Found in the backup directory (copied there by mistake): none usable.
    mkdirSync(backupDir(rig));
    writeFileSync(join(backupDir(rig), 'journal-000000001.db'), readFileSync(foreign), { flag: 'wx' });
    const found = await runPos(['journal-restore', '--state', rig.dir]);
    expect(found.code).toBe(2);
    expect(found.stderr).toContain('E-JOURNAL-0022');
    expect(readFileSync(rig.journalPath)).toEqual(damaged);
    expect(readdirSync(rig.dir).filter((n) => n.includes('damaged'))).toEqual([]);
  });

  it('refuses to replace a journal that is intact (E-JOURNAL-0023) and bad arguments (E-CORE-0001)', async () => {
    const rig = newRig();
    sale(rig, 100n);
    backUpJournal(rig.journal, backupDir(rig), keyOf(rig));
    rig.close();
    const intact = await runPos(['journal-restore', '--state', rig.dir]);
    expect(intact.code).toBe(2);
    expect(intact.stderr).toContain('E-JOURNAL-0023');
    const bad = await runPos(['journal-restore', '--state', rig.dir, '--newest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('E-CORE-0001');
    rig.reopen();
  });
});

// The error's fix text is what the cashier and support read at boot.
it('the damaged-journal error tells of pos journal-restore in both languages', () => {
  const rig = newRig();
  rig.close();
  damage(rig.journalPath);
  expect(openingError(rig).describe('zh-CN').fix).toContain('pos journal-restore');
});
