// The paper coming out of the virtual printer: commands from the parser applied to the print
// state (alignment, emphasis, size, QR and barcode settings) and turned into laid-out elements,
// one receipt per cut. Geometry follows an 80 mm, 203 dpi head: 576 dots, Font A 12 x 24 dots,
// Chinese 24 x 24, 30-dot line pitch (Epson's default line spacing).
import qrcode from 'qrcode-generator';
import type { Align, EscPosCommand } from './commands.js';

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly underline: boolean;
  readonly width: number;
  readonly height: number;
}

export type Element =
  | { readonly kind: 'text'; readonly align: Align; readonly runs: readonly Run[] }
  | { readonly kind: 'blank'; readonly dots: number }
  | { readonly kind: 'qr'; readonly align: Align; readonly modules: readonly (readonly boolean[])[]; readonly module: number; readonly data: Uint8Array }
  | { readonly kind: 'barcode'; readonly align: Align; readonly symbology: 'code128' | 'ean13'; readonly data: string; readonly module: number; readonly height: number; readonly hri: 'none' | 'above' | 'below' | 'both' }
  | { readonly kind: 'raster'; readonly align: Align; readonly widthBytes: number; readonly height: number; readonly scale: { readonly x: 1 | 2; readonly y: 1 | 2 }; readonly bits: Uint8Array }
  | { readonly kind: 'cut'; readonly partial: boolean };

export interface Receipt {
  readonly elements: readonly Element[];
}

export const PAPER_DOTS = 576;
export const LINE_PITCH = 30;
export const CELL = 12;

interface PrintState {
  align: Align;
  bold: boolean;
  underline: boolean;
  width: number;
  height: number;
  qrModule: number;
  qrLevel: 'L' | 'M' | 'Q' | 'H';
  qrData: Uint8Array | null;
  barcodeHeight: number;
  barcodeModule: number;
  hri: 'none' | 'above' | 'below' | 'both';
}

const initial = (): PrintState => ({
  align: 'left',
  bold: false,
  underline: false,
  width: 1,
  height: 1,
  qrModule: 3,
  qrLevel: 'L',
  qrData: null,
  barcodeHeight: 162,
  barcodeModule: 3,
  hri: 'none',
});

export class Paper {
  private state = initial();
  private line: Run[] = [];
  private lineAlign: Align = 'left';
  private elements: Element[] = [];

  constructor(private readonly onReceipt: (receipt: Receipt) => void) {}

  /** What has printed since the last cut. */
  get pending(): readonly Element[] {
    return this.elements;
  }

  apply(c: EscPosCommand): void {
    const s = this.state;
    switch (c.kind) {
      case 'text':
        if (this.line.length === 0) this.lineAlign = s.align;
        this.line.push({ text: c.text, bold: s.bold, underline: s.underline, width: s.width, height: s.height });
        return;
      case 'line-feed':
        this.flushLine(true);
        return;
      case 'init':
        this.flushLine(false);
        this.state = initial();
        return;
      case 'align':
        s.align = c.align;
        return;
      case 'bold':
        s.bold = c.on;
        return;
      case 'underline':
        s.underline = c.on;
        return;
      case 'size':
        s.width = c.width;
        s.height = c.height;
        return;
      case 'feed':
        this.flushLine(false);
        if (c.lines > 0) this.elements.push({ kind: 'blank', dots: c.lines * LINE_PITCH });
        return;
      case 'cut':
        this.flushLine(false);
        this.elements.push({ kind: 'cut', partial: c.partial });
        this.onReceipt({ elements: this.elements });
        this.elements = [];
        return;
      case 'qr-module':
        s.qrModule = c.size;
        return;
      case 'qr-level':
        s.qrLevel = c.level;
        return;
      case 'qr-store':
        s.qrData = c.data;
        return;
      case 'qr-print':
        if (s.qrData) this.elements.push({ kind: 'qr', align: s.align, modules: qrModules(s.qrData, s.qrLevel), module: s.qrModule, data: s.qrData });
        return;
      case 'barcode-height':
        s.barcodeHeight = c.dots;
        return;
      case 'barcode-module':
        s.barcodeModule = c.dots;
        return;
      case 'hri':
        s.hri = c.position;
        return;
      case 'barcode':
        this.flushLine(false);
        this.elements.push({ kind: 'barcode', align: s.align, symbology: c.symbology, data: c.data, module: s.barcodeModule, height: s.barcodeHeight, hri: s.hri });
        return;
      case 'raster':
        this.flushLine(false);
        this.elements.push({ kind: 'raster', align: s.align, widthBytes: c.widthBytes, height: c.height, scale: c.scale, bits: c.bits });
        return;
      case 'kanji':
      case 'status-request':
      case 'process-id':
      case 'accepted':
        return;
    }
  }

  /** LF prints the line (an empty one feeds a line); other commands print what is pending. */
  private flushLine(feedWhenEmpty: boolean): void {
    if (this.line.length > 0) this.elements.push({ kind: 'text', align: this.lineAlign, runs: this.line });
    else if (feedWhenEmpty) this.elements.push({ kind: 'blank', dots: LINE_PITCH });
    this.line = [];
  }
}

function qrModules(data: Uint8Array, level: 'L' | 'M' | 'Q' | 'H'): boolean[][] {
  const qr = qrcode(0, level);
  // Byte mode over the raw bytes: one char per byte keeps them as the printer stored them.
  qr.addData(String.fromCharCode(...data), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}
