// npm start's emulated peripherals (src/boot/emulated-peripherals.ts): three socat pty pairs and
// one process for the PIN pad, display, scanner and printer emulators. Each device's handle sends
// its commands to that device only and hears its events only, untagged, as from its own serve.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChildEvent } from '../../src/boot/child-process.js';
import { startEmulatedPeripherals, type EmulatedPeripherals } from '../../src/boot/emulated-peripherals.js';
import { connect, openSerialLine, SerialPinPad } from '../../src/devices/pinpad/index.js';
import { DEFAULT_PIN_ENTRY } from '../../src/payment/pin-pad-port.js';
import { until } from '../support/pty-rig.js';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let stateDir: string;
let emulated: EmulatedPeripherals;

beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'posrt-emulated-'));
});

afterEach(async () => {
  await emulated.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('the emulated peripherals npm start brings up', () => {
  it('runs the four emulators in one process beside three pty pairs, each handle addressing its own device', async () => {
    emulated = await startEmulatedPeripherals(stateDir, { pinPad: true, display: true, scanner: true, printer: true, typedAheadPin: null });
    expect(emulated.pinPads).toEqual([join(stateDir, 'devices', 'pinpad')]);
    expect(emulated.displays).toEqual([join(stateDir, 'devices', 'display')]);
    expect(emulated.scanners).toEqual([join(stateDir, 'devices', 'scanner')]);
    expect([...emulated.pinPads, ...emulated.displays, ...emulated.scanners].every((p) => existsSync(p))).toBe(true);
    expect(emulated.printer).toEqual({ kind: 'tcp', host: '127.0.0.1', port: emulated.printerProcess!.ready.port });
    expect(emulated.receiptDir).toBe(join(stateDir, 'receipts'));
    expect(emulated.pinPad!.ready).toEqual({ event: 'ready', port: join(stateDir, 'devices', 'pinpad-device') });
    // socat three times and the one emulator process.
    const pids = emulated.pids();
    expect(pids).toHaveLength(4);
    expect(new Set([emulated.pinPad!.pid, emulated.printerProcess!.pid, emulated.scannerProcess!.pid])).toEqual(new Set([pids[0]]));
    expect(pids.every(alive)).toBe(true);

    const heard: Record<string, ChildEvent[]> = { pinpad: [], printer: [], scanner: [] };
    emulated.pinPad!.onEvent((e) => heard.pinpad!.push(e));
    emulated.printerProcess!.onEvent((e) => heard.printer!.push(e));
    emulated.scannerProcess!.onEvent((e) => heard.scanner!.push(e));
    emulated.scannerProcess!.send('scan 1234567890');
    emulated.printerProcess!.send('paper out');
    emulated.pinPad!.send('cancel');
    await until(() => heard.scanner!.length === 1 && heard.printer!.length === 1 && heard.pinpad!.length === 1, 10_000, 'an event from each');
    expect(heard).toEqual({
      scanner: [{ event: 'scanned', length: 10 }],
      printer: [{ event: 'done', command: 'paper out' }],
      // No entry is in progress: the pad ignores the key, as its own process would.
      pinpad: [{ event: 'key-ignored' }],
    });

    await emulated.stop();
    expect(pids.filter(alive)).toEqual([]);
  });

  it('starts only what is wanted, the pad taking the demo\'s typed-ahead PIN at an entry by itself', async () => {
    emulated = await startEmulatedPeripherals(stateDir, { pinPad: true, display: false, scanner: false, printer: false, typedAheadPin: '1234' });
    expect([emulated.displays, emulated.scanners, emulated.printer, emulated.receiptDir, emulated.printerProcess, emulated.scannerProcess]).toEqual([[], [], null, null, null, null]);
    expect(emulated.pids()).toHaveLength(2);
    const pad = new SerialPinPad(await connect(emulated.pinPads[0]!, openSerialLine), openSerialLine);
    try {
      const entry = await pad.getOnlinePin({ ...DEFAULT_PIN_ENTRY, pan: '6222021234567890', amount: 100n, currency: { code: '156', exponent: 2 }, timeoutMs: 10_000 });
      expect(entry.kind).toBe('entered');
    } finally {
      await pad.close();
    }
  });
});
