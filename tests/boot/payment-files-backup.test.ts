// npm start's payment files take the journal's local backups (issue 7): a batch closed through the
// journal openPaymentFiles returns leaves a verified backup in the runtime config's
// journalBackupDir, without the key beside it.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openPaymentFiles, type PaymentFiles } from '../../src/boot/payment-files.js';
import { provisionDeviceKey } from '../../src/channel/identity-store.js';
import { Outbox } from '../../src/channel/outbox.js';
import { createLogger } from '../../src/kernel/index.js';
import { checkJournalBackup, journalBackups, journalPaths, loadJournalKey } from '../../src/payment/journal/index.js';

const dir = mkdtempSync(join(tmpdir(), 'posrt-payment-files-backup-'));
let outbox: Outbox | undefined;
let payment: PaymentFiles | undefined;
afterEach(() => {
  payment?.close();
  outbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('backs the journal up into journalBackupDir when a batch closes', async () => {
  provisionDeviceKey(dir);
  outbox = Outbox.open(join(dir, 'outbox.db'));
  const medium = join(dir, 'backup-medium');
  payment = await openPaymentFiles(dir, 'T1', outbox, () => undefined, createLogger({ name: 'test', level: 'silent' }), medium);
  expect(journalBackups(medium)).toEqual([]);
  payment.journal.closeBatch('0001');
  const backups = journalBackups(medium);
  expect(backups).toHaveLength(1);
  const key = loadJournalKey(journalPaths(dir).key, { provision: false });
  expect(checkJournalBackup(backups[0]!, key)).toMatchObject({ batches: 2, transactions: 0 });
  expect(readdirSync(medium)).toEqual(['journal-000000001.db']);
  expect(existsSync(journalPaths(dir).backups)).toBe(false);
});
