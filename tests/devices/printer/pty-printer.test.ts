// The ESC/POS driver on a serial line: socat's pty pair with the virtual printer process
// (src/emulators/printer/serve.ts) on one end, discovery and the driver on the other. The
// receipt the emulator renders to PNG is read back; paper out is set on the emulator's stdin;
// the line is pulled and plugged back in; the printer sends noise.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterDiscovery } from '../../../src/devices/printer/index.js';
import { createLogger, DeviceRegistry, type AnyDevice, type Printer } from '../../../src/kernel/index.js';
import { RECEIPT_QR, saleReceipt } from '../../fixtures/receipts/sale.js';
import { decodePng, readQr } from '../../support/png.js';
import { startPtyRig, until, type PtyRig } from '../../support/pty-rig.js';

const FAST = { pollMs: 50, confirmTimeoutMs: 5_000, answerTimeoutMs: 1_000, watchMs: 0 };

let rig: PtyRig;
let registry: DeviceRegistry;

beforeEach(async () => {
  rig = await startPtyRig({ serve: 'src/emulators/printer/serve.ts', args: (device, dir) => ['--pty', device, '--out', dir] });
  registry = new DeviceRegistry({
    providers: [new PrinterDiscovery({ endpoints: [{ kind: 'serial', path: rig.terminalPath }], retryMs: 100, printer: FAST })],
    log: createLogger({ name: 'test', level: 'silent' }),
  });
  await registry.start();
});

afterEach(async () => {
  await registry.stop();
  await rig.stop();
});

const printer = () => registry.waitFor('printer', () => true, 5_000);

describe('ESC/POS printer over a serial pty', () => {
  it('prints a sale receipt that the emulator renders to a PNG whose QR code reads back', async () => {
    const p = await printer();
    expect(p.identity).toMatchObject({ id: `escpos:${rig.terminalPath}`, path: rig.terminalPath });
    expect(await p.print(saleReceipt('pty-1'))).toEqual({ kind: 'printed', jobId: 'pty-1' });
    const receipt = await rig.next('receipt');
    expect(receipt.torn).toBe(false);
    expect(readQr(decodePng(new Uint8Array(readFileSync(receipt.file as string))))).toBe(RECEIPT_QR);
    expect(rig.events.filter((e) => e.event === 'parse-error')).toEqual([]);
  });

  it('refuses to print while the emulator is out of paper, then prints the job once', async () => {
    const p = await printer();
    rig.type('paper out');
    await rig.next('done');
    expect(await p.print(saleReceipt('pty-2'))).toMatchObject({ kind: 'failed', delivery: 'none', error: { code: 'E-PRINTER-0004' } });
    expect(await p.status()).toEqual({ paper: 'out', cover: 'closed', online: false });
    rig.type('paper ok');
    await rig.next('done');
    expect(await p.print(saleReceipt('pty-2'))).toEqual({ kind: 'printed', jobId: 'pty-2' });
    await rig.next('receipt');
    expect(rig.events.filter((e) => e.event === 'receipt')).toHaveLength(1);
  });

  it('detaches the printer when the line goes and attaches it again when it comes back', async () => {
    const first = await printer();
    const detached = new Promise<AnyDevice>((resolve) => registry.events.on('detached', resolve));
    await rig.unplug();
    expect((await detached).identity.id).toBe(first.identity.id);
    expect(registry.health().get('printer')).toMatchObject({ state: 'degraded' });
    await rig.plugIn();
    const again: Printer = await printer();
    expect(again).not.toBe(first);
    expect(await again.print(saleReceipt('pty-3'))).toEqual({ kind: 'printed', jobId: 'pty-3' });
    await until(() => registry.health().get('printer')?.state === 'ok', 2_000, 'provider health ok');
  });

  it('marks the printer degraded with E-PRINTER-0007 when it sends noise', async () => {
    const p = await printer();
    rig.type('noise FF00FF');
    await rig.next('done');
    await until(() => p.health().state === 'degraded', 2_000, 'noise to be noticed');
    expect(p.health()).toEqual({ state: 'degraded', code: 'E-PRINTER-0007' });
  });
});
