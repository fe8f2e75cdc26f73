// The terminal's session client against a scripted backend (an in-test gRPC server on an
// ephemeral loopback port, the real service definition): what a misbehaving backend sends ends
// the session with a code and a reconnect, never an exception out of the stream's handler.
import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { channelServiceDefinition, toLong, type EnvelopeFields, type Incoming } from '../../src/protos/index.js';
import { makeTerminal, tempDir, until } from '../support/backend-process.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A backend that answers every hello with `answer` (numbered as given). */
async function scripted(answer: (sequence: bigint) => EnvelopeFields): Promise<string> {
  const server = new grpc.Server();
  server.addService(channelServiceDefinition as unknown as grpc.ServiceDefinition, {
    connect: (call: grpc.ServerDuplexStream<Incoming, EnvelopeFields>) => {
      call.on('data', () => call.write(answer(1n)));
      call.on('end', () => call.end());
      call.on('error', () => {});
    },
  } as unknown as grpc.UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  cleanup.push(() => server.forceShutdown());
  return `127.0.0.1:${port}`;
}

const envelope = (sequence: bigint, body: EnvelopeFields): EnvelopeFields => ({ messageId: randomUUID(), sequence: toLong(sequence, true), ack: toLong(0n, true), sentAtMs: toLong(0n), ...body });

async function endedWith(address: string): Promise<unknown[]> {
  const t = makeTerminal(tempDir('posrt-client-'), 'SN-C');
  const client = t.client(address);
  cleanup.push(() => client.stop());
  client.start();
  await until('two attempts', () => t.events.filter((e) => e.kind === 'session-ended').length >= 2);
  client.stop();
  return t.events.filter((e) => e.kind === 'session-ended').slice(0, 2).map((e) => (e as { code: string }).code);
}

describe('session client against a misbehaving backend', () => {
  it('ends the session with E-CHAN-0017 on a challenge without a 32-byte nonce, and tries again', async () => {
    const address = await scripted((n) => envelope(n, { sessionChallenge: { nonce: new Uint8Array(3) } }));
    expect(await endedWith(address)).toEqual(['E-CHAN-0017', 'E-CHAN-0017']);
  });

  it('ends the session with E-CHAN-0010 when the backend skips sequence numbers', async () => {
    const address = await scripted(() => envelope(5n, { sessionChallenge: { nonce: new Uint8Array(32) } }));
    expect(await endedWith(address)).toEqual(['E-CHAN-0010', 'E-CHAN-0010']);
  });

  it('ends the session with E-CHAN-0107 when the backend answers a hello with something else', async () => {
    const address = await scripted((n) => envelope(n, { sessionAccepted: { sessionId: 'too-soon' } }));
    expect(await endedWith(address)).toEqual(['E-CHAN-0107', 'E-CHAN-0107']);
  });
  it('keeps trying, with E-CHAN-0101 each time, while the CA file cannot be read — never throwing from its timer', async () => {
    const dir = tempDir('posrt-client-');
    const t = makeTerminal(dir, 'SN-CA');
    const client = t.client('127.0.0.1:9', { link: { address: '127.0.0.1:9', tls: { caFile: `${dir}/missing-ca.pem` } } });
    cleanup.push(() => client.stop());
    client.start();
    await until('three attempts', () => t.events.filter((e) => e.kind === 'session-ended').length >= 3);
    expect(t.events.filter((e) => e.kind === 'session-ended').map((e) => (e as { code: string }).code).slice(0, 3)).toEqual(['E-CHAN-0101', 'E-CHAN-0101', 'E-CHAN-0101']);
    expect(client.status).not.toBe('open');
  });
});
