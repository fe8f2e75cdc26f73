// The backend's session state machine over a real gRPC stream to an in-test server on an
// ephemeral loopback port: each envelope that is out of place is answered with a
// ProtocolError carrying its stable code, and that stream ends.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackendConfig } from '../../src/backend/config.js';
import { createBackendLogger } from '../../src/backend/log.js';
import { startBackendServer, type RunningBackend } from '../../src/backend/server.js';
import { SqliteRepository } from '../../src/backend/sqlite-repository.js';
import { openLink } from '../../src/channel/grpc-link.js';
import { loadDeviceIdentity, provisionDeviceKey } from '../../src/channel/identity.js';
import { signEnrolmentRequest } from '../../src/channel/device-signed.js';
import { PAYLOAD_TYPES, posrt, toLong, type Envelope, type EnvelopeFields } from '../../src/protos/index.js';
import { enrol, makeTerminal, tempDir, uploadPayload } from '../support/backend-process.js';
import { openRawSession } from '../support/raw-session.js';

const v1 = posrt.channel.v1;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function server(handshakeTimeoutMs?: number): Promise<{ address: string; dir: string; repo: SqliteRepository }> {
  const dir = tempDir('posrt-session-');
  const repo = SqliteRepository.open(join(dir, 'backend.db'));
  await repo.addProvisioningToken('tok', 0);
  const config = parseBackendConfig({ issuer: { masterKeys: [], amountLimit: '1', declinedPanPrefixes: [] }, heartbeatIntervalS: 30, missedHeartbeats: 3 });
  const running: RunningBackend = await startBackendServer({ host: '127.0.0.1', port: 0, repo, config, log: createBackendLogger('silent'), ...(handshakeTimeoutMs ? { handshakeTimeoutMs } : {}) });
  cleanup.push(() => repo.close(), () => running.close());
  return { address: `127.0.0.1:${running.port}`, dir, repo };
}

/** Sends `bodies` as envelopes numbered 1, 2, … (or as given) and collects the answers until
 *  the backend ends the stream. */
function exchange(address: string, envelopes: EnvelopeFields[]): Promise<Envelope[]> {
  return new Promise((resolve) => {
    const answers: Envelope[] = [];
    const link = openLink({ address }, { onFrame: (f) => f.kind === 'envelope' && answers.push(f.envelope), onClosed: () => resolve(answers) });
    for (const e of envelopes) link.send(e);
    setTimeout(() => link.close(), 3_000);
  });
}

const envelope = (sequence: bigint, body: EnvelopeFields): EnvelopeFields => ({ messageId: randomUUID(), sequence: toLong(sequence, true), ack: toLong(0n, true), sentAtMs: toLong(BigInt(Date.now())), ...body });
const refusal = (answers: Envelope[]): [string | null | undefined, string | undefined] => {
  const last = answers.at(-1);
  return [last?.body, last?.protocolError?.code ?? undefined];
};

describe('backend session protocol', () => {
  it('refuses a heartbeat before any session with E-BACKEND-0008', async () => {
    const { address } = await server();
    expect(refusal(await exchange(address, [envelope(1n, { heartbeat: {} })]))).toEqual(['protocolError', 'E-BACKEND-0008']);
  });

  it('refuses a hello from a serial that never enrolled with E-BACKEND-0005', async () => {
    const { address } = await server();
    expect(refusal(await exchange(address, [envelope(1n, { sessionHello: { deviceSerial: 'SN-NOBODY' } })]))).toEqual(['protocolError', 'E-BACKEND-0005']);
  });

  it('refuses a replayed sequence number with E-BACKEND-0009 and names the refused envelope', async () => {
    const { address, dir } = await server();
    provisionDeviceKey(join(dir, 'id'));
    const identity = loadDeviceIdentity(join(dir, 'id'));
    const enrol = signEnrolmentRequest(identity, { deviceSerial: 'SN-1', model: 'm', firmwareVersion: '1', capabilities: [], provisioningToken: 'tok' }, BigInt(Date.now()));
    await exchange(address, [envelope(1n, { enrolmentRequest: enrol })]);
    const hello = envelope(1n, { sessionHello: { deviceSerial: 'SN-1' } });
    const answers = await exchange(address, [hello, { ...hello, messageId: 'replayed' }]);
    expect(answers.map((a) => a.body)).toEqual(['sessionChallenge', 'protocolError']);
    expect(answers[1]!.protocolError).toMatchObject({ code: 'E-BACKEND-0009', refusedMessageId: 'replayed' });
  });

  it('refuses a proof signed by the right key over another nonce with E-BACKEND-0007', async () => {
    const { address, dir } = await server();
    provisionDeviceKey(join(dir, 'id'));
    const identity = loadDeviceIdentity(join(dir, 'id'));
    const enrol = signEnrolmentRequest(identity, { deviceSerial: 'SN-2', model: 'm', firmwareVersion: '1', capabilities: [], provisioningToken: 'tok' }, BigInt(Date.now()));
    const enrolled = await exchange(address, [envelope(1n, { enrolmentRequest: enrol })]);
    expect(enrolled[0]!.enrolmentResponse?.status).toBe(v1.EnrolmentStatus.ENROLMENT_STATUS_ENROLLED);
    const proof = v1.SessionProof.encode({ nonce: new Uint8Array(32), deviceSerial: 'SN-2', signedAtMs: toLong(BigInt(Date.now())) }).finish();
    const answers = await exchange(address, [envelope(1n, { sessionHello: { deviceSerial: 'SN-2' } }), envelope(2n, { sessionProof: identity.sign(PAYLOAD_TYPES.sessionProof, proof) })]);
    expect(refusal(answers)).toEqual(['protocolError', 'E-BACKEND-0007']);
  });
  it('refuses an upload it cannot store (E-BACKEND-0010) without acknowledging it, so the terminal keeps it', async () => {
    const { address, dir, repo } = await server();
    const t = makeTerminal(dir, 'SN-3');
    await enrol(t, address, 'tok');
    const s = await openRawSession(address, t.identity, 'SN-3');
    cleanup.push(() => s.close());
    // The store goes away under an open session (hello was 1, the proof 2).
    repo.close();
    const refused = await s.request({ transactionUpload: v1.TransactionUpload.decode(uploadPayload('txn-lost', 100)) }, 'protocolError');
    expect([refused.protocolError?.code, String(refused.protocolError?.refusedSequence)]).toEqual(['E-BACKEND-0010', '3']);
    expect(String(refused.ack)).toBe('2');
  });

  it('refuses a connection that opens no session within the handshake time with E-BACKEND-0014', async () => {
    const { address } = await server(300);
    const started = Date.now();
    expect(refusal(await exchange(address, []))).toEqual(['protocolError', 'E-BACKEND-0014']);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
