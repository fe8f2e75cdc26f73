// The magnetic stripe reader capability: ISO/IEC 7813 tracks 1 and 2 as read, the card fields
// they carry, and what the swipe means for the sale. Track data, the PAN and the cardholder's
// name are card data: they travel sealed (Sealed below), so an event or error that is logged,
// printed or serialised shows [REDACTED] instead, and the logger redacts track1/track2/pan
// fields besides. Only the payment layer calls reveal().
import type { ErrorCode, PosError } from '../errors/index.js';
import type { Device, DeviceEvents } from './device.js';

const REDACTED = '[REDACTED]';

/** A value that does not print: JSON.stringify, String(), template strings and util.inspect
 *  all see [REDACTED]. The value is in a private field, so no serialiser can walk into it. */
export class Sealed<T> {
  readonly #value: T;

  constructor(value: T) {
    this.#value = value;
  }

  reveal(): T {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}

export type TrackRead =
  /** The track's characters between the sentinels (no sentinels, no LRC), as ISO 8583 carries them. */
  | { readonly kind: 'read'; readonly data: Sealed<string> }
  | { readonly kind: 'blank' }
  /** Parity (reported by the reader), LRC or character set error on the track. */
  | { readonly kind: 'error'; readonly code: ErrorCode };

/** ISO/IEC 7813 fields of a swiped card. */
export interface SwipedCard {
  readonly pan: Sealed<string>;
  /** From track 1; null when only track 2 was read. */
  readonly name: Sealed<string> | null;
  readonly expiry: { readonly year: number; readonly month: number };
  readonly serviceCode: string;
  /** Service code first digit 2 (international) or 6 (national): "integrated circuit card"
   *  in ISO/IEC 7813's service code values, so the card has a chip. */
  readonly chip: boolean;
}

export type SwipeEvent =
  /** magstripe: a card without a chip (POS entry mode 90); fallback: a chip card swiped after
   *  the chip could not be read, allowed by the policy (POS entry mode 80). */
  | { readonly kind: 'read'; readonly entry: 'magstripe' | 'fallback'; readonly card: SwipedCard; readonly track1: TrackRead; readonly track2: TrackRead }
  /** A chip card swiped while fallback is not allowed: the cardholder must insert it (E-MSR-0007). */
  | { readonly kind: 'insert-card'; readonly error: PosError }
  /** No track gave a card: the error says why (framing, LRC, parity, format), never what was read. */
  | { readonly kind: 'unreadable'; readonly error: PosError; readonly track1: TrackRead; readonly track2: TrackRead };

export interface SwipePolicy {
  /** True only after this sale's chip read failed: the next chip card swiped is taken as
   *  fallback, once; otherwise a chip card gets 'insert-card'. */
  readonly fallbackAllowed: boolean;
}

export interface MagStripeEvents extends DeviceEvents {
  swipe: SwipeEvent;
}

export interface MagStripe extends Device<'mag-stripe', MagStripeEvents> {
  /** Swipes are dropped until enabled, so a card swiped outside a sale goes nowhere. */
  enable(policy: SwipePolicy): Promise<void>;
  disable(): Promise<void>;
}
