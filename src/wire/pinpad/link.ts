// docs/protocols/pinpad.md §Link layer: stop-and-wait per direction. Every frame received whole
// is answered ACK SEQ (a duplicate too, since the first ACK may be the one that was lost) and
// delivered once; a frame lost to a bad CRC, length or end byte is answered NAK. A frame sent
// is repeated on NAK or when no ACK comes within the ACK timeout, at most `retries` times,
// then the send fails with E-PINPAD-0001. The line is an injected byte sink, the timers an
// injected clock, so the tests drive both ends in-process and at full speed.
import { randomInt } from 'node:crypto';
import { PosError } from '../../errors/index.js';
import { encodeAck, encodeFrame, encodeNak, FrameDecoder, type DiscardReason, type Frame } from './frame.js';

export interface LinkClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: LinkClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LinkOptions {
  /** Writes bytes to the line; the link never waits on it. */
  readonly write: (bytes: Uint8Array) => void;
  /** Each frame the peer sent, once, in order. */
  readonly deliver: (frame: Frame) => void;
  readonly clock?: LinkClock;
  readonly ackTimeoutMs?: number;
  readonly retries?: number;
  /** Silence after which a half-received frame is dropped and NAKed. */
  readonly interByteTimeoutMs?: number;
  /** SEQ of the first frame; random by default, so a peer that still remembers the last SEQ
   *  of an earlier session (a terminal restarted, a port reopened) does not take this
   *  session's first frame for a repeat and drop it. */
  readonly firstSeq?: number;
}

export interface LinkStats {
  sent: number;
  retransmits: number;
  naksSent: number;
  duplicates: number;
  discarded: Record<DiscardReason, number>;
}

interface Outgoing {
  readonly frame: Frame;
  readonly bytes: Uint8Array;
  readonly resolve: () => void;
  readonly reject: (error: PosError) => void;
}

export const ACK_TIMEOUT_MS = 300;
export const RETRIES = 3;
const INTER_BYTE_TIMEOUT_MS = 100;

export class PinPadLink {
  readonly stats: LinkStats = {
    sent: 0,
    retransmits: 0,
    naksSent: 0,
    duplicates: 0,
    discarded: { garbage: 0, 'bad-length': 0, 'bad-end': 0, 'bad-crc': 0, truncated: 0 },
  };
  private readonly decoder = new FrameDecoder();
  private readonly clock: LinkClock;
  private readonly ackTimeoutMs: number;
  private readonly retries: number;
  private readonly interByteTimeoutMs: number;
  private nextSeq: number;
  private lastDelivered: number | null = null;
  private readonly queue: Outgoing[] = [];
  private inFlight: { out: Outgoing; tries: number; timer: unknown } | null = null;
  private quietTimer: unknown = null;
  private closedBy: PosError | null = null;

  constructor(private readonly options: LinkOptions) {
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.ackTimeoutMs = options.ackTimeoutMs ?? ACK_TIMEOUT_MS;
    this.retries = options.retries ?? RETRIES;
    this.interByteTimeoutMs = options.interByteTimeoutMs ?? INTER_BYTE_TIMEOUT_MS;
    this.nextSeq = (options.firstSeq ?? randomInt(256)) & 0xff;
  }

  /** Resolves when the peer has ACKed the frame; frames go out one at a time, in call order. */
  send(cmd: number, payload: Uint8Array): Promise<void> {
    if (this.closedBy) return Promise.reject(this.closedBy);
    const frame: Frame = { seq: this.nextSeq, cmd, payload };
    this.nextSeq = (this.nextSeq + 1) & 0xff;
    return new Promise((resolve, reject) => {
      this.queue.push({ frame, bytes: encodeFrame(frame), resolve, reject });
      if (!this.inFlight) this.sendNext();
    });
  }

  /** Bytes as they arrive from the line. */
  receive(chunk: Uint8Array): void {
    if (this.closedBy) return;
    for (const event of this.decoder.push(chunk)) {
      switch (event.kind) {
        case 'frame':
          this.options.write(encodeAck(event.frame.seq));
          if (event.frame.seq === this.lastDelivered) {
            this.stats.duplicates++;
            break;
          }
          this.lastDelivered = event.frame.seq;
          this.options.deliver(event.frame);
          break;
        case 'ack':
          if (this.inFlight && event.seq === this.inFlight.out.frame.seq) this.acknowledged();
          break;
        case 'nak':
          if (this.inFlight) this.retransmit();
          break;
        case 'discarded':
          this.discarded(event.reason);
          break;
      }
    }
    if (this.quietTimer !== null) this.clock.clearTimeout(this.quietTimer);
    this.quietTimer = this.clock.setTimeout(() => {
      this.quietTimer = null;
      const dropped = this.decoder.dropPartial();
      if (dropped?.kind === 'discarded') this.discarded(dropped.reason);
    }, this.interByteTimeoutMs);
  }

  /** Fails the frame in flight and every queued one with `error`, and every later send. */
  close(error: PosError): void {
    if (this.closedBy) return;
    this.closedBy = error;
    if (this.quietTimer !== null) this.clock.clearTimeout(this.quietTimer);
    if (this.inFlight) {
      this.clock.clearTimeout(this.inFlight.timer);
      this.inFlight.out.reject(error);
      this.inFlight = null;
    }
    for (const out of this.queue.splice(0)) out.reject(error);
  }

  private discarded(reason: DiscardReason): void {
    this.stats.discarded[reason]++;
    if (reason === 'garbage') return;
    this.stats.naksSent++;
    this.options.write(encodeNak());
  }

  private sendNext(): void {
    const out = this.queue.shift();
    if (!out) return;
    this.inFlight = { out, tries: 1, timer: this.armAckTimer() };
    this.stats.sent++;
    this.options.write(out.bytes);
  }

  private armAckTimer(): unknown {
    return this.clock.setTimeout(() => this.retransmit(), this.ackTimeoutMs);
  }

  private retransmit(): void {
    const flight = this.inFlight!;
    this.clock.clearTimeout(flight.timer);
    if (flight.tries > this.retries) {
      this.inFlight = null;
      flight.out.reject(new PosError('E-PINPAD-0001', { cmd: flight.out.frame.cmd, tries: flight.tries }));
      this.sendNext();
      return;
    }
    flight.tries++;
    flight.timer = this.armAckTimer();
    this.stats.retransmits++;
    this.options.write(flight.out.bytes);
  }

  private acknowledged(): void {
    const flight = this.inFlight!;
    this.clock.clearTimeout(flight.timer);
    this.inFlight = null;
    flight.out.resolve();
    this.sendNext();
  }
}
