import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PcscDiscovery } from '../../../src/devices/pcsc/index.js';
import { isPosError } from '../../../src/errors/index.js';
import { DeviceRegistry, createLogger, type CardReader, type DeviceHealth } from '../../../src/kernel/index.js';
import { FakeService, pcscError, type FakeReader } from './fake-binding.js';

const log = createLogger({ name: 'test', level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
const ATR = [0x3b, 0x02, 0x14, 0x50];
const SELECT = Uint8Array.of(0x00, 0xa4, 0x04, 0x00, 0x00);
const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function setup(service = new FakeService(), grace = 50) {
  const provider = new PcscDiscovery({ log, binding: service.binding, backoff: { initialMs: 10, maxMs: 40 }, removalGraceMs: grace, transmitTimeoutMs: 500 });
  const registry = new DeviceRegistry({ providers: [provider], log });
  const healths: DeviceHealth[] = [];
  registry.events.on('provider-health', (h) => healths.push(h.health));
  await registry.start();
  return { service, provider, registry, healths };
}

async function withCard(): Promise<{ native: FakeReader; reader: CardReader; registry: DeviceRegistry; service: FakeService }> {
  const { service, registry } = await setup();
  const native = service.current.plug('Virtual PCD 00 00');
  native.status(0x12);
  native.status(0x10022, ATR);
  const reader = registry.require('pcsc:Virtual PCD 00 00') as CardReader;
  return { native, reader, registry, service };
}

describe('PcscDiscovery', () => {
  it('reports E-PCSC-0001 while pcscd is absent, retries with backoff, and goes ok when it appears', async () => {
    const service = new FakeService();
    service.up = false;
    const { registry, healths, provider } = await setup(service);
    expect(provider.health()).toEqual({ state: 'failed', code: 'E-PCSC-0001' });
    await tick(60);
    expect(service.attempts).toBeGreaterThanOrEqual(3);
    service.up = true;
    await tick(60);
    expect(healths).toEqual([{ state: 'failed', code: 'E-PCSC-0001' }, { state: 'ok' }]);
    service.current.plug('Virtual PCD 00 01');
    expect(registry.byKind('card-reader').map((r) => [r.identity.id, r.interface])).toEqual([['pcsc:Virtual PCD 00 01', 'contactless']]);
    await registry.stop();
  });

  it('detaches every reader and ends its session with E-PCSC-0002 when the service dies, then reconnects', async () => {
    const { native, reader, registry, service } = await withCard();
    const session = await reader.connect();
    native.transmitAnswer = () => 'hang';
    const pending = session.transmit(SELECT);
    const first = service.current;
    // pcscd dying: the reader reports first (RPC transport error), then the context.
    native.emit('error', pcscError('SCardGetStatusChange', 0x80100013));
    native.emit('end');
    first.emit('error', pcscError('SCardGetStatusChange', 0x80100013));
    await expect(pending).rejects.toSatisfy((e) => isPosError(e, 'E-PCSC-0002'));
    expect(registry.list()).toEqual([]);
    expect(registry.health().get('pcsc')).toEqual({ state: 'failed', code: 'E-PCSC-0002' });
    expect(reader.health()).toEqual({ state: 'failed', code: 'E-PCSC-0002' });
    await tick(30);
    expect(native.closedWhileEmitting).toBe(false);
    expect(native.closed).toBe(1);
    expect(first.closed).toBe(1);
    expect(service.contexts).toHaveLength(2);
    expect(registry.health().get('pcsc')).toEqual({ state: 'ok' });
    await registry.stop();
  });

  it('detaches a reader unplugged while the service runs, with E-PCSC-0004 for its session', async () => {
    const { native, reader, registry } = await withCard();
    const session = await reader.connect();
    native.emit('end');
    const end = await session.ended;
    expect(end.kind === 'lost' && end.error.code).toBe('E-PCSC-0004');
    expect(registry.list()).toEqual([]);
    expect(registry.health().get('pcsc')).toEqual({ state: 'ok' });
    await registry.stop();
  });

  it('closes the context and readers on stop', async () => {
    const { native, registry, service } = await withCard();
    await registry.stop();
    expect(native.closed).toBe(1);
    expect(service.current.closed).toBe(1);
  });
});

describe('PcscCardReader', () => {
  it('connects SHARED offering T=0|T=1, transmits with the protocol got, and powers down on close', async () => {
    const { native, reader, registry } = await withCard();
    const session = await reader.connect();
    expect(session.protocol).toBe('T=0');
    expect(await session.transmit(SELECT)).toEqual(Uint8Array.of(0x90, 0x00));
    await session.close();
    expect(native.calls).toEqual(['connect share=2 protocol=3', 'transmit 00a4040000 protocol=1', 'disconnect 2']);
    await registry.stop();
  });

  it('maps an empty answer followed by the card vanishing to E-PCSC-0003', async () => {
    const { native, reader, registry } = await withCard();
    const session = await reader.connect();
    native.transmitAnswer = () => {
      setTimeout(() => native.status(0x20012), 10);
      return [null, Buffer.alloc(0)];
    };
    await expect(session.transmit(SELECT)).rejects.toSatisfy((e) => isPosError(e, 'E-PCSC-0003'));
    await registry.stop();
  });

  it('maps an answer without SW1 SW2 from a card still present to E-PCSC-0008 after the grace period', async () => {
    const { native, reader, registry } = await withCard();
    const session = await reader.connect();
    native.transmitAnswer = () => [null, Buffer.from([0x90])];
    await expect(session.transmit(SELECT)).rejects.toSatisfy((e) => isPosError(e, 'E-PCSC-0008') && e.context['length'] === 1);
    await registry.stop();
  });

  it('maps a failed exchange with the card still present to E-PCSC-0005 with the status name', async () => {
    const { native, reader, registry } = await withCard();
    const session = await reader.connect();
    native.transmitAnswer = () => [pcscError('SCardTransmit', 0x80100016), undefined];
    await expect(session.transmit(SELECT)).rejects.toSatisfy(
      (e) => isPosError(e, 'E-PCSC-0005') && e.context['status'] === 'SCARD_E_NOT_TRANSACTED',
    );
    await registry.stop();
  });

  it('maps connect errors: sharing violation, no card, unresponsive card', async () => {
    const { native, reader, registry } = await withCard();
    for (const [status, code] of [
      [0x8010000b, 'E-PCSC-0007'],
      [0x8010000c, 'E-DEV-0008'],
      [0x80100066, 'E-PCSC-0006'],
    ] as const) {
      native.connectAnswer = () => [pcscError('SCardConnect', status)];
      await expect(reader.connect()).rejects.toSatisfy((e) => isPosError(e, code));
    }
    await registry.stop();
  });

  it('refuses connect with no card and while a session is open', async () => {
    const { service, registry } = await setup();
    const native = service.current.plug('Virtual PCD 00 00');
    native.status(0x12);
    const reader = registry.require('pcsc:Virtual PCD 00 00') as CardReader;
    await expect(reader.connect()).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0008'));
    native.status(0x10022, ATR);
    await reader.connect();
    await expect(reader.connect()).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0005'));
    await registry.stop();
  });

  it('emits inserted and removed once each although the binding repeats states', async () => {
    const { service, registry } = await setup();
    const native = service.current.plug('Virtual PCD 00 01');
    const reader = registry.require('pcsc:Virtual PCD 00 01') as CardReader;
    const seen: string[] = [];
    reader.events.on('card-inserted', ({ atr }) => seen.push(`in ${Buffer.from(atr).toString('hex')}`));
    reader.events.on('card-removed', () => seen.push('out'));
    for (const [state, atr] of [[0x12], [0x10022, ATR], [0x10022, ATR], [0x20012], [0x20012]] as const) native.status(state, atr ? [...atr] : undefined);
    expect(seen).toEqual(['in 3b021450', 'out']);
    await registry.stop();
  });
});
