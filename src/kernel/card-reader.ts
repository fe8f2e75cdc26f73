// The card reader capability: ISO/IEC 7816-3 (contact) and ISO/IEC 14443-4 (contactless)
// readers as the EMV layer sees them. A session's transmit has exactly the shape of the EMV
// layer's CardTransport, so a session is passed to it as is.
import type { PosError } from '../errors/index.js';
import type { Device, DeviceEvents } from './device.js';

export type CardInterface = 'contact' | 'contactless' | 'both';

/** T=0 and T=1 per ISO/IEC 7816-3; T=CL is ISO/IEC 14443-4 on a contactless reader. */
export type CardProtocol = 'T=0' | 'T=1' | 'T=CL';

export type CardPresence =
  | { readonly kind: 'empty' }
  | { readonly kind: 'present'; readonly atr: Uint8Array }
  /** In the reader but not answering reset. */
  | { readonly kind: 'mute' };

export interface CardReaderEvents extends DeviceEvents {
  'card-inserted': { readonly atr: Uint8Array };
  'card-removed': Record<string, never>;
}

export interface TransmitOptions {
  /** Bound on this one exchange; the reader's default applies when absent. */
  readonly timeoutMs?: number;
}

export type SessionEnd =
  | { readonly kind: 'closed' }
  /** The card, the reader or the service went away, or an exchange failed for good. */
  | { readonly kind: 'lost'; readonly error: PosError };

export interface CardSession {
  readonly atr: Uint8Array;
  readonly protocol: CardProtocol;
  /** One C-APDU, one R-APDU (SW1 SW2 last). Exchanges run one at a time in call order;
   *  once the session has ended every call rejects with the error that ended it. */
  transmit(capdu: Uint8Array, opts?: TransmitOptions): Promise<Uint8Array>;
  /** Powers the card down and releases the reader; idempotent. */
  close(): Promise<void>;
  /** Settles once, when the session ends for any reason; never rejects. */
  readonly ended: Promise<SessionEnd>;
}

export interface CardReader extends Device<'card-reader', CardReaderEvents> {
  readonly interface: CardInterface;
  presence(): CardPresence;
  /** Powers the card and opens the reader's one session; rejects with E-DEV-0008 when no
   *  card is present and E-DEV-0005 while another session is open. */
  connect(): Promise<CardSession>;
}
