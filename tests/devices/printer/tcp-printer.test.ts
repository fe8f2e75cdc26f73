// The ESC/POS driver against the virtual printer over real TCP sockets on an ephemeral port:
// a zh-CN + en sale receipt, status answers, paper out refused and the job printed once after
// the paper is loaded, the printer going away mid-job and coming back, garbage on the line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeJob, EscPosPrinter, PrinterDiscovery, tcpLine } from '../../../src/devices/printer/index.js';
import { createLogger, DeviceRegistry, type Printer } from '../../../src/kernel/index.js';
import { renderReceipt } from '../../../src/emulators/printer/render.js';
import { VirtualPrinter } from '../../../src/emulators/printer/virtual-printer.js';
import { RECEIPT_QR, saleReceipt } from '../../fixtures/receipts/sale.js';
import { decodePng, readQr } from '../../support/png.js';
import { rejectionOf } from '../../support/pos-error.js';
import { until } from '../../support/pty-rig.js';

const FAST = { pollMs: 50, confirmTimeoutMs: 3_000, answerTimeoutMs: 500, watchMs: 0 };

let virtual: VirtualPrinter;
let port: number;

beforeEach(async () => {
  virtual = new VirtualPrinter();
  port = await virtual.listen(0);
});

afterEach(async () => {
  await virtual.close();
});

async function connected(): Promise<EscPosPrinter> {
  const open = tcpLine('127.0.0.1', port);
  return new EscPosPrinter(await open(), open, FAST);
}

const texts = (i: number) =>
  virtual.receipts[i]!.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((r) => r.text).join('')] : [])).join('\n');

