// The keyboard-wedge scanner: the wedge emulator (src/emulators/scanner/wedge.ts) types codes as
// Linux input_event records (include/uapi/linux/input.h; key codes from input-event-codes.h)
// into a FIFO standing in for /dev/input/eventN, and the driver reads it as it would the device,
// through KeyboardWedgeDiscovery and the registry. 24-byte records are a 64-bit kernel's, 16-byte
// ones a 32-bit kernel's.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { KeyboardWedgeDiscovery } from '../../../src/devices/scanner/index.js';
import { createLogger, DeviceRegistry, type Scanner, type ScannerEvents } from '../../../src/kernel/index.js';
import { startPtyRig, until, type PtyRig } from '../../support/pty-rig.js';

const text = (s: string) => new TextEncoder().encode(s);

let rig: PtyRig;
let registry: DeviceRegistry;
let scans: ScannerEvents['scan'][];
let failures: ScannerEvents['scan-failed'][];

async function start(eventSize: 16 | 24): Promise<Scanner> {
  rig = await startPtyRig({ serve: 'src/emulators/scanner/wedge.ts', line: 'fifo', args: (device) => ['--device', device, '--event-size', String(eventSize)] });
  registry = new DeviceRegistry({ providers: [new KeyboardWedgeDiscovery({ paths: [rig.terminalPath], eventSize, retryMs: 200 })], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  const scanner = await registry.waitFor('scanner', () => true, 5_000);
  await listen(scanner);
  return scanner;
}

async function listen(scanner: Scanner): Promise<void> {
  scans = [];
  failures = [];
  scanner.events.on('scan', (s) => scans.push(s));
  scanner.events.on('scan-failed', (f) => failures.push(f));
  await scanner.enable();
}

afterEach(async () => {
  await registry.stop();
  await rig.stop();
});

describe('keyboard-wedge scanner through input events', () => {
  it('reads a payment code and a URL with shifted characters typed as 24-byte events', async () => {
    const scanner = await start(24);
    expect(scanner.identity).toEqual({ id: `keyboard-wedge:${rig.terminalPath}`, kind: 'scanner', driver: 'keyboard-wedge', path: rig.terminalPath, serial: null });
    rig.type('scan 134567890123456789');
    rig.type('scan HTTPS://qr.alipay.com/FKX0?t=A_b&x={1}');
    await until(() => scans.length === 2, 5_000, 'two scans');
    expect(scans).toEqual([
      { symbology: 'unknown', data: text('134567890123456789') },
      { symbology: 'unknown', data: text('HTTPS://qr.alipay.com/FKX0?t=A_b&x={1}') },
    ]);
  });

  it('reads 16-byte events, and reports a code typed past the bound as E-SCAN-0004', async () => {
    await start(16);
    rig.type(`scan ${'7'.repeat(1100)}`);
    rig.type('scan 281234567890123456');
    await until(() => failures.length === 1 && scans.length === 1, 10_000, 'an over-long code and a scan');
    expect(failures[0]!.error.code).toBe('E-SCAN-0004');
    expect(failures[0]!.error.context).toEqual({ length: 1100, maxLength: 1024 });
    expect(scans).toEqual([{ symbology: 'unknown', data: text('281234567890123456') }]);
  });

  it('is failed with E-SCAN-0002 and detached when the device goes away, and attached again when it is back', async () => {
    const scanner = await start(24);
    const detached = new Promise((resolve) => registry.events.once('detached', resolve));
    await rig.unplug();
    expect(await detached).toBe(scanner);
    expect(scanner.health()).toEqual({ state: 'failed', code: 'E-SCAN-0002' });
    await rig.plugIn();
    const back = await registry.waitFor('scanner', () => true, 5_000);
    expect(back).not.toBe(scanner);
    await listen(back);
    rig.type('scan 134567890123456789');
    await until(() => scans.length === 1, 5_000, 'a scan after replug');
    expect(scans[0]!.data).toEqual(text('134567890123456789'));
  });

  it('reports an input device that is not there as E-SCAN-0005 in the provider health', async () => {
    rig = await startPtyRig({ serve: 'src/emulators/scanner/wedge.ts', line: 'fifo', args: (device) => ['--device', device] });
    registry = new DeviceRegistry({ providers: [new KeyboardWedgeDiscovery({ paths: [join(rig.dir, 'no-such-event-device')], retryMs: 200 })], log: createLogger({ name: 'test', level: 'silent' }) });
    await registry.start();
    expect(registry.health().get('keyboard-wedge')).toEqual({ state: 'degraded', code: 'E-SCAN-0005' });
    expect(registry.byKind('scanner')).toEqual([]);
  });
});
