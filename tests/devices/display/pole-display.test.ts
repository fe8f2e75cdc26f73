// The pole display end to end over a real line: socat's pty pair, the display emulator process
// (src/emulators/display/serve.ts) keeping the 2x20 screen, the driver through serialport and
// the registry through DisplayDiscovery. Command set: Epson DM-D (src/wire/display/commands.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisplayDiscovery } from '../../../src/devices/display/index.js';
import { createLogger, DeviceRegistry, type Display } from '../../../src/kernel/index.js';
import { rejectionOf } from '../../support/pos-error.js';
import { startPtyRig, until, type EmulatorEvent, type PtyRig } from '../../support/pty-rig.js';

const blank = ' '.repeat(20);
let rig: PtyRig;
let registry: DeviceRegistry;
let display: Display;

const showing = (rows: string[]) => (e: EmulatorEvent) => JSON.stringify(e.rows) === JSON.stringify(rows);

beforeEach(async () => {
  rig = await startPtyRig({ serve: 'src/emulators/display/serve.ts', args: (port) => ['--port', port] });
  registry = new DeviceRegistry({ providers: [new DisplayDiscovery({ paths: [rig.terminalPath], retryMs: 200 })], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  display = await registry.waitFor('display', () => true, 5_000);
  // ESC @ on attach: the screen the tests start from.
  await rig.next('screen', showing([blank, blank]));
});

afterEach(async () => {
  await registry.stop();
  await rig.stop();
});

describe('pole display over a pty pair', () => {
  it('is attached with its path and 2x20 size', async () => {
    expect(display.identity).toEqual({ id: `display:${rig.terminalPath}`, kind: 'display', driver: 'display', path: rig.terminalPath, serial: null });
    expect(display.size).toEqual({ columns: 20, rows: 2 });
    expect(display.health()).toEqual({ state: 'ok' });
  });

  it('shows a title and a line on the two rows, then clears them', async () => {
    await display.show({ kind: 'text', title: 'TOTAL', lines: ['CNY 128.50'] });
    await rig.next('screen', showing(['TOTAL'.padEnd(20), 'CNY 128.50'.padEnd(20)]));
    await display.show({ kind: 'blank' });
    await rig.next('screen', showing([blank, blank]));
    rig.type('print');
    expect((await rig.next('printed')).rows).toEqual([blank, blank]);
  });

  it('writes the second row alone when the first is empty, and full 20-character rows', async () => {
    await display.show({ kind: 'text', title: null, lines: ['', 'THANK YOU'] });
    await rig.next('screen', showing([blank, 'THANK YOU'.padEnd(20)]));
    await display.show({ kind: 'text', title: null, lines: ['12345678901234567890', 'abcdefghijklmnopqrst'] });
    await rig.next('screen', showing(['12345678901234567890', 'abcdefghijklmnopqrst']));
  });

  it('refuses Chinese text with E-DISPLAY-0003 and leaves the screen as it was', async () => {
    await display.show({ kind: 'text', title: 'TOTAL', lines: ['CNY 8.00'] });
    await rig.next('screen', showing(['TOTAL'.padEnd(20), 'CNY 8.00'.padEnd(20)]));
    const error = await rejectionOf(display.show({ kind: 'text', title: '合计', lines: ['CNY 8.00'] }));
    expect(error.code).toBe('E-DISPLAY-0003');
    expect(error.context).toEqual({ row: 1, column: 1 });
    rig.type('print');
    expect((await rig.next('printed')).rows).toEqual(['TOTAL'.padEnd(20), 'CNY 8.00'.padEnd(20)]);
  });

  it('refuses a row over 20 characters, a third row and a QR screen, each with its code', async () => {
    expect((await rejectionOf(display.show({ kind: 'text', title: null, lines: ['x'.repeat(21)] }))).code).toBe('E-DISPLAY-0004');
    expect((await rejectionOf(display.show({ kind: 'text', title: 'a', lines: ['b', 'c'] }))).code).toBe('E-DISPLAY-0004');
    expect((await rejectionOf(display.show({ kind: 'qr', data: 'x', caption: null }))).code).toBe('E-DISPLAY-0005');
  });

  it('is failed with E-DISPLAY-0002 and detached when the pty vanishes, and attached again when it comes back', async () => {
    const health: unknown[] = [];
    display.events.on('health', (h) => health.push(h));
    const detached = new Promise((resolve) => registry.events.once('detached', resolve));
    await rig.unplug();
    expect(await detached).toBe(display);
    expect(health).toEqual([{ state: 'failed', code: 'E-DISPLAY-0002' }]);
    expect(registry.byKind('display')).toEqual([]);
    await until(() => registry.health().get('display')?.state === 'degraded', 5_000, 'provider degraded');
    expect(['E-DISPLAY-0001', 'E-DISPLAY-0002']).toContain((registry.health().get('display') as { code: string }).code);
    expect((await rejectionOf(display.show({ kind: 'blank' }))).code).toBe('E-DEV-0002');

    await rig.plugIn();
    const back = await registry.waitFor('display', () => true, 5_000);
    expect(back).not.toBe(display);
    await until(() => registry.health().get('display')?.state === 'ok', 5_000, 'provider ok');
    await back.show({ kind: 'text', title: 'WELCOME', lines: [] });
    await rig.next('screen', showing(['WELCOME'.padEnd(20), blank]));
  });
});
