// What every backend store must do, whatever it keeps its rows in: the repository contract,
// defined once and run against SQLite (sqlite-repository.test.ts) and a real PostgreSQL server
// (postgres-repository.test.ts). The cases a fleet store lives by are here — an id delivered
// twice kept once, a token used once by two enrolments racing, terminal ids kept across
// re-provisioning, alerts raised and cleared once, amounts exact beyond 2^53, one signing seed
// for two backends asking at once — beside the operations centre's listing reads.
import { afterEach, describe, expect, it } from 'vitest';
import type { NewCommand } from '../../src/backend/command-store.js';
import type { StoredQrPayment } from '../../src/backend/qr-payment-store.js';
import type { BackendRepository, NewTerminal, StoredTransaction } from '../../src/backend/repository.js';
import { posrt } from '../../src/protos/index.js';
import { defineAuditContract } from './repository-contract-audit.js';
import { defineDistributionContract } from './repository-contract-distribution.js';

/** How a test file gives the contract its store: a new empty store's location each time, and
 *  a repository opened on a location (more than one may be open on the same one). */
export interface StoreUnderTest {
  newStore(): Promise<string>;
  open(location: string): Promise<BackendRepository>;
}

export const terminalFacts = (serial: string, key = 0): NewTerminal => ({ serial, model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: ['printer'], publicKey: new Uint8Array(32).fill(key), merchantId: '000000000000001' });

export const txn = (id: string, serial: string, batchNumber: number, amountMinor: bigint, receivedAt: number, status = 'TRANSACTION_STATUS_APPROVED'): StoredTransaction => ({
  transactionId: id,
  serial,
  batchNumber,
  status,
  amountMinor,
  currency: '156',
  scheme: 'visa',
  maskedPan: '476173******0119',
  approverId: null,
  record: new Uint8Array([1]),
  receivedAt,
});

const report = { uptimeS: 7, paper: 'PAPER_STATE_OK', devices: [], approvals: 1, declines: 0, errors: 0, outboxDepth: 0 };

