// The PIN pad capability: online PIN entry enciphered under DUKPT (ANSI X9.24-1/-3) into an
// ISO 9564-1 PIN block, and offline PIN verified by the pad against the card through a relay.
// The clear PIN never leaves the pad; the PAN goes in because formats 0, 3 and 4 bind the
// block to it.
import type { Device, DeviceEvents } from './device.js';

export type PinBlockFormat = 'iso0' | 'iso1' | 'iso3' | 'iso4';

export interface OnlinePinRequest {
  /** Digits only; held for the block and never logged (the logger redacts `pan`). */
  readonly pan: string;
  /** Minor units, shown on the pad's display. */
  readonly amount: bigint;
  /** ISO 4217 numeric code and exponent, e.g. { code: '156', exponent: 2 }. */
  readonly currency: { readonly code: string; readonly exponent: number };
  readonly format: PinBlockFormat;
  /** Which DUKPT key the pad enciphers under. */
  readonly keySlot: number;
  readonly minLength: number;
  readonly maxLength: number;
  readonly timeoutMs: number;
  /** EMV Book 4 §6.3.4: the cardholder may bypass PIN entry when the terminal allows it. */
  readonly bypassAllowed: boolean;
}

export type OnlinePinResult =
  | { readonly kind: 'entered'; readonly pinBlock: Uint8Array; readonly ksn: Uint8Array }
  | { readonly kind: 'bypassed' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'timeout' };

export type PinPadPrompt =
  | { readonly kind: 'enter-pin'; readonly amount: bigint; readonly currencyCode: string }
  | { readonly kind: 'incorrect-pin'; readonly triesLeft: number | null }
  | { readonly kind: 'pin-ok' }
  | { readonly kind: 'message'; readonly text: string };

/** The card link lent to the pad for offline PIN: it carries the VERIFY the pad builds to the
 *  card and the card's answer back, so the clear PIN never passes through the runtime. */
export interface ApduRelay {
  transmit(capdu: Uint8Array): Promise<Uint8Array>;
}

/** EMV Book 3 §10.5.1, Book 2 §7.1: what the pad needs to build VERIFY. An enciphered PIN
 *  needs the ICC (PIN encipherment) public key and the challenge the card just gave. */
export type OfflinePinRequest = (
  | { readonly mode: 'plaintext' }
  | {
      readonly mode: 'enciphered';
      readonly key: { readonly modulus: Uint8Array; readonly exponent: Uint8Array };
      readonly challenge: Uint8Array;
    }
) & {
  /** From the PIN Try Counter, shown to the cardholder; undefined when the card hides it. */
  readonly triesLeft: number | undefined;
  readonly timeoutMs: number;
  readonly bypassAllowed: boolean;
};

export type OfflinePinResult =
  | { readonly kind: 'verified' }
  | { readonly kind: 'wrong'; readonly triesLeft: number }
  | { readonly kind: 'blocked' }
  /** The card answered VERIFY with a status that is none of the above. */
  | { readonly kind: 'rejected'; readonly sw: number }
  | { readonly kind: 'bypassed' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'timeout' };

export interface PinPadEvents extends DeviceEvents {
  /** Progress of entry for the display: how many digits are in, never which. */
  'pin-progress': { readonly digits: number };
}

export interface PinPad extends Device<'pin-pad', PinPadEvents> {
  getOnlinePin(request: OnlinePinRequest): Promise<OnlinePinResult>;
  /** The pad takes the PIN, builds VERIFY and sends it to the card through `card`. */
  verifyOfflinePin(request: OfflinePinRequest, card: ApduRelay): Promise<OfflinePinResult>;
  showPrompt(prompt: PinPadPrompt): Promise<void>;
  /** Ends an entry in progress; its getOnlinePin or verifyOfflinePin resolves { kind: 'cancelled' }. */
  cancel(): Promise<void>;
}
