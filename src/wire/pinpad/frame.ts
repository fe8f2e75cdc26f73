// docs/protocols/pinpad.md §Framing: STX | LEN (2, big-endian: SEQ + CMD + payload) | SEQ | CMD |
// payload | CRC-16/CCITT-FALSE over LEN..payload (2, big-endian) | ETX, and the link tokens ACK
// (06 SEQ) and NAK (15) between frames. The decoder is a pure state machine over arriving
// chunks: it hunts for STX, so garbage on the line, a truncated frame or a bad CRC costs that
// frame and nothing after it.
import { concatBytes } from '../../bytes/hex.js';
import { crc16CcittFalse } from './crc16.js';

export const STX = 0x02;
export const ETX = 0x03;
export const ACK = 0x06;
export const NAK = 0x15;
/** SEQ + CMD + payload; larger lengths are line noise, not frames (an RSA-2048 enciphered
 *  PIN request is the largest real payload, 262 bytes). */
export const MAX_BODY = 1024;
const HEADER = 3; // STX + LEN
const TRAILER = 3; // CRC + ETX

export interface Frame {
  readonly seq: number;
  readonly cmd: number;
  readonly payload: Uint8Array;
}

/** Why bytes were thrown away. `garbage`: bytes outside any frame; the others mean a frame
 *  was meant and is lost, which the link answers with NAK. */
export type DiscardReason = 'garbage' | 'bad-length' | 'bad-end' | 'bad-crc' | 'truncated';

export type LineEvent =
  | { readonly kind: 'frame'; readonly frame: Frame }
  | { readonly kind: 'ack'; readonly seq: number }
  | { readonly kind: 'nak' }
  | { readonly kind: 'discarded'; readonly reason: DiscardReason; readonly bytes: number };

export function encodeFrame(frame: Frame): Uint8Array {
  const body = 2 + frame.payload.length;
  if (body > MAX_BODY) throw new RangeError(`pin pad frame body ${body} > ${MAX_BODY}`);
  const out = new Uint8Array(HEADER + body + TRAILER);
  out[0] = STX;
  out[1] = body >> 8;
  out[2] = body & 0xff;
  out[3] = frame.seq & 0xff;
  out[4] = frame.cmd & 0xff;
  out.set(frame.payload, 5);
  const crc = crc16CcittFalse(out, 1, HEADER + body);
  out[HEADER + body] = crc >> 8;
  out[HEADER + body + 1] = crc & 0xff;
  out[HEADER + body + 2] = ETX;
  return out;
}

export function encodeAck(seq: number): Uint8Array {
  return Uint8Array.of(ACK, seq & 0xff);
}

export function encodeNak(): Uint8Array {
  return Uint8Array.of(NAK);
}

export class FrameDecoder {
  private buffer: Uint8Array = new Uint8Array(0);

  /** Feeds bytes as they arrive; returns every event they complete, in line order. */
  push(chunk: Uint8Array): LineEvent[] {
    this.buffer = this.buffer.length === 0 ? Uint8Array.from(chunk) : concatBytes(this.buffer, chunk);
    const events: LineEvent[] = [];
    let at = 0;
    let garbage = 0;
    const flushGarbage = () => {
      if (garbage > 0) events.push({ kind: 'discarded', reason: 'garbage', bytes: garbage });
      garbage = 0;
    };
    while (at < this.buffer.length) {
      const b = this.buffer[at]!;
      if (b === NAK) {
        flushGarbage();
        events.push({ kind: 'nak' });
        at += 1;
        continue;
      }
      if (b === ACK) {
        if (at + 1 >= this.buffer.length) break;
        flushGarbage();
        events.push({ kind: 'ack', seq: this.buffer[at + 1]! });
        at += 2;
        continue;
      }
      if (b !== STX) {
        garbage++;
        at++;
        continue;
      }
      if (at + HEADER > this.buffer.length) break;
      const body = (this.buffer[at + 1]! << 8) | this.buffer[at + 2]!;
      if (body < 2 || body > MAX_BODY) {
        // Not a frame start after all: drop the STX and hunt on from the next byte.
        flushGarbage();
        events.push({ kind: 'discarded', reason: 'bad-length', bytes: 1 });
        at++;
        continue;
      }
      const end = at + HEADER + body + TRAILER;
      if (end > this.buffer.length) break;
      if (this.buffer[end - 1] !== ETX) {
        flushGarbage();
        events.push({ kind: 'discarded', reason: 'bad-end', bytes: 1 });
        at++;
        continue;
      }
      flushGarbage();
      const crc = (this.buffer[end - 3]! << 8) | this.buffer[end - 2]!;
      if (crc !== crc16CcittFalse(this.buffer, at + 1, end - 3)) {
        events.push({ kind: 'discarded', reason: 'bad-crc', bytes: end - at });
      } else {
        events.push({
          kind: 'frame',
          frame: { seq: this.buffer[at + 3]!, cmd: this.buffer[at + 4]!, payload: this.buffer.slice(at + 5, end - 3) },
        });
      }
      at = end;
    }
    flushGarbage();
    this.buffer = this.buffer.slice(at);
    return events;
  }

  /** Drops a frame the line stopped sending halfway (the link calls this when the line goes
   *  quiet); returns the event saying so, or null when nothing was held. */
  dropPartial(): LineEvent | null {
    if (this.buffer.length === 0) return null;
    const bytes = this.buffer.length;
    this.buffer = new Uint8Array(0);
    return { kind: 'discarded', reason: 'truncated', bytes };
  }
}
