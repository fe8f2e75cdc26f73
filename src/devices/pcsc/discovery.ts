// Discovery of PC/SC readers (PC/SC Part 5 SCardListReaders / the \\?PnP?\Notification
// reader) and the health of the PC/SC service itself. The binding throws synchronously when
// pcscd is not running, and a pcscd restart breaks every context it had; both become a
// provider health with a code, the readers are detached (their sessions end with that
// code), and a fresh context is tried with backoff until the service answers again.
import { PosError } from '../../errors/index.js';
import { HEALTH_OK, type DeviceHealth, type DiscoveryProvider, type DiscoverySink, type Logger } from '../../kernel/index.js';
import { loadPcsclite, type NativeContext, type NativeReader, type PcscBinding } from './binding.js';
import { DEFAULT_INTERFACE_RULES, interfaceOf, type InterfaceRule } from './interface-rules.js';
import { PcscCardReader } from './reader.js';
import { isServiceLoss, statusOf } from './status.js';

export interface PcscBackoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

export interface PcscDiscoveryOptions {
  readonly log: Logger;
  readonly interfaceRules?: readonly InterfaceRule[];
  readonly transmitTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
  /** How long a failed exchange waits for pcscd's presence poll to tell a card that left from
   *  one that failed (E-PCSC-0003 or E-PCSC-0005); 2 s by default, as pcscd polls vpcd and
   *  many readers about every 400 ms and a loaded two-core terminal can be late. */
  readonly removalGraceMs?: number;
  /** Retry delays while the service is away: initial, doubling, capped. */
  readonly backoff?: PcscBackoff;
  /** The native binding; tests pass a fake. */
  readonly binding?: PcscBinding;
}

export class PcscDiscovery implements DiscoveryProvider {
  readonly name = 'pcsc';
  private readonly log: Logger;
  private readonly binding: PcscBinding;
  private readonly rules: readonly InterfaceRule[];
  private readonly backoff: PcscBackoff;
  private sink: DiscoverySink | null = null;
  private context: NativeContext | null = null;
  private readonly readers = new Map<string, { device: PcscCardReader; native: NativeReader; lastError: PosError | null }>();
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay: number;
  private healthNow: DeviceHealth = HEALTH_OK;
  private readonly closing = new Set<Promise<void>>();

  constructor(private readonly options: PcscDiscoveryOptions) {
    this.log = options.log.child({ provider: 'pcsc' });
    this.binding = options.binding ?? loadPcsclite;
    this.rules = options.interfaceRules ?? DEFAULT_INTERFACE_RULES;
    this.backoff = options.backoff ?? { initialMs: 250, maxMs: 5_000 };
    this.retryDelay = this.backoff.initialMs;
  }

  health(): DeviceHealth {
    return this.healthNow;
  }

  /** Never fails for want of pcscd: that is a health state, retried in the background. */
  async start(sink: DiscoverySink): Promise<void> {
    this.sink = sink;
    this.openContext();
  }

  async stop(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const context = this.context;
    this.context = null;
    this.dropReaders(new PosError('E-DEV-0002', { provider: this.name }));
    this.sink = null;
    if (context) this.closeLater(() => context.close());
    await Promise.all(this.closing);
  }

  private openContext(): void {
    this.retryTimer = null;
    if (!this.sink) return;
    let context: NativeContext;
    try {
      context = this.binding();
    } catch (error) {
      const status = statusOf(error);
      this.setHealth({ state: 'failed', code: 'E-PCSC-0001' });
      this.log.warn({ status: status.name, retryMs: this.retryDelay }, 'PC/SC service not available');
      this.scheduleRetry();
      return;
    }
    this.context = context;
    this.retryDelay = this.backoff.initialMs;
    // The binding emits 'error' even after close() (SCardCancel reports as an error), and an
    // EventEmitter without an 'error' listener throws: the listener stays for good.
    context.on('error', (error) => this.guard(() => this.onContextError(context, error)));
    context.on('reader', (native) => this.guard(() => this.onReader(context, native)));
    this.setHealth(HEALTH_OK);
    this.log.info('PC/SC service connected');
  }

  private onContextError(context: NativeContext, error: Error): void {
    if (context !== this.context) return;
    const status = statusOf(error);
    this.log.warn({ status: status.name }, 'PC/SC service lost');
    this.serviceLost(new PosError('E-PCSC-0002', { status: status.name }));
  }

  private serviceLost(error: PosError): void {
    const context = this.context;
    this.context = null;
    this.setHealth({ state: 'failed', code: error.code });
    this.dropReaders(error);
    if (context) this.closeLater(() => context.close());
    this.scheduleRetry();
  }

  private onReader(context: NativeContext, native: NativeReader): void {
    if (context !== this.context || !this.sink) {
      this.closeLater(() => native.close());
      return;
    }
    const device = new PcscCardReader(native, {
      interface: interfaceOf(native.name, this.rules),
      log: this.log,
      transmitTimeoutMs: this.options.transmitTimeoutMs ?? 10_000,
      connectTimeoutMs: this.options.connectTimeoutMs ?? 10_000,
      removalGraceMs: this.options.removalGraceMs ?? 2_000,
    });
    const entry = { device, native, lastError: null as PosError | null };
    native.on('status', (status) => this.guard(() => device.onStatus(status)));
    native.on('error', (error) =>
      this.guard(() => {
        const status = statusOf(error);
        this.log.warn({ reader: native.name, status: status.name }, 'reader status error');
        entry.lastError = new PosError(isServiceLoss(status) ? 'E-PCSC-0002' : 'E-PCSC-0004', { status: status.name });
      }),
    );
    native.on('end', () =>
      this.guard(() => {
        if (this.readers.get(native.name) !== entry) return;
        const error = entry.lastError ?? new PosError('E-PCSC-0004', { reader: native.name });
        // pcscd dying ends the readers before the context reports it: act on it now.
        if (error.code === 'E-PCSC-0002' && context === this.context) return this.serviceLost(error);
        this.readers.delete(native.name);
        device.gone(error);
        this.sink?.detach(device.identity.id);
      }),
    );
    this.readers.set(native.name, entry);
    this.sink.attach(device);
  }

  private dropReaders(error: PosError): void {
    const entries = [...this.readers.values()];
    this.readers.clear();
    for (const { device, native } of entries) {
      device.gone(error);
      this.closeLater(() => native.close());
      this.sink?.detach(device.identity.id);
    }
  }

  /** The binding holds a reader's mutex while it emits that reader's events, and close()
   *  takes the same mutex: closing from inside an event handler deadlocks the process. So
   *  every close runs on a later turn of the loop. */
  private closeLater(close: () => void): void {
    const done = new Promise<void>((resolve) =>
      setImmediate(() => {
        try {
          close();
        } catch (err) {
          // Closing a context or reader whose service is gone may throw; nothing is left to free.
          this.log.debug({ err }, 'PC/SC close failed');
        }
        resolve();
      }),
    );
    this.closing.add(done);
    void done.then(() => this.closing.delete(done));
  }

  private scheduleRetry(): void {
    if (!this.sink || this.retryTimer) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.backoff.maxMs);
    this.retryTimer = setTimeout(() => this.openContext(), delay);
  }

  private setHealth(health: DeviceHealth): void {
    this.healthNow = health;
    this.sink?.health(health);
  }

  /** Callbacks come from native code; a throw there would be an uncaught exception. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.error({ err }, 'PC/SC event handling failed');
    }
  }
}
