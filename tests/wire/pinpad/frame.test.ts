// docs/protocols/pinpad.md §Framing. CRC check value from the CRC RevEng catalogue entry
// CRC-16/IBM-3740 (alias CRC-16/CCITT-FALSE): check=0x29b1 over ASCII "123456789".
import { describe, expect, it } from 'vitest';
import { crc16CcittFalse } from '../../../src/wire/pinpad/crc16.js';
import { encodeAck, encodeFrame, encodeNak, FrameDecoder, MAX_BODY } from '../../../src/wire/pinpad/frame.js';
import { fromHex, toHex } from '../../../src/bytes/hex.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the catalogue check value 29B1 over "123456789"', () => {
    expect(crc16CcittFalse(ascii('123456789'))).toBe(0x29b1);
  });
});

describe('frame codec', () => {
  const frame = { seq: 7, cmd: 0x01, payload: fromHex('A1B2') };

  it('lays out STX, length of SEQ+CMD+payload, SEQ, CMD, payload, CRC over LEN..payload, ETX', () => {
    const bytes = encodeFrame(frame);
    const crc = crc16CcittFalse(fromHex('00040701A1B2'));
    expect(toHex(bytes)).toBe('020004' + '0701A1B2' + crc.toString(16).toUpperCase().padStart(4, '0') + '03');
  });

  it('decodes a frame split across chunks at every byte', () => {
    const bytes = encodeFrame(frame);
    for (let cut = 1; cut < bytes.length; cut++) {
      const d = new FrameDecoder();
      expect(d.push(bytes.subarray(0, cut))).toEqual([]);
      expect(d.push(bytes.subarray(cut))).toEqual([{ kind: 'frame', frame }]);
    }
  });

  it('skips garbage before a frame and reports how many bytes it threw away', () => {
    const d = new FrameDecoder();
    const events = d.push(Uint8Array.from([0x41, 0xff, 0x00, ...encodeFrame(frame)]));
    expect(events).toEqual([{ kind: 'discarded', reason: 'garbage', bytes: 3 }, { kind: 'frame', frame }]);
  });

  it('reads ACK with its sequence number and NAK between frames', () => {
    const d = new FrameDecoder();
    expect(d.push(Uint8Array.from([...encodeAck(9), ...encodeNak(), ...encodeFrame(frame)]))).toEqual([
      { kind: 'ack', seq: 9 },
      { kind: 'nak' },
      { kind: 'frame', frame },
    ]);
  });

  it('reports a bad CRC, then decodes the next frame', () => {
    const bad = encodeFrame(frame);
    bad[bad.length - 2] = bad[bad.length - 2]! ^ 0x01;
    const d = new FrameDecoder();
    expect(d.push(Uint8Array.from([...bad, ...encodeFrame({ ...frame, seq: 8 })]))).toEqual([
      { kind: 'discarded', reason: 'bad-crc', bytes: bad.length },
      { kind: 'frame', frame: { ...frame, seq: 8 } },
    ]);
  });

  it('treats an STX with an impossible length as noise and hunts for the next STX', () => {
    const d = new FrameDecoder();
    const tooLong = MAX_BODY + 1;
    const events = d.push(Uint8Array.from([0x02, tooLong >> 8, tooLong & 0xff, ...encodeFrame(frame)]));
    expect(events).toEqual([
      { kind: 'discarded', reason: 'bad-length', bytes: 1 },
      { kind: 'discarded', reason: 'garbage', bytes: 2 },
      { kind: 'frame', frame },
    ]);
  });

  it('recovers from a frame cut short by the next frame (desync): bad end, then hunts for STX', () => {
    const cut = encodeFrame({ seq: 1, cmd: 0x02, payload: new Uint8Array(20) }).subarray(0, 12);
    const d = new FrameDecoder();
    const events = d.push(Uint8Array.from([...cut, ...encodeFrame(frame), ...new Uint8Array(30)]));
    expect(events.filter((e) => e.kind === 'frame')).toEqual([{ kind: 'frame', frame }]);
    expect(events[0]).toEqual({ kind: 'discarded', reason: 'bad-end', bytes: 1 });
  });

  it('drops a half frame the line went quiet on', () => {
    const d = new FrameDecoder();
    d.push(encodeFrame(frame).subarray(0, 5));
    expect(d.dropPartial()).toEqual({ kind: 'discarded', reason: 'truncated', bytes: 5 });
    expect(d.push(encodeFrame(frame))).toEqual([{ kind: 'frame', frame }]);
  });

  it('refuses to encode a body over the maximum', () => {
    expect(() => encodeFrame({ seq: 0, cmd: 1, payload: new Uint8Array(MAX_BODY - 1) })).toThrow(RangeError);
  });
});
