// Key presses from a keyboard-wedge scanner back into the bytes of the code it read, on the US
// layout it types with (src/wire/keyboard): shift held or not, a character per key press (and
// auto-repeat), Enter as the terminator (CR) the line framer ends a code at. Keys with no
// character (function keys, Ctrl) are left out; a wedge types what is on the layout only, so a
// QR code's non-ASCII text cannot come through one (a serial scanner carries it as UTF-8).
import { EV_KEY, InputEventReader, KEY_PRESSED, KEY_RELEASED, KEY_REPEATED, type EventSize } from '../../wire/keyboard/input-event.js';
import { KEY_ENTER, KEY_KPENTER, KEY_LEFTSHIFT, KEY_RIGHTSHIFT, keyCharacter } from '../../wire/keyboard/us-keymap.js';

const CR = 0x0d;

export class KeyboardDecoder {
  private readonly reader: InputEventReader;
  private readonly shifts = new Set<number>();

  constructor(size: EventSize) {
    this.reader = new InputEventReader(size);
  }

  /** The characters typed in this chunk of input events. */
  push(chunk: Uint8Array): Uint8Array {
    const out: number[] = [];
    for (const { type, code, value } of this.reader.push(chunk)) {
      if (type !== EV_KEY) continue;
      if (code === KEY_LEFTSHIFT || code === KEY_RIGHTSHIFT) {
        if (value === KEY_RELEASED) this.shifts.delete(code);
        else this.shifts.add(code);
        continue;
      }
      if (value !== KEY_PRESSED && value !== KEY_REPEATED) continue;
      if (code === KEY_ENTER || code === KEY_KPENTER) out.push(CR);
      else {
        const char = keyCharacter(code, this.shifts.size > 0);
        if (char !== null) out.push(char.charCodeAt(0));
      }
    }
    return Uint8Array.from(out);
  }
}
