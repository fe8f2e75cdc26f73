// What an ESC/POS printer sends back: status bytes (fixed bits per Epson "DLE EOT") and process
// ID responses (0x37 0x22 d1..d4 NUL, Epson "GS ( H <Function 48>"), in any chunking.
import { describe, expect, it } from 'vitest';
import { ReplyReader } from '../../../src/devices/printer/replies.js';

describe('ReplyReader', () => {
  it('reads status bytes and a process ID response split across chunks', () => {
    const r = new ReplyReader();
    expect(r.read(Uint8Array.of(0x12, 0x37, 0x22, 0x30))).toEqual({ replies: [{ kind: 'status', byte: 0x12 }], garbage: null });
    expect(r.read(Uint8Array.of(0x31, 0x32, 0x33, 0x00, 0x1e))).toEqual({ replies: [{ kind: 'process-id', id: '0123' }, { kind: 'status', byte: 0x1e }], garbage: null });
  });

  it('reports garbage with E-PRINTER-0007, keeping the replies before it, and reads on afterwards', () => {
    const r = new ReplyReader();
    const { replies, garbage } = r.read(Uint8Array.of(0x12, 0xff, 0x12));
    expect(replies).toEqual([{ kind: 'status', byte: 0x12 }]);
    expect(garbage).toMatchObject({ code: 'E-PRINTER-0007', context: { offset: 1, byte: 0xff } });
    expect(r.read(Uint8Array.of(0x37, 0x22, 0x41)).garbage?.code).toBe('E-PRINTER-0007');
    expect(r.read(Uint8Array.of(0x16))).toEqual({ replies: [{ kind: 'status', byte: 0x16 }], garbage: null });
  });
});
