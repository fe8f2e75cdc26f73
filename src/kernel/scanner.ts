// The barcode / QR scanner capability: it reports what it read; payment codes (QR pay) go
// to the payment layer as bytes, because some symbologies carry binary data. A read the driver
// cannot take (line noise, a code longer than any payment code) is reported with its coded
// error and never as a scan, so the payment layer can ask for the code again.
import type { PosError } from '../errors/index.js';
import type { Device, DeviceEvents } from './device.js';

export type Symbology = 'qr' | 'code128' | 'ean13' | 'ean8' | 'pdf417' | 'datamatrix' | 'unknown';

export interface ScannerEvents extends DeviceEvents {
  scan: { readonly symbology: Symbology; readonly data: Uint8Array };
  /** The error names lengths and offsets only, never the bytes read. */
  'scan-failed': { readonly error: PosError };
}

export interface Scanner extends Device<'scanner', ScannerEvents> {
  /** Scanning is off until enabled, so a stray read outside a sale goes nowhere. */
  enable(): Promise<void>;
  disable(): Promise<void>;
}
