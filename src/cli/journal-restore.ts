// pos journal-restore [--state DIR] [--from FILE]: puts the newest good local backup of the
// journal (or FILE) in place of a damaged one, which is moved aside, never deleted
// (payment/journal/journal-restore.ts). Run with posrt stopped: a running one holds the journal.
// The backups are where the runtime config's journalBackupDir puts them, as npm start does.
import { resolve } from 'node:path';
import { DEFAULT_STATE_DIR, STATE_DIR_VARIABLE } from '../boot/boot-processes.js';
import { loadRuntimeConfig } from '../boot/runtime-config.js';
import { PosError } from '../errors/index.js';
import { journalPaths, loadJournalKey, restoreJournal } from '../payment/journal/index.js';
import { parseVerbArgs } from './args.js';

export async function journalRestoreVerb(argv: string[]): Promise<void> {
  const { values, positionals } = parseVerbArgs(argv, { state: { type: 'string' }, from: { type: 'string' } }, 'journal-restore');
  if (positionals.length > 0) throw new PosError('E-CORE-0001', { verb: 'journal-restore', reason: 'no positional arguments' });
  const stateDir = resolve(values.state ?? (process.env[STATE_DIR_VARIABLE] || DEFAULT_STATE_DIR));
  const paths = journalPaths(stateDir, loadRuntimeConfig().journalBackupDir ?? undefined);
  // The key is never made here: a new key would open no backup.
  const key = loadJournalKey(paths.key, { provision: false });
  const report = restoreJournal(paths, key, values.from === undefined ? {} : { from: resolve(values.from) });
  // `stan` says which trace numbers the restored journal skipped, so the gap on the slips is not
  // taken for lost transactions.
  process.stdout.write(`${JSON.stringify({ restored: report.restored, movedAside: report.movedAside, rows: report.rows, stan: report.stan })}\n`);
}
