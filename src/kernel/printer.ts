// The receipt printer capability: a print job as data (the driver renders it to ESC/POS or
// whatever its transport speaks) and the paper state operators must act on.
import type { PosError } from '../errors/index.js';
import type { Device, DeviceEvents } from './device.js';

export type PrintAlign = 'left' | 'center' | 'right';

export type PrintLine =
  | { readonly kind: 'text'; readonly text: string; readonly align: PrintAlign; readonly bold: boolean; readonly size: 1 | 2 }
  | { readonly kind: 'qr'; readonly data: string; readonly align: PrintAlign }
  | { readonly kind: 'barcode'; readonly symbology: 'code128' | 'ean13'; readonly data: string }
  | { readonly kind: 'image'; readonly png: Uint8Array }
  | { readonly kind: 'feed'; readonly lines: number }
  | { readonly kind: 'cut' };

export interface PrintJob {
  /** The caller's id, echoed in the outcome so a reprint can be matched to its receipt. */
  readonly id: string;
  readonly lines: readonly PrintLine[];
}

export type PaperState = 'ok' | 'low' | 'out';

export interface PrinterStatus {
  readonly paper: PaperState;
  readonly cover: 'closed' | 'open';
}

export type PrintOutcome =
  | { readonly kind: 'printed'; readonly jobId: string }
  | { readonly kind: 'failed'; readonly jobId: string; readonly error: PosError };

export interface PrinterEvents extends DeviceEvents {
  paper: PaperState;
}

export interface Printer extends Device<'printer', PrinterEvents> {
  print(job: PrintJob): Promise<PrintOutcome>;
  status(): Promise<PrinterStatus>;
}
