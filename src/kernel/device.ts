// The device model every driver fills in (after Zephyr's device model: one API per device
// class, drivers implement it, the application never names a driver). No hardware here.
import type { ErrorCode } from '../errors/index.js';
import type { Subscribable } from './events.js';

export type DeviceKind = 'card-reader' | 'pin-pad' | 'printer' | 'display' | 'scanner' | 'mag-stripe';

export interface DeviceIdentity<K extends DeviceKind = DeviceKind> {
  /** Unique in the registry and stable across re-plugs: `${driver}:${path}`. */
  readonly id: string;
  readonly kind: K;
  /** The driver family that discovered it, e.g. 'pcsc'. */
  readonly driver: string;
  /** Where the driver reaches it: a PC/SC reader name, a tty, host:port. */
  readonly path: string;
  /** Hardware serial number when the device reports one. */
  readonly serial: string | null;
}

export type DeviceHealth =
  | { readonly state: 'ok' }
  /** Works with limits (printer paper low, a reader that recovered from an error). */
  | { readonly state: 'degraded'; readonly code: ErrorCode }
  /** Unusable until the cause named by the code goes away. */
  | { readonly state: 'failed'; readonly code: ErrorCode };

export const HEALTH_OK: DeviceHealth = Object.freeze({ state: 'ok' });

export function sameHealth(a: DeviceHealth, b: DeviceHealth): boolean {
  return a.state === b.state && (a.state === 'ok' || a.code === (b as { code: ErrorCode }).code);
}

/** Events every device has; each capability adds its own. */
export interface DeviceEvents {
  health: DeviceHealth;
}

export interface Device<K extends DeviceKind, E extends DeviceEvents = DeviceEvents> {
  readonly identity: DeviceIdentity<K>;
  readonly events: Subscribable<E>;
  /** Claims the device for this runtime; idempotent. */
  open(): Promise<void>;
  /** Releases it and ends anything in progress with E-DEV-0002; idempotent. */
  close(): Promise<void>;
  health(): DeviceHealth;
}
