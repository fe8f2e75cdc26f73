// docs/protocols/pinpad.md §Commands: the field shapes payloads are made of — packed BCD,
// length-prefixed bytes and text — and a reader that checks every length before it reads, so
// a short or overlong payload is E-PINPAD-0006 at either end, never a silent misread.
import { PosError } from '../../errors/index.js';

export function malformed(cmd: number, length: number): PosError {
  return new PosError('E-PINPAD-0006', { cmd, length });
}

/** Right-aligned packed BCD of a digit string, `digits` nibbles long. */
export function bcd(text: string, digits: number): number[] {
  if (!/^\d*$/.test(text) || text.length > digits) throw new RangeError(`not ${digits} BCD digits`);
  const padded = text.padStart(digits, '0');
  const out: number[] = [];
  for (let i = 0; i < digits; i += 2) out.push((Number(padded[i]) << 4) | Number(padded[i + 1]));
  return out;
}

/** A one-byte length, then the bytes. */
export function prefixed(bytes: Uint8Array): number[] {
  if (bytes.length > 0xff) throw new RangeError(`field of ${bytes.length} bytes > 255`);
  return [bytes.length, ...bytes];
}

export class PayloadReader {
  private at = 0;
  constructor(
    private readonly cmd: number,
    private readonly body: Uint8Array,
  ) {}

  byte(): number {
    if (this.at >= this.body.length) throw malformed(this.cmd, this.body.length);
    return this.body[this.at++]!;
  }

  u16(): number {
    return (this.byte() << 8) | this.byte();
  }

  bytes(n: number): Uint8Array {
    if (this.at + n > this.body.length) throw malformed(this.cmd, this.body.length);
    const out = this.body.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** A one-byte length, then that many bytes. */
  prefixed(): Uint8Array {
    return this.bytes(this.byte());
  }

  text(): string {
    return new TextDecoder().decode(this.prefixed());
  }

  /** Packed BCD, `digits` nibbles; a nibble above 9 makes the payload malformed. */
  bcd(digits: number): string {
    const hex = Buffer.from(this.bytes(digits / 2)).toString('hex');
    if (!/^\d*$/.test(hex)) throw malformed(this.cmd, this.body.length);
    return hex;
  }

  /** Whatever is left. */
  rest(): Uint8Array {
    return this.bytes(this.body.length - this.at);
  }

  end(): void {
    if (this.at !== this.body.length) throw malformed(this.cmd, this.body.length);
  }
}
