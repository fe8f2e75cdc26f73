// The real stack: pcsclite → pcscd → vsmartcard vpcd → our vpcd link → a test card.
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PcscDiscovery } from '../../src/devices/pcsc/index.js';
import { VpcdLink } from '../../src/emulators/vpcd/link.js';
import { isPosError } from '../../src/errors/index.js';
import { DeviceRegistry, createLogger, type CardReader, type DeviceHealth } from '../../src/kernel/index.js';
import { VPCD_READERS, usePcscd, type Pcscd } from '../../src/emulators/vpcd/pcscd.js';
import { SELECT_RESPONSE, TEST_ATR, TestIcc } from './support/test-icc.js';

const SELECT_PPSE = Uint8Array.from(Buffer.from('00A404000E325041592E5359532E444446303100', 'hex'));
const log = createLogger({ name: 'hil', level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

let pcscd: Pcscd;
let registry: DeviceRegistry;
const links: VpcdLink[] = [];

function reader(name: string): Promise<CardReader> {
  return registry.waitFor('card-reader', (r) => r.identity.path === name, 15_000);
}

function next<T>(subscribe: (resolve: (value: T) => void) => () => void, timeoutMs = 5_000, what = 'event'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = subscribe((value) => {
      clearTimeout(timer);
      off();
      resolve(value);
    });
  });
}

function insert(slot: number, icc = new TestIcc()): { link: VpcdLink; icc: TestIcc } {
  const link = new VpcdLink(icc, { slot });
  links.push(link);
  return { link, icc };
}

beforeAll(async () => {
  pcscd = await usePcscd();
  registry = new DeviceRegistry({
    providers: [new PcscDiscovery({ log, backoff: { initialMs: 100, maxMs: 500 }, transmitTimeoutMs: 5_000 })],
    log,
  });
  await registry.start();
});

afterEach(async () => {
  await Promise.all(links.splice(0).map((l) => l.detach()));
});

afterAll(async () => {
  await registry?.stop();
  await pcscd?.release();
});

