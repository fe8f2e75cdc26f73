// USB printers through the `usb` legacy API's shape. Where /sys/bus/usb/devices is absent (CI,
// containers) the provider says E-PRINTER-0009 and the registry carries on; elsewhere the tests
// inject a USB backend whose printer-class device carries its bulk transfers to the virtual
// printer's parser, so the driver's USB path (kernel driver detach, claim, bulk OUT, polled bulk
// IN, attach/detach) runs against the real emulator.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsbPrinterDiscovery, type UsbBackend, type UsbDeviceLike, type UsbInterfaceLike } from '../../../src/devices/printer/index.js';
import { VirtualPrinter, type Session } from '../../../src/emulators/printer/virtual-printer.js';
import { createLogger, DeviceRegistry, type AnyDevice } from '../../../src/kernel/index.js';
import { RECEIPT_QR, saleReceipt } from '../../fixtures/receipts/sale.js';
import { renderReceipt } from '../../../src/emulators/printer/render.js';
import { decodePng, readQr } from '../../support/png.js';
import { until } from '../../support/pty-rig.js';

const FAST = { pollMs: 50, confirmTimeoutMs: 3_000, answerTimeoutMs: 500, watchMs: 0 };
const BULK = 2;

class FakeInEndpoint extends EventEmitter {
  readonly direction = 'in' as const;
  readonly transferType = BULK;
  polling = false;
  startPoll(): void {
    this.polling = true;
  }
  stopPoll(callback: () => void): void {
    this.polling = false;
    setImmediate(callback);
  }
}

/** A USB receipt printer (class 7, protocol 2) whose other end is the virtual printer. */
class FakeUsbPrinter implements UsbDeviceLike {
  readonly deviceDescriptor = { idVendor: 0x0416, idProduct: 0x5011 };
  readonly configDescriptor: { interfaces: { bInterfaceClass: number }[][] };
  interfaces: UsbInterfaceLike[] | undefined;
  kernelDriver = true;
  claimed = false;
  private readonly inp = new FakeInEndpoint();
  private session: Session | null = null;

  constructor(
    private readonly virtual: VirtualPrinter,
    readonly busNumber: number,
    readonly portNumbers: number[],
    private readonly shape: { bidirectional: boolean; interfaceClass: number } = { bidirectional: true, interfaceClass: 7 },
  ) {
    this.configDescriptor = { interfaces: [[{ bInterfaceClass: shape.interfaceClass }]] };
  }

  open(): void {
    const inp = this.inp;
    this.session = this.virtual.session((bytes) => inp.polling && inp.emit('data', Buffer.from(bytes)));
    const session = this.session;
    const out = {
      direction: 'out' as const,
      transferType: BULK,
      transfer: (buffer: Buffer, callback: (error: Error | undefined, actual: number) => void) => {
        session.push(new Uint8Array(buffer));
        setImmediate(() => callback(undefined, buffer.length));
      },
    };
    this.interfaces = [
      {
        descriptor: { bInterfaceClass: this.shape.interfaceClass },
        endpoints: this.shape.bidirectional ? [out, this.inp] : [out],
        isKernelDriverActive: () => this.kernelDriver,
        detachKernelDriver: () => void (this.kernelDriver = false),
        claim: () => {
          if (this.kernelDriver) throw new Error('LIBUSB_ERROR_BUSY');
          this.claimed = true;
        },
        release: (_close, callback) => {
          this.claimed = false;
          setImmediate(callback);
        },
      },
    ];
  }

  close(): void {
    this.session?.end();
    this.interfaces = undefined;
  }

  /** The cable pulled: libusb fails the polled IN transfers with NO_DEVICE. */
  unplug(): void {
    this.inp.emit('error', new Error('LIBUSB_TRANSFER_NO_DEVICE'));
  }
}

class FakeBackend extends EventEmitter implements UsbBackend {
  constructor(readonly devices: UsbDeviceLike[]) {
    super();
  }
  getDeviceList(): readonly UsbDeviceLike[] {
    return this.devices;
  }
}

let virtual: VirtualPrinter;
let sysfs: string;
let registry: DeviceRegistry | null = null;

beforeEach(() => {
  virtual = new VirtualPrinter();
  sysfs = mkdtempSync(join(tmpdir(), 'posrt-sysfs-'));
});

