// The magnetic stripe reader end to end over a real line: socat's pty pair, the MSR emulator
// process (src/emulators/msr/serve.ts) writing the tracks onto a stripe with ISO/IEC 7811-2
// parity and LRC and reading them back as its head would, the driver through serialport and the
// registry through MagStripeDiscovery. Track layout per ISO/IEC 7813 (track 1 format B, track
// 2); the PAN is Visa's ADVT test PAN 4761739001010010. Track data must never reach a log.
import { inspect } from 'node:util';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MagStripeDiscovery } from '../../../src/devices/msr/index.js';
import { createLogger, DeviceRegistry, type MagStripe, type SwipeEvent } from '../../../src/kernel/index.js';
import { startPtyRig, until, type PtyRig } from '../../support/pty-rig.js';

const PAN = '4761739001010010';
const NAME = 'TEST/CARDHOLDER';
const DISCRETIONARY = '1000012300000';
const track1 = (serviceCode: string) => `B${PAN}^${NAME}^2512${serviceCode}${DISCRETIONARY}`;
const track2 = (serviceCode: string) => `${PAN}=2512${serviceCode}${DISCRETIONARY}`;

let rig: PtyRig;
let registry: DeviceRegistry;
let reader: MagStripe;
let swipes: SwipeEvent[];
let logged: string[];

beforeEach(async () => {
  logged = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logged.push(chunk.toString('utf8'));
      cb();
    },
  });
  rig = await startPtyRig({ serve: 'src/emulators/msr/serve.ts', args: (port) => ['--port', port] });
  const log = createLogger({ name: 'test', level: 'debug', destination });
  registry = new DeviceRegistry({ providers: [new MagStripeDiscovery({ paths: [rig.terminalPath], retryMs: 200 })], log });
  await registry.start();
  reader = await registry.waitFor('mag-stripe', () => true, 5_000);
  swipes = [];
  // What a careless consumer does: log every swipe whole, and its error.
  reader.events.on('swipe', (swipe) => {
    swipes.push(swipe);
    log.info({ swipe }, 'swipe');
    if (swipe.kind !== 'read') log.warn({ err: swipe.error }, 'swipe refused');
  });
  await reader.enable({ fallbackAllowed: false });
});

afterEach(async () => {
  await registry.stop();
  await rig.stop();
});

function swipe(body: object): void {
  rig.type(`swipe ${JSON.stringify(body)}`);
}

let taken = 0;
beforeEach(() => {
  taken = 0;
});

/** The next swipe event not yet looked at, in the order they came. */
async function nextSwipe(): Promise<SwipeEvent> {
  await until(() => taken < swipes.length, 5_000, 'a swipe');
  return swipes[taken++]!;
}

