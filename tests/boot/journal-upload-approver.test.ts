// The approving supervisor reaches the operations centre (issue 7): a cashier's refund approved
// on the spot by a supervisor goes from the terminal's Journal through the composition root's
// port, the real durable outbox and the session client to `pos backend` as a process over real
// gRPC; the backend keeps the approver in its own column and the centre's page shows it beside
// the record. A sale nobody had to approve stays without one on every hop, and a store made
// before the column existed is migrated when the backend opens it.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxJournalMessages } from '../../src/boot/journal-channel.js';
import { Journal, loadJournalKey } from '../../src/payment/journal/index.js';
import { posrt } from '../../src/protos/index.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig } from '../support/backend-process.js';
import { arqcSent, contactCard, hostApproval, tcFromCard } from '../payment/journal/rig.js';

const v1 = posrt.channel.v1;

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The transactions table as a store made before approver_id (the columns of that release). */
function oldStore(db: string): void {
  const handle = new Database(db);
  handle.exec(`CREATE TABLE transactions (
    transaction_id TEXT PRIMARY KEY, serial TEXT NOT NULL, batch_number INTEGER NOT NULL,
    status TEXT NOT NULL, amount_minor TEXT NOT NULL, currency TEXT NOT NULL, scheme TEXT NOT NULL,
    masked_pan TEXT NOT NULL, record BLOB NOT NULL, received_at INTEGER NOT NULL)`);
  handle.prepare(`INSERT INTO transactions VALUES ('before', 'SN-OLD', 1, 'TRANSACTION_STATUS_APPROVED', '100', '156', 'visa', '476173******0119', x'00', 1)`).run();
  handle.close();
}

describe('the approver of a refund uploaded', () => {
  it('is stored and shown for the approved refund, and absent for the sale no one approved', async () => {
    const dir = tempDir('posrt-approver-');
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const db = join(dir, 'backend.db');
    oldStore(db);
    const b = await startBackend({ db, tokens: ['tok'], config: writeBackendConfig(dir), extra: ['--http-port', '0'] });
    cleanup.push(() => b.kill());
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-APPROVER');
    cleanup.push(() => t.outbox.close());
    await enrol(t, address, 'tok');

    const journal = Journal.open(join(dir, 'journal.db'), loadJournalKey(join(dir, 'keys', 'journal.key'), { provision: true }), outboxJournalMessages(t.outbox), { now: () => 1_764_000_000_000 });
    cleanup.push(() => journal.close());
    const run = (input: Parameters<Journal['begin']>[0]): string => {
      const { id } = journal.begin(input);
      for (const step of [contactCard, arqcSent, hostApproval, tcFromCard]) journal.step(id, step);
      return id;
    };
    const sale = run({ type: 'sale', amount: 4_900n, currency: '156', operatorId: '0003' });
    const refund = run({ type: 'refund', amount: 900n, currency: '156', operatorId: '0003', approverId: '0002', originalId: sale });

    const client = t.client(address);
    client.start();
    try {
      await until('the outbox is delivered', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
    } finally {
      client.stop();
    }

    const rows = readStore<{ transaction_id: string; approver_id: string | null; record: Buffer }>(db, `SELECT transaction_id, approver_id, record FROM transactions ORDER BY received_at`);
    expect(rows.map((r) => [r.transaction_id, r.approver_id])).toEqual([
      ['before', null],
      [sale, null],
      [refund, '0002'],
    ]);
    // The record as received carries it too, for whatever reads the record later.
    const records = new Map(rows.slice(1).map((r) => [r.transaction_id, v1.JournalRecord.decode(r.record)]));
    expect(records.get(refund)).toMatchObject({ operatorId: '0003', approverId: '0002', originalTransactionId: sale, type: v1.TransactionType.TRANSACTION_TYPE_REFUND });
    expect(records.get(sale)!.approverId).toBe('');

    const page = await (await fetch(`http://127.0.0.1:${b.httpPort}/terminals/SN-APPROVER?lang=en`)).text();
    expect(page).toContain('<th>Approved by</th>');
    expect(page).toMatch(new RegExp(`<tr data-transaction="${refund}">.*?<td class="approver">0002</td></tr>`));
    expect(page).toMatch(new RegExp(`<tr data-transaction="${sale}">.*?<td class="approver"></td></tr>`));
    const zh = await (await fetch(`http://127.0.0.1:${b.httpPort}/terminals/SN-APPROVER?lang=zh-CN`)).text();
    expect(zh).toContain('<th>审批人</th>');
  });
});
