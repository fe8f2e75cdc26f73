// The magnetic stripe reader capability: ISO/IEC 7813 tracks 1 and 2 (and 4909 track 3) as
// read, per track, or the reason a track could not be read. Track data is card data: it goes
// to the payment layer only, and the logger redacts track1/track2/track3 fields.
import type { Device, DeviceEvents } from './device.js';

export type TrackRead =
  | { readonly kind: 'read'; readonly data: Uint8Array }
  | { readonly kind: 'blank' }
  /** Parity or LRC error on the stripe. */
  | { readonly kind: 'error' };

export interface SwipeEvent {
  readonly track1: TrackRead;
  readonly track2: TrackRead;
  readonly track3: TrackRead;
}

export interface MagStripeEvents extends DeviceEvents {
  swipe: SwipeEvent;
}

export interface MagStripe extends Device<'mag-stripe', MagStripeEvents> {
  enable(): Promise<void>;
  disable(): Promise<void>;
}
