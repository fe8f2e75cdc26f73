// Discovery of USB printers (printer class 7) with the `usb` package's legacy API: the devices
// present at start and libusb hot-plug attach/detach after it. `usb` is imported lazily, behind
// a check for /sys/bus/usb/devices: without it (containers, CI) libusb has nothing to enumerate,
// and the provider reports E-PRINTER-0009 as its health and carries on instead of failing the
// boot. Tests inject a backend with devices of their own.
import { existsSync } from 'node:fs';
import { isPosError } from '../../errors/index.js';
import { HEALTH_OK, type DiscoveryProvider, type DiscoverySink } from '../../kernel/index.js';
import type { EscPosPrinter, EscPosPrinterOptions } from './escpos-printer.js';
import { probePrinter } from './probe.js';
import { isUsbPrinter, usbLine, usbPath, type UsbDeviceLike } from './usb-line.js';

export const SYSFS_USB_DEVICES = '/sys/bus/usb/devices';

/** The part of `usb`'s legacy module this provider uses. */
export interface UsbBackend {
  getDeviceList(): readonly UsbDeviceLike[];
  on(event: 'attach' | 'detach', listener: (device: UsbDeviceLike) => void): unknown;
  removeListener(event: 'attach' | 'detach', listener: (device: UsbDeviceLike) => void): unknown;
}

export interface UsbPrinterDiscoveryOptions {
  readonly sysfs?: string;
  readonly backend?: () => Promise<UsbBackend>;
  readonly printer?: EscPosPrinterOptions;
}

async function loadUsb(): Promise<UsbBackend> {
  const { usb } = await import('usb');
  return usb as unknown as UsbBackend;
}

export class UsbPrinterDiscovery implements DiscoveryProvider {
  readonly name = 'printer-usb';
  private sink: DiscoverySink | null = null;
  private backend: UsbBackend | null = null;
  private readonly printers = new Map<string, EscPosPrinter>();
  private readonly onAttach = (device: UsbDeviceLike) => void this.add(device);
  private readonly onDetach = (device: UsbDeviceLike) => this.remove(usbPath(device));

  constructor(private readonly options: UsbPrinterDiscoveryOptions = {}) {}

  async start(sink: DiscoverySink): Promise<void> {
    this.sink = sink;
    const sysfs = this.options.sysfs ?? SYSFS_USB_DEVICES;
    if (!existsSync(sysfs)) return sink.health({ state: 'failed', code: 'E-PRINTER-0009' });
    let backend: UsbBackend;
    try {
      backend = await (this.options.backend ?? loadUsb)();
    } catch {
      return sink.health({ state: 'failed', code: 'E-PRINTER-0009' });
    }
    this.backend = backend;
    backend.on('attach', this.onAttach);
    backend.on('detach', this.onDetach);
    sink.health(HEALTH_OK);
    await Promise.all(backend.getDeviceList().map((d) => this.add(d)));
  }

  async stop(): Promise<void> {
    this.backend?.removeListener('attach', this.onAttach);
    this.backend?.removeListener('detach', this.onDetach);
    this.backend = null;
    this.sink = null;
    const left = [...this.printers.values()];
    this.printers.clear();
    await Promise.all(left.map((p) => p.close()));
  }

  private async add(device: UsbDeviceLike): Promise<void> {
    if (!isUsbPrinter(device) || this.printers.has(usbPath(device))) return;
    const path = usbPath(device);
    let printer: EscPosPrinter;
    try {
      printer = await probePrinter(usbLine(device), { ...this.options.printer, onLost: () => this.remove(path) });
    } catch (error) {
      this.sink?.health({ state: 'degraded', code: isPosError(error) ? error.code : 'E-PRINTER-0013' });
      return;
    }
    if (!this.sink) return void (await printer.close());
    this.printers.set(path, printer);
    this.sink.attach(printer);
  }

  private remove(path: string): void {
    const printer = this.printers.get(path);
    if (!printer) return;
    this.printers.delete(path);
    this.sink?.detach(printer.identity.id);
  }
}
