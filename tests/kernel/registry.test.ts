import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PosError, isPosError } from '../../src/errors/index.js';
import {
  DeviceRegistry,
  HEALTH_OK,
  ManagedCardSession,
  TypedEmitter,
  createLogger,
  type CardPresence,
  type CardReader,
  type CardReaderEvents,
  type CardSession,
  type DeviceHealth,
  type DiscoveryProvider,
  type DiscoverySink,
} from '../../src/kernel/index.js';

const quiet = createLogger({ name: 'test', level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

/** An in-process reader whose card answers every command after `latencyMs`, or never. */
class FakeReader implements CardReader {
  readonly interface = 'contact' as const;
  readonly identity;
  private readonly emitter = new TypedEmitter<CardReaderEvents>(() => undefined);
  readonly events = this.emitter;
  private card: CardPresence = { kind: 'empty' };
  private session: ManagedCardSession | null = null;
  latencyMs: number | 'never' = 0;
  released = 0;

  constructor(name: string) {
    this.identity = { id: `fake:${name}`, kind: 'card-reader' as const, driver: 'fake', path: name, serial: null };
  }
  presence(): CardPresence {
    return this.card;
  }
  health(): DeviceHealth {
    return HEALTH_OK;
  }
  async open(): Promise<void> {}
  async close(): Promise<void> {
    this.session?.lose(new PosError('E-DEV-0002', { id: this.identity.id }));
  }
  insert(atr: Uint8Array): void {
    this.card = { kind: 'present', atr };
    this.emitter.emit('card-inserted', { atr });
  }
  async connect(): Promise<CardSession> {
    if (this.card.kind !== 'present') throw new PosError('E-DEV-0008');
    if (this.session?.isOpen()) throw new PosError('E-DEV-0005');
    const session = new ManagedCardSession({
      atr: this.card.atr,
      protocol: 'T=1',
      defaultTimeoutMs: 1_000,
      link: {
        exchange: (capdu) =>
          new Promise((resolve) => {
            if (this.latencyMs !== 'never') setTimeout(() => resolve(Uint8Array.of(capdu[1]!, 0x90, 0x00)), this.latencyMs);
          }),
        release: async () => {
          this.released += 1;
        },
      },
    });
    this.session = session;
    return session;
  }
}

class FakeProvider implements DiscoveryProvider {
  readonly name = 'fake';
  sink: DiscoverySink | null = null;
  stopped = false;
  async start(sink: DiscoverySink): Promise<void> {
    this.sink = sink;
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
  plug(reader: FakeReader): void {
    this.sink!.attach(reader);
  }
  unplug(reader: FakeReader): void {
    this.sink!.detach(reader.identity.id);
  }
}

async function running(...providers: DiscoveryProvider[]): Promise<DeviceRegistry> {
  const registry = new DeviceRegistry({ providers, log: quiet });
  await registry.start();
  return registry;
}

const ATR = Uint8Array.of(0x3b, 0x02, 0x14, 0x50);
const SELECT = Uint8Array.of(0x00, 0xa4, 0x04, 0x00, 0x00);

describe('DeviceRegistry hot-plug', () => {
  it('lists a device attached while running, emits attached, and finds it by kind and id', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const seen: string[] = [];
    registry.events.on('attached', (d) => seen.push(d.identity.id));
    const reader = new FakeReader('r0');
    provider.plug(reader);
    expect(seen).toEqual(['fake:r0']);
    expect(registry.byKind('card-reader')).toEqual([reader]);
    expect(registry.byKind('printer')).toEqual([]);
    expect(registry.require('fake:r0')).toBe(reader);
    expect(() => registry.require('fake:nope')).toThrow(/E-DEV-0001/);
    await registry.stop();
  });

  it('resolves waitFor when the matching device arrives later, and times out with E-DEV-0001', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const later = registry.waitFor('card-reader', (r) => r.interface === 'contact', 1_000);
    provider.plug(new FakeReader('late'));
    expect((await later).identity.id).toBe('fake:late');
    await expect(registry.waitFor('pin-pad', undefined, 20)).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0001'));
    await registry.stop();
  });

  it('ignores a second device with an id already attached', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const first = new FakeReader('same');
    provider.plug(first);
    provider.plug(new FakeReader('same'));
    expect(registry.list()).toEqual([first]);
    await registry.stop();
  });

  it('ends an open session with a typed error when its reader is unplugged, rejecting the pending transmit', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const reader = new FakeReader('r1');
    provider.plug(reader);
    reader.insert(ATR);
    const session = await reader.connect();
    reader.latencyMs = 'never';
    const pending = session.transmit(SELECT);
    const detached: string[] = [];
    registry.events.on('detached', (d) => detached.push(d.identity.id));
    provider.unplug(reader);
    await expect(pending).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0002'));
    await expect(session.transmit(SELECT)).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0002'));
    const end = await session.ended;
    expect(end.kind === 'lost' && end.error.code).toBe('E-DEV-0002');
    expect(detached).toEqual(['fake:r1']);
    expect(registry.list()).toEqual([]);
    expect(reader.released).toBe(1);
    await registry.stop();
  });

  it('reports a provider that fails to start in its health and keeps the others', async () => {
    const good = new FakeProvider();
    const bad: DiscoveryProvider = { name: 'broken', start: () => Promise.reject(new Error('no bus')), stop: async () => {} };
    const registry = await running(good, bad);
    expect(registry.health().get('broken')).toEqual({ state: 'failed', code: 'E-DEV-0007' });
    expect(registry.health().get('fake')).toEqual({ state: 'ok' });
    good.plug(new FakeReader('r2'));
    expect(registry.list()).toHaveLength(1);
    await registry.stop();
  });

  it('relays provider health changes once per change', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const changes: DeviceHealth[] = [];
    registry.events.on('provider-health', (h) => changes.push(h.health));
    provider.sink!.health({ state: 'failed', code: 'E-DEV-0002' });
    provider.sink!.health({ state: 'failed', code: 'E-DEV-0002' });
    provider.sink!.health(HEALTH_OK);
    expect(changes).toEqual([{ state: 'failed', code: 'E-DEV-0002' }, { state: 'ok' }]);
    await registry.stop();
  });

  it('stops providers and closes what is still attached; later attaches are refused', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const reader = new FakeReader('r3');
    provider.plug(reader);
    reader.insert(ATR);
    const session = await reader.connect();
    await registry.stop();
    expect(provider.stopped).toBe(true);
    expect((await session.ended).kind).toBe('lost');
    provider.plug(new FakeReader('r4'));
    expect(registry.list()).toEqual([]);
  });

  it('keeps emitting to other listeners when one throws', async () => {
    const provider = new FakeProvider();
    const registry = await running(provider);
    const got: string[] = [];
    registry.events.on('attached', () => {
      throw new Error('listener bug');
    });
    registry.events.on('attached', (d) => got.push(d.identity.id));
    provider.plug(new FakeReader('r5'));
    expect(got).toEqual(['fake:r5']);
    await registry.stop();
  });
});

