// The SQLite repository's listing reads the operations-centre page makes: the fleet with each
// terminal's last status and open alerts, alerts open-first, a terminal's newest transactions,
// and its uploads summed per batch, currency and status (bigint amounts kept exact).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteRepository } from '../../src/backend/sqlite-repository.js';
import type { StoredTransaction } from '../../src/backend/repository.js';

const opened: SqliteRepository[] = [];
afterEach(async () => {
  for (const r of opened.splice(0)) await r.close();
});

async function repoWith(...serials: string[]): Promise<SqliteRepository> {
  const repo = SqliteRepository.open(join(mkdtempSync(join(tmpdir(), 'posrt-repo-')), 'backend.db'));
  opened.push(repo);
  for (const serial of serials) {
    await repo.addProvisioningToken(`tok-${serial}`, 1);
    await repo.enrol(`tok-${serial}`, { serial, model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: [], publicKey: new Uint8Array(32), merchantId: '000000000000001' }, 1);
  }
  return repo;
}

const txn = (id: string, serial: string, batchNumber: number, amountMinor: bigint, receivedAt: number, status = 'TRANSACTION_STATUS_APPROVED'): StoredTransaction => ({
  transactionId: id,
  serial,
  batchNumber,
  status,
  amountMinor,
  currency: '156',
  scheme: 'visa',
  maskedPan: '476173******0119',
  record: new Uint8Array([1]),
  receivedAt,
});

describe('SqliteRepository listings', () => {
  it('lists the fleet by serial with the last heartbeat (none before the first) and the open alerts only', async () => {
    const repo = await repoWith('SN-B', 'SN-A');
    await repo.recordHeartbeat('SN-A', { uptimeS: 7, paper: 'PAPER_STATE_OUT', devices: [{ deviceId: 'pcsc:0', kind: 'DEVICE_KIND_CARD_READER', state: 'DEVICE_STATE_FAILED', errorCode: 'E-PCSC-0005' }], approvals: 1, declines: 0, errors: 2, outboxDepth: 0 }, 50);
    await repo.raiseAlert('SN-A', 'reader-failing', 50);
    await repo.raiseAlert('SN-A', 'printer-paper-out', 50);
    await repo.raiseAlert('SN-B', 'terminal-offline', 40);
    await repo.clearAlert('SN-B', 'terminal-offline', 60);
    const fleet = await repo.fleet();
    expect(fleet.map((f) => [f.terminal.serial, f.terminal.terminalId, f.status?.lastSeenAt, f.openAlerts])).toEqual([
      ['SN-A', 'T0000002', 50, ['printer-paper-out', 'reader-failing']],
      ['SN-B', 'T0000001', undefined, []],
    ]);
    expect(fleet[0]!.status?.devices).toEqual([{ deviceId: 'pcsc:0', kind: 'DEVICE_KIND_CARD_READER', state: 'DEVICE_STATE_FAILED', errorCode: 'E-PCSC-0005' }]);
  });

  it('lists alerts open first, then newest first, for the fleet or one terminal, up to the limit', async () => {
    const repo = await repoWith('SN-A', 'SN-B');
    await repo.raiseAlert('SN-A', 'terminal-offline', 10);
    await repo.clearAlert('SN-A', 'terminal-offline', 20);
    await repo.raiseAlert('SN-A', 'terminal-offline', 30);
    await repo.raiseAlert('SN-B', 'printer-paper-out', 25);
    await repo.clearAlert('SN-B', 'printer-paper-out', 26);
    expect(await repo.alerts(10)).toEqual([
      { serial: 'SN-A', kind: 'terminal-offline', raisedAt: 30, clearedAt: null },
      { serial: 'SN-B', kind: 'printer-paper-out', raisedAt: 25, clearedAt: 26 },
      { serial: 'SN-A', kind: 'terminal-offline', raisedAt: 10, clearedAt: 20 },
    ]);
    expect(await repo.alerts(1, 'SN-B')).toEqual([{ serial: 'SN-B', kind: 'printer-paper-out', raisedAt: 25, clearedAt: 26 }]);
  });

  it("lists one terminal's newest transactions first, up to the limit, with the amount as a bigint", async () => {
    const repo = await repoWith('SN-A', 'SN-B');
    await repo.storeTransaction(txn('t-1', 'SN-A', 1, 100n, 10));
    await repo.storeTransaction(txn('t-2', 'SN-A', 1, 9_007_199_254_740_993n, 20));
    await repo.storeTransaction(txn('t-3', 'SN-A', 2, 300n, 30));
    await repo.storeTransaction(txn('t-x', 'SN-B', 1, 1n, 40));
    const recent = await repo.recentTransactions('SN-A', 2);
    expect(recent.map((t) => [t.transactionId, t.amountMinor, t.maskedPan])).toEqual([
      ['t-3', 300n, '476173******0119'],
      ['t-2', 9_007_199_254_740_993n, '476173******0119'],
    ]);
  });

  it("lists one terminal's newest messages of one kind as received, up to the limit", async () => {
    const repo = await repoWith('SN-A', 'SN-B');
    await repo.storeReceived('operator-event', 'ev-1', 'SN-A', new Uint8Array([1]), 10);
    await repo.storeReceived('operator-event', 'ev-2', 'SN-A', new Uint8Array([2]), 20);
    await repo.storeReceived('operator-event', 'ev-3', 'SN-A', new Uint8Array([3]), 30);
    await repo.storeReceived('reversal', 'rev-1', 'SN-A', new Uint8Array([4]), 40);
    await repo.storeReceived('operator-event', 'ev-x', 'SN-B', new Uint8Array([5]), 50);
    expect(await repo.recentReceived('operator-event', 'SN-A', 2)).toEqual([
      { id: 'ev-3', body: new Uint8Array([3]), receivedAt: 30 },
      { id: 'ev-2', body: new Uint8Array([2]), receivedAt: 20 },
    ]);
  });

  it('sums a terminal’s uploads per batch (newest first), currency and status, exactly beyond 2^53', async () => {
    const repo = await repoWith('SN-A', 'SN-B');
    await repo.storeTransaction(txn('t-1', 'SN-A', 1, 100n, 10));
    await repo.storeTransaction(txn('t-2', 'SN-A', 1, 9_007_199_254_740_993n, 20));
    await repo.storeTransaction(txn('t-3', 'SN-A', 1, 50n, 25, 'TRANSACTION_STATUS_DECLINED'));
    await repo.storeTransaction(txn('t-4', 'SN-A', 2, 300n, 30));
    await repo.storeTransaction(txn('t-x', 'SN-B', 1, 1n, 40));
    expect(await repo.batchTotals('SN-A')).toEqual([
      { batchNumber: 2, currency: '156', status: 'TRANSACTION_STATUS_APPROVED', count: 1, amountMinor: 300n },
      { batchNumber: 1, currency: '156', status: 'TRANSACTION_STATUS_APPROVED', count: 2, amountMinor: 9_007_199_254_741_093n },
      { batchNumber: 1, currency: '156', status: 'TRANSACTION_STATUS_DECLINED', count: 1, amountMinor: 50n },
    ]);
    expect(await repo.batchTotals('SN-none')).toEqual([]);
  });
});
