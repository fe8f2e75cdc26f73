// What the virtual card remembers. EMV Book 3 §6.5 (and ISO/IEC 7816-4 for selection): the ATC
// and PIN try counter live in non-volatile memory and survive a reset; the selected file and
// the transaction's progress are volatile and clear on reset, power-off or removal.
import type { BuiltApplication } from './application.js';
import type { CardInterface, CardProfile } from './profile.js';

export type RandomBytes = (length: number) => Uint8Array;

/** Non-volatile, per application. */
export interface ApplicationCounters {
  atc: number;
  lastOnlineAtc: number;
}

/** Things done in this transaction that the Card Verification Results report (cryptogram.ts). */
export type CardEvent =
  | 'offline-pin-performed'
  | 'offline-pin-failed'
  | 'pin-try-limit-exceeded'
  | 'offline-dda-performed'
  /** EXTERNAL AUTHENTICATE (or 91 in CDOL2) was received; at most once a transaction. */
  | 'issuer-authentication-performed'
  | 'issuer-authentication-failed';

export type TransactionPhase =
  | { readonly kind: 'selected' }
  | { readonly kind: 'initiated'; readonly pdolData: Uint8Array }
  /** The first GENERATE AC answered ARQC: a second one may follow (Book 3 §9.3). */
  | { readonly kind: 'online'; readonly pdolData: Uint8Array; readonly cdol1Data: Uint8Array }
  | { readonly kind: 'completed' };

export interface ApplicationSession {
  readonly app: BuiltApplication;
  phase: TransactionPhase;
  readonly events: Set<CardEvent>;
  /** Set by a first GENERATE AC that answers ARQC: what the ARPC and the script MACs are
   *  checked against, until the session ends. */
  online?: OnlineContext;
  /** The Card Status Update of an ARPC by method 2 that verified (CVN 02). */
  cardStatusUpdate?: Uint8Array;
  /** The last EXCHANGE RELAY RESISTANCE DATA of this transaction (14 bytes), signed by CDA. */
  relayResistance?: Uint8Array;
}

export interface OnlineContext {
  readonly arqc: Uint8Array;
  readonly atc: Uint8Array;
  /** The AC session key (cryptogram.ts); the ARPC is checked with it. */
  readonly sessionKey: Uint8Array;
  /** The secure-messaging integrity session key: script MACs are checked with it. */
  readonly smiSessionKey: Uint8Array;
  /** The secure-messaging confidentiality session key: a new PIN is deciphered with it. */
  readonly smcSessionKey: Uint8Array;
}

export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'directory'; readonly directory: 'pse' | 'ppse' | 'ddf' }
  | { readonly kind: 'application'; readonly session: ApplicationSession };

export interface CardState {
  readonly profile: CardProfile;
  readonly iface: CardInterface;
  /** The applications offered on this interface, in profile order. */
  readonly applications: readonly BuiltApplication[];
  readonly rng: RandomBytes;
  readonly counters: ReadonlyMap<BuiltApplication, ApplicationCounters>;
  /** The offline PIN: the profile's until a PIN CHANGE script sets another. */
  pin: string;
  pinTriesLeft: number;
  selection: Selection;
  /** The last GET CHALLENGE answer: an enciphered PIN must carry it (Book 2 §7.2); volatile,
   *  and used once. */
  challenge: Uint8Array | undefined;
  /** AIDs (hex) an issuer script blocked with APPLICATION BLOCK (Book 3 §6.5.1): SELECT should
   *  answer 6283 for them (select.ts reads this) and GENERATE AC answers only AAC. */
  readonly blockedApplications: Set<string>;
  /** CARD BLOCK (Book 3 §6.5.3): from then on every command answers 6A81. */
  cardBlocked: boolean;
  /** Data objects an issuer script wrote with PUT DATA, per AID (hex), tag → value. */
  readonly issuerData: Map<string, Map<number, Uint8Array>>;
}

export function selectedSession(state: CardState): ApplicationSession | null {
  return state.selection.kind === 'application' ? state.selection.session : null;
}

export function countersOf(state: CardState, app: BuiltApplication): ApplicationCounters {
  // Every application the state holds got its counters when the card was made (card.ts).
  return state.counters.get(app)!;
}

export function u16(n: number): Uint8Array {
  return Uint8Array.of(n >> 8, n & 0xff);
}
