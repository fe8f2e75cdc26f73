// What a device on a serial line is, whatever its capability: an identity, a line that is open
// or closed, and a health that follows the line. A lost line (cable out, device off, the pty
// gone) is failed with the family's code until open() gets a new line; the discovery sees the
// failed health and detaches the device. Subclasses add their capability over `line()`.
import { PosError } from '../../errors/index.js';
import {
  HEALTH_OK,
  TypedEmitter,
  sameHealth,
  type DeviceEvents,
  type DeviceHealth,
  type DeviceIdentity,
  type DeviceKind,
  type Subscribable,
} from '../../kernel/index.js';
import type { LineOpener, SerialLine } from './line.js';

type LineState = { readonly kind: 'open'; readonly line: SerialLine } | { readonly kind: 'closed' };

export abstract class SerialLineDevice<K extends DeviceKind, E extends DeviceEvents> {
  readonly identity: DeviceIdentity<K>;
  readonly events: Subscribable<E>;
  protected readonly emitter = new TypedEmitter<E>(() => undefined);
  private state: LineState = { kind: 'closed' };
  private current: DeviceHealth = HEALTH_OK;

  constructor(
    identity: DeviceIdentity<K>,
    line: SerialLine,
    private readonly openLine: LineOpener,
  ) {
    this.identity = identity;
    this.events = this.emitter;
    this.adopt(line);
  }

  async open(): Promise<void> {
    if (this.state.kind === 'open') return;
    const line = await this.openLine(this.identity.path);
    this.greet(line);
    this.adopt(line);
    this.setHealth(HEALTH_OK);
  }

  async close(): Promise<void> {
    if (this.state.kind === 'closed') return;
    const { line } = this.state;
    this.state = { kind: 'closed' };
    await line.close();
  }

  health(): DeviceHealth {
    return this.current;
  }

  /** The open line; E-DEV-0002 once the device is closed or its line lost. */
  protected line(): SerialLine {
    if (this.state.kind === 'closed') throw new PosError('E-DEV-0002', { id: this.identity.id });
    return this.state.line;
  }

  /** Bytes from the device. */
  protected received(_chunk: Uint8Array): void {}

  /** Written on a line open() got, before it is used (whoever connected the first line greeted
   *  it already). */
  protected greet(_line: SerialLine): void {}

  private adopt(line: SerialLine): void {
    this.state = { kind: 'open', line };
    line.onData((chunk) => {
      if (this.state.kind === 'open' && this.state.line === line) this.received(chunk);
    });
    line.onLost((error) => {
      if (this.state.kind !== 'open' || this.state.line !== line) return;
      this.state = { kind: 'closed' };
      this.setHealth({ state: 'failed', code: error.code });
    });
  }

  /** Subclasses report what their device's data says (degraded, ok again); a lost line stays
   *  failed until open() succeeds, whatever they report meanwhile. */
  protected setHealth(health: DeviceHealth): void {
    if (sameHealth(this.current, health)) return;
    if (this.current.state === 'failed' && this.state.kind === 'closed') return;
    this.current = health;
    // The emitter's payload type is the capability's; health is in every one of them.
    (this.emitter as unknown as TypedEmitter<DeviceEvents>).emit('health', health);
  }
}
