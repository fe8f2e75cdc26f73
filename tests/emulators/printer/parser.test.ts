// The virtual printer's ESC/POS parser: commands per the Epson ESC/POS Command Reference,
// chunking that does not matter, and typed errors for what is not ESC/POS.
import { describe, expect, it } from 'vitest';
import { encodeJob } from '../../../src/devices/printer/index.js';
import type { EscPosCommand } from '../../../src/emulators/printer/commands.js';
import { EscPosParser, type ParseEvent } from '../../../src/emulators/printer/parser.js';
import { saleReceipt } from '../../fixtures/receipts/sale.js';

function parse(...chunks: Uint8Array[]): ParseEvent[] {
  const events: ParseEvent[] = [];
  const p = new EscPosParser((e) => events.push(e));
  for (const c of chunks) p.push(c);
  p.end();
  return events;
}

const commands = (events: ParseEvent[]): EscPosCommand[] => events.flatMap((e) => (e.kind === 'command' ? [e.command] : []));
const errors = (events: ParseEvent[]) => events.flatMap((e) => (e.kind === 'error' ? [e.error] : []));
const bytes = (...b: number[]) => Uint8Array.of(...b);

describe('EscPosParser', () => {
  it('reads a whole sale receipt from the driver without an error', () => {
    const events = parse(encodeJob(saleReceipt('p1')));
    expect(errors(events)).toEqual([]);
    const kinds = commands(events).map((c) => c.kind);
    expect(kinds[0]).toBe('init');
    expect(kinds).toContain('raster');
    expect(kinds).toContain('qr-print');
    expect(kinds).toContain('barcode');
    expect(kinds.at(-1)).toBe('cut');
    const text = commands(events).flatMap((c) => (c.kind === 'text' ? [c.text] : [])).join('');
    expect(text).toContain('鲜果便利店 FRESH MART');
    expect(text).toContain('622202******3457');
  });

  it('gives the same commands however the stream is cut into chunks', () => {
    const whole = encodeJob(saleReceipt('p2'));
    const once = JSON.stringify(commands(parse(whole)), (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < whole.length; i += size) chunks.push(whole.subarray(i, i + size));
      const merged = commands(parse(...chunks)).reduce<EscPosCommand[]>((acc, c) => {
        const last = acc.at(-1);
        // A text run split by a chunk boundary comes out as two runs; the printed text is the same.
        if (c.kind === 'text' && last?.kind === 'text') acc[acc.length - 1] = { kind: 'text', text: last.text + c.text };
        else acc.push(c);
        return acc;
      }, []);
      expect(JSON.stringify(merged, (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v))).toBe(once);
    }
  });

  it('answers real-time status requests and reads process ID requests', () => {
    expect(commands(parse(bytes(0x10, 0x04, 0x04, 0x1d, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, 0x31, 0x32, 0x33, 0x34)))).toEqual([
      { kind: 'status-request', n: 4 },
      { kind: 'process-id', id: bytes(0x31, 0x32, 0x33, 0x34) },
    ]);
  });

  it('reports an unknown command with E-ESCPOS-0001 and its offset, and carries on', () => {
    const events = parse(bytes(0x41, 0x1b, 0x99, 0x42, 0x0a));
    expect(errors(events).map((e) => [e.code, e.context.offset])).toEqual([['E-ESCPOS-0001', 1]]);
    expect(commands(events)).toEqual([{ kind: 'text', text: 'A' }, { kind: 'text', text: 'B' }, { kind: 'line-feed' }]);
  });

  it('reports parameters out of range with E-ESCPOS-0002', () => {
    const events = parse(bytes(0x1b, 0x61, 0x07), bytes(0x10, 0x04, 0x09), bytes(0x1d, 0x21, 0x99), bytes(0x1d, 0x56, 0x07), bytes(0x1d, 0x6b, 0x43, 0x02, 0x31, 0x32));
    expect(errors(events).map((e) => e.code)).toEqual(['E-ESCPOS-0002', 'E-ESCPOS-0002', 'E-ESCPOS-0002', 'E-ESCPOS-0002', 'E-ESCPOS-0002']);
    expect(commands(events)).toEqual([]);
  });

  it('reports bytes that are not GB18030 in Kanji mode with E-ESCPOS-0003', () => {
    const events = parse(bytes(0x1c, 0x26, 0xd6, 0xd0, 0x80, 0xd6, 0x20, 0x1c, 0x2e));
    expect(errors(events).map((e) => e.code)).toEqual(['E-ESCPOS-0003', 'E-ESCPOS-0003']);
    expect(commands(events).filter((c) => c.kind === 'text')).toEqual([{ kind: 'text', text: '中' }, { kind: 'text', text: ' ' }]);
  });

  it('reports a stream that ends inside a command with E-ESCPOS-0004', () => {
    expect(errors(parse(bytes(0x1d, 0x28, 0x6b, 0x10, 0x00, 0x31))).map((e) => e.code)).toEqual(['E-ESCPOS-0004']);
  });

  it('survives random garbage with typed errors only', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) >> 16) & 0xff;
    const noise = Uint8Array.from({ length: 4096 }, random);
    const events = parse(noise);
    expect(errors(events).length).toBeGreaterThan(0);
    for (const e of errors(events)) expect(e.code).toMatch(/^E-ESCPOS-000[1-4]$/);
  });
});
