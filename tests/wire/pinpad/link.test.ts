// docs/protocols/pinpad.md §Link layer: two links wired back to back through a line the test
// can corrupt, drop or delay, on a hand-driven clock.
import { describe, expect, it } from 'vitest';
import { PinPadLink, ACK_TIMEOUT_MS, RETRIES } from '../../../src/wire/pinpad/link.js';
import { ACK, encodeFrame, type Frame } from '../../../src/wire/pinpad/frame.js';
import { fromHex } from '../../../src/bytes/hex.js';
import { PosError } from '../../../src/errors/index.js';
import { rejectionOf } from '../../support/pos-error.js';
import { ManualClock } from './manual-clock.js';

type Tamper = (bytes: Uint8Array) => Uint8Array | null;

function pair() {
  const clock = new ManualClock();
  const got = { a: [] as Frame[], b: [] as Frame[] };
  const wire = { aToB: [] as Uint8Array[], bToA: [] as Uint8Array[] };
  const tamper: { aToB: Tamper; bToA: Tamper } = { aToB: (x) => x, bToA: (x) => x };
  const a: PinPadLink = new PinPadLink({
    clock,
    firstSeq: 0,
    write: (bytes) => {
      wire.aToB.push(bytes);
      const t = tamper.aToB(bytes);
      if (t) b.receive(t);
    },
    deliver: (f) => got.a.push(f),
  });
  const b: PinPadLink = new PinPadLink({
    clock,
    firstSeq: 0,
    write: (bytes) => {
      wire.bToA.push(bytes);
      const t = tamper.bToA(bytes);
      if (t) a.receive(t);
    },
    deliver: (f) => got.b.push(f),
  });
  return { a, b, clock, got, wire, tamper };
}

const payload = fromHex('0102');

describe('pin pad link', () => {
  it('delivers a frame once and resolves the send on ACK', async () => {
    const { a, got, wire } = pair();
    await a.send(0x01, payload);
    expect(got.b).toEqual([{ seq: 0, cmd: 0x01, payload }]);
    expect(wire.bToA).toEqual([Uint8Array.of(ACK, 0)]);
  });

  it('answers a bad CRC with NAK and the sender repeats the frame', async () => {
    const { a, b, got, tamper } = pair();
    let first = true;
    tamper.aToB = (bytes) => {
      if (!first) return bytes;
      first = false;
      const bad = Uint8Array.from(bytes);
      bad[5] = bad[5]! ^ 0xff;
      return bad;
    };
    await a.send(0x03, payload);
    expect(b.stats.naksSent).toBe(1);
    expect(a.stats.retransmits).toBe(1);
    expect(got.b).toEqual([{ seq: 0, cmd: 0x03, payload }]);
  });

  it('repeats a frame whose ACK was lost, and the receiver ACKs the duplicate but delivers it once', async () => {
    const { a, b, clock, got, tamper } = pair();
    let drops = 1;
    tamper.bToA = (bytes) => (bytes[0] === ACK && drops-- > 0 ? null : bytes);
    const sent = a.send(0x05, payload);
    clock.advance(ACK_TIMEOUT_MS);
    await sent;
    expect(a.stats.retransmits).toBe(1);
    expect(b.stats.duplicates).toBe(1);
    expect(got.b).toHaveLength(1);
  });

  it('ignores a frame repeating the last sequence number delivered', () => {
    const { b, got } = pair();
    const frame = encodeFrame({ seq: 42, cmd: 0x40, payload });
    b.receive(frame);
    b.receive(frame);
    expect(got.b).toHaveLength(1);
    expect(b.stats.duplicates).toBe(1);
  });

  it(`gives up after ${RETRIES} repeats with E-PINPAD-0001 and sends the next frame`, async () => {
    const { a, clock, wire, tamper } = pair();
    tamper.aToB = () => null;
    const lost = rejectionOf(a.send(0x03, payload));
    const next = a.send(0x05, payload);
    clock.advance(ACK_TIMEOUT_MS * (RETRIES + 1));
    const error = await lost;
    expect(error.code).toBe('E-PINPAD-0001');
    expect(error.context).toEqual({ cmd: 0x03, tries: RETRIES + 1 });
    expect(wire.aToB.filter((w) => w[4] === 0x03)).toHaveLength(RETRIES + 1);
    tamper.aToB = (x) => x;
    clock.advance(ACK_TIMEOUT_MS);
    await next;
  });

  it('NAKs a half frame after the line goes quiet, and ignores garbage', () => {
    const { b, clock, wire } = pair();
    b.receive(fromHex('FFFE'));
    b.receive(encodeFrame({ seq: 0, cmd: 1, payload }).subarray(0, 6));
    clock.advance(1000);
    expect(b.stats.discarded).toMatchObject({ garbage: 1, truncated: 1 });
    expect(wire.bToA).toEqual([Uint8Array.of(0x15)]);
  });

  it('fails queued sends with the closing error', async () => {
    const { a, tamper } = pair();
    tamper.aToB = () => null;
    const one = rejectionOf(a.send(1, payload));
    const two = rejectionOf(a.send(2, payload));
    a.close(new PosError('E-PINPAD-0004', {}));
    expect((await one).code).toBe('E-PINPAD-0004');
    expect((await two).code).toBe('E-PINPAD-0004');
  });
});
