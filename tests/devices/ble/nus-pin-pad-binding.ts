// A noble binding (the object `@abandonware/noble/with-bindings` takes in place of the HCI
// socket) whose one peripheral is a Bluetooth PIN pad on the Nordic UART Service: it
// advertises NUS, connects, exchanges an MTU, offers RX (write) and TX (notify), and behind
// them runs the same pad the serial emulator runs — EmulatedPinPad over the PinPadLink of
// src/wire/pinpad — so the driver talks to the real pad logic over BLE. ATT limits are kept
// as a radio keeps them: a write longer than MTU - 3 is refused (counted), and the pad's bytes
// leave as notifications of at most MTU - 3.
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { PosError } from '../../../src/errors/index.js';
import { NUS_RX, NUS_SERVICE, NUS_TX, ATT_HEADER, type NobleCentral } from '../../../src/devices/ble/index.js';
import { KeyStore, type KeyFileSlot } from '../../../src/emulators/pinpad/key-store.js';
import { Keypad } from '../../../src/emulators/pinpad/keypad.js';
import { EmulatedPinPad, type PadEvent } from '../../../src/emulators/pinpad/pad.js';
import { PinPadLink } from '../../../src/wire/pinpad/link.js';

export interface NusPadOptions {
  readonly address: string;
  readonly name: string;
  /** ATT MTU the peripheral agrees to at connect. */
  readonly mtu: number;
  readonly slots: readonly KeyFileSlot[];
  /** What the adapter reports at init. */
  readonly adapter?: 'poweredOn' | 'poweredOff';
  /** How many connection attempts fail (HCI status: connection failed to be established). */
  readonly failConnects?: number;
}

/** noble's central on this binding, as the BLE discovery's loader hands it. */
export function nobleOn(binding: NusPinPadBinding): NobleCentral {
  const withBindings = createRequire(import.meta.url)('@abandonware/noble/with-bindings') as (bindings: unknown) => NobleCentral;
  return withBindings(binding);
}

type Link = { readonly kind: 'idle' } | { readonly kind: 'connected'; readonly link: PinPadLink; subscribed: boolean };

export class NusPinPadBinding extends EventEmitter {
  readonly id: string;
  /** Sizes of the central's writes to RX, and of the notifications on TX. */
  readonly writes: number[] = [];
  readonly notifications: number[] = [];
  /** Writes longer than MTU - 3, which a real stack would have refused. */
  oversized = 0;
  scans = 0;
  connects = 0;
  readonly events: PadEvent[] = [];
  readonly keypad = new Keypad();
  private state: Link = { kind: 'idle' };
  private readonly keys: KeyStore;
  private readonly taken = new Set<PadEvent>();

  constructor(private readonly options: NusPadOptions) {
    super();
    this.id = options.address.replace(/:/g, '').toLowerCase();
    this.keys = new KeyStore(options.slots, null);
  }

  /** Resolves with the first pad event of that name not taken before. */
  async next(event: string): Promise<PadEvent> {
    for (let waited = 0; waited < 5_000; waited += 5) {
      const found = this.events.find((e) => e.event === event && !this.taken.has(e));
      if (found) {
        this.taken.add(found);
        return found;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no pad event ${event}`);
  }

  /** The pad goes out of range: the link drops (HCI reason 0x08, supervision timeout). */
  drop(): void {
    if (this.state.kind !== 'connected') return;
    this.state.link.close(new PosError('E-BLE-0003', { side: 'pad' }));
    this.state = { kind: 'idle' };
    this.later('disconnect', this.id, 0x08);
  }

  // --- the binding interface noble calls ---

  init(): void {
    this.later('stateChange', this.options.adapter ?? 'poweredOn');
  }

  startScanning(): void {
    this.scans++;
    this.later('scanStart', false);
    if (this.state.kind === 'idle') {
      const advertisement = { localName: this.options.name, serviceUuids: [NUS_SERVICE], serviceData: [], txPowerLevel: 0, manufacturerData: undefined, serviceSolicitationUuids: [] };
      this.later('discover', this.id, this.options.address, 'random', true, advertisement, -48, true);
    }
  }

  stopScanning(): void {
    this.later('scanStop');
  }

  connect(id: string): void {
    if (++this.connects <= (this.options.failConnects ?? 0)) return this.later('connect', id, new Error('connection failed to be established'));
    const link = new PinPadLink({ write: (bytes) => this.sendToCentral(bytes), deliver: (frame) => pad.receive(frame) });
    const pad = new EmulatedPinPad({
      identity: { model: 'BLE test pad', serial: `BLE-${this.id.slice(-6).toUpperCase()}`, firmware: '2.0.0' },
      keys: this.keys,
      keypad: this.keypad,
      send: (cmd, payload) => link.send(cmd, payload),
      notify: (event) => void this.events.push(event),
    });
    this.state = { kind: 'connected', link, subscribed: false };
    this.later('connect', id, null);
    this.later('onMtu', id, this.options.mtu);
  }

  disconnect(id: string): void {
    if (this.state.kind === 'connected') this.state.link.close(new PosError('E-BLE-0003', { side: 'pad' }));
    this.state = { kind: 'idle' };
    this.later('disconnect', id, 0x16);
  }

  cancelConnect(): void {}

  discoverServices(id: string, uuids: string[]): void {
    this.later('servicesDiscover', id, uuids.length === 0 || uuids.includes(NUS_SERVICE) ? [NUS_SERVICE] : []);
  }

  discoverCharacteristics(id: string, service: string): void {
    this.later('characteristicsDiscover', id, service, [
      { uuid: NUS_RX, properties: ['write', 'writeWithoutResponse'] },
      { uuid: NUS_TX, properties: ['notify'] },
    ]);
  }

  notify(id: string, service: string, characteristic: string, on: boolean): void {
    if (this.state.kind === 'connected') this.state.subscribed = on;
    this.later('notify', id, service, characteristic, on);
  }

  write(id: string, service: string, characteristic: string, data: Buffer, withoutResponse: boolean): void {
    if (this.state.kind !== 'connected' || characteristic !== NUS_RX) return;
    this.writes.push(data.length);
    if (data.length > this.options.mtu - ATT_HEADER) {
      this.oversized++;
      return;
    }
    this.state.link.receive(new Uint8Array(data));
    if (!withoutResponse) this.later('write', id, service, characteristic);
  }

  updateRssi(): void {}
  setScanParameters(): void {}
  reset(): void {}

  private sendToCentral(bytes: Uint8Array): void {
    const state = this.state;
    if (state.kind !== 'connected' || !state.subscribed) return;
    const size = this.options.mtu - ATT_HEADER;
    for (let at = 0; at < bytes.length; at += size) {
      const piece = Buffer.from(bytes.subarray(at, at + size));
      this.notifications.push(piece.length);
      this.later('read', this.id, NUS_SERVICE, NUS_TX, piece, true);
    }
  }

  private later(event: string, ...args: unknown[]): void {
    setImmediate(() => this.emit(event, ...args));
  }
}
