// The reference backend as its own process (`pos backend --port 0`) and terminals talking to it
// over real gRPC on loopback: enrolment with one-time tokens, the signed session handshake,
// heartbeats into status and alerts, and the outbox drained into the transaction store exactly
// once — also across a kill -9 of the backend.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSignedVerifier, loadDeviceIdentity, loadStoredIdentity, provisionDeviceKey, type ParameterSet } from '../../src/channel/identity.js';
import { ed25519KeyPairFromSeed } from '../../src/security/index.js';
import { enrolTerminal } from '../../src/channel/enrolment-client.js';
import { posrt, toLong } from '../../src/protos/index.js';
import { rejectionOf } from '../support/pos-error.js';
import { cardRequest } from '../support/issuer-cards.js';
import { verifyArpc } from '../../src/security/index.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, uploadPayload, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';

const v1 = posrt.channel.v1;
const running: BackendProcess[] = [];
const clients: { stop(): void }[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  for (const b of running.splice(0)) await b.kill();
});

async function backend(dir: string, tokens: string[], port = 0): Promise<BackendProcess> {
  const b = await startBackend({ db: join(dir, 'backend.db'), tokens, port, config: writeBackendConfig(dir) });
  running.push(b);
  return b;
}

describe('pos backend as a process', () => {
  it('enrols a terminal, opens a signed session, stores its heartbeat and its uploads once each', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['tok-1']);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-0001');
    await enrol(t, address, 'tok-1');
    for (let i = 0; i < 5; i++) t.outbox.enqueue('transaction-upload', `upload-${i}`, uploadPayload(`txn-${i}`, 100 + i));
    // The same transaction again under another outbox id: what a terminal that lost the
    // acknowledgement and re-journalled would send. The backend keeps one.
    t.outbox.enqueue('transaction-upload', 'upload-again-0', uploadPayload('txn-0', 100));
    const client = t.client(address);
    clients.push(client);
    client.start();
    await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
    expect(t.events.find((e) => e.kind === 'session-open')).toBeDefined();
    const rows = readStore<{ transaction_id: string; amount_minor: string; serial: string }>(join(dir, 'backend.db'), 'SELECT transaction_id, amount_minor, serial FROM transactions ORDER BY transaction_id');
    expect(rows).toEqual([0, 1, 2, 3, 4].map((i) => ({ transaction_id: `txn-${i}`, amount_minor: String(100 + i), serial: 'SN-0001' })));
    await until('a heartbeat is recorded', () => readStore(join(dir, 'backend.db'), 'SELECT serial FROM terminal_status').length === 1);
    const [status] = readStore<{ paper: string; uptime_s: number }>(join(dir, 'backend.db'), 'SELECT paper, uptime_s FROM terminal_status');
    expect(status).toEqual({ paper: 'PAPER_STATE_OK', uptime_s: 5 });
    expect(b.stderr).not.toContain('tok-1');
  });

  it('refuses a provisioning token the second time with E-BACKEND-0003, and an unknown one with E-BACKEND-0002', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['once']);
    const address = `127.0.0.1:${b.port}`;
    await enrol(makeTerminal(dir, 'SN-A'), address, 'once');
    const again = makeTerminal(dir, 'SN-B');
    const facts = { deviceSerial: 'SN-B', model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: [], provisioningToken: 'once' };
    const used = await rejectionOf(enrolTerminal({ address }, again.identity, facts));
    expect(used.code).toBe('E-CHAN-0106');
    expect(used.context).toMatchObject({ status: 'ENROLMENT_STATUS_TOKEN_USED', backendCode: 'E-BACKEND-0003' });
    const unknown = await rejectionOf(enrolTerminal({ address }, again.identity, { ...facts, provisioningToken: 'never-issued' }));
    expect(unknown.context).toMatchObject({ status: 'ENROLMENT_STATUS_TOKEN_INVALID', backendCode: 'E-BACKEND-0002' });
    expect(readStore(join(dir, 'backend.db'), 'SELECT serial FROM terminals')).toEqual([{ serial: 'SN-A' }]);
  });

  it('refuses a session proof signed by another key than the enrolled one (E-BACKEND-0006) and opens none', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['tok']);
    const address = `127.0.0.1:${b.port}`;
    const genuine = makeTerminal(dir, 'SN-REAL');
    await enrol(genuine, address, 'tok');
    // An impostor: the genuine serial, its own freshly made key.
    const impostorDir = join(dir, 'impostor');
    provisionDeviceKey(impostorDir);
    const impostor = makeTerminal(dir, 'SN-IMPOSTOR');
    const client = impostor.client(address, { serial: 'SN-REAL', identity: loadDeviceIdentity(impostorDir) });
    clients.push(client);
    client.start();
    await until('the session is refused', () => impostor.events.some((e) => e.kind === 'session-ended'));
    client.stop();
    const ended = impostor.events.find((e) => e.kind === 'session-ended');
    expect(ended).toMatchObject({ code: 'E-CHAN-0103' });
    expect((ended as { detail: string }).detail).toContain('E-BACKEND-0006');
    expect(impostor.events.some((e) => e.kind === 'session-open')).toBe(false);
  });

  it('survives a kill -9 mid-upload: the terminal reconnects with backoff and every transaction is stored exactly once', async () => {
    const dir = tempDir('posrt-backend-');
    let b = await backend(dir, ['tok']);
    const port = b.port;
    const address = `127.0.0.1:${port}`;
    const t = makeTerminal(dir, 'SN-KILL');
    await enrol(t, address, 'tok');
    const client = t.client(address, { window: 2 });
    clients.push(client);
    client.start();
    for (let i = 0; i < 200; i++) t.outbox.enqueue('transaction-upload', `u-${i}`, uploadPayload(`k-${i}`, i));
    client.kick();
    await until('some uploads are acknowledged', () => t.events.some((e) => e.kind === 'delivered'));
    await b.kill();
    running.splice(running.indexOf(b), 1);
    expect(t.outbox.stats().pending + t.outbox.stats().inFlight).toBeGreaterThan(0);
    await until('the terminal is waiting to reconnect', () => t.events.some((e) => e.kind === 'waiting'));
    b = await backend(dir, [], port);
    await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0, 20_000);
    const rows = readStore<{ n: number; distinct_ids: number }>(join(dir, 'backend.db'), 'SELECT count(*) AS n, count(DISTINCT transaction_id) AS distinct_ids FROM transactions');
    expect(rows).toEqual([{ n: 200, distinct_ids: 200 }]);
    const sessions = t.events.filter((e) => e.kind === 'session-open').length;
    expect(sessions).toBeGreaterThanOrEqual(2);
  });

  it('turns heartbeats into alerts: paper out and a failed reader while they last, offline after missed heartbeats', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['tok']);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-ALERT');
    await enrol(t, address, 'tok');
    const client = t.client(address, {
      heartbeat: () => ({
        uptimeS: toLong(9n, true),
        paper: v1.PaperState.PAPER_STATE_OUT,
        devices: [{ deviceId: 'pcsc:Virtual PCD 00 00', kind: v1.DeviceKind.DEVICE_KIND_CARD_READER, state: v1.DeviceState.DEVICE_STATE_FAILED, errorCode: 'E-PCSC-0005' }],
      }),
    });
    clients.push(client);
    client.start();
    const alerts = (): string[] => readStore<{ kind: string }>(join(dir, 'backend.db'), 'SELECT kind FROM alerts WHERE cleared_at IS NULL ORDER BY kind').map((r) => r.kind);
    await until('paper and reader alerts', () => alerts().length === 2);
    expect(alerts()).toEqual(['printer-paper-out', 'reader-failing']);
    client.stop();
    // heartbeatIntervalS 1, missedHeartbeats 2: offline after 2 s without one, seen at the next sweep.
    await until('the offline alert', () => alerts().includes('terminal-offline'), 6_000);
  });
  it('answers an online authorisation over the session: the issuer simulator approves with an ARPC the card accepts, and the PAN is not logged', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['tok']);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-AUTH');
    await enrol(t, address, 'tok');
    const client = t.client(address);
    clients.push(client);
    client.start();
    await until('the session is open', () => client.status === 'open');
    const { request, sessionKey } = cardRequest('4761739001010119', 1234n);
    const r = await client.authorise(request);
    expect(Buffer.from(r.arc).toString('ascii')).toBe('00');
    expect(verifyArpc(sessionKey, { method: 1, arqc: request.arqc, authorisationResponseCode: r.arc }, r.arpc)).toBe(true);
    const declined = await client.authorise(cardRequest('4761739001010119', 100_001n).request);
    expect([Buffer.from(declined.arc).toString('ascii'), declined.declineCode]).toEqual(['51', 'E-BACKEND-0021']);
    expect(b.stderr).not.toContain('4761739001010119');
  });
  it('takes reversals, operator events and command results from the outbox too, each kept once by its own id', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['tok']);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-KINDS');
    await enrol(t, address, 'tok');
    t.outbox.enqueue('reversal', 'rev-1', v1.ReversalRequest.encode({ reversalId: 'rev-1', originalTransactionId: 'txn-9', reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT }).finish());
    t.outbox.enqueue('reversal', 'rev-1-again', v1.ReversalRequest.encode({ reversalId: 'rev-1', originalTransactionId: 'txn-9', reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT }).finish());
    t.outbox.enqueue('operator-event', 'ev-1', v1.OperatorEvent.encode({ eventId: 'ev-1', operatorId: 'op-7' }).finish());
    t.outbox.enqueue('command-result', 'cmd-1', v1.CommandResult.encode({ commandId: 'cmd-1', errorCode: '' }).finish());
    const client = t.client(address);
    clients.push(client);
    client.start();
    await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
    expect(readStore(join(dir, 'backend.db'), 'SELECT kind, id, serial FROM received ORDER BY kind, id')).toEqual([
      { kind: 'operator-event', id: 'ev-1', serial: 'SN-KINDS' },
      { kind: 'reversal', id: 'rev-1', serial: 'SN-KINDS' },
    ]);
    // Command results are kept by the command queue, beside the command they answer.
    expect(readStore(join(dir, 'backend.db'), 'SELECT command_id, serial FROM command_results')).toEqual([{ command_id: 'cmd-1', serial: 'SN-KINDS' }]);
    expect(t.events.filter((e) => e.kind === 'session-ended')).toEqual([]);
  });
  it('downloads the parameter sets signed by the backend key; a terminal pinning another key refuses them (E-CHAN-0007)', async () => {
    const dir = tempDir('posrt-backend-');
    const b = await backend(dir, ['tok', 'tok-2']);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-PARAM');
    await enrol(t, address, 'tok');
    const sets: ParameterSet[] = [];
    const sink = (pinned: Uint8Array) => ({ verifier: createSignedVerifier(pinned), held: () => 0n, accept: (set: ParameterSet) => sets.push(set) });
    const client = t.client(address, { parameters: sink(loadStoredIdentity(t.dir).backendKey) });
    clients.push(client);
    client.start();
    await until('the parameters arrive', () => t.events.some((e) => e.kind === 'parameters'));
    expect(t.events.find((e) => e.kind === 'parameters')).toEqual({ kind: 'parameters', accepted: ['terminal', 'aid-table', 'contactless', 'ca-keys', 'operators', 'merchant'], refused: [] });
    const [set] = sets;
    expect(set?.kind === 'terminal' && [set.version, set.set.terminalId, set.set.currencyCode]).toEqual([1n, 'T0000001', '156']);

    const fooled = makeTerminal(dir, 'SN-FOOLED');
    await enrol(fooled, address, 'tok-2');
    const client2 = fooled.client(address, { parameters: sink(ed25519KeyPairFromSeed(new Uint8Array(32).fill(9)).publicKey) });
    clients.push(client2);
    client2.start();
    await until('the parameters arrive', () => fooled.events.some((e) => e.kind === 'parameters'));
    expect(fooled.events.find((e) => e.kind === 'parameters')).toEqual({ kind: 'parameters', accepted: [], refused: Array(6).fill('E-CHAN-0007') });
    expect(sets).toHaveLength(6);
  });
});