describe('ESC/POS printer over TCP 9100', () => {
  it('prints a zh-CN and English sale receipt that the virtual printer renders with a readable QR code', async () => {
    const printer = await connected();
    expect(await printer.print(saleReceipt('sale-1'))).toEqual({ kind: 'printed', jobId: 'sale-1' });
    await printer.close();
    expect(virtual.parseErrors).toEqual([]);
    expect(virtual.receipts).toHaveLength(1);
    expect(texts(0)).toContain('签购单 SALE · 商户存根 MERCHANT COPY');
    expect(texts(0)).toContain('622202******3457');
    expect(readQr(decodePng(renderReceipt(virtual.receipts[0]!).png))).toBe(RECEIPT_QR);
  });

  it('reports paper near end, cover open and errors from DLE EOT, with health to match', async () => {
    const printer = await connected();
    const paper: string[] = [];
    printer.events.on('paper', (p) => paper.push(p));
    expect(await printer.status()).toEqual({ paper: 'ok', cover: 'closed', online: true });
    virtual.setPaper('low');
    expect(await printer.status()).toEqual({ paper: 'low', cover: 'closed', online: true });
    expect(printer.health()).toEqual({ state: 'degraded', code: 'E-PRINTER-0012' });
    virtual.setCover('open');
    expect(await printer.status()).toEqual({ paper: 'low', cover: 'open', online: false });
    expect(printer.health()).toEqual({ state: 'failed', code: 'E-PRINTER-0005' });
    virtual.setCover('closed');
    virtual.setPaper('ok');
    virtual.setError('cutter');
    expect((await printer.print(saleReceipt('jam'))).kind).toBe('failed');
    expect(printer.health()).toEqual({ state: 'failed', code: 'E-PRINTER-0006' });
    virtual.setError('none');
    await printer.status();
    expect(printer.health()).toEqual({ state: 'ok' });
    expect(paper).toEqual(['ok', 'low', 'ok']);
    await printer.close();
  });

  it('keeps paper and health current between receipts by polling status while idle', async () => {
    const open = tcpLine('127.0.0.1', port);
    const printer = new EscPosPrinter(await open(), open, { ...FAST, watchMs: 50 });
    const paper: string[] = [];
    printer.events.on('paper', (p) => paper.push(p));
    virtual.setPaper('low');
    await until(() => paper.includes('low'), 2_000, 'paper low to be noticed');
    virtual.setPaper('out');
    await until(() => printer.health().state === 'failed', 2_000, 'paper out to be noticed');
    expect(printer.health()).toEqual({ state: 'failed', code: 'E-PRINTER-0004' });
    expect(paper.slice(-2)).toEqual(['low', 'out']);
    await printer.close();
  });

  it('refuses a job while the paper is out and prints it whole, once, after paper is loaded', async () => {
    const printer = await connected();
    virtual.setPaper('out');
    const refused = await printer.print(saleReceipt('sale-2'));
    expect(refused).toMatchObject({ kind: 'failed', jobId: 'sale-2', delivery: 'none', error: { code: 'E-PRINTER-0004' } });
    expect(printer.health()).toEqual({ state: 'failed', code: 'E-PRINTER-0004' });
    expect(virtual.receipts).toHaveLength(0);
    virtual.setPaper('ok');
    expect(await printer.print(saleReceipt('sale-2'))).toEqual({ kind: 'printed', jobId: 'sale-2' });
    await printer.close();
    expect(virtual.receipts).toHaveLength(1);
    expect(virtual.receipts[0]!.torn).toBe(false);
    expect(virtual.receipts[0]!.elements.map((e) => e.kind)).toEqual(printedKinds());
    expect(virtual.dropped).toBe(0);
  });

  it('reports a job cut off by the printer going away as partial, and prints it whole when the printer is back', async () => {
    const registry = new DeviceRegistry({ providers: [new PrinterDiscovery({ endpoints: [{ kind: 'tcp', host: '127.0.0.1', port }], retryMs: 100, printer: FAST })], log: createLogger({ name: 'test', level: 'silent' }) });
    await registry.start();
    try {
      const printer = await registry.waitFor('printer', () => true, 5_000);
      expect(printer.identity).toMatchObject({ id: `escpos:tcp://127.0.0.1:${port}`, driver: 'escpos' });
      const detached = new Promise<Printer>((resolve) => registry.events.on('detached', (d) => resolve(d as Printer)));
      // Past the logo (1.5 kB of raster) and into the text: the top of the receipt comes out.
      virtual.powerOffAfter(2_500);
      const cut = await printer.print(saleReceipt('sale-3'));
      expect(cut).toMatchObject({ kind: 'failed', jobId: 'sale-3', delivery: 'partial', error: { code: 'E-PRINTER-0003' } });
      expect((await detached).identity.id).toBe(printer.identity.id);
      expect(registry.health().get('printer')).toEqual({ state: 'degraded', code: 'E-PRINTER-0003' });
      expect(virtual.receipts.map((r) => r.torn)).toEqual([true]);

      await virtual.powerOn();
      const back = await registry.waitFor('printer', () => true, 5_000);
      expect(await back.print(saleReceipt('sale-3'))).toEqual({ kind: 'printed', jobId: 'sale-3' });
      expect(registry.health().get('printer')).toEqual({ state: 'ok' });
      expect(virtual.receipts.map((r) => r.torn)).toEqual([true, false]);
      expect(virtual.receipts[1]!.elements.map((e) => e.kind)).toEqual(printedKinds());
    } finally {
      await registry.stop();
    }
  });

  it('notices the paper running out halfway through a job and prints the job whole after reloading', async () => {
    const printer = await connected();
    virtual.paperOutAfter(2_500);
    const halfway = await printer.print(saleReceipt('sale-5'));
    expect(halfway).toMatchObject({ kind: 'failed', jobId: 'sale-5', delivery: 'partial', error: { code: 'E-PRINTER-0004' } });
    expect(virtual.receipts).toHaveLength(0);
    expect(virtual.pending.length).toBeGreaterThan(0);
    expect(virtual.dropped).toBeGreaterThan(0);
    virtual.setPaper('ok');
    expect(await printer.print(saleReceipt('sale-5'))).toEqual({ kind: 'printed', jobId: 'sale-5' });
    await printer.close();
    expect(virtual.receipts).toHaveLength(1);
  });

  it('fails a job the printer never confirms with E-PRINTER-0008 once the confirm time is up', async () => {
    const open = tcpLine('127.0.0.1', port);
    const printer = new EscPosPrinter(await open(), open, { ...FAST, confirmTimeoutMs: 300 });
    virtual.confirmJobs(false);
    expect(await printer.print(saleReceipt('sale-6'))).toMatchObject({ kind: 'failed', delivery: 'partial', error: { code: 'E-PRINTER-0008' } });
    await printer.close();
  });

  it('ends a job with E-PRINTER-0003 when the connection drops before the printer confirms it', async () => {
    const printer = await connected();
    virtual.confirmJobs(false);
    const job = printer.print(saleReceipt('sale-4'));
    await until(() => virtual.receipts.length > 0, 2_000, 'the job to print');
    await virtual.powerOff();
    expect(await job).toMatchObject({ kind: 'failed', jobId: 'sale-4', delivery: 'partial', error: { code: 'E-PRINTER-0003' } });
    expect(await rejectionOf(printer.status())).toMatchObject({ code: 'E-PRINTER-0003' });
    expect(printer.health()).toEqual({ state: 'failed', code: 'E-PRINTER-0003' });
  });

  it('reports garbage from the printer with E-PRINTER-0007 and reads the next answer normally', async () => {
    const printer = await connected();
    virtual.garbleNextAnswer(Uint8Array.of(0xff, 0x00, 0x41));
    expect(await rejectionOf(printer.status())).toMatchObject({ code: 'E-PRINTER-0007', context: { byte: 0xff } });
    expect(printer.health()).toEqual({ state: 'degraded', code: 'E-PRINTER-0007' });
    expect(await printer.status()).toEqual({ paper: 'ok', cover: 'closed', online: true });
    expect(printer.health()).toEqual({ state: 'ok' });
    virtual.sendUnasked(Uint8Array.of(0x00, 0x99));
    await until(() => printer.health().state === 'degraded', 2_000, 'unasked garbage to be noticed');
    expect(await printer.print(saleReceipt('after-noise'))).toEqual({ kind: 'printed', jobId: 'after-noise' });
    await printer.close();
  });

  it('keeps one job id from printing twice at once and queues different jobs in order', async () => {
    const printer = await connected();
    const [a, b, c] = await Promise.all([printer.print(saleReceipt('q-1')), printer.print(saleReceipt('q-1')), printer.print(saleReceipt('q-2'))]);
    expect(a).toEqual({ kind: 'printed', jobId: 'q-1' });
    expect(b).toMatchObject({ kind: 'failed', delivery: 'none', error: { code: 'E-PRINTER-0011' } });
    expect(c).toEqual({ kind: 'printed', jobId: 'q-2' });
    await printer.close();
    expect(virtual.receipts).toHaveLength(2);
    expect(await printer.print(saleReceipt('closed'))).toMatchObject({ kind: 'failed', delivery: 'none', error: { code: 'E-DEV-0002' } });
  });

  it('reports a printer that does not answer status with E-PRINTER-0001', async () => {
    const open = tcpLine('127.0.0.1', port);
    const printer = new EscPosPrinter(await open(), open, { ...FAST, answerTimeoutMs: 200 });
    virtual.garbleNextAnswer(new Uint8Array(0));
    expect(await rejectionOf(printer.status())).toMatchObject({ code: 'E-PRINTER-0001' });
    expect(printer.health()).toEqual({ state: 'degraded', code: 'E-PRINTER-0001' });
    await printer.close();
  });
});

/** The element kinds the sale receipt prints, from the fixture, for "the whole job" checks. */
function printedKinds(): string[] {
  const v = new VirtualPrinter();
  v.session(() => undefined).push(encodeJob(saleReceipt('kinds')));
  return v.receipts[0]!.elements.map((e) => e.kind);
}
