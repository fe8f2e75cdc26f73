// The barcode / QR scanner capability: it reports what it read; payment codes (QR pay) go
// to the payment layer as bytes, because some symbologies carry binary data.
import type { Device, DeviceEvents } from './device.js';

export type Symbology = 'qr' | 'code128' | 'ean13' | 'ean8' | 'pdf417' | 'datamatrix' | 'unknown';

export interface ScannerEvents extends DeviceEvents {
  scan: { readonly symbology: Symbology; readonly data: Uint8Array };
}

export interface Scanner extends Device<'scanner', ScannerEvents> {
  /** Scanning is off until enabled, so a stray read outside a sale goes nowhere. */
  enable(): Promise<void>;
  disable(): Promise<void>;
}
