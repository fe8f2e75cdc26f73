// Messages ended by CR, LF or CR LF, as scanners and magnetic stripe readers send them. A
// message is bounded: bytes past `maxLength` are not kept, and when its terminator comes the
// message is reported as an overflow with its full length, so a device that never sends a
// terminator (or garbage at the wrong baud rate) cannot grow memory without end. Empty
// messages (the LF of a CR LF) are skipped.

export type FramedLine = { readonly kind: 'line'; readonly bytes: Uint8Array } | { readonly kind: 'overflow'; readonly length: number };

export interface LineFramerOptions {
  readonly maxLength: number;
  readonly onMessage: (message: FramedLine) => void;
}

const CR = 0x0d;
const LF = 0x0a;

export class LineFramer {
  private readonly buffer: Uint8Array;
  private length = 0;

  constructor(private readonly options: LineFramerOptions) {
    this.buffer = new Uint8Array(options.maxLength);
  }

  push(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (byte === CR || byte === LF) this.end();
      else {
        if (this.length < this.options.maxLength) this.buffer[this.length] = byte;
        this.length++;
      }
    }
  }

  /** Drops a message half received (the line was reopened). */
  reset(): void {
    this.length = 0;
  }

  private end(): void {
    const length = this.length;
    this.length = 0;
    if (length === 0) return;
    const message: FramedLine = length > this.options.maxLength ? { kind: 'overflow', length } : { kind: 'line', bytes: this.buffer.slice(0, length) };
    // A swipe's track data must not linger in a buffer nobody owns.
    this.buffer.fill(0, 0, Math.min(length, this.options.maxLength));
    this.options.onMessage(message);
  }
}
