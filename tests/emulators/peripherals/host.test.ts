// The peripherals host (src/emulators/peripherals/serve.ts) as the process npm start runs: the
// PIN pad, display and scanner emulators on real socat pty pairs and the printer on TCP, all in
// one process, each under its real driver. Commands are addressed `<device> <command>` on its
// stdin and every event comes back tagged with its device. Online PIN vector: ANSI X9.24-1:2009
// Annex A.4 (BDK 0123456789ABCDEFFEDCBA9876543210, KSN FFFF9876543210E00001, PIN 1234, PAN
// 4012345678909 → 1B9C1845EB993A7A), as in tests/devices/pinpad/serial-pin-pad.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeModuleCommand, startChild, type Child, type ChildEvent } from '../../../src/boot/child-process.js';
import { ptyPair, type PtyPair } from '../../../src/boot/pty-pair.js';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { DisplayDiscovery } from '../../../src/devices/display/index.js';
import { connect, openSerialLine, SerialPinPad } from '../../../src/devices/pinpad/index.js';
import { EscPosPrinter, tcpLine } from '../../../src/devices/printer/index.js';
import { ScannerDiscovery } from '../../../src/devices/scanner/index.js';
import { createLogger, DeviceRegistry, type Display, type Scanner, type ScannerEvents } from '../../../src/kernel/index.js';
import { DEFAULT_PIN_ENTRY } from '../../../src/payment/pin-pad-port.js';
import { deriveTdesIpek } from '../../../src/security/index.js';
import { RECEIPT_QR, saleReceipt } from '../../fixtures/receipts/sale.js';
import { decodePng, readQr } from '../../support/png.js';
import { rejectionOf } from '../../support/pos-error.js';
import { until } from '../../support/pty-rig.js';

const TDES_BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const TDES_IKSN = fromHex('FFFF9876543210E00000');
const KEY_FILE = {
  identity: { model: 'test pad', serial: 'VPP-HOST-0001', firmware: '9.9.9' },
  slots: [{ slot: 1, algorithm: 'tdes', initialKey: toHex(deriveTdesIpek(TDES_BDK, TDES_IKSN)), ksn: toHex(TDES_IKSN) }],
};
const blank = ' '.repeat(20);
const log = createLogger({ name: 'test', level: 'silent' });

let dir: string;
let pairs: Record<'pinpad' | 'display' | 'scanner', PtyPair>;
let host: Child;
let events: ChildEvent[];
let taken: Set<ChildEvent>;

function startHost(args: readonly string[]): Promise<Child> {
  const { command, args: node } = nodeModuleCommand('emulators/peripherals/serve');
  return startChild({ name: 'peripherals', command, args: [...node, ...args], readyEvent: 'ready' });
}

/** The first event (seen or to come, not taken before) from `device` that is `event`. */
async function next(device: string | undefined, event: string, where: (e: ChildEvent) => boolean = () => true): Promise<ChildEvent> {
  let found: ChildEvent | undefined;
  await until(() => (found = events.find((e) => e.device === device && e.event === event && !taken.has(e) && where(e))) !== undefined, 15_000, `${device ?? 'host'} ${event}`);
  taken.add(found!);
  return found!;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'posrt-host-'));
  writeFileSync(join(dir, 'keys.json'), JSON.stringify(KEY_FILE));
  const [pinpad, display, scanner] = await Promise.all([ptyPair(dir, 'pinpad'), ptyPair(dir, 'display'), ptyPair(dir, 'scanner')]);
  pairs = { pinpad, display, scanner };
  host = await startHost([
    ...['--pinpad-port', pinpad.devicePath, '--pinpad-keys', join(dir, 'keys.json')],
    ...['--display-port', display.devicePath, '--scanner-port', scanner.devicePath],
    ...['--printer-port', '0', '--printer-out', join(dir, 'receipts')],
  ]);
  events = [];
  taken = new Set();
  host.onEvent((e) => events.push(e));
});

afterEach(async () => {
  await host.stop();
  await Promise.all(Object.values(pairs).map((p) => p.stop()));
  rmSync(dir, { recursive: true, force: true });
});

/** The display and scanner attached through their discoveries, the scanner's reads collected. */
async function registryOf(): Promise<{ registry: DeviceRegistry; display: Display; scanner: Scanner; scans: ScannerEvents['scan'][] }> {
  const registry = new DeviceRegistry({
    providers: [new DisplayDiscovery({ paths: [pairs.display.terminalPath], retryMs: 200 }), new ScannerDiscovery({ paths: [pairs.scanner.terminalPath], retryMs: 200 })],
    log,
  });
  await registry.start();
  const display = await registry.waitFor('display', () => true, 5_000);
  const scanner = await registry.waitFor('scanner', () => true, 5_000);
  const scans: ScannerEvents['scan'][] = [];
  scanner.events.on('scan', (s) => scans.push(s));
  await scanner.enable();
  return { registry, display, scanner, scans };
}

