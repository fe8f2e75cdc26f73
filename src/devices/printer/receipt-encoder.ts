// A print job (the kernel's layout model) as ESC/POS bytes (Epson ESC/POS Command Reference):
// ESC @ / FS . to start from a known state, ESC a alignment, ESC E bold, ESC - underline,
// GS ! character size, columns laid out in character cells, GS ( k QR code (model 2, level M),
// GS k barcodes with HRI below, GS v 0 raster logo, ESC d feed, GS V partial cut. Text goes
// through text.ts (GB18030 in Kanji mode). A full PAN never reaches the paper: a number shaped
// like one (13-19 digits, groups joined across single spaces or dashes, a payment card's major
// industry identifier 2-6, Luhn-valid; ISO/IEC 7812-1) refuses the job. Merchant and terminal
// ids (UnionPay MIDs start with 8 or 1) and dates pass.
import { PosError } from '../../errors/index.js';
import { luhnValid, type PrintAlign, type PrintCell, type PrintJob, type PrintLine } from '../../kernel/index.js';
import { ESC, GS, FS, LF } from '../../wire/escpos/bytes.js';
import { ean13CheckDigit } from '../../wire/escpos/ean13.js';
import { ByteWriter } from './byte-writer.js';
import { rasterOf } from './logo.js';
import { checkPrintable, pad, wrap, writeText } from './text.js';

export interface PaperProfile {
  /** Font A (12 x 24 dots) characters per line. */
  readonly columns: number;
  /** Printable dots per line at 203 dpi. */
  readonly dots: number;
  /** QR module size in dots: a version 3-5 code comes out 2-3 cm wide. */
  readonly qrModule: number;
}

export const PAPER_80MM: PaperProfile = { columns: 48, dots: 576, qrModule: 6 };
export const PAPER_58MM: PaperProfile = { columns: 32, dots: 384, qrModule: 4 };

/** Byte-mode capacity of a version 40 QR code at error correction level M (ISO/IEC 18004 Table 7). */
const QR_MAX_BYTES = 2331;
const BARCODE_HEIGHT = 80;
const BARCODE_MODULE = 2;
const ALIGN: Readonly<Record<PrintAlign, number>> = { left: 0, center: 1, right: 2 };
const DIGIT_RUN = /\d+/g;
const DIGIT_SEPARATOR = /(?<=\d)[ -](?=\d)/g;

export function encodeJob(job: PrintJob, paper: PaperProfile = PAPER_80MM): Uint8Array {
  const out = new ByteWriter();
  out.byte(ESC, 0x40, FS, 0x2e);
  job.lines.forEach((line, i) => encodeLine(out, line, i, paper));
  return out.finish();
}

function encodeLine(out: ByteWriter, line: PrintLine, i: number, paper: PaperProfile): void {
  switch (line.kind) {
    case 'text':
      checkText(line.text, i);
      style(out, line.align, line.bold, line.underline, line.size);
      for (const row of wrap(line.text, Math.floor(paper.columns / line.size))) {
        writeText(out, row);
        out.byte(LF);
      }
      style(out, 'left', false, false, 1);
      return;
    case 'columns':
      columns(out, line.cells, line.bold, line.size, i, paper);
      return;
    case 'rule':
      out.byte(ESC, 0x61, 0).ascii(line.char.repeat(paper.columns)).byte(LF);
      return;
    case 'qr':
      qr(out, line.data, line.align, i, paper);
      return;
    case 'barcode':
      barcode(out, line.symbology, line.data, i);
      return;
    case 'image': {
      const r = rasterOf(line.png, paper.dots, i);
      out.byte(ESC, 0x61, ALIGN[line.align]);
      out.byte(GS, 0x76, 0x30, 0, r.widthBytes & 0xff, r.widthBytes >> 8, r.height & 0xff, r.height >> 8).bytes(r.bits);
      out.byte(ESC, 0x61, 0);
      return;
    }
    case 'feed':
      if (!Number.isInteger(line.lines) || line.lines < 0 || line.lines > 255) throw new PosError('E-PRINTER-0010', { line: i, reason: 'feed out of range' });
      out.byte(ESC, 0x64, line.lines);
      return;
    case 'cut':
      out.byte(GS, 0x56, 66, 0);
      return;
  }
}

function style(out: ByteWriter, align: PrintAlign, bold: boolean, underline: boolean, size: 1 | 2): void {
  out.byte(ESC, 0x61, ALIGN[align], ESC, 0x45, bold ? 1 : 0, ESC, 0x2d, underline ? 1 : 0, GS, 0x21, size === 2 ? 0x11 : 0x00);
}

