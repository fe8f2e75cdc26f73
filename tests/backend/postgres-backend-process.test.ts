// `pos backend --db postgres://…` as a real process on a real PostgreSQL server: a terminal
// enrols, opens a signed session, and its outbox uploads one transaction twice (under two
// outbox ids, as a terminal that lost the acknowledgement and re-journalled would) — the store
// keeps it once, and its heartbeat's status. The URL carries the password, which the backend's
// log (stderr) never shows. `pos backend-command` queues into the same store by its URL. And
// with the server stopped under a running backend, uploads are refused (E-BACKEND-0010) and
// stay in the terminal's outbox until the server is back, then are stored once each.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostgresRepository } from '../../src/backend/postgres-repository.js';
import { enrol, makeTerminal, startBackend, tempDir, until, uploadPayload, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');
let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

const running: BackendProcess[] = [];
const closing: { stop(): void }[] = [];
afterEach(async () => {
  for (const c of closing.splice(0)) c.stop();
  for (const b of running.splice(0)) await b.stop();
});

describe('pos backend on PostgreSQL', () => {
  it('enrols a terminal, opens its session, and stores an upload delivered twice once', async () => {
    const url = await server.createDatabase('backend');
    const dir = tempDir('posrt-backend-pg-');
    const b = await startBackend({ db: url, tokens: ['tok-1'], config: writeBackendConfig(dir) });
    running.push(b);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-PG-1');
    await enrol(t, address, 'tok-1');
    t.outbox.enqueue('transaction-upload', 'upload-1', uploadPayload('txn-1', 9_900));
    t.outbox.enqueue('transaction-upload', 'upload-1-again', uploadPayload('txn-1', 9_900));
    const client = t.client(address);
    closing.push(client);
    client.start();
    await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
    expect(t.events.some((e) => e.kind === 'session-open')).toBe(true);

    const store = await PostgresRepository.open(url);
    try {
      expect((await store.recentTransactions('SN-PG-1', 10)).map((r) => [r.transactionId, r.amountMinor, r.maskedPan])).toEqual([['txn-1', 9_900n, '476173******0119']]);
      expect((await store.terminal('SN-PG-1'))?.publicKey).toEqual(t.identity.publicKey);
      const deadline = Date.now() + 10_000;
      while ((await store.statuses()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect((await store.statuses()).map((s) => [s.serial, s.paper])).toEqual([['SN-PG-1', 'PAPER_STATE_OK']]);
    } finally {
      await store.close();
    }
    client.stop();
    await b.stop();
    running.splice(0);
    expect(b.stderr).toContain(`postgres://posrt@127.0.0.1:${server.port}/backend`);
    expect(b.stderr).not.toContain(server.password);
    expect(b.stderr).not.toContain('tok-1');
  });

  it('queues a remote command into the PostgreSQL store with pos backend-command --db URL, and refuses an unknown serial without the password', async () => {
    const url = await server.createDatabase('commands');
    const store = await PostgresRepository.open(url);
    try {
      await store.addProvisioningToken('tok', 1);
      await store.enrol('tok', { serial: 'SN-PG-2', model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: [], publicKey: new Uint8Array(32), merchantId: '000000000000001' }, 1);
      const queued = JSON.parse(execFileSync(process.execPath, [POS, 'backend-command', '--db', url, '--serial', 'SN-PG-2', '--action', 'reboot'], { encoding: 'utf8' })) as { commandId: string };
      expect((await store.commands.recentCommands('SN-PG-2', 5)).map((c) => [c.commandId, c.action, c.sentAt])).toEqual([[queued.commandId, 'reboot', null]]);
      const unknown = spawnSync(process.execPath, [POS, 'backend-command', '--db', url, '--serial', 'SN-NONE', '--action', 'reboot'], { encoding: 'utf8' });
      expect([unknown.status, unknown.stderr.split(' ')[0]]).toEqual([2, 'E-BACKEND-0101']);
      expect(unknown.stderr + unknown.stdout).not.toContain(server.password);
    } finally {
      await store.close();
    }
  });

  it('refuses uploads with E-BACKEND-0010 while PostgreSQL is down, and stores each once when it is back', async () => {
    // A server of its own to stop, so the file's others are left alone.
    const own = await startPostgres();
    try {
      const url = await own.createDatabase('outage');
      const dir = tempDir('posrt-backend-pg-');
      const b = await startBackend({ db: url, tokens: ['tok'], config: writeBackendConfig(dir) });
      running.push(b);
      const address = `127.0.0.1:${b.port}`;
      const t = makeTerminal(dir, 'SN-PG-3');
      await enrol(t, address, 'tok');
      const client = t.client(address);
      closing.push(client);
      client.start();
      await until('the session is open', () => t.events.some((e) => e.kind === 'session-open'));
      await own.halt();
      for (let i = 0; i < 5; i++) t.outbox.enqueue('transaction-upload', `u-${i}`, uploadPayload(`o-${i}`, 100 + i));
      client.kick();
      await until('the backend refuses for its store', () => t.events.some((e) => e.kind === 'session-ended' && e.detail.includes('E-BACKEND-0010')));
      expect(t.outbox.stats().pending + t.outbox.stats().inFlight).toBeGreaterThan(0);
      await own.resume();
      await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0, 20_000);
      const store = await PostgresRepository.open(url);
      try {
        expect((await store.recentTransactions('SN-PG-3', 10)).map((r) => [r.transactionId, r.amountMinor]).sort()).toEqual([0, 1, 2, 3, 4].map((i) => [`o-${i}`, BigInt(100 + i)]));
      } finally {
        await store.close();
      }
      expect(b.stderr).toContain('E-BACKEND-0010');
      expect(b.stderr).not.toContain(own.password);
    } finally {
      for (const c of closing.splice(0)) c.stop();
      for (const r of running.splice(0)) await r.stop();
      await own.stop();
    }
  });
});
