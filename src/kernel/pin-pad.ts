// The PIN pad capability: online PIN entry enciphered under DUKPT (ANSI X9.24-3) into an
// ISO 9564-1 PIN block. The clear PIN never leaves the pad; the PAN goes in because formats
// 0, 3 and 4 bind the block to it.
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

export interface PinPadEvents extends DeviceEvents {
  /** Progress of entry for the display: how many digits are in, never which. */
  'pin-progress': { readonly digits: number };
}

export interface PinPad extends Device<'pin-pad', PinPadEvents> {
  getOnlinePin(request: OnlinePinRequest): Promise<OnlinePinResult>;
  showPrompt(prompt: PinPadPrompt): Promise<void>;
  /** Ends an entry in progress; its getOnlinePin resolves { kind: 'cancelled' }. */
  cancel(): Promise<void>;
}