/** Each cell gets its share of the line; all but the last keep one column free as a gap. */
function columns(out: ByteWriter, cells: readonly PrintCell[], bold: boolean, size: 1 | 2, i: number, paper: PaperProfile): void {
  const line = Math.floor(paper.columns / size);
  const total = cells.reduce((a, c) => a + c.width, 0);
  if (cells.length === 0 || !(total > 0) || cells.some((c) => !(c.width > 0))) throw new PosError('E-PRINTER-0010', { line: i, reason: 'column widths' });
  let used = 0;
  const widths = cells.map((c, k) => {
    const w = k === cells.length - 1 ? line - used : Math.floor((line * c.width) / total);
    used += w;
    return w;
  });
  if (widths.some((w) => w < 2)) throw new PosError('E-PRINTER-0010', { line: i, reason: 'column too narrow' });
  const wrapped = cells.map((c, k) => {
    checkText(c.text, i);
    return wrap(c.text, k === cells.length - 1 ? widths[k]! : widths[k]! - 1);
  });
  const rows = Math.max(...wrapped.map((w) => w.length));
  style(out, 'left', bold, false, size);
  for (let r = 0; r < rows; r++) {
    let row = '';
    cells.forEach((c, k) => {
      const last = k === cells.length - 1;
      const cellWidth = last ? widths[k]! : widths[k]! - 1;
      row += pad(wrapped[k]![r] ?? '', cellWidth, c.align) + (last ? '' : ' ');
    });
    writeText(out, trimEnd(row));
    out.byte(LF);
  }
  style(out, 'left', false, false, 1);
}

const trimEnd = (row: string) => row.replace(/ +$/, '');

function qr(out: ByteWriter, data: string, align: PrintAlign, i: number, paper: PaperProfile): void {
  checkNoPan(data, i);
  const bytes = new TextEncoder().encode(data);
  if (bytes.length === 0 || bytes.length > QR_MAX_BYTES) throw new PosError('E-PRINTER-0010', { line: i, reason: 'QR data length', length: bytes.length });
  const store = bytes.length + 3;
  out.byte(ESC, 0x61, ALIGN[align]);
  out.byte(GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00); // fn 65: model 2
  out.byte(GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, paper.qrModule); // fn 67: module size
  out.byte(GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31); // fn 69: error correction M
  out.byte(GS, 0x28, 0x6b, store & 0xff, store >> 8, 0x31, 0x50, 0x30).bytes(bytes); // fn 80: store
  out.byte(GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30); // fn 81: print
  out.byte(LF, ESC, 0x61, 0);
}

function barcode(out: ByteWriter, symbology: 'code128' | 'ean13', data: string, i: number): void {
  checkNoPan(data, i);
  let body: string;
  let m: number;
  if (symbology === 'ean13') {
    if (!/^\d{12,13}$/.test(data) || (data.length === 13 && ean13CheckDigit(data.slice(0, 12)) !== Number(data[12])))
      throw new PosError('E-PRINTER-0010', { line: i, reason: 'EAN-13 needs 12 digits or 13 with a valid check digit' });
    body = data.slice(0, 12);
    m = 67;
  } else {
    if (!/^[\x20-\x7e]{1,60}$/.test(data) || data.includes('{')) throw new PosError('E-PRINTER-0010', { line: i, reason: 'CODE128 data must be 1-60 printable ASCII characters without {' });
    body = `{B${data}`; // code set B: printable ASCII
    m = 73;
  }
  out.byte(ESC, 0x61, 1, GS, 0x48, 2, GS, 0x68, BARCODE_HEIGHT, GS, 0x77, BARCODE_MODULE);
  out.byte(GS, 0x6b, m, body.length).ascii(body).byte(LF, ESC, 0x61, 0);
}


function checkText(text: string, i: number): void {
  checkPrintable(text, i);
  checkNoPan(text, i);
}

function checkNoPan(text: string, i: number): void {
  for (const run of text.replace(DIGIT_SEPARATOR, '').matchAll(DIGIT_RUN)) {
    const digits = run[0];
    if (digits.length >= 13 && digits.length <= 19 && digits[0]! >= '2' && digits[0]! <= '6' && luhnValid(digits, 0, digits.length)) throw new PosError('E-PRINTER-0010', { line: i, reason: 'unmasked card number' });
  }
}

