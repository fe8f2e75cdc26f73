// The PostgreSQL store (the fleet store) against the repository contract, on a real server this
// file starts (tests/support/postgres-server.ts), a new database per case; and what is its own:
// a heartbeat's commit without waiting for the WAL flush (its own transaction only, so the
// connection goes back to the pool at synchronous_commit on), and the server gone or refusing the password as
// E-BACKEND-0010 without the password, the store usable again once the server is back.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresAccess } from '../../src/backend/postgres-access.js';
import { PostgresRepository } from '../../src/backend/postgres-repository.js';
import { rejectionOf } from '../support/pos-error.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { defineRepositoryContract, terminalFacts, txn } from './repository-contract.js';

let server: PostgresServer;
let databases = 0;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

const newDatabase = (): Promise<string> => server.createDatabase(`store_${++databases}`);

defineRepositoryContract('PostgresRepository', {
  newStore: newDatabase,
  open: (url) => PostgresRepository.open(url),
});

const opened: PostgresRepository[] = [];
afterEach(async () => {
  for (const r of opened.splice(0)) await r.close();
});

async function open(url: string, poolSize?: number): Promise<PostgresRepository> {
  const repo = await PostgresRepository.open(url, poolSize === undefined ? {} : { poolSize });
  opened.push(repo);
  return repo;
}

const poolOf = (repo: PostgresRepository): PostgresAccess => (repo as unknown as { db: PostgresAccess }).db;
const report = { uptimeS: 7, paper: 'PAPER_STATE_OK', devices: [], approvals: 1, declines: 0, errors: 0, outboxDepth: 0 };

