// The emulated pole display's screen: 2 rows of 20 characters and a cursor, driven by the Epson
// DM-D command set (src/wire/display). Cursor moves follow the DM-D110 specification §5.4
// (HT/BS wrap between the rows in overwrite mode; in vertical scroll mode a move past the
// bottom right scrolls the lower row up). Bytes arrive in any chunks: a command split across two
// chunks is held until its last parameter comes. Commands that only change looks (brightness,
// blink, code table) are taken and have no effect on the characters kept.
import {
  BS,
  CAN,
  CLR,
  COLUMNS,
  CR,
  ESC,
  ESC_INIT,
  ESC_PARAMS,
  HOM,
  HT,
  LF,
  ROWS,
  US,
  US_BOTTOM,
  US_HORIZONTAL_SCROLL,
  US_OVERWRITE,
  US_PARAMS,
  US_POSITION,
  US_RIGHT_END,
  US_UP,
  US_VERTICAL_SCROLL,
  isDisplayable,
} from '../../wire/display/commands.js';

type Mode = 'overwrite' | 'vertical-scroll' | 'horizontal-scroll';

type Pending = { readonly kind: 'none' } | { readonly kind: 'prefix'; readonly prefix: number } | { readonly kind: 'params'; readonly command: readonly number[]; readonly need: number };

export class DisplayScreenState {
  private cells: string[][] = blankCells();
  private column = 0;
  private row = 0;
  private mode: Mode = 'overwrite';
  private pending: Pending = { kind: 'none' };

  rows(): string[] {
    return this.cells.map((r) => r.join(''));
  }

  cursor(): { column: number; row: number } {
    return { column: this.column + 1, row: this.row + 1 };
  }

  feed(bytes: Uint8Array): void {
    for (const byte of bytes) this.byte(byte);
  }

  private byte(b: number): void {
    const p = this.pending;
    if (p.kind === 'prefix') {
      const need = (p.prefix === ESC ? ESC_PARAMS : US_PARAMS).get(b) ?? 0;
      this.pending = { kind: 'none' };
      if (need === 0) this.command([p.prefix, b]);
      else this.pending = { kind: 'params', command: [p.prefix, b], need };
      return;
    }
    if (p.kind === 'params') {
      const command = [...p.command, b];
      if (command.length - 2 < p.need) this.pending = { ...p, command };
      else {
        this.pending = { kind: 'none' };
        this.command(command);
      }
      return;
    }
    if (b === ESC || b === US) this.pending = { kind: 'prefix', prefix: b };
    else if (isDisplayable(b)) this.put(String.fromCharCode(b));
    else this.control(b);
  }

  private control(b: number): void {
    switch (b) {
      case HT:
        return this.right();
      case BS:
        return this.left();
      case LF:
        return this.down();
      case CR:
        this.column = 0;
        return;
      case HOM:
        this.column = 0;
        this.row = 0;
        return;
      case CLR:
        this.cells = blankCells();
        this.column = 0;
        this.row = 0;
        return;
      case CAN:
        this.cells[this.row] = blankRow();
        this.column = 0;
        return;
      // Other control bytes are not in the command set; a real display ignores them.
    }
  }

  private command([prefix, code, ...params]: readonly number[]): void {
    if (prefix === ESC) {
      if (code === ESC_INIT) {
        this.cells = blankCells();
        this.column = 0;
        this.row = 0;
        this.mode = 'overwrite';
      }
      return;
    }
    switch (code) {
      case US_OVERWRITE:
        this.mode = 'overwrite';
        return;
      case US_VERTICAL_SCROLL:
        this.mode = 'vertical-scroll';
        return;
      case US_HORIZONTAL_SCROLL:
        this.mode = 'horizontal-scroll';
        return;
      case US_UP:
        this.row = this.row === 0 ? ROWS - 1 : this.row - 1;
        return;
      case US_RIGHT_END:
        this.column = COLUMNS - 1;
        return;
      case US_BOTTOM:
        this.column = 0;
        this.row = ROWS - 1;
        return;
      case US_POSITION: {
        const [x, y] = params as [number, number];
        // Out-of-range positions are ignored, as the DM-D110 does.
        if (x >= 1 && x <= COLUMNS && y >= 1 && y <= ROWS) {
          this.column = x - 1;
          this.row = y - 1;
        }
        return;
      }
    }
  }

  private put(char: string): void {
    if (this.mode === 'horizontal-scroll' && this.column === COLUMNS - 1 && this.cells[this.row]![this.column] !== ' ') {
      this.cells[this.row]!.shift();
      this.cells[this.row]!.push(char);
      return;
    }
    this.cells[this.row]![this.column] = char;
    if (this.mode === 'horizontal-scroll' && this.column === COLUMNS - 1) return;
    this.right();
  }

  private right(): void {
    if (this.column < COLUMNS - 1) return void this.column++;
    this.column = 0;
    if (this.row < ROWS - 1) this.row++;
    else if (this.mode === 'vertical-scroll') this.scrollUp();
    else this.row = 0;
  }

  private left(): void {
    if (this.column > 0) return void this.column--;
    this.column = COLUMNS - 1;
    this.row = this.row === 0 ? ROWS - 1 : this.row - 1;
  }

  private down(): void {
    if (this.row < ROWS - 1) this.row++;
    else if (this.mode === 'vertical-scroll') this.scrollUp();
    else this.row = 0;
  }

  private scrollUp(): void {
    this.cells.shift();
    this.cells.push(blankRow());
  }
}

function blankRow(): string[] {
  return Array.from({ length: COLUMNS }, () => ' ');
}

function blankCells(): string[][] {
  return Array.from({ length: ROWS }, blankRow);
}

/** The screen as a person sees it, framed. */
export function frame(rows: readonly string[]): string {
  const edge = `+${'-'.repeat(COLUMNS)}+`;
  return [edge, ...rows.map((r) => `|${r}|`), edge].join('\n');
}
