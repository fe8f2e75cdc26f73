// A streaming ESC/POS parser (Epson ESC/POS Command Reference) for the virtual printer. Bytes
// arrive in any chunking; each complete command is handed on, a command cut by the chunk
// boundary waits for the rest. What is not ESC/POS is a typed error with the stream offset
// (E-ESCPOS-0001 unknown command, -0002 parameter out of range, -0003 bad GB18030 in Kanji
// mode); the parser skips the offending byte or command and carries on, as a printer does.
// Text outside Kanji mode is printable ASCII; bytes 0x80-0xFF there are the code page's
// graphics, which this printer prints as U+FFFD.
import { PosError } from '../../errors/index.js';
import { DLE, EOT, ESC, FS, GS, LF } from '../../wire/escpos/bytes.js';
import type { Align, EscPosCommand } from './commands.js';

export type ParseEvent = { readonly kind: 'command'; readonly command: EscPosCommand } | { readonly kind: 'error'; readonly error: PosError };

type Step = { readonly kind: 'more' } | { readonly kind: 'done'; readonly length: number; readonly command: EscPosCommand } | { readonly kind: 'bad'; readonly length: number; readonly error: PosError };

const ALIGNS: readonly Align[] = ['left', 'center', 'right'];
const QR_LEVELS = ['L', 'M', 'Q', 'H'] as const;
const HRI = ['none', 'above', 'below', 'both'] as const;
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** ESC and FS commands with a fixed number of parameter bytes that this printer accepts
 *  without rendering them differently. */
const ESC_ACCEPTED: Readonly<Record<number, readonly [string, number]>> = {
  0x21: ['ESC ! print mode', 1],
  0x74: ['ESC t code page', 1],
  0x32: ['ESC 2 default line spacing', 0],
  0x33: ['ESC 3 line spacing', 1],
  0x4d: ['ESC M font', 1],
  0x52: ['ESC R international set', 1],
  0x7b: ['ESC { upside down', 1],
  0x20: ['ESC SP character spacing', 1],
  0x24: ['ESC $ absolute position', 2],
  0x5c: ['ESC \\ relative position', 2],
  0x4a: ['ESC J feed dots', 1],
  0x47: ['ESC G double strike', 1],
  0x56: ['ESC V rotate', 1],
  0x72: ['ESC r colour', 1],
  0x70: ['ESC p drawer pulse', 3],
};
const GS_ACCEPTED: Readonly<Record<number, readonly [string, number]>> = {
  0x42: ['GS B reverse', 1],
  0x66: ['GS f HRI font', 1],
  0x4c: ['GS L left margin', 2],
  0x57: ['GS W print area width', 2],
  0x61: ['GS a automatic status back', 1],
};
const FS_ACCEPTED: Readonly<Record<number, readonly [string, number]>> = {
  0x43: ['FS C Kanji code system', 1],
  0x21: ['FS ! Kanji print mode', 1],
  0x2d: ['FS - Kanji underline', 1],
  0x53: ['FS S Kanji spacing', 2],
};

export class EscPosParser {
  private pending = new Uint8Array(0);
  /** Stream offset of pending[0], for error context. */
  private offset = 0;
  private kanji = false;

  constructor(private readonly emit: (event: ParseEvent) => void) {}

  push(chunk: Uint8Array): void {
    const data = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    let at = 0;
    while (at < data.length) {
      const step = this.step(data, at);
      if (step.kind === 'more') break;
      if (step.kind === 'bad') this.emit({ kind: 'error', error: step.error });
      else {
        if (step.command.kind === 'kanji') this.kanji = step.command.on;
        if (step.command.kind === 'init') this.kanji = false;
        this.emit({ kind: 'command', command: step.command });
      }
      at += step.length;
    }
    this.pending = data.slice(at);
    this.offset += at;
  }

  /** The stream ended: a command still waiting for bytes is an error. */
  end(): void {
    if (this.pending.length > 0) this.emit({ kind: 'error', error: new PosError('E-ESCPOS-0004', { offset: this.offset, length: this.pending.length }) });
    this.pending = new Uint8Array(0);
  }

