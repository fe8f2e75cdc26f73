// ESC/POS over USB with the `usb` package's legacy (libusb) API: the printer-class interface
// (USB Printer Class 1.1, bInterfaceClass 7), its kernel driver (usblp) detached, claimed,
// print data on the bulk OUT endpoint and status answers polled from bulk IN. Only the parts
// of `usb.Device` this file touches are typed here, so tests inject a device of their own.
import { PosError } from '../../errors/index.js';
import { LostSignal, type PrinterLineOpener } from './line.js';

export const USB_CLASS_PRINTER = 7;
const TRANSFER_BULK = 2;
const IN_TRANSFERS = 2;
const IN_TRANSFER_SIZE = 64;

export interface UsbEndpointLike {
  readonly direction: 'in' | 'out';
  readonly transferType: number;
}

export interface UsbOutEndpointLike extends UsbEndpointLike {
  transfer(buffer: Buffer, callback: (error: Error | undefined, actual: number) => void): unknown;
}

export interface UsbInEndpointLike extends UsbEndpointLike {
  startPoll(nTransfers: number, transferSize: number): unknown;
  stopPoll(callback: () => void): void;
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UsbInterfaceLike {
  readonly descriptor: { readonly bInterfaceClass: number };
  readonly endpoints: readonly UsbEndpointLike[];
  isKernelDriverActive(): boolean;
  detachKernelDriver(): void;
  claim(): void;
  release(closeEndpoints: boolean, callback: (error?: unknown) => void): void;
}

export interface UsbDeviceLike {
  readonly busNumber: number;
  readonly portNumbers: readonly number[];
  readonly deviceDescriptor: { readonly idVendor: number; readonly idProduct: number };
  /** Readable before open(), so discovery can pick printers without claiming anything. */
  readonly configDescriptor?: { readonly interfaces: readonly (readonly { readonly bInterfaceClass: number }[])[] } | undefined;
  /** Filled in by open(). */
  readonly interfaces?: readonly UsbInterfaceLike[] | undefined;
  open(): void;
  close(): void;
}

/** Stable across re-plugs into the same port, unlike the device address. */
export function usbPath(device: UsbDeviceLike): string {
  return `usb:${device.busNumber}-${device.portNumbers.join('.')}`;
}

export function isUsbPrinter(device: UsbDeviceLike): boolean {
  return (device.configDescriptor?.interfaces ?? []).some((alts) => alts.some((a) => a.bInterfaceClass === USB_CLASS_PRINTER));
}

export function usbLine(device: UsbDeviceLike): PrinterLineOpener {
  const path = usbPath(device);
  return async () => {
    let claimed: UsbInterfaceLike | null = null;
    try {
      device.open();
      const iface = device.interfaces?.find((i) => i.descriptor.bInterfaceClass === USB_CLASS_PRINTER);
      if (!iface) throw new PosError('E-PRINTER-0013', { path, reason: 'no printer interface' });
      // usblp binds printer-class interfaces on Linux; libusb cannot claim one it holds.
      if (iface.isKernelDriverActive()) iface.detachKernelDriver();
      iface.claim();
      claimed = iface;
      const bulk = (direction: 'in' | 'out') => iface.endpoints.find((e) => e.direction === direction && e.transferType === TRANSFER_BULK);
      // The direction check above is the legacy API's own discriminator between its
      // InEndpoint and OutEndpoint classes.
      const out = bulk('out') as UsbOutEndpointLike | undefined;
      const inp = bulk('in') as UsbInEndpointLike | undefined;
      // A unidirectional printer (protocol 1) cannot answer status or confirm a job, and a
      // job this driver cannot confirm could be lost without anyone knowing.
      if (!out || !inp) throw new PosError('E-PRINTER-0013', { path, reason: 'no bulk IN and OUT endpoints' });
      return openedLine(path, device, iface, out, inp);
    } catch (error) {
      if (claimed) claimed.release(true, () => undefined);
      try {
        device.close();
      } catch {
        // The device may be gone already; the error below says why it could not be used.
      }
      throw error instanceof PosError ? error : new PosError('E-PRINTER-0013', { path, reason: 'open or claim failed' }, { cause: error });
    }
  };
}

function openedLine(path: string, device: UsbDeviceLike, iface: UsbInterfaceLike, out: UsbOutEndpointLike, inp: UsbInEndpointLike) {
  const lost = new LostSignal();
  const data: ((chunk: Uint8Array) => void)[] = [];
  inp.on('data', (chunk) => {
    if (chunk.length === 0) return;
    const bytes = new Uint8Array(chunk);
    for (const l of data) l(bytes);
  });
  inp.on('error', (cause) => lost.fire(new PosError('E-PRINTER-0003', { path }, { cause })));
  inp.startPoll(IN_TRANSFERS, IN_TRANSFER_SIZE);
  return {
    path,
    write: (bytes: Uint8Array) =>
      new Promise<void>((done, fail) => {
        out.transfer(Buffer.from(bytes), (error) => {
          if (!error) return done();
          const lostError = new PosError('E-PRINTER-0003', { path }, { cause: error });
          lost.fire(lostError);
          fail(lostError);
        });
      }),
    onData: (listener: (chunk: Uint8Array) => void) => void data.push(listener),
    onLost: (listener: (error: PosError) => void) => lost.add(listener),
    close: () =>
      new Promise<void>((done) => {
        lost.closing();
        inp.stopPoll(() =>
          iface.release(true, () => {
            try {
              device.close();
            } finally {
              done();
            }
          }),
        );
      }),
  };
}
