// src/emulators/card entry point: make a virtual EMV card from a named profile.
import { randomBytes } from 'node:crypto';
import type { VirtualIcc } from '../icc.js';
import { EmvCard } from './card.js';
import { FaultyCard, realClock, type Clock, type Fault } from './faults.js';
import type { CardInterface, CardProfile } from './profile.js';
import { getProfile } from './profiles/index.js';
import type { RandomBytes } from './state.js';

export { listProfiles, getProfile } from './profiles/index.js';
export { inProcessTransport } from './transport.js';
export { testCaPublicKeys, type CaPublicKey } from './keys/test-keys.js';
export type { Fault, Clock } from './faults.js';
export type { CardProfile, ApplicationProfile, CardInterface, CryptogramDecision } from './profile.js';
export type { RandomBytes } from './state.js';

export interface CardOptions {
  /** Which interface the card is presented on: the PSE is visible on contact, the PPSE on contactless. */
  readonly interface: CardInterface;
  readonly faults?: readonly Fault[];
  /** GET CHALLENGE and ICC Dynamic Numbers; defaults to crypto.randomBytes. */
  readonly rng?: RandomBytes;
  /** Where latency faults wait; defaults to setTimeout. */
  readonly clock?: Clock;
}

export function createCard(profileName: string, options: CardOptions): VirtualIcc {
  return createCardFromProfile(getProfile(profileName), options);
}

/** For tests and tools that adjust a profile (a different decision, a refusing GPO). */
export function createCardFromProfile(profile: CardProfile, options: CardOptions): VirtualIcc {
  const rng = options.rng ?? ((n: number) => Uint8Array.from(randomBytes(n)));
  const card = new EmvCard(profile, options.interface, rng);
  const faults = options.faults ?? [];
  return faults.length === 0 ? card : new FaultyCard(card, faults, options.clock ?? realClock);
}
