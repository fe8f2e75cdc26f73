// Discovery and hot-plug for serial devices: each configured port (a tty, or an emulator's pty
// link) is tried with the family's connect; one that connects is attached, one that does not
// is tried again every `retryMs`, so a device plugged in (or a pty that appears) later shows up
// by itself. A device whose health turns failed (its line was lost: the cable, the device or
// the pty went away) is detached and its port tried again. While a configured port has no
// device the provider is degraded with the last code; when every port has one it is ok.
import { isPosError, type ErrorCode } from '../../errors/index.js';
import { HEALTH_OK, type AnyDevice, type DeviceEvents, type DiscoveryProvider, type DiscoverySink, type Subscribable } from '../../kernel/index.js';

export interface SerialDiscoveryOptions<D extends AnyDevice> {
  /** The provider's name in the registry, e.g. 'display'. */
  readonly name: string;
  readonly paths: readonly string[];
  /** Opens the port and makes the device; rejects with a PosError when nothing usable is there. */
  readonly connect: (path: string) => Promise<D>;
  /** Reported when connect fails with something that is not a PosError. */
  readonly openFailed: ErrorCode;
  readonly retryMs?: number;
}

const RETRY_MS = 2_000;

type Port<D> = { readonly kind: 'absent' } | { readonly kind: 'probing' } | { readonly kind: 'attached'; readonly device: D };

export class SerialDiscovery<D extends AnyDevice> implements DiscoveryProvider {
  readonly name: string;
  private readonly retryMs: number;
  private readonly ports = new Map<string, Port<D>>();
  private sink: DiscoverySink | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: SerialDiscoveryOptions<D>) {
    this.name = options.name;
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
    let device: D;
    try {
      device = await this.options.connect(path);
    } catch (error) {
      if (!this.sink) return;
      this.ports.set(path, { kind: 'absent' });
      this.sink.health({ state: 'degraded', code: isPosError(error) ? error.code : this.options.openFailed });
      return;
    }
    if (!this.sink) return void (await device.close());
    this.ports.set(path, { kind: 'attached', device });
    const events: Subscribable<DeviceEvents> = device.events;
    events.on('health', (health) => {
      if (health.state === 'failed') this.lost(path, device, health.code);
    });
    this.sink.attach(device);
    this.reportHealth();
  }

  private lost(path: string, device: D, code: ErrorCode): void {
    const port = this.ports.get(path);
    if (port?.kind !== 'attached' || port.device !== device) return;
    this.ports.set(path, { kind: 'absent' });
    this.sink?.detach(device.identity.id);
    this.sink?.health({ state: 'degraded', code });
  }

  private reportHealth(): void {
    if ([...this.ports.values()].every((p) => p.kind === 'attached')) this.sink?.health(HEALTH_OK);
  }
}
