// EMV Book 3 §10.5.1-10.5.2 and Book 4 §6.3.4: the PIN pad as cardholder verification sees
// it. The clear PIN never reaches the kernel: for offline PIN the pad builds the VERIFY
// command itself and sends it through the card link it is lent; for online PIN it returns
// only the enciphered PIN block.
import type { CardTransport } from '../apdu/index.js';

export interface RsaPublicKey {
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
}

/** Book 2 §7.1: enciphered offline PIN needs the ICC (PIN encipherment) public key and the
 *  card's GET CHALLENGE answer, fresh for each VERIFY. */
export type OfflinePinRequest =
  | { readonly mode: 'plaintext'; readonly triesLeft: number | undefined }
  | { readonly mode: 'enciphered'; readonly triesLeft: number | undefined; readonly key: RsaPublicKey; readonly challenge: Uint8Array };

export type OfflinePinResult =
  | { readonly kind: 'verified' }
  | { readonly kind: 'wrong'; readonly triesLeft: number }
  | { readonly kind: 'blocked' }
  /** The card answered VERIFY with a status that is none of the above. */
  | { readonly kind: 'rejected'; readonly sw: number }
  | PinEntryStopped;

export type OnlinePinResult = { readonly kind: 'entered'; readonly pinBlock: Uint8Array; readonly ksn: Uint8Array } | PinEntryStopped;

/** Why no PIN came: bypassed by cardholder or attendant, the pad is absent or broken, or the
 *  cardholder cancelled or let the entry time out. */
export type PinEntryStopped =
  | { readonly kind: 'bypassed' }
  | { readonly kind: 'pad-unavailable' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'timeout' };

export interface OnlinePinRequest {
  /** The PAN (5A) the pad needs for an ISO 9564 format 0/3/4 PIN block; never to be logged. */
  readonly pan: string;
}

export interface PinPadPort {
  verifyOfflinePin(request: OfflinePinRequest, card: CardTransport): Promise<OfflinePinResult>;
  getOnlinePin(request: OnlinePinRequest): Promise<OnlinePinResult>;
}
