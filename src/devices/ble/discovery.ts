// Discovery of Bluetooth LE devices that speak over the Nordic UART Service. noble is loaded
// here, when the provider starts, and not before: where it cannot load (no adapter, no HCI
// socket: EAFNOSUPPORT on CI) the provider is failed with E-BLE-0001 and the registry carries
// on with its other providers. With the adapter powered on it scans for peripherals that
// advertise NUS; each is handed to the device family's `connect` with a line opener for its
// path (`ble:<address>`), the same call a serial port gets, and attached. A device whose
// health turns failed (the peripheral disconnected) is detached, and one that would not connect
// is tried again after `retryMs`: both by scanning anew, since noble reports a peripheral once
// per scan.
import { isPosError, PosError, type ErrorCode } from '../../errors/index.js';
import { HEALTH_OK, type AnyDevice, type DeviceEvents, type DiscoveryProvider, type DiscoverySink, type Subscribable } from '../../kernel/index.js';
import type { LineOpener } from '../serial/index.js';
import { openNusLine } from './line.js';
import { loadNoble, type NobleCentral, type NobleLoader, type Peripheral } from './noble.js';
import { NUS_SERVICE } from './nus.js';

export interface BleDiscoveryOptions<D extends AnyDevice> {
  /** Makes the device over an opened line, e.g. the PIN pad's connect + SerialPinPad. */
  readonly connect: (path: string, open: LineOpener) => Promise<D>;
  /** Which advertising NUS peripherals are ours (by name, say); all by default. */
  readonly accept?: (peripheral: Peripheral) => boolean;
  readonly load?: NobleLoader;
  readonly retryMs?: number;
}

const RETRY_MS = 5_000;

type Entry<D> = { readonly kind: 'connecting' } | { readonly kind: 'attached'; readonly device: D };

type Radio = { readonly kind: 'stopped' } | { readonly kind: 'unavailable' } | { readonly kind: 'running'; readonly central: NobleCentral; scanning: boolean };

export class BleDiscovery<D extends AnyDevice> implements DiscoveryProvider {
  readonly name = 'ble';
  private radio: Radio = { kind: 'stopped' };
  private sink: DiscoverySink | null = null;
  private readonly peripherals = new Map<string, Peripheral>();
  private readonly entries = new Map<string, Entry<D>>();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly onState = (state: string) => void this.stateChanged(state);
  private readonly onDiscover = (peripheral: Peripheral) => void this.discovered(peripheral);
  private readonly open: LineOpener = async (path) => {
    const peripheral = this.peripherals.get(path);
    if (!peripheral) throw new PosError('E-BLE-0004', { path, reason: 'unknown' });
    return openNusLine(peripheral, path);
  };

  constructor(private readonly options: BleDiscoveryOptions<D>) {}

  async start(sink: DiscoverySink): Promise<void> {
    this.sink = sink;
    let central: NobleCentral;
    try {
      central = await (this.options.load ?? loadNoble)();
    } catch (error) {
      this.radio = { kind: 'unavailable' };
      sink.health({ state: 'failed', code: isPosError(error) ? error.code : 'E-BLE-0001' });
      return;
    }
    this.radio = { kind: 'running', central, scanning: false };
    central.on('discover', this.onDiscover);
    // Listening for the state is what makes noble open its binding.
    central.on('stateChange', this.onState);
  }

  async stop(): Promise<void> {
    const radio = this.radio;
    this.radio = { kind: 'stopped' };
    this.sink = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    if (radio.kind === 'running') {
      radio.central.removeListener('stateChange', this.onState);
      radio.central.removeListener('discover', this.onDiscover);
      if (radio.scanning) await radio.central.stopScanningAsync().catch(() => undefined);
    }
    const attached = [...this.entries.values()].flatMap((e) => (e.kind === 'attached' ? [e.device] : []));
    this.entries.clear();
    await Promise.all(attached.map((d) => d.close()));
  }

  private async stateChanged(state: string): Promise<void> {
    if (this.radio.kind !== 'running') return;
    if (state !== 'poweredOn') {
      this.radio.scanning = false;
      this.sink?.health({ state: 'degraded', code: 'E-BLE-0002' });
      return;
    }
    await this.scan();
    if (this.entries.size === 0) this.sink?.health(HEALTH_OK);
  }

  /** (Re)starts a scan; restarting makes noble report peripherals it has seen before. */
  private async scan(): Promise<void> {
    const radio = this.radio;
    if (radio.kind !== 'running') return;
    if (radio.scanning) await radio.central.stopScanningAsync().catch(() => undefined);
    radio.scanning = true;
    await radio.central.startScanningAsync([NUS_SERVICE], false).catch(() => {
      radio.scanning = false;
      this.sink?.health({ state: 'degraded', code: 'E-BLE-0002' });
    });
  }

  private async discovered(peripheral: Peripheral): Promise<void> {
    const path = `ble:${peripheral.address && peripheral.address !== 'unknown' ? peripheral.address : peripheral.id}`;
    if (this.entries.has(path) || !peripheral.connectable) return;
    if (!(peripheral.advertisement.serviceUuids ?? []).includes(NUS_SERVICE)) return;
    if (this.options.accept && !this.options.accept(peripheral)) return;
    this.peripherals.set(path, peripheral);
    this.entries.set(path, { kind: 'connecting' });
    try {
      const device = await this.options.connect(path, this.open);
      if (!this.sink) return void (await device.close());
      this.entries.set(path, { kind: 'attached', device });
      const events: Subscribable<DeviceEvents> = device.events;
      events.on('health', (health) => {
        if (health.state === 'failed') this.lost(path, device, health.code);
      });
      this.sink.attach(device);
      this.sink.health(HEALTH_OK);
    } catch (error) {
      this.entries.delete(path);
      this.sink?.health({ state: 'degraded', code: isPosError(error) ? error.code : 'E-BLE-0004' });
      this.retry ??= setTimeout(() => {
        this.retry = null;
        void this.scan();
      }, this.options.retryMs ?? RETRY_MS);
    }
  }

  private lost(path: string, device: D, code: ErrorCode): void {
    const entry = this.entries.get(path);
    if (entry?.kind !== 'attached' || entry.device !== device) return;
    this.entries.delete(path);
    this.sink?.detach(device.identity.id);
    this.sink?.health({ state: 'degraded', code });
    void this.scan();
  }
}
