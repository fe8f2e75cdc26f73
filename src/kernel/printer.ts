// The receipt printer capability: a print job as data (the driver renders it to ESC/POS or
// whatever its transport speaks) and the paper state operators must act on.
import type { PosError } from '../errors/index.js';
import type { Device, DeviceEvents } from './device.js';

export type PrintAlign = 'left' | 'center' | 'right';

/** One cell of a columns row. Widths are shares of the line, so one layout prints on 58 mm
 *  and 80 mm paper alike; a cell's text wraps inside its column. */
export interface PrintCell {
  readonly text: string;
  readonly width: number;
  readonly align: PrintAlign;
}

export type PrintLine =
  | { readonly kind: 'text'; readonly text: string; readonly align: PrintAlign; readonly bold: boolean; readonly underline: boolean; readonly size: 1 | 2 }
  | { readonly kind: 'columns'; readonly cells: readonly PrintCell[]; readonly bold: boolean; readonly size: 1 | 2 }
  /** A separator across the paper's width. */
  | { readonly kind: 'rule'; readonly char: '-' | '=' }
  | { readonly kind: 'qr'; readonly data: string; readonly align: PrintAlign }
  | { readonly kind: 'barcode'; readonly symbology: 'code128' | 'ean13'; readonly data: string }
  | { readonly kind: 'image'; readonly png: Uint8Array; readonly align: PrintAlign }
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
  /** False while the printer refuses to print (paper out, cover open, an error). */
  readonly online: boolean;
}

export type PrintOutcome =
  | { readonly kind: 'printed'; readonly jobId: string }
  /** `delivery` says what the customer may hold: 'none' when no byte of the job reached the
   *  printer, 'partial' when some did and the printer never confirmed the end, so a torn or
   *  half receipt may have come out. Either way the job can be printed again whole. */
  | { readonly kind: 'failed'; readonly jobId: string; readonly error: PosError; readonly delivery: 'none' | 'partial' };

export interface PrinterEvents extends DeviceEvents {
  paper: PaperState;
}

export interface Printer extends Device<'printer', PrinterEvents> {
  /** Resolves with an outcome, never leaves a job hanging: a lost line, a timeout or a close
   *  ends it as failed with a code. */
  print(job: PrintJob): Promise<PrintOutcome>;
  status(): Promise<PrinterStatus>;
}
