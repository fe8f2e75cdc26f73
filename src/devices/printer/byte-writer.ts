// A growable byte buffer for building a job without an array per command.
export class ByteWriter {
  private buf = new Uint8Array(4096);
  private n = 0;

  get length(): number {
    return this.n;
  }

  byte(...bytes: number[]): this {
    this.room(bytes.length);
    for (const b of bytes) this.buf[this.n++] = b;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buf.set(bytes, this.n);
    this.n += bytes.length;
    return this;
  }

  /** Printable ASCII (the caller has checked), one byte per character. */
  ascii(text: string): this {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.n++] = text.charCodeAt(i);
    return this;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.n);
  }

  private room(extra: number): void {
    if (this.n + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }
}
