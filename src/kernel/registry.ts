// The device registry: what hardware the terminal has right now. Discovery providers (one per
// driver family) report attach and detach as devices come and go while running; consumers
// look devices up by kind and follow hot-plug through events. A detached device is closed,
// so whatever it had in progress ends with a typed error instead of waiting forever.
import { PosError } from '../errors/index.js';
import type { CardReader } from './card-reader.js';
import { HEALTH_OK, sameHealth } from './device.js';
import type { DeviceHealth, DeviceKind } from './device.js';
import type { Display } from './display.js';
import { TypedEmitter } from './events.js';
import type { Subscribable } from './events.js';
import type { Logger } from './log.js';
import type { MagStripe } from './mag-stripe.js';
import type { PinPad } from './pin-pad.js';
import type { Printer } from './printer.js';
import type { Scanner } from './scanner.js';

export interface CapabilityByKind {
  'card-reader': CardReader;
  'pin-pad': PinPad;
  printer: Printer;
  display: Display;
  scanner: Scanner;
  'mag-stripe': MagStripe;
}

export type AnyDevice = CapabilityByKind[DeviceKind];

/** What a provider reports into; calls after the registry stopped are ignored. */
export interface DiscoverySink {
  attach(device: AnyDevice): void;
  detach(id: string): void;
  /** The provider's own state, e.g. whether the PC/SC service is reachable. */
  health(health: DeviceHealth): void;
}

export interface DiscoveryProvider {
  /** Names the driver family; also the key of its health. */
  readonly name: string;
  start(sink: DiscoverySink): Promise<void>;
  /** Stops watching and closes the devices it attached. */
  stop(): Promise<void>;
}

export interface RegistryEvents {
  attached: AnyDevice;
  detached: AnyDevice;
  'provider-health': { readonly provider: string; readonly health: DeviceHealth };
}

export interface DeviceRegistryOptions {
  readonly providers: readonly DiscoveryProvider[];
  readonly log: Logger;
}

export class DeviceRegistry {
  private readonly emitter: TypedEmitter<RegistryEvents>;
  readonly events: Subscribable<RegistryEvents>;
  private readonly devices = new Map<string, { device: AnyDevice; provider: string }>();
  private readonly providerHealth = new Map<string, DeviceHealth>();
  private readonly providers: readonly DiscoveryProvider[];
  private readonly log: Logger;
  private state: 'idle' | 'running' | 'stopped' = 'idle';

  constructor(options: DeviceRegistryOptions) {
    this.providers = options.providers;
    this.log = options.log;
    this.emitter = new TypedEmitter((error, event) => this.log.error({ err: error, event }, 'registry listener threw'));
    this.events = this.emitter;
  }

  /** Starts every provider; one that fails is reported in its health, the rest run. */
  async start(): Promise<void> {
    if (this.state !== 'idle') return;
    this.state = 'running';
    await Promise.all(
      this.providers.map(async (provider) => {
        this.providerHealth.set(provider.name, HEALTH_OK);
        try {
          await provider.start(this.sinkFor(provider.name));
        } catch (cause) {
          const error = new PosError('E-DEV-0007', { provider: provider.name }, { cause });
          this.log.error({ err: error }, 'discovery provider failed to start');
          this.setProviderHealth(provider.name, { state: 'failed', code: error.code });
        }
      }),
    );
  }

  async stop(): Promise<void> {
    if (this.state !== 'running') {
      this.state = 'stopped';
      return;
    }
    this.state = 'stopped';
    await Promise.all(this.providers.map((p) => p.stop().catch((err: unknown) => this.log.error({ err, provider: p.name }, 'provider stop failed'))));
    const left = [...this.devices.values()];
    this.devices.clear();
    await Promise.all(left.map(({ device }) => this.closeQuietly(device)));
  }

  list(): AnyDevice[] {
    return [...this.devices.values()].map((e) => e.device);
  }

  get(id: string): AnyDevice | undefined {
    return this.devices.get(id)?.device;
  }

  require(id: string): AnyDevice {
    const device = this.get(id);
    if (!device) throw new PosError('E-DEV-0001', { id });
    return device;
  }

  byKind<K extends DeviceKind>(kind: K): CapabilityByKind[K][] {
    return this.list().filter((d): d is CapabilityByKind[K] => d.identity.kind === kind);
  }

  find<K extends DeviceKind>(kind: K, where: (device: CapabilityByKind[K]) => boolean = () => true): CapabilityByKind[K] | undefined {
    return this.byKind(kind).find(where);
  }

  /** Resolves with the first matching device, present now or attached later; rejects with
   *  E-DEV-0001 when none arrives within timeoutMs. */
  waitFor<K extends DeviceKind>(
    kind: K,
    where: (device: CapabilityByKind[K]) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<CapabilityByKind[K]> {
    const now = this.find(kind, where);
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new PosError('E-DEV-0001', { kind, timeoutMs }));
      }, timeoutMs);
      const off = this.emitter.on('attached', (device) => {
        if (device.identity.kind !== kind || !where(device as CapabilityByKind[K])) return;
        clearTimeout(timer);
        off();
        resolve(device as CapabilityByKind[K]);
      });
    });
  }

  health(): ReadonlyMap<string, DeviceHealth> {
    return new Map(this.providerHealth);
  }

  private sinkFor(provider: string): DiscoverySink {
    return {
      attach: (device) => this.attach(provider, device),
      detach: (id) => this.detach(id),
      health: (health) => this.setProviderHealth(provider, health),
    };
  }

  private attach(provider: string, device: AnyDevice): void {
    const id = device.identity.id;
    if (this.state !== 'running') {
      void this.closeQuietly(device);
      return;
    }
    if (this.devices.has(id)) {
      this.log.error({ err: new PosError('E-DEV-0006', { id, provider }) }, 'duplicate device id');
      return;
    }
    this.devices.set(id, { device, provider });
    this.log.info({ id, kind: device.identity.kind, provider }, 'device attached');
    this.emitter.emit('attached', device);
  }

  private detach(id: string): void {
    const entry = this.devices.get(id);
    if (!entry) return;
    this.devices.delete(id);
    this.log.info({ id, kind: entry.device.identity.kind }, 'device detached');
    void this.closeQuietly(entry.device);
    this.emitter.emit('detached', entry.device);
  }

  private setProviderHealth(provider: string, health: DeviceHealth): void {
    const before = this.providerHealth.get(provider);
    if (before && sameHealth(before, health)) return;
    this.providerHealth.set(provider, health);
    this.log.info({ provider, health }, 'provider health');
    this.emitter.emit('provider-health', { provider, health });
  }

  private async closeQuietly(device: AnyDevice): Promise<void> {
    try {
      await device.close();
    } catch (err) {
      this.log.warn({ err, id: device.identity.id }, 'device close failed');
    }
  }
}