describe('the peripherals host: PIN pad, display, scanner and printer emulators in one process', () => {
  it('says one ready line with each device ready, the printer on the port it bound', () => {
    expect(Object.keys(host.ready.devices as object).sort()).toEqual(['display', 'pinpad', 'printer', 'scanner']);
    const devices = host.ready.devices as Record<string, ChildEvent>;
    expect(devices.pinpad).toEqual({ event: 'ready', port: pairs.pinpad.devicePath });
    expect(devices.printer).toEqual({ event: 'ready', port: expect.any(Number), out: join(dir, 'receipts') });
    expect(devices.printer!.port).toBeGreaterThan(0);
  });

  it('routes each command to its device and tags each event with it, under the real drivers', async () => {
    const { registry, display, scans } = await registryOf();
    const pad = new SerialPinPad(await connect(pairs.pinpad.terminalPath, openSerialLine), openSerialLine);
    const open = tcpLine('127.0.0.1', (host.ready.devices as Record<string, ChildEvent>).printer!.port as number);
    const printer = new EscPosPrinter(await open(), open, { pollMs: 50, confirmTimeoutMs: 5_000, answerTimeoutMs: 1_000, watchMs: 0 });
    try {
      // The PIN typed for the pad reaches the pad only: the A.4 block for 1234 comes back.
      const entry = pad.getOnlinePin({ ...DEFAULT_PIN_ENTRY, pan: '4012345678909', amount: 12_345n, currency: { code: '156', exponent: 2 }, timeoutMs: 10_000 });
      expect(await next('pinpad', 'awaiting-pin')).toEqual({ device: 'pinpad', event: 'awaiting-pin', mode: 'online' });
      host.send('pinpad 1234');
      expect(await entry).toEqual({ kind: 'entered', pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') });
      await next('pinpad', 'entry-ended');

      await display.show({ kind: 'text', title: 'TOTAL', lines: ['CNY 128.50'] });
      await next('display', 'screen', (e) => JSON.stringify(e.rows) === JSON.stringify(['TOTAL'.padEnd(20), 'CNY 128.50'.padEnd(20)]));
      host.send('display print');
      expect((await next('display', 'printed')).rows).toEqual(['TOTAL'.padEnd(20), 'CNY 128.50'.padEnd(20)]);

      host.send('scanner scan 134567890123456789');
      expect(await next('scanner', 'scanned')).toEqual({ device: 'scanner', event: 'scanned', length: 18 });
      await until(() => scans.length === 1, 5_000, 'the scan');
      expect(new TextDecoder().decode(scans[0]!.data)).toBe('134567890123456789');

      expect(await printer.print(saleReceipt('host-1'))).toEqual({ kind: 'printed', jobId: 'host-1' });
      const receipt = await next('printer', 'receipt');
      expect(dirname(receipt.file as string)).toBe(join(dir, 'receipts'));
      expect(readQr(decodePng(new Uint8Array(readFileSync(receipt.file as string))))).toBe(RECEIPT_QR);

      // Each event came from the device it names, and none was left untagged.
      expect(events.every((e) => typeof e.device === 'string')).toBe(true);
      expect(new Set(events.filter((e) => e.event === 'screen').map((e) => e.device))).toEqual(new Set(['display']));
      expect(new Set(events.filter((e) => e.event === 'awaiting-pin' || e.event === 'entry-ended').map((e) => e.device))).toEqual(new Set(['pinpad']));
    } finally {
      await printer.close();
      await pad.close();
      await registry.stop();
    }
  });

  it('answers a bad command as that device\'s and a line for no device as the host\'s; the others go on', async () => {
    const { registry, display, scans } = await registryOf();
    try {
      host.send('scanner raw zz');
      expect(await next('scanner', 'command-failed')).toEqual({ device: 'scanner', event: 'command-failed', code: 'E-CORE-0002' });
      host.send('printer paper sideways');
      expect(await next('printer', 'command-ignored')).toEqual({ device: 'printer', event: 'command-ignored' });
      host.send('pinpd 1234');
      expect(await next('pinpd', 'not-running')).toEqual({ event: 'not-running', device: 'pinpd' });

      host.send('scanner scan AFTER-TYPO');
      await until(() => scans.length === 1, 5_000, 'a scan after the typo');
      expect(new TextDecoder().decode(scans[0]!.data)).toBe('AFTER-TYPO');
      host.send('printer paper out');
      expect(await next('printer', 'done')).toEqual({ device: 'printer', event: 'done', command: 'paper out' });
      await display.show({ kind: 'text', title: 'STILL', lines: ['HERE'] });
      await next('display', 'screen', (e) => (e.rows as string[])[0] === 'STILL'.padEnd(20));
    } finally {
      await registry.stop();
    }
  });

  it('says line-closed for a device whose pty pair goes away, and routes nothing more to it; the others go on', async () => {
    await pairs.display.stop();
    expect(await next('display', 'line-closed')).toEqual({ device: 'display', event: 'line-closed' });
    host.send('display print');
    expect(await next('display', 'not-running')).toEqual({ event: 'not-running', device: 'display' });
    host.send('scanner scan 42');
    expect(await next('scanner', 'scanned')).toEqual({ device: 'scanner', event: 'scanned', length: 2 });
    expect(events.some((e) => e.device === 'display' && e.event === 'printed')).toBe(false);
  });
});

describe('the peripherals host started for some devices', () => {
  it('runs only those given, and fails naming the device that cannot start', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'posrt-host-'));
    try {
      const printerOnly = await startHost(['--printer-port', '0', '--printer-out', scratch]);
      expect(Object.keys(printerOnly.ready.devices as object)).toEqual(['printer']);
      await printerOnly.stop();

      const missing = join(scratch, 'no-such-pty');
      writeFileSync(join(scratch, 'keys.json'), JSON.stringify(KEY_FILE));
      const error = await rejectionOf(startHost(['--pinpad-port', missing, '--pinpad-keys', join(scratch, 'keys.json'), '--printer-port', '0', '--printer-out', scratch]));
      expect(error.code).toBe('E-BOOT-0001');
      expect(error.context.process).toBe('peripherals');
      expect(error.context.reason).toMatch(new RegExp(`^pinpad: .*${missing}`));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