afterEach(async () => {
  await registry?.stop();
  registry = null;
  rmSync(sysfs, { recursive: true, force: true });
});

async function start(backend: UsbBackend, sysfsPath = sysfs): Promise<DeviceRegistry> {
  registry = new DeviceRegistry({
    providers: [new UsbPrinterDiscovery({ sysfs: sysfsPath, backend: async () => backend, printer: FAST })],
    log: createLogger({ name: 'test', level: 'silent' }),
  });
  await registry.start();
  return registry;
}

describe('USB printer discovery and driver', () => {
  it('reports USB unavailable with E-PRINTER-0009 where /sys/bus/usb/devices is absent, and carries on', async () => {
    let loaded = false;
    const r = new DeviceRegistry({
      providers: [new UsbPrinterDiscovery({ sysfs: join(sysfs, 'absent'), backend: async () => ((loaded = true), new FakeBackend([])) })],
      log: createLogger({ name: 'test', level: 'silent' }),
    });
    registry = r;
    await r.start();
    expect(r.health().get('printer-usb')).toEqual({ state: 'failed', code: 'E-PRINTER-0009' });
    expect(loaded).toBe(false);
    expect(r.byKind('printer')).toEqual([]);
  });

  it('reports E-PRINTER-0009 when the usb module cannot be loaded', async () => {
    registry = new DeviceRegistry({
      providers: [new UsbPrinterDiscovery({ sysfs, backend: () => Promise.reject(new Error('libusb_init failed')) })],
      log: createLogger({ name: 'test', level: 'silent' }),
    });
    await registry.start();
    expect(registry.health().get('printer-usb')).toEqual({ state: 'failed', code: 'E-PRINTER-0009' });
  });

  it('detaches usblp, claims the printer interface and prints a receipt over bulk OUT with status on bulk IN', async () => {
    const device = new FakeUsbPrinter(virtual, 1, [2, 4]);
    const r = await start(new FakeBackend([device]));
    const printer = await r.waitFor('printer', () => true, 2_000);
    expect(printer.identity).toMatchObject({ id: 'escpos:usb:1-2.4', path: 'usb:1-2.4', driver: 'escpos' });
    expect(device.kernelDriver).toBe(false);
    expect(device.claimed).toBe(true);
    expect(await printer.print(saleReceipt('usb-1'))).toEqual({ kind: 'printed', jobId: 'usb-1' });
    expect(virtual.receipts).toHaveLength(1);
    expect(readQr(decodePng(renderReceipt(virtual.receipts[0]!).png))).toBe(RECEIPT_QR);
    virtual.setPaper('out');
    expect(await printer.print(saleReceipt('usb-2'))).toMatchObject({ kind: 'failed', delivery: 'none', error: { code: 'E-PRINTER-0004' } });
  });

  it('follows hot-plug: a printer attached later appears, one pulled out is detached', async () => {
    const backend = new FakeBackend([]);
    const r = await start(backend);
    expect(r.byKind('printer')).toEqual([]);
    const device = new FakeUsbPrinter(virtual, 3, [1]);
    backend.emit('attach', device);
    const printer = await r.waitFor('printer', () => true, 2_000);
    const detached = new Promise<AnyDevice>((resolve) => r.events.on('detached', resolve));
    device.unplug();
    expect((await detached).identity.id).toBe(printer.identity.id);
    backend.emit('detach', device);
    expect(r.byKind('printer')).toEqual([]);
    expect(await printer.print(saleReceipt('gone'))).toMatchObject({ kind: 'failed', delivery: 'none' });
  });

  it('ignores devices of other classes and refuses a unidirectional printer with E-PRINTER-0013', async () => {
    const hid = new FakeUsbPrinter(virtual, 1, [5], { bidirectional: true, interfaceClass: 3 });
    const oneWay = new FakeUsbPrinter(virtual, 1, [6], { bidirectional: false, interfaceClass: 7 });
    const r = await start(new FakeBackend([hid, oneWay]));
    await until(() => r.health().get('printer-usb')?.state === 'degraded', 2_000, 'the refusal');
    expect(r.health().get('printer-usb')).toEqual({ state: 'degraded', code: 'E-PRINTER-0013' });
    expect(r.byKind('printer')).toEqual([]);
    expect(oneWay.claimed).toBe(false);
    expect(hid.interfaces).toBeUndefined();
  });
});
