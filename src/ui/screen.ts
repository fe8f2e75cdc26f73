// A screen is a value, not markup: what the operator or the cardholder is told (title, lines,
// buttons, tone, what the voice says) in both languages, and what input it waits for. The
// renderers (web/ for the kiosk browser, ansi/ for a development console) decide how it looks;
// the driver (driver.ts) decides when it is shown and what the keys mean.
import type { Language } from '../errors/index.js';
import type { Sealed } from '../kernel/index.js';
import type { QrMatrix } from '../payment/qr/index.js';

/** Every text a screen holds, in both languages; the display picks one. */
export type Text = Readonly<Record<Language, string>>;

/** How a screen feels at a glance: the renderers colour it, a cashier reads it from afar. */
export type Tone = 'neutral' | 'busy' | 'success' | 'warning' | 'error';

/** body: plain text; amount: the sum at stake, large; code: an error or response code, large
 *  and monospaced; hint: what to do next; ok / fault: a device or link that works or does not. */
export type LineStyle = 'body' | 'amount' | 'code' | 'hint' | 'ok' | 'fault';

export interface Line {
  readonly text: Text;
  readonly style: LineStyle;
}

/** cancel ends the input with 'cancelled'; the others answer a choice with their id. */
export type ButtonRole = 'primary' | 'secondary' | 'cancel';

export interface Button {
  readonly id: string;
  readonly label: Text;
  readonly role: ButtonRole;
}

/** ISO 4217 alphabetic code and exponent (minor units per major unit = 10^exponent). */
export interface Currency {
  readonly alpha: string;
  readonly exponent: number;
}

/** What a screen waits for. none: shown only; choice: one of its buttons; amount: minor units
 *  on the keypad (at most max); digits: an id, shown as typed; password: masked as typed. */
export type Entry =
  | { readonly kind: 'none' }
  | { readonly kind: 'choice' }
  | { readonly kind: 'amount'; readonly currency: Currency; readonly max: bigint }
  | { readonly kind: 'digits'; readonly label: Text; readonly minLength: number; readonly maxLength: number }
  | { readonly kind: 'password'; readonly label: Text; readonly minLength: number; readonly maxLength: number };

export type InputEntry = Exclude<Entry, { readonly kind: 'none' }>;

/** What an answered screen gives back: a password stays sealed (it never prints or logs). */
export type EntryValue<E extends Entry> = E extends { readonly kind: 'amount' }
  ? bigint
  : E extends { readonly kind: 'digits' }
    ? string
    : E extends { readonly kind: 'password' }
      ? Sealed<string>
      : E extends { readonly kind: 'choice' }
        ? string
        : never;

export type Answer<T> =
  | { readonly kind: 'entered'; readonly value: T }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'timeout' };

/** The application's screens; a Book A standard message is `book-a:<name>` (book-a.ts). */
export type AppScreenId =
  | 'idle'
  | 'login-operator'
  | 'login-password'
  | 'main-menu'
  | 'transaction-type'
  | 'amount'
  | 'supervisor-id'
  | 'supervisor-password'
  | 'pin-prompt'
  | 'result'
  | 'balance'
  | 'shift-started'
  | 'shift-summary'
  | 'qr-method'
  | 'merchant-qr'
  | 'scan-code'
  | 'receipt-question'
  | 'report'
  | 'query-by'
  | 'query-field'
  | 'transaction-list'
  | 'error';

export interface Screen<E extends Entry = Entry> {
  readonly id: AppScreenId | `book-a:${string}`;
  /** The EMV Book A §9.4 message identifier when the screen is a standard message. */
  readonly messageId: number | null;
  readonly title: Text;
  readonly lines: readonly Line[];
  readonly entry: E;
  readonly buttons: readonly Button[];
  readonly tone: Tone;
  /** What the voice prompt says, when the screen has one; the driver speaks it once. */
  readonly voice: Text | null;
  /** A code for the customer's wallet to scan (the terminal's EMV QRCPS merchant-presented
   *  payload), drawn beside the lines; only the scan-to-pay screen has one. */
  readonly qr?: QrMatrix;
}
