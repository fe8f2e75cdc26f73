// Discovery of serial PIN pads: the configured ports (ttys, or the emulator's pty link) are
// probed with DEVICE INFO; one that answers is attached, one that does not is tried again
// every `retryMs`, so a pad plugged in (or an emulator started) later appears by itself. A pad
// whose line is lost is detached and probed again. The provider's health is degraded with the
// last probe's code while a configured port has no pad on it.
import { isPosError } from '../../errors/index.js';
import { HEALTH_OK, type DiscoveryProvider, type DiscoverySink } from '../../kernel/index.js';
import { connect } from './connect.js';
import { openSerialLine, type LineOpener } from './line.js';
import { SerialPinPad } from './serial-pin-pad.js';

export interface PinPadDiscoveryOptions {
  readonly paths: readonly string[];
  readonly open?: LineOpener;
  readonly retryMs?: number;
}

const RETRY_MS = 2_000;

type Port = { readonly kind: 'absent' } | { readonly kind: 'probing' } | { readonly kind: 'attached'; readonly device: SerialPinPad };

export class PinPadDiscovery implements DiscoveryProvider {
  readonly name = 'pinpad';
  private readonly open: LineOpener;
  private readonly retryMs: number;
  private readonly ports = new Map<string, Port>();
  private sink: DiscoverySink | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: PinPadDiscoveryOptions) {
    this.open = options.open ?? openSerialLine;
    this.retryMs = options.retryMs ?? RETRY_MS;
  }

  async start(sink: DiscoverySink): Promise<void> {
    this.sink = sink;
    for (const path of this.options.paths) this.ports.set(path, { kind: 'absent' });
    await this.probeAbsent();
    this.timer = setInterval(() => void this.probeAbsent(), this.retryMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sink = null;
    const attached = [...this.ports.values()].flatMap((p) => (p.kind === 'attached' ? [p.device] : []));
    this.ports.clear();
    await Promise.all(attached.map((d) => d.close()));
  }

  private async probeAbsent(): Promise<void> {
    const absent = [...this.ports].filter(([, p]) => p.kind === 'absent').map(([path]) => path);
    await Promise.all(absent.map((path) => this.probe(path)));
  }

  private async probe(path: string): Promise<void> {
    this.ports.set(path, { kind: 'probing' });
    try {
      const connection = await connect(path, this.open);
      const device = new SerialPinPad(connection, this.open);
      if (!this.sink) return void (await device.close());
      this.ports.set(path, { kind: 'attached', device });
      device.events.on('health', (health) => {
        if (health.state === 'failed') this.lost(path, device);
      });
      this.sink.attach(device);
    } catch (error) {
      if (!this.sink) return;
      this.ports.set(path, { kind: 'absent' });
      const code = isPosError(error) ? error.code : 'E-PINPAD-0003';
      this.sink.health({ state: 'degraded', code });
      return;
    }
    this.reportHealth();
  }

  private lost(path: string, device: SerialPinPad): void {
    const port = this.ports.get(path);
    if (port?.kind !== 'attached' || port.device !== device) return;
    this.ports.set(path, { kind: 'absent' });
    this.sink?.detach(device.identity.id);
    this.sink?.health({ state: 'degraded', code: 'E-PINPAD-0004' });
  }

  private reportHealth(): void {
    if ([...this.ports.values()].every((p) => p.kind === 'attached')) this.sink?.health(HEALTH_OK);
  }
}