describe('PC/SC driver over pcscd + vpcd', () => {
  it('lists both vpcd readers with their interface type', async () => {
    const [contact, contactless] = await Promise.all(VPCD_READERS.map(reader));
    expect(contact!.identity).toEqual({ id: 'pcsc:Virtual PCD 00 00', kind: 'card-reader', driver: 'pcsc', path: 'Virtual PCD 00 00', serial: null });
    expect(contact!.interface).toBe('contact');
    expect(contactless!.interface).toBe('contactless');
    expect(registry.health().get('pcsc')).toEqual({ state: 'ok' });
  });

  it('reports insertion with the ATR, answers a SELECT, and reports removal', async () => {
    const r0 = await reader(VPCD_READERS[0]);
    const { link } = insert(0);
    const inserted = next<{ atr: Uint8Array }>((cb) => r0.events.on('card-inserted', cb), 5_000, 'card-inserted');
    await link.attach();
    expect((await inserted).atr).toEqual(TEST_ATR);
    expect(r0.presence()).toEqual({ kind: 'present', atr: TEST_ATR });

    const session = await r0.connect();
    expect(session.atr).toEqual(TEST_ATR);
    expect(session.protocol).toBe('T=0');
    expect(await session.transmit(SELECT_PPSE)).toEqual(SELECT_RESPONSE);

    const removed = next((cb) => r0.events.on('card-removed', cb), 5_000, 'card-removed');
    await link.detach();
    await removed;
    expect(r0.presence()).toEqual({ kind: 'empty' });
    const end = await session.ended;
    expect(end.kind === 'lost' && end.error.code).toBe('E-PCSC-0003');
    await expect(session.transmit(SELECT_PPSE)).rejects.toSatisfy((e) => isPosError(e, 'E-PCSC-0003'));
  });

  it('ends the session with E-PCSC-0003 when the card leaves mid-exchange, and the reader works after', async () => {
    const r0 = await reader(VPCD_READERS[0]);
    const { link, icc } = insert(0);
    const inserted = next((cb) => r0.events.on('card-inserted', cb), 5_000, 'card-inserted');
    await link.attach();
    await inserted;
    const session = await r0.connect();
    icc.tearNext = true;
    await expect(session.transmit(SELECT_PPSE)).rejects.toSatisfy((e) => isPosError(e, 'E-PCSC-0003'));
    expect(await link.closed()).toEqual({ kind: 'removed' });

    const again = insert(0);
    const back = next((cb) => r0.events.on('card-inserted', cb), 5_000, 'card-inserted');
    await again.link.attach();
    await back;
    const second = await r0.connect();
    expect(await second.transmit(SELECT_PPSE)).toEqual(SELECT_RESPONSE);
    await second.close();
    expect(await second.ended).toEqual({ kind: 'closed' });
  });

  it('runs cards in both slots at once, contact T=0 and contactless T=CL', async () => {
    const [r0, r1] = await Promise.all(VPCD_READERS.map(reader));
    const a = insert(0);
    const b = insert(1, new TestIcc(Uint8Array.of(0x3b, 0x80, 0x80, 0x01, 0x01)));
    const both = Promise.all([
      next((cb) => r0!.events.on('card-inserted', cb), 5_000, 'slot 0 insert'),
      next((cb) => r1!.events.on('card-inserted', cb), 5_000, 'slot 1 insert'),
    ]);
    await Promise.all([a.link.attach(), b.link.attach()]);
    await both;
    const [s0, s1] = await Promise.all([r0!.connect(), r1!.connect()]);
    expect(s0.protocol).toBe('T=0');
    expect(s1.protocol).toBe('T=CL');
    const answers = await Promise.all([s0.transmit(SELECT_PPSE), s1.transmit(SELECT_PPSE), s0.transmit(SELECT_PPSE)]);
    expect(answers).toEqual([SELECT_RESPONSE, SELECT_RESPONSE, SELECT_RESPONSE]);
    expect(a.icc.commands).toBe(2);
    expect(b.icc.commands).toBe(1);
    await Promise.all([s0.close(), s1.close()]);
  });

  it('goes to E-PCSC-0002 when pcscd dies, ending the open session, and back to ok with the readers when it returns', async () => {
    const r0 = await reader(VPCD_READERS[0]);
    const { link } = insert(0);
    const inserted = next((cb) => r0.events.on('card-inserted', cb), 5_000, 'card-inserted');
    await link.attach();
    await inserted;
    const session = await r0.connect();

    const healths: DeviceHealth[] = [];
    registry.events.on('provider-health', (h) => healths.push(h.health));
    const lost = next<{ health: DeviceHealth }>((cb) => registry.events.on('provider-health', (h) => h.health.state !== 'ok' && cb(h)), 10_000, 'health failure');
    await pcscd.stop();
    expect((await lost).health).toEqual({ state: 'failed', code: 'E-PCSC-0002' });
    const end = await session.ended;
    expect(end.kind === 'lost' && end.error.code).toBe('E-PCSC-0002');
    expect(registry.byKind('card-reader')).toEqual([]);
    expect(await link.closed()).toEqual({ kind: 'peer-closed' });

    // While pcscd is down the provider retries and reports the service as absent.
    await next((cb) => registry.events.on('provider-health', (h) => h.health.state === 'failed' && h.health.code === 'E-PCSC-0001' && cb(h)), 5_000, 'E-PCSC-0001');

    await pcscd.start();
    const [again0, again1] = await Promise.all(VPCD_READERS.map(reader));
    expect(registry.health().get('pcsc')).toEqual({ state: 'ok' });
    expect(healths.at(-1)).toEqual({ state: 'ok' });
    expect(again0).not.toBe(r0);
    expect(again1!.interface).toBe('contactless');

    const { link: relink } = insert(0);
    const reinserted = next((cb) => again0!.events.on('card-inserted', cb), 5_000, 'card-inserted after restart');
    await relink.attach();
    await reinserted;
    const fresh = await again0!.connect();
    expect(await fresh.transmit(SELECT_PPSE)).toEqual(SELECT_RESPONSE);
    await fresh.close();
  });
});
