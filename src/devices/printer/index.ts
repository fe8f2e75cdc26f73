// The ESC/POS receipt printer driver: USB, serial and TCP 9100 lines under one Printer.
export { EscPosPrinter, type EscPosPrinterOptions } from './escpos-printer.js';
export { PrinterDiscovery, openerFor, type PrinterDiscoveryOptions, type PrinterEndpoint } from './discovery.js';
export { UsbPrinterDiscovery, SYSFS_USB_DEVICES, type UsbBackend, type UsbPrinterDiscoveryOptions } from './usb-discovery.js';
export { encodeJob, PAPER_58MM, PAPER_80MM, type PaperProfile } from './receipt-encoder.js';
export { probePrinter } from './probe.js';
export { tcpLine, DEFAULT_TCP_PORT } from './tcp-line.js';
export { serialLine } from './serial-line.js';
export { usbLine, usbPath, USB_CLASS_PRINTER, type UsbDeviceLike, type UsbInterfaceLike, type UsbInEndpointLike, type UsbOutEndpointLike } from './usb-line.js';
export type { PrinterLine, PrinterLineOpener } from './line.js';
