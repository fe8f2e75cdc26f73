// A PC/SC reader as a kernel CardReader (PC/SC Part 5: SCardConnect SHARED, SCardTransmit,
// SCardDisconnect with SCARD_UNPOWER_CARD so the card is deactivated at the end of a
// session as ISO/IEC 7816-3 §6.5 and EMV Book 1 §6.1.5 expect). Every call into the native
// binding and every callback from it is guarded: a binding error becomes a typed rejection.
import { PosError } from '../../errors/index.js';
import {
  HEALTH_OK,
  ManagedCardSession,
  TypedEmitter,
  type CardInterface,
  type CardPresence,
  type CardReader,
  type CardReaderEvents,
  type CardSession,
  type DeviceHealth,
  type DeviceIdentity,
  type Logger,
} from '../../kernel/index.js';
import { SCARD, type NativeReader } from './binding.js';
import { decodeState, presenceEvents, type ReaderState } from './reader-state.js';
import { isServiceLoss, isStatus, statusOf, type PcscStatus } from './status.js';

/** Short APDUs answer at most 256 data bytes + SW; extended ones up to 65536 + SW. */
const MAX_RESPONSE = 65_538;

export interface PcscReaderOptions {
  readonly interface: CardInterface;
  readonly log: Logger;
  /** Bound on one exchange when the caller gives none. */
  readonly transmitTimeoutMs: number;
  readonly connectTimeoutMs: number;
  /** After a failed exchange, how long to wait for pcscd's presence poll to tell a removed
   *  card (E-PCSC-0003) from a card that stopped answering. */
  readonly removalGraceMs: number;
}

export class PcscCardReader implements CardReader {
  readonly identity: DeviceIdentity<'card-reader'>;
  readonly interface: CardInterface;
  private readonly emitter: TypedEmitter<CardReaderEvents>;
  readonly events: TypedEmitter<CardReaderEvents>;
  private readonly log: Logger;
  private state: ReaderState | null = null;
  private session: { managed: ManagedCardSession; cardEvents: number } | null = null;
  private statusWaiters = new Set<() => void>();
  private healthNow: DeviceHealth = HEALTH_OK;
  private lifecycle: { kind: 'open' } | { kind: 'closed' } | { kind: 'gone'; error: PosError } = { kind: 'open' };

  constructor(
    private readonly native: NativeReader,
    private readonly options: PcscReaderOptions,
  ) {
    this.identity = { id: `pcsc:${native.name}`, kind: 'card-reader', driver: 'pcsc', path: native.name, serial: null };
    this.interface = options.interface;
    this.log = options.log.child({ reader: native.name });
    this.emitter = new TypedEmitter((err, event) => this.log.error({ err, event }, 'card reader listener threw'));
    this.events = this.emitter;
  }

  presence(): CardPresence {
    return this.state?.presence ?? { kind: 'empty' };
  }

  health(): DeviceHealth {
    return this.healthNow;
  }

  async open(): Promise<void> {
    if (this.lifecycle.kind === 'closed') this.lifecycle = { kind: 'open' };
  }

  async close(): Promise<void> {
    if (this.lifecycle.kind === 'open') this.lifecycle = { kind: 'closed' };
    await this.endSession(new PosError('E-DEV-0002', { id: this.identity.id }));
  }

  async connect(): Promise<CardSession> {
    if (this.lifecycle.kind === 'gone') throw this.lifecycle.error;
    if (this.lifecycle.kind === 'closed') throw new PosError('E-DEV-0002', { id: this.identity.id });
    if (this.session?.managed.isOpen()) throw new PosError('E-DEV-0005', { id: this.identity.id });
    const state = this.state;
    if (state?.presence.kind !== 'present') {
      throw state?.presence.kind === 'mute' ? new PosError('E-PCSC-0006', { status: 'mute' }) : new PosError('E-DEV-0008');
    }
    const atr = state.presence.atr;
    if (this.native.connected) await this.disconnect();
    const protocol = await this.nativeConnect();
    const managed = new ManagedCardSession({
      atr,
      // PC/SC reports ISO 14443-4 as T=1; the kernel names the interface the card is on.
      protocol: this.interface === 'contactless' ? 'T=CL' : protocol === SCARD.PROTOCOL_T0 ? 'T=0' : 'T=1',
      defaultTimeoutMs: this.options.transmitTimeoutMs,
      link: { exchange: (capdu) => this.exchange(capdu, protocol), release: () => this.disconnect() },
    });
    this.session = { managed, cardEvents: state.cardEvents };
    return managed;
  }

  /** A status report from the binding. */
  onStatus(status: { state: number; atr?: Buffer }): void {
    const before = this.state;
    this.state = decodeState(status.state, status.atr);
    for (const event of presenceEvents(before, this.state)) {
      if (event.kind === 'removed') {
        this.log.info('card removed');
        void this.endSession(new PosError('E-PCSC-0003', { reader: this.native.name }));
        this.emitter.emit('card-removed', {});
      } else {
        this.log.info({ atrLength: event.atr.length }, 'card inserted');
        this.emitter.emit('card-inserted', { atr: event.atr });
      }
    }
    for (const wake of [...this.statusWaiters]) wake();
  }

  /** The reader left (unplugged, or the service went away): its session ends with `error`. */
  gone(error: PosError): void {
    if (this.lifecycle.kind === 'gone') return;
    this.lifecycle = { kind: 'gone', error };
    const hadCard = this.state?.presence.kind === 'present';
    this.state = null;
    void this.endSession(error);
    if (hadCard) this.emitter.emit('card-removed', {});
    this.setHealth({ state: 'failed', code: error.code });
  }