describe('magnetic stripe reader over a pty pair', () => {
  it('reads a magstripe-only card: PAN, name, expiry and service code from tracks 2 and 1', async () => {
    swipe({ track1: track1('101'), track2: track2('101') });
    const event = await nextSwipe();
    if (event.kind !== 'read') throw new Error(event.kind);
    expect(event.entry).toBe('magstripe');
    expect(event.card.pan.reveal()).toBe(PAN);
    expect(event.card.name?.reveal()).toBe(NAME);
    expect(event.card.expiry).toEqual({ year: 2025, month: 12 });
    expect(event.card.serviceCode).toBe('101');
    expect(event.card.chip).toBe(false);
    expect(event.track2.kind === 'read' && event.track2.data.reveal()).toBe(track2('101'));
    expect(event.track1.kind === 'read' && event.track1.data.reveal()).toBe(track1('101'));
  });

  it('asks for the chip when a chip card (service code 201) is swiped, and takes it once as fallback after a failed chip read', async () => {
    swipe({ track1: track1('201'), track2: track2('201') });
    const refused = await nextSwipe();
    expect(refused.kind).toBe('insert-card');
    expect(refused.kind === 'insert-card' && refused.error.code).toBe('E-MSR-0007');

    await reader.enable({ fallbackAllowed: true });
    swipe({ track2: track2('601') });
    const fallback = await nextSwipe();
    expect(fallback.kind === 'read' && [fallback.entry, fallback.card.chip, fallback.card.name]).toEqual(['fallback', true, null]);

    swipe({ track2: track2('201') });
    expect((await nextSwipe()).kind).toBe('insert-card');
  });

  it('takes the card from track 1 when track 2 has a bad LRC, and refuses the swipe when both do (E-MSR-0004)', async () => {
    swipe({ track1: track1('101'), track2: track2('101'), damage: { track2: 'lrc' } });
    const one = await nextSwipe();
    expect(one.kind === 'read' && [one.card.pan.reveal(), one.track2]).toEqual([PAN, { kind: 'error', code: 'E-MSR-0004' }]);

    swipe({ track1: track1('101'), track2: track2('101'), damage: { track1: 'lrc', track2: 'lrc' } });
    const none = await nextSwipe();
    expect(none.kind === 'unreadable' && [none.error.code, none.error.context]).toEqual(['E-MSR-0004', { track: 2 }]);
  });

  it('refuses a parity error reported by the head (E-MSR-0005), a bad start or end sentinel (E-MSR-0003)', async () => {
    swipe({ track2: track2('101'), damage: { track2: 'parity' } });
    swipe({ track2: track2('101'), damage: { track2: 'start-sentinel' } });
    swipe({ track1: track1('101'), damage: { track1: 'end-sentinel' } });
    const events = [await nextSwipe(), await nextSwipe(), await nextSwipe()];
    expect(events.map((e) => (e.kind === 'unreadable' ? e.error.code : e.kind))).toEqual(['E-MSR-0005', 'E-MSR-0003', 'E-MSR-0003']);
  });

  it('refuses a track 1 that is not format B and a PAN failing its check digit (E-MSR-0006), and an over-long message (E-MSR-0008)', async () => {
    swipe({ track1: `A${track1('101').slice(1)}` });
    swipe({ track2: track2('101').replace('0010=', '0011=') });
    rig.type(`raw ${'3B'.repeat(300)}0D`);
    const events = [await nextSwipe(), await nextSwipe(), await nextSwipe()];
    expect(events.map((e) => (e.kind === 'unreadable' ? [e.error.code, e.error.context] : e.kind))).toEqual([
      ['E-MSR-0006', { track: 1, field: 'format code' }],
      ['E-MSR-0006', { track: 2, field: 'pan' }],
      ['E-MSR-0008', { length: 300, maxLength: 119 }],
    ]);
  });

  it('keeps track data, PAN and name out of the logs, of the errors and of the events as printed', async () => {
    swipe({ track1: track1('101'), track2: track2('101') });
    swipe({ track1: track1('201'), track2: track2('201') });
    swipe({ track1: track1('101'), track2: track2('101'), damage: { track1: 'lrc', track2: 'lrc' } });
    const events = [await nextSwipe(), await nextSwipe(), await nextSwipe()];
    expect(events.map((e) => e.kind)).toEqual(['read', 'insert-card', 'unreadable']);
    const printed = [
      logged.join(''),
      ...events.map((e) => JSON.stringify(e)),
      ...events.map((e) => inspect(e, { depth: 10 })),
      ...events.map((e) => `${String(e.kind === 'read' ? e.card.pan : '')} ${e.kind === 'read' ? e.card.name : ''}`),
      ...events.flatMap((e) => (e.kind === 'read' ? [] : [e.error.message, inspect(e.error)])),
    ];
    expect(logged.join('')).toContain('"kind":"read"');
    for (const text of printed) {
      for (const secret of [PAN, PAN.slice(0, 12), NAME, DISCRETIONARY, '2512101', '=2512']) expect(text).not.toContain(secret);
    }
  });

  it('drops swipes while disabled', async () => {
    await reader.disable();
    swipe({ track2: track2('101') });
    await rig.next('swiped');
    await new Promise((r) => setTimeout(r, 200));
    expect(swipes).toEqual([]);
  });

  it('is failed with E-MSR-0002 and detached when the pty vanishes, and attached again when it comes back', async () => {
    const health: unknown[] = [];
    reader.events.on('health', (h) => health.push(h));
    const detached = new Promise((resolve) => registry.events.once('detached', resolve));
    await rig.unplug();
    expect(await detached).toBe(reader);
    expect(health).toEqual([{ state: 'failed', code: 'E-MSR-0002' }]);
    await rig.plugIn();
    const back = await registry.waitFor('mag-stripe', () => true, 5_000);
    expect(back).not.toBe(reader);
    await until(() => registry.health().get('msr')?.state === 'ok', 5_000, 'provider ok');
    const seen: SwipeEvent[] = [];
    back.events.on('swipe', (e) => seen.push(e));
    await back.enable({ fallbackAllowed: false });
    swipe({ track2: track2('101') });
    await until(() => seen.length === 1, 5_000, 'a swipe after replug');
    expect(seen[0]!.kind).toBe('read');
  });
});
