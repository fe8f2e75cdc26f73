// src/devices/msr entry point: magnetic stripe readers on a serial line.
export { MagStripeDiscovery, openMsrLine, BAUD_RATE, type MagStripeDiscoveryOptions } from './discovery.js';
export { SerialMagStripe } from './serial-mag-stripe.js';
export { swipeTracks, type SwipeTracks } from './track-message.js';
export { cardFromTrack1, cardFromTrack2 } from './iso7813.js';
export { swipeOutcome } from './swipe-outcome.js';
