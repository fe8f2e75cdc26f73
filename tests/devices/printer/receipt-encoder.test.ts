// The layout model to ESC/POS bytes: byte sequences from the Epson ESC/POS Command Reference
// (ESC @, ESC a, ESC E, ESC -, GS !, FS & / FS ., GS ( k fn 65-81, GS k, GS v 0, GS V); GB18030
// codes from GB 18030-2005 (中 D6D0, 文 CEC4, U+20000 95328236).
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodeJob, PAPER_58MM } from '../../../src/devices/printer/index.js';
import type { PrintLine } from '../../../src/kernel/index.js';
import { EscPosParser } from '../../../src/emulators/printer/parser.js';
import { errorOf } from '../../support/pos-error.js';

/** The printed lines, read back with the virtual printer's parser. */
function linesOf(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  let line = '';
  new EscPosParser((e) => {
    if (e.kind === 'error') throw e.error;
    if (e.command.kind === 'text') line += e.command.text;
    if (e.command.kind === 'line-feed') {
      lines.push(line);
      line = '';
    }
  }).push(bytes);
  return lines;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();
const START = '1B401C2E';
const STYLE_RESET = '1B61001B45001B2D001D2100';
const job = (...lines: PrintLine[]) => ({ id: 'j1', lines });
const text = (t: string, over: Partial<Extract<PrintLine, { kind: 'text' }>> = {}): PrintLine => ({ kind: 'text', text: t, align: 'left', bold: false, underline: false, size: 1, ...over });

describe('encodeJob', () => {
  it('starts from ESC @ and single-byte mode, and sends ASCII as is', () => {
    expect(hex(encodeJob(job(text('Hi'))))).toBe(`${START}${STYLE_RESET}48690A${STYLE_RESET}`);
  });

  it('puts Chinese in GB18030 between FS & and FS ., switching back for ASCII', () => {
    const bytes = hex(encodeJob(job(text('中文 OK'))));
    expect(bytes).toContain('1C26D6D0CEC41C2E204F4B0A');
  });

  it('encodes a character outside the BMP as four GB18030 bytes in Kanji mode', () => {
    expect(hex(encodeJob(job(text('\u{20000}'))))).toContain('1C26953282361C2E0A');
  });

  it('sets alignment, emphasis, underline and double size before the line', () => {
    expect(hex(encodeJob(job(text('A', { align: 'center', bold: true, underline: true, size: 2 }))))).toContain('1B61011B45011B2D011D2111410A');
  });

  it('wraps at the paper width, counting Chinese as two columns and moving Latin words whole', () => {
    // 32 columns: 收银员 takes 6, so "enough" (ending at column 34) moves down whole.
    expect(linesOf(encodeJob(job(text('收银员 cashier name is long enough to wrap here')), PAPER_58MM))).toEqual(['收银员 cashier name is long', 'enough to wrap here']);
  });

  it('lays columns out by their shares, padded and aligned in character cells', () => {
    const bytes = encodeJob(
      job({ kind: 'columns', bold: false, size: 1, cells: [{ text: '金额', width: 1, align: 'left' }, { text: '6.00', width: 1, align: 'right' }] }),
      PAPER_58MM,
    );
    // 32 columns: 16 for the label (15 + a gap), 16 for the amount, right-aligned.
    expect(linesOf(bytes)).toEqual([`金额${' '.repeat(11)} ${' '.repeat(12)}6.00`]);
  });

  it('sends a QR code as model 2, module size, level M, store and print', () => {
    expect(hex(encodeJob(job({ kind: 'qr', data: 'AB', align: 'center' })))).toContain(
      '1B61011D286B0400314132001D286B030031430' + '61D286B03003145311D286B0500315030' + '41421D286B0300315130',
    );
  });

  it('sends CODE128 in code set B and EAN-13 without its check digit, HRI below', () => {
    expect(hex(encodeJob(job({ kind: 'barcode', symbology: 'code128', data: 'SO1' })))).toContain('1D6B49057B42534F31');
    expect(hex(encodeJob(job({ kind: 'barcode', symbology: 'ean13', data: '4006381333931' })))).toContain('1D4802' + '1D6850' + '1D7702' + '1D6B430C343030363338313333333933');
  });

  it('turns a logo PNG into a GS v 0 raster, dark pixels as dots', () => {
    const png = new PNG({ width: 10, height: 2 });
    png.data.fill(255);
    for (const x of [0, 9]) png.data.fill(0, x * 4, x * 4 + 3); // row 0: first and last pixel black
    const bytes = hex(encodeJob(job({ kind: 'image', png: new Uint8Array(PNG.sync.write(png)), align: 'left' })));
    expect(bytes).toContain('1D7630000200020080400000');
  });

  it('feeds with ESC d and cuts with GS V 66', () => {
    expect(hex(encodeJob(job({ kind: 'feed', lines: 3 }, { kind: 'cut' })))).toBe(`${START}1B64031D564200`);
  });

  it('refuses a full PAN anywhere in the job, also in groups, and prints a masked one', () => {
    expect(errorOf(() => encodeJob(job(text('卡号 4012888888881881')))).context).toMatchObject({ line: 0, reason: 'unmasked card number' });
    expect(errorOf(() => encodeJob(job(text('6222 0212 3456 7890 128'))))).toMatchObject({ code: 'E-PRINTER-0010' });
    expect(errorOf(() => encodeJob(job({ kind: 'qr', data: 'pan=4012888888881881', align: 'center' })))).toMatchObject({ code: 'E-PRINTER-0010' });
    expect(() => encodeJob(job(text('卡号 401288******1881'), text('MID 898310048161234')))).not.toThrow();
  });

  it('refuses what a printer cannot print, each with E-PRINTER-0010', () => {
    const bad: PrintLine[] = [
      text('tab\there'),
      { kind: 'barcode', symbology: 'ean13', data: '4006381333932' },
      { kind: 'barcode', symbology: 'code128', data: '中' },
      { kind: 'qr', data: '', align: 'left' },
      { kind: 'image', png: Uint8Array.of(1, 2, 3), align: 'left' },
      { kind: 'feed', lines: 256 },
      { kind: 'columns', cells: [], bold: false, size: 1 },
    ];
    for (const line of bad) expect(errorOf(() => encodeJob(job(line))).code).toBe('E-PRINTER-0010');
  });
});
