// Linux evdev records (include/uapi/linux/input.h struct input_event) as a keyboard-wedge
// scanner's /dev/input/eventN delivers them: a struct timeval, then __u16 type, __u16 code,
// __s32 value, in the machine's byte order. The timeval is two longs: 16 bytes on a 64-bit
// kernel, 8 on a 32-bit one (many terminal SoCs run 32-bit ARM), so a record is 24 or 16 bytes.
// Type and code values from include/uapi/linux/input-event-codes.h.

export const EV_SYN = 0x00;
export const EV_KEY = 0x01;
export const KEY_RELEASED = 0;
export const KEY_PRESSED = 1;
export const KEY_REPEATED = 2;

export type EventSize = 16 | 24;

/** The record size of the machine we run on. */
export const NATIVE_EVENT_SIZE: EventSize = process.arch === 'arm' || process.arch === 'ia32' ? 16 : 24;

export interface InputEvent {
  readonly type: number;
  readonly code: number;
  readonly value: number;
}

export function encodeInputEvent(event: InputEvent, size: EventSize): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const at = size - 8;
  view.setUint16(at, event.type, true);
  view.setUint16(at + 2, event.code, true);
  view.setInt32(at + 4, event.value, true);
  return out;
}

/** Cuts a byte stream into records; a record split across reads is held for the next. */
export class InputEventReader {
  private held = new Uint8Array(0);

  constructor(private readonly size: EventSize) {}

  push(chunk: Uint8Array): InputEvent[] {
    const bytes = this.held.length === 0 ? chunk : Uint8Array.of(...this.held, ...chunk);
    const events: InputEvent[] = [];
    let at = 0;
    for (; at + this.size <= bytes.length; at += this.size) {
      const view = new DataView(bytes.buffer, bytes.byteOffset + at, this.size);
      const base = this.size - 8;
      events.push({ type: view.getUint16(base, true), code: view.getUint16(base + 2, true), value: view.getInt32(base + 4, true) });
    }
    this.held = bytes.slice(at);
    return events;
  }
}
