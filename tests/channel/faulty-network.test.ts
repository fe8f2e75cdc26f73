// The channel through a network that misbehaves (tests/support/faulty-proxy.ts) between a
// terminal and the real backend process: drops, delays, truncation and corruption. The terminal
// reconnects and every transaction reaches the backend once; the backend answers frames that
// are not envelopes with a code and stays up for everyone else.
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_CONNECT_PATH, posrt } from '../../src/protos/index.js';
import { FaultyProxy, type ProxyFault } from '../support/faulty-proxy.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, uploadPayload, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';

const v1 = posrt.channel.v1;
const cleanup: (() => unknown)[] = [];

afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function backend(dir: string): Promise<BackendProcess> {
  const b = await startBackend({ db: join(dir, 'backend.db'), tokens: ['tok', 'tok-2'], config: writeBackendConfig(dir) });
  cleanup.push(() => b.kill());
  return b;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the channel through a faulty network', () => {
  it('loses nothing and counts nothing twice through corruption, truncation, a black hole and delays', async () => {
    const dir = tempDir('posrt-faults-');
    const b = await backend(dir);
    const proxy = await FaultyProxy.start(b.port, 7);
    cleanup.push(() => proxy.close());
    const t = makeTerminal(dir, 'SN-FAULT');
    await enrol(t, `127.0.0.1:${b.port}`, 'tok');
    const client = t.client(`127.0.0.1:${proxy.port}`, { answerTimeoutMs: 1_000, window: 4 });
    cleanup.push(() => client.stop());
    client.start();

    const phases: [ProxyFault, number][] = [
      [{ kind: 'pass' }, 400],
      [{ kind: 'corrupt', everyNth: 3 }, 1_500],
      [{ kind: 'truncate', afterBytes: 400 }, 1_500],
      [{ kind: 'drop' }, 2_000],
      [{ kind: 'delay', ms: 150 }, 1_000],
      [{ kind: 'pass' }, 0],
    ];
    let n = 0;
    for (const [fault, ms] of phases) {
      proxy.fault = fault;
      const end = Date.now() + ms;
      while (Date.now() < end) {
        t.outbox.enqueue('transaction-upload', `u-${n}`, uploadPayload(`f-${n}`, n));
        n++;
        client.kick();
        await sleep(100);
      }
    }
    await until('the outbox is empty', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0, 15_000);

    expect(proxy.counts.corrupted).toBeGreaterThan(0);
    expect(proxy.counts.truncated).toBeGreaterThan(0);
    expect(proxy.counts.dropped).toBeGreaterThan(0);
    expect(t.events.filter((e) => e.kind === 'session-open').length).toBeGreaterThan(2);
    // Each transaction the terminal journalled is there exactly once. (Without TLS a flipped
    // bit inside a field can still decode; the check is on the ids the terminal sent.)
    const rows = readStore<{ transaction_id: string; n: number }>(join(dir, 'backend.db'), "SELECT transaction_id, count(*) AS n FROM transactions WHERE transaction_id LIKE 'f-%' GROUP BY transaction_id");
    const stored = new Map(rows.map((r) => [r.transaction_id, r.n]));
    const missing = Array.from({ length: n }, (_, i) => `f-${i}`).filter((id) => stored.get(id) !== 1);
    expect(missing).toEqual([]);
    expect(b.child.exitCode).toBeNull();
  }, 25_000);

  it('answers a frame that is not an envelope with E-BACKEND-0001, ends that stream, and stays up for the next terminal', async () => {
    const dir = tempDir('posrt-faults-');
    const b = await backend(dir);
    const Raw = grpc.makeGenericClientConstructor(
      {
        connect: {
          path: CHANNEL_CONNECT_PATH,
          requestStream: true,
          responseStream: true,
          requestSerialize: (bytes: Buffer) => bytes,
          requestDeserialize: (bytes: Buffer) => bytes,
          responseSerialize: (e: posrt.channel.v1.Envelope) => Buffer.from(v1.Envelope.encode(e).finish()),
          responseDeserialize: (bytes: Buffer) => v1.Envelope.decode(bytes),
        },
      },
      'Channel',
    );
    const raw = new Raw(`127.0.0.1:${b.port}`, grpc.credentials.createInsecure());
    cleanup.push(() => raw.close());
    const call = (raw as unknown as { connect(): grpc.ClientDuplexStream<Buffer, posrt.channel.v1.Envelope> }).connect();
    const answers: posrt.channel.v1.Envelope[] = [];
    const ended = new Promise<void>((resolve) => {
      call.on('data', (e: posrt.channel.v1.Envelope) => answers.push(e));
      call.on('end', () => resolve());
      call.on('error', () => resolve());
    });
    // A field 1 that claims 0x7f bytes with three behind it: no protobuf decoder accepts it.
    call.write(Buffer.from([0x0a, 0x7f, 0x01, 0x02, 0x03]));
    await ended;
    expect(answers.map((e) => [e.body, e.protocolError?.code])).toEqual([['protocolError', 'E-BACKEND-0001']]);

    const t = makeTerminal(dir, 'SN-AFTER');
    await enrol(t, `127.0.0.1:${b.port}`, 'tok-2');
    const client = t.client(`127.0.0.1:${b.port}`);
    cleanup.push(() => client.stop());
    client.start();
    await until('a session opens', () => client.status === 'open');
    expect(b.child.exitCode).toBeNull();
  });
});