export function defineRepositoryContract(name: string, store: StoreUnderTest): void {
  const opened: BackendRepository[] = [];
  afterEach(async () => {
    for (const r of opened.splice(0)) await r.close();
  });

  async function open(location: string): Promise<BackendRepository> {
    const repo = await store.open(location);
    opened.push(repo);
    return repo;
  }

  async function repoWith(...serials: string[]): Promise<BackendRepository> {
    const repo = await open(await store.newStore());
    for (const serial of serials) {
      await repo.addProvisioningToken(`tok-${serial}`, 1);
      await repo.enrol(`tok-${serial}`, terminalFacts(serial), 1);
    }
    return repo;
  }

  describe(`${name}: the repository contract`, () => {
    describe('enrolment', () => {
      it('uses a token once: of two enrolments racing with it, exactly one enrols and the other finds it used', async () => {
        const repo = await repoWith();
        await repo.addProvisioningToken('shared', 1);
        const outcomes = await Promise.all([repo.enrol('shared', terminalFacts('SN-A', 1), 2), repo.enrol('shared', terminalFacts('SN-B', 2), 2)]);
        expect(outcomes.map((o) => o.outcome).sort()).toEqual(['enrolled', 'token-used']);
        const enrolled = outcomes.find((o) => o.outcome === 'enrolled')!;
        expect((await repo.fleet()).map((f) => f.terminal.serial)).toEqual([enrolled.outcome === 'enrolled' ? enrolled.terminal.serial : '']);
      });

      it('uses a token once across two repositories on one store racing with it', async () => {
        const location = await store.newStore();
        const [a, b] = [await open(location), await open(location)];
        await a.addProvisioningToken('shared', 1);
        const outcomes = await Promise.all([a.enrol('shared', terminalFacts('SN-A', 1), 2), b.enrol('shared', terminalFacts('SN-B', 2), 2)]);
        expect(outcomes.map((o) => o.outcome).sort()).toEqual(['enrolled', 'token-used']);
      });

      it('refuses a token never registered, and registering a used token again does not make it usable', async () => {
        const repo = await repoWith('SN-A');
        expect(await repo.enrol('never-issued', terminalFacts('SN-B'), 2)).toEqual({ outcome: 'token-unknown' });
        await repo.addProvisioningToken('tok-SN-A', 3);
        expect(await repo.enrol('tok-SN-A', terminalFacts('SN-B'), 4)).toEqual({ outcome: 'token-used' });
        expect(await repo.terminal('SN-B')).toBeUndefined();
      });

      it('counts terminal ids up, distinct for enrolments racing with different tokens', async () => {
        const repo = await repoWith();
        const serials = ['SN-1', 'SN-2', 'SN-3', 'SN-4'];
        for (const s of serials) await repo.addProvisioningToken(`tok-${s}`, 1);
        const outcomes = await Promise.all(serials.map((s) => repo.enrol(`tok-${s}`, terminalFacts(s), 2)));
        const ids = outcomes.map((o) => (o.outcome === 'enrolled' ? o.terminal.terminalId : o.outcome));
        expect([...ids].sort()).toEqual(['T0000001', 'T0000002', 'T0000003', 'T0000004']);
      });

      it('keeps the terminal id when a serial enrols again with a new token, and takes its new key', async () => {
        const repo = await repoWith('SN-A', 'SN-B');
        const before = (await repo.terminal('SN-A'))!;
        await repo.addProvisioningToken('again', 5);
        const again = await repo.enrol('again', { ...terminalFacts('SN-A', 9), firmwareVersion: '0.2.0' }, 6);
        expect(again.outcome).toBe('enrolled');
        const after = (await repo.terminal('SN-A'))!;
        expect(after).toEqual({ ...before, firmwareVersion: '0.2.0', publicKey: new Uint8Array(32).fill(9), enrolledAt: 6 });
        expect(before.terminalId).toBe('T0000001');
        await repo.addProvisioningToken('tok-SN-C', 7);
        const c = await repo.enrol('tok-SN-C', terminalFacts('SN-C'), 8);
        expect(c.outcome === 'enrolled' && c.terminal.terminalId).toBe('T0000003');
      });
    });

    describe('messages kept by id', () => {
      it('stores a transaction once: the same id again is a duplicate and changes nothing', async () => {
        const repo = await repoWith('SN-A');
        expect(await repo.storeTransaction(txn('t-1', 'SN-A', 1, 100n, 10))).toBe('stored');
        expect(await repo.storeTransaction(txn('t-1', 'SN-A', 1, 999n, 20))).toBe('duplicate');
        expect((await repo.recentTransactions('SN-A', 10)).map((t) => [t.transactionId, t.amountMinor, t.receivedAt])).toEqual([['t-1', 100n, 10]]);
      });

      it('keeps the approving supervisor of a transaction, and none for one nobody approved', async () => {
        const repo = await repoWith('SN-A');
        await repo.storeTransaction({ ...txn('t-1', 'SN-A', 1, 100n, 10), approverId: '0002' });
        await repo.storeTransaction(txn('t-2', 'SN-A', 1, 100n, 20));
        expect((await repo.recentTransactions('SN-A', 10)).map((t) => [t.transactionId, t.approverId])).toEqual([
          ['t-2', null],
          ['t-1', '0002'],
        ]);
        expect((await repo.settlements.batchTransactions('SN-A', 1)).map((t) => t.approverId)).toEqual(['0002', null]);
      });

      it('stores a transaction once when the same upload arrives twice at once', async () => {
        const repo = await repoWith('SN-A');
        const results = await Promise.all([repo.storeTransaction(txn('t-1', 'SN-A', 1, 100n, 10)), repo.storeTransaction(txn('t-1', 'SN-A', 1, 100n, 10))]);
        expect(results.sort()).toEqual(['duplicate', 'stored']);
        expect(await repo.recentTransactions('SN-A', 10)).toHaveLength(1);
      });

      it('keeps a received message once per kind and id; the same id of another kind is its own', async () => {
        const repo = await repoWith('SN-A');
        expect(await repo.storeReceived('reversal', 'id-1', 'SN-A', new Uint8Array([1]), 10)).toBe('stored');
        expect(await repo.storeReceived('reversal', 'id-1', 'SN-A', new Uint8Array([2]), 20)).toBe('duplicate');
        expect(await repo.storeReceived('operator-event', 'id-1', 'SN-A', new Uint8Array([3]), 30)).toBe('stored');
        expect(await repo.recentReceived('reversal', 'SN-A', 10)).toEqual([{ id: 'id-1', body: new Uint8Array([1]), receivedAt: 10 }]);
      });
    });

    describe('status and alerts', () => {
      it('keeps the last heartbeat per terminal and counts them', async () => {
        const repo = await repoWith('SN-B', 'SN-A');
        await repo.recordHeartbeat('SN-A', report, 1_000);
        await repo.recordHeartbeat('SN-A', { ...report, uptimeS: 8, outboxDepth: 3 }, 2_000);
        await repo.recordHeartbeat('SN-B', report, 1_500);
        expect((await repo.statuses()).map((s) => [s.serial, s.lastSeenAt, s.uptimeS, s.outboxDepth, s.heartbeats])).toEqual([
          ['SN-A', 2_000, 8, 3, 2],
          ['SN-B', 1_500, 7, 0, 1],
        ]);
      });

      it('raises an alert once while it is open and clears it once; it can be raised again after', async () => {
        const repo = await repoWith('SN-A');
        const raised = await Promise.all([repo.raiseAlert('SN-A', 'terminal-offline', 10), repo.raiseAlert('SN-A', 'terminal-offline', 11)]);
        expect(raised.sort()).toEqual([false, true]);
        expect(await repo.raiseAlert('SN-A', 'printer-paper-out', 12)).toBe(true);
        expect(await repo.clearAlert('SN-A', 'terminal-offline', 20)).toBe(true);
        expect(await repo.clearAlert('SN-A', 'terminal-offline', 21)).toBe(false);
        expect(await repo.clearAlert('SN-A', 'reader-failing', 21)).toBe(false);
        expect(await repo.raiseAlert('SN-A', 'terminal-offline', 30)).toBe(true);
        expect((await repo.alerts(10)).map((a) => [a.kind, a.raisedAt, a.clearedAt])).toEqual([
          ['terminal-offline', 30, null],
          ['printer-paper-out', 12, null],
          ['terminal-offline', 10, 20],
        ]);
      });
    });

    describe('listings', () => {
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
        expect(fleet[0]!.terminal.capabilities).toEqual(['printer']);
      });

      it('sorts serials by their bytes, whatever the locale (upper case before lower, a hyphen before letters)', async () => {
        const repo = await repoWith('sn-b', 'SN-B', 'SNA', 'SN-a');
        expect((await repo.fleet()).map((f) => f.terminal.serial)).toEqual(['SN-B', 'SN-a', 'SNA', 'sn-b']);
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
        expect(recent[0]).toEqual(txn('t-3', 'SN-A', 2, 300n, 30));
      });

      it('breaks ties in arrival time by the order stored', async () => {
        const repo = await repoWith('SN-A');
        for (const id of ['t-b', 't-a', 't-c']) await repo.storeTransaction(txn(id, 'SN-A', 1, 1n, 10));
        expect((await repo.recentTransactions('SN-A', 3)).map((t) => t.transactionId)).toEqual(['t-c', 't-a', 't-b']);
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

      it('keeps amounts at the 64-bit limits (±(2^63 − 1)) exact, stored and summed', async () => {
        const repo = await repoWith('SN-A');
        const max = 9_223_372_036_854_775_807n;
        await repo.storeTransaction(txn('t-max', 'SN-A', 1, max, 10));
        await repo.storeTransaction(txn('t-neg', 'SN-A', 1, -max, 20));
        await repo.storeTransaction(txn('t-one', 'SN-A', 1, 1n, 30));
        expect((await repo.recentTransactions('SN-A', 3)).map((t) => t.amountMinor)).toEqual([1n, -max, max]);
        expect((await repo.batchTotals('SN-A'))[0]!.amountMinor).toBe(1n);
      });
    });

    describe('remote commands and firmware (repo.commands)', () => {
      const command = (commandId: string, serial: string, queuedAt: number, expiresAt = 1_000): NewCommand => ({ commandId, serial, action: 'reboot', command: new Uint8Array([queuedAt & 0xff]), queuedAt, expiresAt });
      const sha = (fill: number): Uint8Array => new Uint8Array(32).fill(fill);

      it('hands out unsent, unexpired commands oldest first; a sent one is listed with its time', async () => {
        const { commands } = await repoWith('SN-A', 'SN-B');
        await commands.queueCommand(command('c-2', 'SN-A', 20));
        await commands.queueCommand(command('c-1', 'SN-A', 10));
        await commands.queueCommand(command('c-old', 'SN-A', 5, 50));
        await commands.queueCommand(command('c-b', 'SN-B', 30));
        expect((await commands.unsentCommands('SN-A', 100)).map((c) => c.commandId)).toEqual(['c-1', 'c-2']);
        expect(await commands.serialsWithWork(100)).toEqual(expect.arrayContaining(['SN-A', 'SN-B']));
        await commands.markCommandSent('c-1', 110);
        await commands.markCommandSent('c-1', 120);
        expect((await commands.unsentCommands('SN-A', 100)).map((c) => c.commandId)).toEqual(['c-2']);
        expect(await commands.recentCommands('SN-A', 2)).toEqual([
          { ...command('c-2', 'SN-A', 20), sentAt: null },
          { ...command('c-1', 'SN-A', 10), sentAt: 110 },
        ]);
        await commands.markCommandSent('c-2', 130);
        await commands.markCommandSent('c-b', 130);
        expect(await commands.serialsWithWork(100)).toEqual([]);
      });

      it('keeps each distinct result of a command once: the same bytes again are a duplicate, a refusal beside it is kept', async () => {
        const { commands } = await repoWith('SN-A');
        const result = { commandId: 'c-1', serial: 'SN-A', status: 'COMMAND_STATUS_SUCCEEDED', errorCode: '', body: new Uint8Array([1, 2]), receivedAt: 10 };
        expect(await commands.storeCommandResult(result)).toBe('stored');
        expect(await commands.storeCommandResult({ ...result, receivedAt: 11 })).toBe('duplicate');
        const refusal = { ...result, status: 'COMMAND_STATUS_REFUSED', errorCode: 'E-CHAN-0014', body: new Uint8Array([3]), receivedAt: 20 };
        expect(await commands.storeCommandResult(refusal)).toBe('stored');
        expect(await commands.recentCommandResults('SN-A', 5)).toEqual([refusal, result]);
      });

      it('keeps results of commands it never queued — an empty id from an unreadable forgery, a firmware refusal — per terminal', async () => {
        const { commands } = await repoWith('SN-A', 'SN-B');
        const forged = { commandId: '', serial: 'SN-A', status: 'COMMAND_STATUS_REFUSED', errorCode: 'E-CHAN-0017', body: new Uint8Array([9]), receivedAt: 10 };
        const firmware = { commandId: 'firmware:fw-1', serial: 'SN-A', status: 'COMMAND_STATUS_REFUSED', errorCode: 'E-CHAN-0007', body: new Uint8Array([8]), receivedAt: 20 };
        expect(await commands.storeCommandResult(forged)).toBe('stored');
        expect(await commands.storeCommandResult({ ...forged, body: new Uint8Array([7]), receivedAt: 15 })).toBe('stored');
        expect(await commands.storeCommandResult(firmware)).toBe('stored');
        expect((await commands.recentCommandResults('SN-A', 2)).map((r) => [r.commandId, r.receivedAt])).toEqual([['firmware:fw-1', 20], ['', 15]]);
        expect(await commands.recentCommandResults('SN-B', 5)).toEqual([]);
      });

      it('keeps a firmware image once, gives back its chunk hashes and any byte range of it', async () => {
        const { commands } = await repoWith('SN-A');
        const bytes = new Uint8Array(300).map((_, i) => i & 0xff);
        const image = { firmwareId: 'fw-1', version: '0.2.0', model: 'posrt-dev', notes: 'n', size: 300, sha256: sha(1), chunkSize: 128, chunkSha256: [sha(2), sha(3), sha(4)], storedAt: 5 };
        expect(await commands.storeFirmware(image, bytes)).toBe('stored');
        expect(await commands.storeFirmware({ ...image, version: '9' }, new Uint8Array(1))).toBe('duplicate');
        expect(await commands.firmware('fw-1')).toEqual(image);
        expect(await commands.firmware('fw-none')).toBeUndefined();
        expect(await commands.firmwareBytes('fw-1', 256, 128)).toEqual(bytes.subarray(256));
        expect(await commands.firmwareBytes('fw-1', 0, 3)).toEqual(new Uint8Array([0, 1, 2]));
        expect(await commands.firmwareBytes('fw-none', 0, 3)).toBeUndefined();
      });

      it('offers firmware until sent; chunks served only rise; offering again renews it and sends it again', async () => {
        const { commands } = await repoWith('SN-A');
        await commands.storeFirmware({ firmwareId: 'fw-1', version: '0.2.0', model: 'posrt-dev', notes: '', size: 1, sha256: sha(1), chunkSize: 1, chunkSha256: [sha(1)], storedAt: 1 }, new Uint8Array([7]));
        await commands.offerFirmware('SN-A', 'fw-1', 10, 100);
        expect(await commands.unsentOffers('SN-A', 50)).toEqual([{ serial: 'SN-A', firmwareId: 'fw-1', offeredAt: 10, expiresAt: 100, sentAt: null, chunksServed: 0 }]);
        expect(await commands.unsentOffers('SN-A', 101)).toEqual([]);
        await commands.markOfferSent('SN-A', 'fw-1', 20);
        await commands.recordChunkServed('SN-A', 'fw-1', 4);
        await commands.recordChunkServed('SN-A', 'fw-1', 2);
        expect(await commands.unsentOffers('SN-A', 50)).toEqual([]);
        expect(await commands.firmwareOffers('SN-A')).toEqual([{ serial: 'SN-A', firmwareId: 'fw-1', offeredAt: 10, expiresAt: 100, sentAt: 20, chunksServed: 5 }]);
        await commands.offerFirmware('SN-A', 'fw-1', 30, 200);
        expect(await commands.unsentOffers('SN-A', 50)).toEqual([{ serial: 'SN-A', firmwareId: 'fw-1', offeredAt: 30, expiresAt: 200, sentAt: null, chunksServed: 5 }]);
        expect(await commands.serialsWithWork(50)).toEqual(['SN-A']);
      });
    });

    describe('updates across the fleet', () => {
      it('keeps the version a terminal last said it runs, and lists every terminal’s offers when asked for no serial', async () => {
        const repo = await repoWith('SN-A', 'SN-B');
        await repo.recordFirmwareVersion('SN-B', '0.2.0');
        await repo.recordFirmwareVersion('SN-none', '9.9.9');
        expect((await repo.fleet()).map((e) => [e.terminal.serial, e.terminal.firmwareVersion])).toEqual([
          ['SN-A', terminalFacts('SN-A').firmwareVersion],
          ['SN-B', '0.2.0'],
        ]);
        const { commands } = repo;
        const hash = new Uint8Array(32).fill(1);
        await commands.storeFirmware({ firmwareId: 'fw-1', version: '0.2.0', model: 'posrt-dev', notes: '', size: 1, sha256: hash, chunkSize: 1, chunkSha256: [hash], storedAt: 1 }, new Uint8Array([7]));
        await commands.offerFirmware('SN-A', 'fw-1', 10, 100);
        await commands.offerFirmware('SN-B', 'fw-1', 20, 100);
        expect((await commands.firmwareOffers()).map((o) => o.serial)).toEqual(['SN-B', 'SN-A']);
        expect((await commands.firmwareOffers('SN-A')).map((o) => o.serial)).toEqual(['SN-A']);
      });
    });

    defineDistributionContract(repoWith);
    defineAuditContract(repoWith);

    describe('distribution and settlement under concurrency', () => {
      it('raises a kind’s version once when two repositories on one store import the same new content at once', async () => {
        const location = await store.newStore();
        const [a, b] = [await open(location), await open(location)];
        const content = [{ scope: '', body: new Uint8Array([1, 2, 3]) }];
        const kind = posrt.channel.v1.ParameterKind.PARAMETER_KIND_AID_TABLE;
        const results = await Promise.all([a.parameters.replaceParameterContent(kind, content, 1), b.parameters.replaceParameterContent(kind, content, 1)]);
        expect(results.map((r) => [r.changed, r.version]).sort()).toEqual([
          [false, 1n],
          [true, 1n],
        ]);
        expect((await a.parameters.parameterVersions()).get(kind)).toBe(1n);
      });

      it('moves a terminal once when two moves to the same merchant race, raising the versions once', async () => {
        const repo = await repoWith('SN-A');
        const K = posrt.channel.v1.ParameterKind;
        const outcomes = await Promise.all([repo.parameters.assignMerchant('SN-A', '000000000000002', 5), repo.parameters.assignMerchant('SN-A', '000000000000002', 5)]);
        expect(outcomes.sort()).toEqual(['moved', 'unchanged']);
        const versions = await repo.parameters.parameterVersions();
        expect([versions.get(K.PARAMETER_KIND_TERMINAL), versions.get(K.PARAMETER_KIND_MERCHANT)]).toEqual([1n, 1n]);
        expect((await repo.terminal('SN-A'))?.merchantId).toBe('000000000000002');
      });

      it('completes a merchant move and a re-enrolment of the same terminal racing each other', async () => {
        const repo = await repoWith('SN-A');
        for (let i = 0; i < 5; i++) {
          await repo.addProvisioningToken(`again-${i}`, 1);
          const merchant = `00000000000001${i}`;
          const [moved, enrolled] = await Promise.all([repo.parameters.assignMerchant('SN-A', merchant, 2), repo.enrol(`again-${i}`, terminalFacts('SN-A', i), 2)]);
          expect([moved, enrolled.outcome]).toEqual(['moved', 'enrolled']);
        }
        expect((await repo.terminal('SN-A'))?.terminalId).toBe('T0000001');
      });

      it('keeps a reversal delivered twice at once once, and marks its original by it', async () => {
        const repo = await repoWith('SN-A');
        await repo.authorisations.storeAuthorisation({ transactionId: 't-1', serial: 'SN-A', stan: 1, amountMinor: 9_007_199_254_740_993n, currency: '156', maskedPan: '476173******0119', outcome: 'approved', arc: '00', answeredAt: 1 });
        const reversal = { reversalId: 'r-1', serial: 'SN-A', originalTransactionId: 't-1', reason: 'REVERSAL_REASON_TIMEOUT', amountMinor: 9_007_199_254_740_993n, currency: '156', match: 'reversed' as const, code: '', receivedAt: 2 };
        expect((await Promise.all([repo.authorisations.storeReversal(reversal), repo.authorisations.storeReversal(reversal)])).sort()).toEqual(['duplicate', 'stored']);
        expect(await repo.authorisations.authorisation('SN-A', 't-1')).toMatchObject({ amountMinor: 9_007_199_254_740_993n, reversedBy: 'r-1' });
        expect(await repo.authorisations.recentReversals('SN-A', 5)).toEqual([reversal]);
      });

      it('finds a reversal that came before its original was decided, by the original’s id and terminal, and no other', async () => {
        const repo = await repoWith('SN-A');
        const early = { reversalId: 'r-1', serial: 'SN-A', originalTransactionId: 't-late', reason: 'REVERSAL_REASON_TIMEOUT', amountMinor: 500n, currency: '156', match: 'original-not-found' as const, code: 'E-BACKEND-0201', receivedAt: 1 };
        await repo.authorisations.storeReversal(early);
        await repo.authorisations.storeReversal({ ...early, reversalId: 'r-2', receivedAt: 2 });
        await repo.authorisations.storeAuthorisation({ transactionId: 't-1', serial: 'SN-A', stan: 1, amountMinor: 500n, currency: '156', maskedPan: '', outcome: 'approved', arc: '00', answeredAt: 1 });
        await repo.authorisations.storeReversal({ ...early, reversalId: 'r-3', originalTransactionId: 't-1', match: 'reversed', code: '', receivedAt: 3 });
        expect(await repo.authorisations.reversedBeforeDecision('SN-A', 't-late')).toEqual(early);
        expect(await repo.authorisations.reversedBeforeDecision('SN-B', 't-late')).toBeUndefined();
        expect(await repo.authorisations.reversedBeforeDecision('SN-A', 't-1')).toBeUndefined();
      });
    });

    describe('scan-to-pay (repo.qrPayments)', () => {
      const code = (transactionId: string, serial: string): StoredQrPayment => ({
        serial,
        transactionId,
        kind: 'consumer-presented',
        orderReference: '',
        originalTransactionId: '',
        amountMinor: 9_007_199_254_740_993n,
        currency: '156',
        registeredAt: 5,
        outcome: { status: 'approved', provider: 'wechat', authorisationCode: '123456', hostReference: '20261201000000000042', decidedAt: 5 },
      });

      it('keeps a decided code once per terminal and transaction id, of two deliveries at once, with its amount exact beyond 2^53', async () => {
        const location = await store.newStore();
        const [a, b] = [await open(location), await open(location)];
        expect((await Promise.all([a.qrPayments.storeQrPayment(code('q-1', 'SN-A')), b.qrPayments.storeQrPayment({ ...code('q-1', 'SN-A'), outcome: { status: 'declined', provider: 'wechat', declineCode: '51', errorCode: 'E-BACKEND-0302', decidedAt: 6 } })])).sort()).toEqual(['duplicate', 'stored']);
        const kept = await a.qrPayments.qrPayment('SN-A', 'q-1');
        expect(kept?.amountMinor).toBe(9_007_199_254_740_993n);
        expect(await b.qrPayments.qrPayment('SN-A', 'q-1')).toEqual(kept);
        // Another terminal's payment of the same id is its own; a terminal never sees another's.
        expect(await a.qrPayments.storeQrPayment(code('q-1', 'SN-B'))).toBe('stored');
        expect(await a.qrPayments.qrPayment('SN-C', 'q-1')).toBeUndefined();
      });

      it('decides a pending order once: of two decisions at once both read the first stored, and a later one changes nothing', async () => {
        const location = await store.newStore();
        const [a, b] = [await open(location), await open(location)];
        const order: StoredQrPayment = { ...code('q-2', 'SN-A'), kind: 'merchant-presented', orderReference: '000001000042', amountMinor: 2_372n, outcome: { status: 'pending' } };
        await a.qrPayments.storeQrPayment(order);
        expect(await b.qrPayments.qrPayment('SN-A', 'q-2')).toEqual(order);
        const paid = { status: 'approved', provider: 'unionpay', authorisationCode: '000001', hostReference: 'H-1', decidedAt: 9 } as const;
        const refused = { status: 'declined', provider: 'unionpay', declineCode: '51', errorCode: 'E-BACKEND-0302', decidedAt: 9 } as const;
        const [x, y] = await Promise.all([a.qrPayments.decideQrPayment('SN-A', 'q-2', paid), b.qrPayments.decideQrPayment('SN-A', 'q-2', refused)]);
        expect(x).toEqual(y);
        expect([paid, refused]).toContainEqual(x?.outcome);
        expect((await a.qrPayments.decideQrPayment('SN-A', 'q-2', { ...refused, decidedAt: 20 }))?.outcome).toEqual(x?.outcome);
        expect(await a.qrPayments.decideQrPayment('SN-A', 'never', paid)).toBeUndefined();
      });

      it('lists a terminal’s payments newest first, two registered at the same time by arrival, and no other terminal’s', async () => {
        const repo = await repoWith();
        for (const [id, serial, at] of [['q-1', 'SN-A', 1], ['q-2', 'SN-A', 3], ['q-3', 'SN-A', 3], ['q-4', 'SN-B', 9], ['q-5', 'SN-A', 2]] as const) await repo.qrPayments.storeQrPayment({ ...code(id, serial), registeredAt: at });
        expect((await repo.qrPayments.recentQrPayments('SN-A', 3)).map((p) => p.transactionId)).toEqual(['q-3', 'q-2', 'q-5']);
      });

      it('finds the refunds of a payment, oldest first, with their original kept, and none of another terminal or payment', async () => {
        const repo = await repoWith();
        await repo.qrPayments.storeQrPayment(code('q-1', 'SN-A'));
        const refund = (id: string, serial: string, original: string, at: number): StoredQrPayment => ({ ...code(id, serial), kind: 'refund', originalTransactionId: original, amountMinor: 100n, registeredAt: at });
        for (const r of [refund('r-2', 'SN-A', 'q-1', 5), refund('r-1', 'SN-A', 'q-1', 4), refund('r-3', 'SN-B', 'q-1', 4), refund('r-4', 'SN-A', 'q-9', 4)]) await repo.qrPayments.storeQrPayment(r);
        const found = await repo.qrPayments.qrRefunds('SN-A', 'q-1');
        expect(found.map((p) => p.transactionId)).toEqual(['r-1', 'r-2']);
        expect(found[0]).toEqual(refund('r-1', 'SN-A', 'q-1', 4));
        expect(await repo.qrPayments.qrRefunds('SN-A', 'r-1')).toEqual([]);
      });
    });

    describe('the signing seed and the store itself', () => {
      it('makes the signing seed once, even for two repositories on one store asking at once, and keeps it', async () => {
        const location = await store.newStore();
        const [a, b] = await Promise.all([open(location), open(location)]);
        let made = 0;
        const make = (): Uint8Array => new Uint8Array(32).fill(++made);
        const [seedA, seedB, seedA2] = await Promise.all([a.signingSeed(make), b.signingSeed(make), a.signingSeed(make)]);
        expect(made).toBe(1);
        expect(seedB).toEqual(seedA);
        expect(seedA2).toEqual(seedA);
        await a.close();
        opened.splice(opened.indexOf(a), 1);
        const reopened = await open(location);
        expect(await reopened.signingSeed(make)).toEqual(new Uint8Array(32).fill(1));
        expect(made).toBe(1);
      });

      it('keeps what was written across a close and a new open of the store', async () => {
        const location = await store.newStore();
        const first = await open(location);
        await first.addProvisioningToken('tok', 1);
        await first.enrol('tok', terminalFacts('SN-A', 3), 2);
        await first.storeTransaction(txn('t-1', 'SN-A', 1, 9_007_199_254_740_993n, 10));
        await first.close();
        opened.splice(opened.indexOf(first), 1);
        const again = await open(location);
        expect((await again.terminal('SN-A'))?.publicKey).toEqual(new Uint8Array(32).fill(3));
        expect((await again.recentTransactions('SN-A', 1))[0]?.amountMinor).toBe(9_007_199_254_740_993n);
        expect(await again.enrol('tok', terminalFacts('SN-B'), 3)).toEqual({ outcome: 'token-used' });
      });
    });
  });
}
