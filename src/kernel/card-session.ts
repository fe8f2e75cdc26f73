// One card session's bookkeeping shared by every reader driver: exchanges one at a time in
// call order (ISO/IEC 7816-3 is half duplex: one command, one response), a bound on each,
// and an end that fails every pending and later exchange with the error that ended it, so
// a card or reader pulled out mid-transaction is a typed rejection, never a hang or a crash.
import { PosError, isPosError } from '../errors/index.js';
import type { CardProtocol, CardSession, SessionEnd, TransmitOptions } from './card-reader.js';

/** What a driver supplies: the raw exchange and the release of card and reader. */
export interface SessionLink {
  /** Rejects with a PosError naming the cause; anything else is reported as E-DEV-0009. */
  exchange(capdu: Uint8Array): Promise<Uint8Array>;
  /** Powers the card down and frees the reader. Called exactly once, when the session ends. */
  release(): Promise<void>;
}

export interface ManagedSessionOptions {
  readonly atr: Uint8Array;
  readonly protocol: CardProtocol;
  readonly link: SessionLink;
  readonly defaultTimeoutMs: number;
}

export class ManagedCardSession implements CardSession {
  readonly atr: Uint8Array;
  readonly protocol: CardProtocol;
  readonly ended: Promise<SessionEnd>;

  private readonly link: SessionLink;
  private readonly defaultTimeoutMs: number;
  private readonly pending = new Set<(error: PosError) => void>();
  private tail: Promise<unknown> = Promise.resolve();
  private end: SessionEnd | null = null;
  private released: Promise<void> | null = null;
  private resolveEnded!: (end: SessionEnd) => void;

  constructor(options: ManagedSessionOptions) {
    this.atr = options.atr;
    this.protocol = options.protocol;
    this.link = options.link;
    this.defaultTimeoutMs = options.defaultTimeoutMs;
    this.ended = new Promise((resolve) => (this.resolveEnded = resolve));
  }

  transmit(capdu: Uint8Array, opts?: TransmitOptions): Promise<Uint8Array> {
    const timeoutMs = opts?.timeoutMs ?? this.defaultTimeoutMs;
    const run = (): Promise<Uint8Array> => this.exchangeOne(capdu, timeoutMs);
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  close(): Promise<void> {
    this.finish({ kind: 'closed' });
    return this.released ?? Promise.resolve();
  }

  /** The driver's word that the card, reader or service is gone. */
  lose(error: PosError): void {
    this.finish({ kind: 'lost', error });
  }

  isOpen(): boolean {
    return this.end === null;
  }

  private exchangeOne(capdu: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.end) return Promise.reject(endError(this.end));
    return new Promise<Uint8Array>((resolve, reject) => {
      const fail = (error: PosError): void => {
        clearTimeout(timer);
        this.pending.delete(fail);
        reject(error);
      };
      // After a timeout the card's state is unknown (it may have run the command), so the
      // session cannot go on: the timeout ends it.
      const timer = setTimeout(() => this.lose(new PosError('E-DEV-0004', { op: 'transmit', timeoutMs })), timeoutMs);
      this.pending.add(fail);
      this.link.exchange(capdu).then(
        (rapdu) => {
          if (!this.pending.has(fail)) return;
          clearTimeout(timer);
          this.pending.delete(fail);
          resolve(rapdu);
        },
        (cause: unknown) => {
          if (!this.pending.has(fail)) return;
          this.lose(isPosError(cause) ? cause : new PosError('E-DEV-0009', { op: 'transmit' }, { cause }));
        },
      );
    });
  }

  private finish(end: SessionEnd): void {
    if (this.end) return;
    this.end = end;
    const error = endError(end);
    for (const fail of [...this.pending]) fail(error);
    this.released = this.link.release().catch(() => undefined);
    this.resolveEnded(end);
  }
}

function endError(end: SessionEnd): PosError {
  return end.kind === 'lost' ? end.error : new PosError('E-DEV-0003');
}
