// The SQLite store (the embedded default) against the repository contract, on real files; and
// its own durability rule: a heartbeat's status is committed at synchronous NORMAL (replaced a
// second later, not worth an fsync each) and everything else at FULL — the connection is back
// at FULL after every heartbeat, so an upload that follows is on the disk before it is acked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteRepository } from '../../src/backend/sqlite-repository.js';
import { defineRepositoryContract, terminalFacts } from './repository-contract.js';

defineRepositoryContract('SqliteRepository', {
  newStore: async () => join(mkdtempSync(join(tmpdir(), 'posrt-repo-')), 'backend.db'),
  open: async (path) => SqliteRepository.open(path),
});

const opened: SqliteRepository[] = [];
afterEach(async () => {
  for (const r of opened.splice(0)) await r.close();
});

/** The connection's synchronous level: 1 NORMAL, 2 FULL (sqlite.org/pragma.html#pragma_synchronous). */
const synchronousOf = (repo: SqliteRepository): number => (repo as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true }) as number;

describe('SqliteRepository durability per write', () => {
  it('stores a heartbeat and is back at synchronous FULL for the next write', async () => {
    const repo = SqliteRepository.open(join(mkdtempSync(join(tmpdir(), 'posrt-repo-')), 'backend.db'));
    opened.push(repo);
    await repo.addProvisioningToken('tok', 1);
    await repo.enrol('tok', terminalFacts('SN-1'), 1);
    expect(synchronousOf(repo)).toBe(2);
    const report = { uptimeS: 7, paper: 'PAPER_STATE_OK', devices: [], approvals: 1, declines: 0, errors: 0, outboxDepth: 0 };
    await repo.recordHeartbeat('SN-1', report, 1_000);
    await repo.recordHeartbeat('SN-1', { ...report, uptimeS: 8 }, 2_000);
    expect(synchronousOf(repo)).toBe(2);
    expect((await repo.statuses()).map((s) => [s.serial, s.lastSeenAt, s.uptimeS, s.heartbeats])).toEqual([['SN-1', 2_000, 8, 2]]);
  });
});

describe('SqliteRepository on a store from before QR refunds', () => {
  it('adds the refunds’ original_transaction_id to an existing qr_payments table, its rows kept as payments of no original', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'posrt-repo-')), 'backend.db');
    const { default: Sqlite } = await import('better-sqlite3');
    const old = new Sqlite(path);
    old.exec(`CREATE TABLE qr_payments (
      serial TEXT NOT NULL, transaction_id TEXT NOT NULL, kind TEXT NOT NULL, order_reference TEXT NOT NULL,
      amount_minor TEXT NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL, provider TEXT NOT NULL,
      authorisation_code TEXT NOT NULL, host_reference TEXT NOT NULL, decline_code TEXT NOT NULL,
      error_code TEXT NOT NULL, registered_at INTEGER NOT NULL, decided_at INTEGER,
      PRIMARY KEY (serial, transaction_id));
      INSERT INTO qr_payments VALUES ('SN-1', 'q-1', 'consumer-presented', '', '3000', '156', 'approved', 'wechat', '123456', 'H-1', '', '', 1, 1);`);
    old.close();
    const repo = SqliteRepository.open(path);
    opened.push(repo);
    expect(await repo.qrPayments.qrPayment('SN-1', 'q-1')).toMatchObject({ kind: 'consumer-presented', originalTransactionId: '', amountMinor: 3_000n });
    const refund = { serial: 'SN-1', transactionId: 'r-1', kind: 'refund', orderReference: '', originalTransactionId: 'q-1', amountMinor: 1_000n, currency: '156', registeredAt: 2, outcome: { status: 'approved', provider: 'wechat', authorisationCode: '654321', hostReference: 'H-2', decidedAt: 2 } } as const;
    expect(await repo.qrPayments.storeQrPayment(refund)).toBe('stored');
    expect(await repo.qrPayments.qrRefunds('SN-1', 'q-1')).toEqual([refund]);
  });
});
