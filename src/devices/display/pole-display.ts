// The customer-facing pole display (2 rows of 20 characters) on a serial line, as the kernel's
// Display capability. It only listens: nothing comes back, so its health is its line's.
import { SerialLineDevice, type LineOpener, type SerialLine } from '../serial/index.js';
import type { Display, DisplayEvents, DisplayScreen } from '../../kernel/index.js';
import { COLUMNS, ESC, ESC_INIT, ROWS, US, US_CURSOR, US_OVERWRITE } from '../../wire/display/commands.js';
import { screenBytes } from './screen-bytes.js';

/** ESC @ (defaults, screen cleared), US MD1 (overwrite: no scrolling under our rows), US C 0
 *  (no blinking cursor in front of the customer). */
export const INITIALISE = Uint8Array.of(ESC, ESC_INIT, US, US_OVERWRITE, US, US_CURSOR, 0);

export class PoleDisplay extends SerialLineDevice<'display', DisplayEvents> implements Display {
  readonly size = { columns: COLUMNS, rows: ROWS };

  static async connect(path: string, open: LineOpener): Promise<PoleDisplay> {
    const line = await open(path);
    line.write(INITIALISE);
    return new PoleDisplay(path, line, open);
  }

  private constructor(path: string, line: SerialLine, open: LineOpener) {
    super({ id: `display:${path}`, kind: 'display', driver: 'display', path, serial: null }, line, open);
  }

  async show(screen: DisplayScreen): Promise<void> {
    const bytes = screenBytes(screen);
    this.line().write(bytes);
  }

  protected override greet(line: SerialLine): void {
    line.write(INITIALISE);
  }
}
