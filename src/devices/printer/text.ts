// Receipt text on an ESC/POS printer: ASCII in the printer's single-byte font (12 dots wide,
// one column), everything else in GB18030 under Chinese ("Kanji") mode, 24 dots wide, two
// columns (Epson ESC/POS "FS &: Select Kanji character mode", "FS .: Cancel Kanji character
// mode"; Chinese-market printers take GB18030 in that mode). The mode is switched per run,
// so ASCII never depends on how a printer treats single bytes in Kanji mode.
import iconv from 'iconv-lite';
import { PosError } from '../../errors/index.js';
import { FS } from '../../wire/escpos/bytes.js';
import type { ByteWriter } from './byte-writer.js';
import type { PrintAlign } from '../../kernel/index.js';

const KANJI_ON = [FS, 0x26];
const KANJI_OFF = [FS, 0x2e];
const RUNS = /[\x20-\x7e]+|[^\x00-\x7f]+/g;
const CONTROL = /[\x00-\x1f\x7f]/;

/** Columns a character takes: one for ASCII, two for a double-byte (or four-byte) glyph. */
export function charWidth(codePoint: number): 1 | 2 {
  return codePoint < 0x80 ? 1 : 2;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

export function checkPrintable(text: string, line: number): void {
  if (CONTROL.test(text)) throw new PosError('E-PRINTER-0010', { line, reason: 'control character in text' });
}

/** Breaks text into lines of at most `columns`: Latin words move whole to the next line
 *  when they can, Chinese breaks between any two characters, a double-width character is
 *  never split. */
export function wrap(text: string, columns: number): string[] {
  if (text === '') return [''];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (width + w > columns && line !== '') {
      const space = line.lastIndexOf(' ');
      if (isLatin(ch) && isLatin(line[line.length - 1]!) && space > 0) {
        lines.push(line.slice(0, space).trimEnd());
        line = line.slice(space + 1);
      } else {
        lines.push(line.trimEnd());
        line = '';
      }
      width = textWidth(line);
      if (ch === ' ' && line === '') continue;
    }
    line += ch;
    width += w;
  }
  lines.push(line);
  return lines;
}

const isLatin = (ch: string) => ch > ' ' && ch < '\x7f';

export function pad(text: string, columns: number, align: PrintAlign): string {
  const room = Math.max(0, columns - textWidth(text));
  switch (align) {
    case 'left':
      return text + ' '.repeat(room);
    case 'right':
      return ' '.repeat(room) + text;
    case 'center': {
      const left = room >> 1;
      return ' '.repeat(left) + text + ' '.repeat(room - left);
    }
  }
}

/** Writes text with the mode switches it needs; leaves the printer in single-byte mode. */
export function writeText(out: ByteWriter, text: string): void {
  for (const run of text.matchAll(RUNS)) {
    const s = run[0];
    if (s.charCodeAt(0) < 0x80) {
      out.ascii(s);
      continue;
    }
    out.byte(...KANJI_ON).bytes(iconv.encode(s, 'gb18030')).byte(...KANJI_OFF);
  }
}
