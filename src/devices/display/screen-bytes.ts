// A kernel DisplayScreen as the bytes a 2x20 character display shows it with (Epson DM-D
// command set, src/wire/display). Only text fits such a display; each row is ASCII (the part
// of every code table that is the same), so Chinese and other non-ASCII text is refused with
// E-DISPLAY-0003 rather than shown as the code table's unrelated glyphs: the UI shows the
// English text on this display instead. Nothing is cut silently: a row too long is E-DISPLAY-0004.
import { PosError } from '../../errors/index.js';
import type { DisplayScreen } from '../../kernel/index.js';
import { CLR, COLUMNS, ROWS, cursorTo, isDisplayable } from '../../wire/display/commands.js';

export function screenRows(screen: DisplayScreen): readonly string[] {
  switch (screen.kind) {
    case 'blank':
      return [];
    case 'text':
      return screen.title === null ? screen.lines : [screen.title, ...screen.lines];
    case 'qr':
    case 'image':
      throw new PosError('E-DISPLAY-0005', { kind: screen.kind });
  }
}

/** Clears the screen, then writes each row from its left end. */
export function screenBytes(screen: DisplayScreen): Uint8Array {
  const rows = screenRows(screen);
  if (rows.length > ROWS) throw new PosError('E-DISPLAY-0004', { rows: rows.length, maxRows: ROWS });
  const out: number[] = [CLR];
  rows.forEach((text, index) => {
    const row = index + 1;
    const chars = [...text];
    chars.forEach((c, i) => {
      if (!isDisplayable(c.codePointAt(0)!) || c.length !== 1) throw new PosError('E-DISPLAY-0003', { row, column: i + 1 });
    });
    if (chars.length > COLUMNS) throw new PosError('E-DISPLAY-0004', { row, length: chars.length, columns: COLUMNS });
    if (chars.length > 0) out.push(...cursorTo(1, row), ...chars.map((c) => c.charCodeAt(0)));
  });
  return Uint8Array.from(out);
}
