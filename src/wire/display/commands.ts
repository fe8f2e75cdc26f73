// The customer display command set both ends speak: Epson's ESC/POS for customer displays as on
// the DM-D110/DM-D210 ("DM-D110 Specification (STANDARD)" §5.4 Command Details; "DM Application
// Programming Guide" Displays & Commands), the set most 2x20 VFD/LCD pole displays clone as
// their "EPSON mode" (e.g. Posiflex PD-300, POS-X XP8200 manuals §4.1.2). Only what a driver
// needs and an emulator keeps is named here; the CD5220 set ("ESC Q A") is not spoken.

export const COLUMNS = 20;
export const ROWS = 2;

export const ESC = 0x1b;
export const US = 0x1f;

/** Single-byte commands. */
export const BS = 0x08; // move cursor left
export const HT = 0x09; // move cursor right
export const LF = 0x0a; // move cursor down
export const HOM = 0x0b; // cursor home (upper left)
export const CLR = 0x0c; // clear screen, cursor home
export const CR = 0x0d; // cursor to left end of the line
export const CAN = 0x18; // clear the cursor line, cursor to its left end

/** Second bytes after ESC. */
export const ESC_INIT = 0x40; // ESC @: initialise (clear, home, overwrite mode, defaults)
export const ESC_CODE_TABLE = 0x74; // ESC t n: character code table
export const ESC_INTERNATIONAL = 0x52; // ESC R n: international character set

/** Second bytes after US. */
export const US_OVERWRITE = 0x01; // US MD1
export const US_VERTICAL_SCROLL = 0x02; // US MD2
export const US_HORIZONTAL_SCROLL = 0x03; // US MD3
export const US_UP = 0x0a; // US LF: cursor up
export const US_RIGHT_END = 0x0d; // US CR: cursor to right end of the line
export const US_POSITION = 0x24; // US $ x y: cursor to column x (1..20), row y (1..2)
export const US_BOTTOM = 0x42; // US B: cursor to the left end of the bottom row
export const US_CURSOR = 0x43; // US C n: cursor shown (1) or hidden (0)
export const US_BRIGHTNESS = 0x58; // US X n: brightness 1..4

/** How many parameter bytes follow ESC x / US x; commands not listed take none. */
export const ESC_PARAMS: ReadonlyMap<number, number> = new Map([
  [ESC_CODE_TABLE, 1],
  [ESC_INTERNATIONAL, 1],
]);
export const US_PARAMS: ReadonlyMap<number, number> = new Map([
  [US_POSITION, 2],
  [US_CURSOR, 1],
  [US_BRIGHTNESS, 1],
  [0x45, 1], // US E n: blink
  [0x72, 1], // US r n: reverse
]);

/** Characters every code table shows the same: ASCII 0x20..0x7E (table 0 is PC437, whose lower
 *  half is ASCII, and ESC R 0 selects the U.S.A. set). */
export function isDisplayable(byte: number): boolean {
  return byte >= 0x20 && byte <= 0x7e;
}

export function cursorTo(column: number, row: number): Uint8Array {
  return Uint8Array.of(US, US_POSITION, column, row);
}