describe('PostgresRepository on a real server', () => {
  it('sets synchronous_commit off for a heartbeat’s own transaction only: its connection is back at on', async () => {
    const repo = await open(await newDatabase(), 1);
    await repo.addProvisioningToken('tok', 1);
    await repo.enrol('tok', terminalFacts('SN-1'), 1);
    await repo.recordHeartbeat('SN-1', report, 1_000);
    await repo.recordHeartbeat('SN-1', { ...report, uptimeS: 8 }, 2_000);
    // One connection in the pool: the heartbeats ran on the one this asks.
    expect((await poolOf(repo).query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows).toEqual([{ synchronous_commit: 'on' }]);
    expect((await repo.statuses()).map((s) => [s.serial, s.lastSeenAt, s.uptimeS, s.heartbeats])).toEqual([['SN-1', 2_000, 8, 2]]);
  });

  it('commits heartbeats without waiting for the WAL flush, and uploads waiting for it (pg_stat_wal.wal_sync)', async () => {
    const repo = await open(await newDatabase(), 1);
    await repo.addProvisioningToken('tok', 1);
    await repo.enrol('tok', terminalFacts('SN-1'), 1);
    const db = poolOf(repo);
    // The one connection's WAL statistics are flushed when it goes idle after this call, so the
    // next statement reads its own syncs (PostgreSQL 15's cumulative statistics).
    const walSyncs = async (): Promise<bigint> => {
      await db.query('SELECT pg_stat_force_next_flush()');
      return (await db.query<{ wal_sync: bigint }>('SELECT wal_sync FROM pg_stat_wal')).rows[0]!.wal_sync;
    };
    const n = 40;
    const before = await walSyncs();
    for (let i = 0; i < n; i++) await repo.recordHeartbeat('SN-1', report, 1_000 + i);
    const afterHeartbeats = await walSyncs();
    for (let i = 0; i < n; i++) await repo.storeTransaction(txn(`t-${i}`, 'SN-1', 1, 1n, i));
    const afterUploads = await walSyncs();
    // Each upload's commit syncs the WAL; the heartbeats' are left to the WAL writer, which
    // syncs every 200 ms whatever the number of commits.
    expect(afterUploads - afterHeartbeats).toBeGreaterThanOrEqual(BigInt(n));
    expect(afterHeartbeats - before).toBeLessThan(BigInt(n / 2));
  });

  it('creates the tables once when several backends open a new database at the same moment', async () => {
    const url = await newDatabase();
    const repos = await Promise.all(Array.from({ length: 6 }, () => open(url)));
    await repos[0]!.addProvisioningToken('tok', 1);
    expect((await repos[5]!.enrol('tok', terminalFacts('SN-1'), 2)).outcome).toBe('enrolled');
  });

  it('keeps amounts in bigint columns and reads counts and sums as exact integers', async () => {
    const repo = await open(await newDatabase());
    const columns = await poolOf(repo).query<{ column_name: string; data_type: string }>("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'transactions' AND column_name IN ('amount_minor', 'received_at') ORDER BY column_name");
    expect(columns.rows).toEqual([
      { column_name: 'amount_minor', data_type: 'bigint' },
      { column_name: 'received_at', data_type: 'bigint' },
    ]);
  });

  it('adds approver_id to a transactions table made before it, NULL in the rows already there', async () => {
    const url = await newDatabase();
    const before = new pg.Client({ connectionString: url });
    await before.connect();
    await before.query(`CREATE TABLE transactions (
      seq bigint GENERATED ALWAYS AS IDENTITY, transaction_id text PRIMARY KEY,
      serial text COLLATE "C" NOT NULL, batch_number bigint NOT NULL, status text COLLATE "C" NOT NULL,
      amount_minor bigint NOT NULL, currency text COLLATE "C" NOT NULL, scheme text NOT NULL,
      masked_pan text NOT NULL, record bytea NOT NULL, received_at bigint NOT NULL)`);
    await before.query(`INSERT INTO transactions (transaction_id, serial, batch_number, status, amount_minor, currency, scheme, masked_pan, record, received_at)
      VALUES ('old', 'SN-1', 1, 'TRANSACTION_STATUS_APPROVED', 100, '156', 'visa', '476173******0119', '\\x00', 1)`);
    await before.end();
    const repo = await open(url);
    await repo.storeTransaction({ ...txn('new', 'SN-1', 1, 100n, 2), approverId: '0002' });
    expect((await repo.recentTransactions('SN-1', 10)).map((t) => [t.transactionId, t.approverId])).toEqual([
      ['new', '0002'],
      ['old', null],
    ]);
  });

  it('refuses a wrong password with E-BACKEND-0010 naming the server, never the password', async () => {
    const url = await newDatabase();
    const wrong = url.replace(server.password, 'not-the-Secret-42');
    const e = await rejectionOf(PostgresRepository.open(wrong));
    expect(e.code).toBe('E-BACKEND-0010');
    expect(e.context).toMatchObject({ store: 'postgresql', server: `postgres://posrt@127.0.0.1:${server.port}/store_${databases}`, code: '28P01' });
    expect(e.message).not.toContain('not-the-Secret-42');
    expect(JSON.stringify(e.context)).not.toContain('not-the-Secret-42');
  });

  it('fails a write with E-BACKEND-0010 while the server is down, and writes again once it is back', async () => {
    // A server of its own to stop: the file's has the other cases' databases to checkpoint.
    const own = await startPostgres();
    try {
      const repo = await open(await own.createDatabase('outage'));
      await repo.addProvisioningToken('tok', 1);
      await repo.enrol('tok', terminalFacts('SN-1'), 1);
      await own.halt();
      try {
        const e = await rejectionOf(repo.storeTransaction(txn('t-1', 'SN-1', 1, 100n, 10)));
        expect(e.code).toBe('E-BACKEND-0010');
        expect(e.context).toMatchObject({ store: 'postgresql', server: `postgres://posrt@127.0.0.1:${own.port}/outage`, code: 'ECONNREFUSED' });
        expect(e.message).not.toContain(own.password);
        expect((await rejectionOf(repo.recordHeartbeat('SN-1', report, 2))).code).toBe('E-BACKEND-0010');
      } finally {
        await own.resume();
      }
      expect(await repo.storeTransaction(txn('t-1', 'SN-1', 1, 100n, 10))).toBe('stored');
      expect(await repo.storeTransaction(txn('t-1', 'SN-1', 1, 100n, 10))).toBe('duplicate');
    } finally {
      for (const r of opened.splice(0)) await r.close();
      await own.stop();
    }
  });
});