describe('ManagedCardSession', () => {
  async function openSession(reader = new FakeReader('s')): Promise<{ reader: FakeReader; session: CardSession }> {
    reader.insert(ATR);
    return { reader, session: await reader.connect() };
  }

  it('runs exchanges one at a time in call order', async () => {
    const { reader, session } = await openSession();
    reader.latencyMs = 5;
    const answers = await Promise.all([1, 2, 3].map((ins) => session.transmit(Uint8Array.of(0x00, ins, 0, 0))));
    expect(answers.map((r) => r[0])).toEqual([1, 2, 3]);
  });

  it('ends the session with E-DEV-0004 when an exchange outlives its timeout', async () => {
    const { reader, session } = await openSession();
    reader.latencyMs = 'never';
    await expect(session.transmit(SELECT, { timeoutMs: 20 })).rejects.toSatisfy(
      (e) => isPosError(e, 'E-DEV-0004') && e.context['timeoutMs'] === 20,
    );
    await expect(session.transmit(SELECT)).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0004'));
    expect(reader.released).toBe(1);
  });

  it('rejects transmits after close with E-DEV-0003 and releases once', async () => {
    const { reader, session } = await openSession();
    await session.close();
    await session.close();
    await expect(session.transmit(SELECT)).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0003'));
    expect(await session.ended).toEqual({ kind: 'closed' });
    expect(reader.released).toBe(1);
  });

  it('refuses a second session while one is open, and connect with no card', async () => {
    const { reader } = await openSession();
    await expect(reader.connect()).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0005'));
    await expect(new FakeReader('empty').connect()).rejects.toSatisfy((e) => isPosError(e, 'E-DEV-0008'));
  });
});
