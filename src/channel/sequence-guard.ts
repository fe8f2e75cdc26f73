// Replay and order protection for one session's incoming envelopes (envelope.proto): the peer
// numbers its envelopes 1, 2, 3 … on a connection. gRPC runs over one ordered TCP stream, so
// anything but the next number is never reordering: an old number is a replay (E-CHAN-0009), a
// skipped one means envelopes were lost (E-CHAN-0010). Either ends the session; the outbox sends
// what was not acknowledged on the next one. A new session starts a new guard.
import { PosError } from '../errors/index.js';

export class SequenceGuard {
  #last = 0n;

  /** The highest sequence accepted so far: what this side acknowledges in `ack`. */
  get last(): bigint {
    return this.#last;
  }

  /** Accepts the next envelope's sequence or throws with the code saying why not. */
  accept(sequence: bigint): void {
    if (sequence <= this.#last) throw new PosError('E-CHAN-0009', { sequence: sequence.toString(), last: this.#last.toString() });
    if (sequence !== this.#last + 1n) throw new PosError('E-CHAN-0010', { sequence: sequence.toString(), expected: (this.#last + 1n).toString() });
    this.#last = sequence;
  }
}
