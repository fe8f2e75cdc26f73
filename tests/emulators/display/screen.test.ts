// The emulated pole display's screen against the Epson DM-D110 Specification §5.4 command
// details: cursor wrap in overwrite mode, CAN, US $, vertical scroll, commands split across chunks.
import { describe, expect, it } from 'vitest';
import { DisplayScreenState, frame } from '../../../src/emulators/display/screen.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const blank = ' '.repeat(20);

describe('emulated pole display screen', () => {
  it('writes at the cursor and wraps from the end of the upper row to the lower row in overwrite mode', () => {
    const s = new DisplayScreenState();
    s.feed(bytes('ABCDEFGHIJKLMNOPQRSTUV'));
    expect(s.rows()).toEqual(['ABCDEFGHIJKLMNOPQRST', 'UV'.padEnd(20)]);
    expect(s.cursor()).toEqual({ column: 3, row: 2 });
  });

  it('wraps from the end of the lower row back to the upper row in overwrite mode', () => {
    const s = new DisplayScreenState();
    s.feed(bytes([0x1f, 0x24, 20, 2], 'XY'));
    expect(s.rows()).toEqual(['Y'.padEnd(20), 'X'.padStart(20)]);
  });

  it('moves the cursor with US $ x y, clears one line with CAN and the screen with CLR', () => {
    const s = new DisplayScreenState();
    s.feed(bytes([0x1f, 0x24, 5, 1], 'top', [0x1f, 0x24, 1, 2], 'bottom'));
    expect(s.rows()).toEqual(['    top'.padEnd(20), 'bottom'.padEnd(20)]);
    s.feed(bytes([0x18]));
    expect(s.rows()).toEqual(['    top'.padEnd(20), blank]);
    s.feed(bytes([0x0c]));
    expect(s.rows()).toEqual([blank, blank]);
    expect(s.cursor()).toEqual({ column: 1, row: 1 });
  });

  it('takes a command split across chunks', () => {
    const s = new DisplayScreenState();
    s.feed(bytes([0x1f]));
    s.feed(bytes([0x24, 3]));
    s.feed(bytes([2], 'ok'));
    expect(s.rows()).toEqual([blank, '  ok'.padEnd(20)]);
  });

  it('scrolls the lower row up past the bottom right in vertical scroll mode, and ESC @ resets', () => {
    const s = new DisplayScreenState();
    s.feed(bytes([0x1f, 0x02], 'A'.repeat(20), 'B'.repeat(20), 'C'));
    expect(s.rows()).toEqual(['B'.repeat(20), 'C'.padEnd(20)]);
    s.feed(bytes([0x1b, 0x40], 'D'.repeat(41)));
    expect(s.rows()).toEqual(['D'.repeat(20), 'D'.repeat(20)]);
    expect(s.cursor()).toEqual({ column: 2, row: 1 });
  });

  it('moves left across the row edge with BS, to the right end with US CR, home with HOM', () => {
    const s = new DisplayScreenState();
    s.feed(bytes([0x08]));
    expect(s.cursor()).toEqual({ column: 20, row: 2 });
    s.feed(bytes([0x0b, 0x1f, 0x0d]));
    expect(s.cursor()).toEqual({ column: 20, row: 1 });
    s.feed(bytes([0x1f, 0x42]));
    expect(s.cursor()).toEqual({ column: 1, row: 2 });
  });

  it('frames the screen for a person', () => {
    expect(frame(['Hello'.padEnd(20), blank])).toBe(`+${'-'.repeat(20)}+\n|Hello${' '.repeat(15)}|\n|${blank}|\n+${'-'.repeat(20)}+`);
  });
});