  private setHealth(health: DeviceHealth): void {
    this.healthNow = health;
    this.emitter.emit('health', health);
  }

  private async endSession(error: PosError): Promise<void> {
    const session = this.session;
    if (!session) return;
    session.managed.lose(error);
    await session.managed.close();
  }

  private nativeConnect(): Promise<number> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        reject(new PosError('E-DEV-0004', { op: 'connect', timeoutMs: this.options.connectTimeoutMs }));
      }, this.options.connectTimeoutMs);
      const done = (error: Error | null | undefined, protocol?: number): void => {
        clearTimeout(timer);
        if (settled) {
          // The caller gave up; a late success must not leave the card powered and claimed.
          if (!error) void this.disconnect();
          return;
        }
        settled = true;
        if (error || protocol === undefined) reject(this.connectError(error ?? new Error('no protocol')));
        else resolve(protocol);
      };
      try {
        this.native.connect({ share_mode: SCARD.SHARE_SHARED, protocol: SCARD.PROTOCOL_T0 | SCARD.PROTOCOL_T1 }, (e, p) => {
          try {
            done(e, p);
          } catch (err) {
            this.log.error({ err }, 'connect callback failed');
          }
        });
      } catch (error) {
        done(error as Error);
      }
    });
  }

  private connectError(error: Error): PosError {
    const status = statusOf(error);
    const context = { status: status.name, reader: this.native.name };
    if (isStatus(status, 'SCARD_E_NO_SMARTCARD', 'SCARD_W_REMOVED_CARD')) return new PosError('E-DEV-0008', context, { cause: error });
    if (isStatus(status, 'SCARD_E_SHARING_VIOLATION')) return new PosError('E-PCSC-0007', context, { cause: error });
    if (isServiceLoss(status)) return new PosError('E-PCSC-0002', context, { cause: error });
    if (isStatus(status, 'SCARD_E_UNKNOWN_READER', 'SCARD_E_READER_UNAVAILABLE')) return new PosError('E-PCSC-0004', context, { cause: error });
    return new PosError('E-PCSC-0006', context, { cause: error });
  }

  private exchange(capdu: Uint8Array, protocol: number): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const finish = (error: Error | null | undefined, data?: Buffer): void => {
        if (!error && data && data.length >= 2) {
          resolve(Uint8Array.from(data));
          return;
        }
        // vpcd reports a card that vanished mid-command as success with no bytes, so an
        // answer without SW1 SW2 is a failure to classify like a PC/SC error.
        const failure: ExchangeFailure = error ? { kind: 'status', status: statusOf(error), cause: error } : { kind: 'no-sw', length: data?.length ?? 0 };
        this.classify(failure).then(reject, reject);
      };
      try {
        this.native.transmit(Buffer.from(capdu), MAX_RESPONSE, protocol, (e, d) => {
          try {
            finish(e, d);
          } catch (err) {
            reject(new PosError('E-DEV-0009', { op: 'transmit' }, { cause: err }));
          }
        });
      } catch (error) {
        finish(error as Error);
      }
    });
  }

  private async classify(failure: ExchangeFailure): Promise<PosError> {
    const reader = this.native.name;
    if (failure.kind === 'status') {
      const { status, cause } = failure;
      const context = { status: status.name, reader };
      if (isStatus(status, 'SCARD_W_REMOVED_CARD')) return new PosError('E-PCSC-0003', context, { cause });
      if (isServiceLoss(status)) return new PosError('E-PCSC-0002', context, { cause });
      if (isStatus(status, 'SCARD_E_UNKNOWN_READER', 'SCARD_E_READER_UNAVAILABLE')) return new PosError('E-PCSC-0004', context, { cause });
      if (await this.cardLeft()) return new PosError('E-PCSC-0003', context, { cause });
      return new PosError('E-PCSC-0005', context, { cause });
    }
    if (await this.cardLeft()) return new PosError('E-PCSC-0003', { reader, length: failure.length });
    return new PosError('E-PCSC-0008', { reader, length: failure.length });
  }

  /** True once the reader shows the session's card gone, waiting up to the grace period
   *  for pcscd's next presence poll. */
  private cardLeft(): Promise<boolean> {
    const left = (): boolean => {
      const s = this.session;
      return this.state === null || this.state.presence.kind !== 'present' || (s !== null && this.state.cardEvents !== s.cardEvents);
    };
    if (left()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = (): void => {
        if (!left()) return;
        clearTimeout(timer);
        this.statusWaiters.delete(check);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.statusWaiters.delete(check);
        resolve(left());
      }, this.options.removalGraceMs);
      this.statusWaiters.add(check);
    });
  }

  private disconnect(): Promise<void> {
    return new Promise((resolve) => {
      const done = (error: Error | null | undefined): void => {
        if (error) {
          // The handle is unusable either way; clearing the flag keeps the binding from
          // skipping the next SCardConnect (it does when it believes it is connected).
          this.native.connected = false;
          this.log.warn({ status: statusOf(error).name }, 'disconnect failed');
        }
        resolve();
      };
      try {
        if (!this.native.connected) return resolve();
        this.native.disconnect(SCARD.UNPOWER_CARD, (e) => done(e));
      } catch (error) {
        done(error as Error);
      }
    });
  }
}

type ExchangeFailure =
  | { readonly kind: 'status'; readonly status: PcscStatus; readonly cause: Error }
  | { readonly kind: 'no-sw'; readonly length: number };
