// The PIN pad driver over Bluetooth LE: noble itself (`with-bindings`) on a binding whose
// peripheral is a NUS PIN pad running the emulator's pad logic (nus-pin-pad-binding.ts), the
// BLE transport and discovery under test, and the serial pad's driver on top, unchanged.
// Online PIN vector: ANSI X9.24-1:2009 Annex A.4 (BDK 0123456789ABCDEFFEDCBA9876543210, KSN
// FFFF9876543210E00001, PIN 1234, PAN 4012345678909 → 1B9C1845EB993A7A), as in openemv/dukpt
// test/dukpt_tdes_test.c.
import { afterEach, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { BleDiscovery, loadNoble, loadNobleWith } from '../../../src/devices/ble/index.js';
import { connect, SerialPinPad } from '../../../src/devices/pinpad/index.js';
import { encodeGetOnlinePin } from '../../../src/devices/pinpad/commands.js';
import { CMD } from '../../../src/wire/pinpad/codes.js';
import { encodeFrame } from '../../../src/wire/pinpad/frame.js';
import { exchange, selectCommand } from '../../../src/emv/apdu/index.js';
import { createCard, inProcessTransport } from '../../../src/emulators/card/index.js';
import { isPosError } from '../../../src/errors/index.js';
import { createLogger, DeviceRegistry, type OnlinePinRequest, type PinPad } from '../../../src/kernel/index.js';
import { deriveTdesIpek } from '../../../src/security/index.js';
import { rejectionOf } from '../../support/pos-error.js';
import { nobleOn, NusPinPadBinding, type NusPadOptions } from './nus-pin-pad-binding.js';
import { DEFAULT_PIN_ENTRY } from '../../../src/payment/pin-pad-port.js';

const BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const IKSN = fromHex('FFFF9876543210E00000');
const SLOTS = [{ slot: 1, algorithm: 'tdes' as const, initialKey: toHex(deriveTdesIpek(BDK, IKSN)), ksn: toHex(IKSN) }];
const ADDRESS = 'c4:7f:51:00:12:34';
const ONLINE: OnlinePinRequest = { ...DEFAULT_PIN_ENTRY, pan: '4012345678909', amount: 12_345n, currency: { code: '156', exponent: 2 }, timeoutMs: 10_000 };

/** The GET ONLINE PIN frame's length on the line: more than one default-MTU write. */
const REQUEST_FRAME = encodeFrame({ seq: 0, cmd: CMD.getOnlinePin, payload: encodeGetOnlinePin(ONLINE) }).length;

let registry: DeviceRegistry | null = null;
afterEach(async () => {
  await registry?.stop();
  registry = null;
});

const pinPadOverBle = (path: string, open: Parameters<ConstructorParameters<typeof BleDiscovery>[0]['connect']>[1]) =>
  connect(path, open).then((connection) => new SerialPinPad(connection, open));

async function start(over: Partial<NusPadOptions> = {}, load?: () => Promise<never>) {
  const binding = new NusPinPadBinding({ address: ADDRESS, name: 'PINPAD-BLE', mtu: 23, slots: SLOTS, ...over });
  const discovery = new BleDiscovery({ connect: pinPadOverBle, load: load ?? (async () => nobleOn(binding)), retryMs: 50 });
  registry = new DeviceRegistry({ providers: [discovery], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  return { binding, registry };
}

async function attachedPad(over: Partial<NusPadOptions> = {}): Promise<{ binding: NusPinPadBinding; pad: PinPad; registry: DeviceRegistry }> {
  const { binding, registry } = await start(over);
  return { binding, registry, pad: await registry.waitFor('pin-pad', () => true, 5_000) };
}

describe('PIN pad over BLE (Nordic UART Service)', () => {
  it('finds the pad advertising NUS, connects and attaches it under its BLE address with the serial DEVICE INFO gives', async () => {
    const { pad, registry } = await attachedPad();
    expect(pad.identity).toEqual({ id: `pinpad:ble:${ADDRESS}`, kind: 'pin-pad', driver: 'pinpad', path: `ble:${ADDRESS}`, serial: 'BLE-001234' });
    expect(registry.health().get('ble')).toEqual({ state: 'ok' });
  });

  it('gets the X9.24-1 A.4 PIN block, every frame cut to the default MTU (20-byte writes and notifications)', async () => {
    const { binding, pad } = await attachedPad();
    const entry = pad.getOnlinePin(ONLINE);
    await binding.next('awaiting-pin');
    binding.keypad.press({ kind: 'digits', digits: '1234' });
    expect(await entry).toEqual({ kind: 'entered', pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') });
    expect(binding.oversized).toBe(0);
    expect(Math.max(...binding.writes)).toBe(20);
    expect(Math.max(...binding.notifications)).toBe(20);
    // The GET ONLINE PIN frame went out as a full 20-byte write and its rest, and arrived whole.
    expect(binding.writes.join()).toContain(`20,${REQUEST_FRAME - 20}`);
  });

  it('uses the larger MTU the peripheral agrees to: the request goes in one write', async () => {
    const { binding, pad } = await attachedPad({ mtu: 185 });
    const entry = pad.getOnlinePin(ONLINE);
    await binding.next('awaiting-pin');
    binding.keypad.press({ kind: 'digits', digits: '1234' });
    expect((await entry).kind).toBe('entered');
    expect(binding.writes).toContain(REQUEST_FRAME);
    expect(binding.writes.every((n) => n <= 182)).toBe(true);
  });

  it('verifies an offline PIN against the virtual card through the relay, over BLE', async () => {
    const { binding, pad } = await attachedPad();
    const card = inProcessTransport(createCard('visa', { interface: 'contact' }));
    expect((await exchange(card, selectCommand(fromHex('A0000000031010')))).sw).toBe(0x9000);
    const result = pad.verifyOfflinePin({ mode: 'plaintext', triesLeft: 3, timeoutMs: 10_000, bypassAllowed: false }, card);
    await binding.next('awaiting-pin');
    binding.keypad.press({ kind: 'digits', digits: '1234' });
    expect(await result).toEqual({ kind: 'verified' });
  });

  it('fails the entry in progress with E-BLE-0003 when the pad drops, marks it failed, detaches it, and attaches it again when it advertises', async () => {
    const { binding, pad, registry } = await attachedPad();
    const health: unknown[] = [];
    pad.events.on('health', (h) => health.push(h));
    const entry = pad.getOnlinePin(ONLINE);
    await binding.next('awaiting-pin');
    const scansBefore = binding.scans;
    binding.drop();
    expect((await rejectionOf(entry)).code).toBe('E-BLE-0003');
    expect(pad.health()).toEqual({ state: 'failed', code: 'E-BLE-0003' });
    expect(health).toContainEqual({ state: 'failed', code: 'E-BLE-0003' });
    // Scanning starts over; the pad advertises again and comes back as a new device.
    const again = await registry.waitFor('pin-pad', (p) => p !== pad, 5_000);
    expect(binding.scans).toBeGreaterThan(scansBefore);
    expect(again.identity.id).toBe(`pinpad:ble:${ADDRESS}`);
    expect(registry.list()).toHaveLength(1);
  });

  it('reports a peripheral that will not connect as degraded E-BLE-0004 and tries it again', async () => {
    const { binding, registry } = await start({ failConnects: 1 });
    const health: unknown[] = [];
    registry.events.on('provider-health', ({ health: h }) => health.push(h));
    const pad = await registry.waitFor('pin-pad', () => true, 5_000);
    expect(binding.connects).toBe(2);
    expect(health).toContainEqual({ state: 'degraded', code: 'E-BLE-0004' });
    expect(registry.health().get('ble')).toEqual({ state: 'ok' });
    expect(pad.identity.path).toBe(`ble:${ADDRESS}`);
  });

  it('is degraded with E-BLE-0002 while the adapter is powered off, with no device', async () => {
    const { registry } = await start({ adapter: 'poweredOff' });
    await until(() => registry.health().get('ble')?.state === 'degraded');
    expect(registry.health().get('ble')).toEqual({ state: 'degraded', code: 'E-BLE-0002' });
    expect(registry.list()).toEqual([]);
  });

  it('reports "BLE unavailable" (E-BLE-0001, failed) when noble cannot load — EAFNOSUPPORT from the HCI socket — and the registry carries on', async () => {
    const hciSocket = Object.assign(new Error('EAFNOSUPPORT, Address family not supported by protocol'), { code: 'EAFNOSUPPORT' });
    const load = () => loadNobleWith(() => Promise.reject(hciSocket)) as Promise<never>;
    const { registry } = await start({}, load);
    expect(registry.health().get('ble')).toEqual({ state: 'failed', code: 'E-BLE-0001' });
    const error = await rejectionOf(load());
    expect(error.context).toEqual({ reason: 'EAFNOSUPPORT' });
  });

  it('loads the platform noble, or fails with E-BLE-0001 and the system code — never another error', async () => {
    // On a machine without Bluetooth (CI) this is the EAFNOSUPPORT path for real.
    const outcome = await loadNoble().then(
      (central) => ({ loaded: typeof central.startScanningAsync === 'function' }),
      (error: unknown) => ({ code: isPosError(error) ? error.code : 'not a PosError', reason: isPosError(error) ? error.context['reason'] : undefined }),
    );
    if ('loaded' in outcome) expect(outcome.loaded).toBe(true);
    else expect(outcome).toEqual({ code: 'E-BLE-0001', reason: expect.stringMatching(/^E[A-Z]+$|^load$/) });
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}