  private step(d: Uint8Array, at: number): Step {
    const b = d[at]!;
    if (b === LF) return done(1, { kind: 'line-feed' });
    if (b === 0x0d || b === 0x09 || b === 0x00) return done(1, { kind: 'accepted', name: 'CR/HT/NUL' });
    if (b === ESC) return this.esc(d, at);
    if (b === GS) return this.gs(d, at);
    if (b === FS) return this.fs(d, at);
    if (b === DLE) return this.dle(d, at);
    if (b < 0x20 || b === 0x7f) return this.bad(1, 'E-ESCPOS-0001', at, { byte: b });
    return this.kanji && b >= 0x80 ? this.kanjiText(d, at) : this.text(d, at);
  }

  private text(d: Uint8Array, at: number): Step {
    let end = at;
    let text = '';
    while (end < d.length && d[end]! >= 0x20 && d[end] !== 0x7f && !(this.kanji && d[end]! >= 0x80)) {
      text += d[end]! < 0x80 ? String.fromCharCode(d[end]!) : '\ufffd';
      end++;
    }
    return done(end - at, { kind: 'text', text });
  }

  /** GB18030: two bytes (lead 81-FE, trail 40-7E or 80-FE) or four (81-FE 30-39 81-FE 30-39). */
  private kanjiText(d: Uint8Array, at: number): Step {
    let end = at;
    while (end < d.length && d[end]! >= 0x80) {
      const lead = d[end]!;
      if (lead === 0x80 || lead === 0xff) return end > at ? this.decoded(d, at, end) : this.bad(1, 'E-ESCPOS-0003', at, { byte: lead });
      if (end + 1 >= d.length) break;
      const second = d[end + 1]!;
      let size: number;
      if (second >= 0x30 && second <= 0x39) size = 4;
      else if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) size = 2;
      else return end > at ? this.decoded(d, at, end) : this.bad(1, 'E-ESCPOS-0003', at, { byte: lead });
      if (end + size > d.length) break;
      if (size === 4 && !(d[end + 2]! >= 0x81 && d[end + 2]! <= 0xfe && d[end + 3]! >= 0x30 && d[end + 3]! <= 0x39))
        return end > at ? this.decoded(d, at, end) : this.bad(1, 'E-ESCPOS-0003', at, { byte: lead });
      end += size;
    }
    if (end === at) return { kind: 'more' };
    return this.decoded(d, at, end);
  }

  private decoded(d: Uint8Array, at: number, end: number): Step {
    try {
      return done(end - at, { kind: 'text', text: gb18030.decode(d.subarray(at, end)) });
    } catch {
      return this.bad(end - at, 'E-ESCPOS-0003', at, { length: end - at });
    }
  }

  private esc(d: Uint8Array, at: number): Step {
    if (at + 1 >= d.length) return { kind: 'more' };
    const c = d[at + 1]!;
    if (c === 0x40) return done(2, { kind: 'init' });
    const n = at + 2 < d.length ? d[at + 2]! : -1;
    switch (c) {
      case 0x61: // ESC a n
        if (n < 0) return { kind: 'more' };
        return alignOf(n) ? done(3, { kind: 'align', align: alignOf(n)! }) : this.bad(3, 'E-ESCPOS-0002', at, { command: 'ESC a', n });
      case 0x45: // ESC E n
        return n < 0 ? { kind: 'more' } : done(3, { kind: 'bold', on: (n & 1) === 1 });
      case 0x2d: // ESC - n
        return n < 0 ? { kind: 'more' } : done(3, { kind: 'underline', on: n === 1 || n === 2 || n === 0x31 || n === 0x32 });
      case 0x64: // ESC d n
        return n < 0 ? { kind: 'more' } : done(3, { kind: 'feed', lines: n });
    }
    const accepted = ESC_ACCEPTED[c];
    if (accepted) return this.fixed(d, at, 2 + accepted[1], accepted[0]);
    return this.bad(2, 'E-ESCPOS-0001', at, { command: 'ESC', byte: c });
  }

  private fs(d: Uint8Array, at: number): Step {
    if (at + 1 >= d.length) return { kind: 'more' };
    const c = d[at + 1]!;
    if (c === 0x26) return done(2, { kind: 'kanji', on: true });
    if (c === 0x2e) return done(2, { kind: 'kanji', on: false });
    if (c === 0x28) return this.sized(d, at, (body) => ({ kind: 'accepted', name: `FS ( ${String.fromCharCode(d[at + 2]!)} fn ${body[0] ?? 0}` }));
    const accepted = FS_ACCEPTED[c];
    if (accepted) return this.fixed(d, at, 2 + accepted[1], accepted[0]);
    return this.bad(2, 'E-ESCPOS-0001', at, { command: 'FS', byte: c });
  }

  private dle(d: Uint8Array, at: number): Step {
    if (at + 2 >= d.length) return { kind: 'more' };
    if (d[at + 1] !== EOT) return this.bad(2, 'E-ESCPOS-0001', at, { command: 'DLE', byte: d[at + 1]! });
    const n = d[at + 2]!;
    if (n < 1 || n > 4) return this.bad(3, 'E-ESCPOS-0002', at, { command: 'DLE EOT', n });
    return done(3, { kind: 'status-request', n: n as 1 | 2 | 3 | 4 });
  }

  private gs(d: Uint8Array, at: number): Step {
    if (at + 1 >= d.length) return { kind: 'more' };
    const c = d[at + 1]!;
    const n = at + 2 < d.length ? d[at + 2]! : -1;
    switch (c) {
      case 0x21: {
        if (n < 0) return { kind: 'more' };
        const width = (n >> 4) + 1;
        const height = (n & 0x0f) + 1;
        return width > 8 || height > 8 ? this.bad(3, 'E-ESCPOS-0002', at, { command: 'GS !', n }) : done(3, { kind: 'size', width, height });
      }
      case 0x56: // GS V m [n]
        if (n < 0) return { kind: 'more' };
        if (n === 0 || n === 0x30 || n === 1 || n === 0x31) return done(3, { kind: 'cut', partial: (n & 1) === 1 });
        if (n === 65 || n === 66) return at + 3 < d.length ? done(4, { kind: 'cut', partial: n === 66 }) : { kind: 'more' };
        return this.bad(3, 'E-ESCPOS-0002', at, { command: 'GS V', n });
      case 0x48:
        if (n < 0) return { kind: 'more' };
        return HRI[n & 0x0f] && (n <= 3 || (n >= 0x30 && n <= 0x33)) ? done(3, { kind: 'hri', position: HRI[n & 0x03]! }) : this.bad(3, 'E-ESCPOS-0002', at, { command: 'GS H', n });
      case 0x68:
        if (n < 0) return { kind: 'more' };
        return n === 0 ? this.bad(3, 'E-ESCPOS-0002', at, { command: 'GS h', n }) : done(3, { kind: 'barcode-height', dots: n });
      case 0x77:
        if (n < 0) return { kind: 'more' };
        return n < 1 || n > 6 ? this.bad(3, 'E-ESCPOS-0002', at, { command: 'GS w', n }) : done(3, { kind: 'barcode-module', dots: n });
      case 0x6b:
        return this.barcode(d, at);
      case 0x76:
        return this.raster(d, at);
      case 0x28:
        if (n < 0) return { kind: 'more' };
        if (n === 0x6b) return this.sized(d, at, (body) => this.qr(body, at));
        if (n === 0x48) return this.sized(d, at, (body) => this.processId(body, at));
        return this.sized(d, at, () => ({ kind: 'accepted', name: `GS ( ${String.fromCharCode(n)}` }));
    }
    const accepted = GS_ACCEPTED[c];
    if (accepted) return this.fixed(d, at, 2 + accepted[1], accepted[0]);
    return this.bad(2, 'E-ESCPOS-0001', at, { command: 'GS', byte: c });
  }

  /** `X ( c pL pH body`: the body is pL + 256 pH bytes. */
  private sized(d: Uint8Array, at: number, read: (body: Uint8Array) => EscPosCommand | PosError): Step {
    if (at + 4 >= d.length) return { kind: 'more' };
    const size = d[at + 3]! | (d[at + 4]! << 8);
    const total = 5 + size;
    if (at + total > d.length) return { kind: 'more' };
    const result = read(d.subarray(at + 5, at + total));
    return result instanceof PosError ? { kind: 'bad', length: total, error: result } : done(total, result);
  }

  /** GS ( k, cn 49 (QR Code): fn 65 model, 67 module size, 69 level, 80 store, 81 print. */
  private qr(body: Uint8Array, at: number): EscPosCommand | PosError {
    const [cn, fn, p] = [body[0], body[1], body[2]];
    if (cn !== 0x31) return { kind: 'accepted', name: `GS ( k cn ${cn}` };
    switch (fn) {
      case 65:
        return { kind: 'accepted', name: 'QR model' };
      case 67:
        return p !== undefined && p >= 1 && p <= 16 ? { kind: 'qr-module', size: p } : new PosError('E-ESCPOS-0002', { offset: this.offset + at, command: 'QR module size', n: p ?? -1 });
      case 69:
        return p !== undefined && p >= 48 && p <= 51 ? { kind: 'qr-level', level: QR_LEVELS[p - 48]! } : new PosError('E-ESCPOS-0002', { offset: this.offset + at, command: 'QR level', n: p ?? -1 });
      case 80:
        return { kind: 'qr-store', data: body.slice(3) };
      case 81:
        return { kind: 'qr-print' };
      case 82:
        return { kind: 'accepted', name: 'QR size information' };
      default:
        return new PosError('E-ESCPOS-0002', { offset: this.offset + at, command: 'GS ( k', fn: fn ?? -1 });
    }
  }

  /** GS ( H fn 48 m 48 d1..d4 (process ID response request). */
  private processId(body: Uint8Array, at: number): EscPosCommand | PosError {
    if (body.length !== 6 || body[0] !== 0x30 || body[1] !== 0x30 || body.subarray(2).some((b) => b < 0x30 || b > 0x39))
      return new PosError('E-ESCPOS-0002', { offset: this.offset + at, command: 'GS ( H', length: body.length });
    return { kind: 'process-id', id: body.slice(2) };
  }

  /** GS k m: m 0-6 data ends with NUL; m 65-73 n data. CODE128 (73) and EAN-13 (2, 67). */
  private barcode(d: Uint8Array, at: number): Step {
    if (at + 2 >= d.length) return { kind: 'more' };
    const m = d[at + 2]!;
    let data: Uint8Array;
    let length: number;
    if (m <= 6) {
      const nul = d.indexOf(0, at + 3);
      if (nul < 0) return { kind: 'more' };
      data = d.subarray(at + 3, nul);
      length = nul + 1 - at;
    } else if (m >= 65 && m <= 79) {
      if (at + 3 >= d.length) return { kind: 'more' };
      const n = d[at + 3]!;
      if (at + 4 + n > d.length) return { kind: 'more' };
      data = d.subarray(at + 4, at + 4 + n);
      length = 4 + n;
    } else return this.bad(3, 'E-ESCPOS-0002', at, { command: 'GS k', m });
    const text = String.fromCharCode(...data);
    if ((m === 2 || m === 67) && /^\d{12,13}$/.test(text)) return done(length, { kind: 'barcode', symbology: 'ean13', data: text.slice(0, 12) });
    if (m === 73 && /^\{B[\x20-\x7e]+$/.test(text)) return done(length, { kind: 'barcode', symbology: 'code128', data: text.slice(2) });
    return this.bad(length, 'E-ESCPOS-0002', at, { command: 'GS k', m, length: data.length });
  }

  /** GS v 0 m xL xH yL yH d1...dk, k = x * y. */
  private raster(d: Uint8Array, at: number): Step {
    if (at + 7 >= d.length) return { kind: 'more' };
    if (d[at + 2] !== 0x30 && d[at + 2] !== 0) return this.bad(3, 'E-ESCPOS-0001', at, { command: 'GS v', byte: d[at + 2]! });
    const m = d[at + 3]! & 0x03;
    const widthBytes = d[at + 4]! | (d[at + 5]! << 8);
    const height = d[at + 6]! | (d[at + 7]! << 8);
    const total = 8 + widthBytes * height;
    if (at + total > d.length) return { kind: 'more' };
    const scale = { x: m & 1 ? 2 : 1, y: m & 2 ? 2 : 1 } as const;
    return done(total, { kind: 'raster', widthBytes, height, scale, bits: d.slice(at + 8, at + total) });
  }

  private fixed(d: Uint8Array, at: number, length: number, name: string): Step {
    return at + length > d.length ? { kind: 'more' } : done(length, { kind: 'accepted', name });
  }

  private bad(length: number, code: 'E-ESCPOS-0001' | 'E-ESCPOS-0002' | 'E-ESCPOS-0003', at: number, context: Record<string, string | number>): Step {
    return { kind: 'bad', length, error: new PosError(code, { offset: this.offset + at, ...context }) };
  }
}

function done(length: number, command: EscPosCommand): Step {
  return { kind: 'done', length, command };
}

function alignOf(n: number): Align | undefined {
  return ALIGNS[n >= 0x30 ? n - 0x30 : n];
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
