// docs/protocols/pinpad.md §Exchanges: commands over the link, each answered by a frame with
// the command's top bit set. One command of a kind is out at a time (CANCEL may overtake an
// entry in progress). While VERIFY OFFLINE PIN is out, the pad's RELAY APDU frames go to the
// card relay the caller lent and the card's answer goes back; PROGRESS frames go to the caller.
// An answer that does not come in time is E-PINPAD-0002; a lost line fails everything pending.
import { PosError } from '../../errors/index.js';
import type { ApduRelay } from '../../kernel/index.js';
import { CMD, RELAY_RESPONSE, RESPONSE_BIT, STATUS } from '../../wire/pinpad/codes.js';
import type { Frame } from '../../wire/pinpad/frame.js';
import { PinPadLink, SYSTEM_CLOCK, type LinkClock } from '../../wire/pinpad/link.js';
import { malformed } from '../../wire/pinpad/payload.js';
import { decodeProgress } from './commands.js';
import type { PinPadLine } from './line.js';

export interface Answer {
  readonly status: number;
  readonly body: Uint8Array;
}

export interface RequestOptions {
  /** How long the pad may work on the command once it has the frame. */
  readonly answerWithinMs: number;
  /** Where RELAY APDU frames go while this command is out. */
  readonly relay?: ApduRelay;
  readonly onProgress?: (digits: number) => void;
}

export interface ClientOptions {
  readonly clock?: LinkClock;
  readonly ackTimeoutMs?: number;
  readonly retries?: number;
}

interface Pending {
  readonly options: RequestOptions;
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: PosError) => void;
  timer: unknown;
}

export class PinPadClient {
  private readonly link: PinPadLink;
  private readonly clock: LinkClock;
  private readonly pending = new Map<number, Pending>();
  private lostWith: PosError | null = null;
  private readonly lostListeners: ((error: PosError) => void)[] = [];

  constructor(
    private readonly line: PinPadLine,
    options: ClientOptions = {},
  ) {
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.link = new PinPadLink({
      write: (bytes) => line.write(bytes),
      deliver: (frame) => this.delivered(frame),
      clock: this.clock,
      ...(options.ackTimeoutMs === undefined ? {} : { ackTimeoutMs: options.ackTimeoutMs }),
      ...(options.retries === undefined ? {} : { retries: options.retries }),
    });
    line.onData((chunk) => this.link.receive(chunk));
    line.onLost((error) => this.fail(error));
  }

  /** Sends a command and resolves with the pad's answer (status byte and body). */
  request(cmd: number, payload: Uint8Array, options: RequestOptions): Promise<Answer> {
    if (this.lostWith) return Promise.reject(this.lostWith);
    if (this.pending.has(cmd)) return Promise.reject(new PosError('E-PINPAD-0009', { cmd }));
    return new Promise<Answer>((resolve, reject) => {
      const entry: Pending = { options, resolve, reject, timer: null };
      this.pending.set(cmd, entry);
      this.link.send(cmd, payload).then(
        () => {
          // The pad has the frame: from here its own time runs.
          if (this.pending.get(cmd) !== entry) return;
          entry.timer = this.clock.setTimeout(() => this.settle(cmd, entry, () => reject(new PosError('E-PINPAD-0002', { cmd, ms: options.answerWithinMs }))), options.answerWithinMs);
        },
        (error: PosError) => this.settle(cmd, entry, () => reject(error)),
      );
    });
  }

  /** The line went away: `listener` hears the error once. */
  onLost(listener: (error: PosError) => void): void {
    this.lostListeners.push(listener);
  }

  /** Ends every command pending with `error` and closes the line. */
  async close(error: PosError): Promise<void> {
    this.failPending(error);
    await this.line.close();
  }

  private delivered(frame: Frame): void {
    if (frame.cmd === CMD.relayApdu) return void this.relay(frame.payload);
    if (frame.cmd === CMD.progress) return this.progress(frame.payload);
    if ((frame.cmd & RESPONSE_BIT) === 0) return;
    const cmd = frame.cmd & ~RESPONSE_BIT;
    const entry = this.pending.get(cmd);
    // An answer nobody waits for (it came after its timeout) is dropped.
    if (!entry) return;
    this.settle(cmd, entry, () => {
      if (frame.payload.length === 0) entry.reject(malformed(frame.cmd, 0));
      else entry.resolve({ status: frame.payload[0]!, body: frame.payload.subarray(1) });
    });
  }

  private async relay(capdu: Uint8Array): Promise<void> {
    const relay = this.pending.get(CMD.verifyOfflinePin)?.options.relay;
    let answer: Uint8Array;
    if (!relay) answer = Uint8Array.of(STATUS.cardError);
    else {
      try {
        answer = Uint8Array.of(STATUS.ok, ...(await relay.transmit(capdu)));
      } catch {
        // The card is gone or the reader failed: the pad hears it and ends the entry itself.
        answer = Uint8Array.of(STATUS.cardError);
      }
    }
    await this.link.send(RELAY_RESPONSE, answer).catch(() => undefined);
  }

  private progress(payload: Uint8Array): void {
    let digits: number;
    try {
      digits = decodeProgress(payload);
    } catch {
      return; // Progress is only for the display; a bad one is not worth failing the entry.
    }
    for (const entry of this.pending.values()) entry.options.onProgress?.(digits);
  }

  private settle(cmd: number, entry: Pending, finish: () => void): void {
    if (this.pending.get(cmd) !== entry) return;
    this.pending.delete(cmd);
    if (entry.timer !== null) this.clock.clearTimeout(entry.timer);
    finish();
  }

  private fail(error: PosError): void {
    if (this.lostWith) return;
    this.lostWith = error;
    this.failPending(error);
    for (const listener of this.lostListeners) listener(error);
  }

  private failPending(error: PosError): void {
    this.link.close(error);
    for (const [cmd, entry] of [...this.pending]) this.settle(cmd, entry, () => entry.reject(error));
  }
}
