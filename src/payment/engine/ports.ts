// What the transaction engine is given: every device, the host, the journal, the operators and
// the screens as ports, so one transaction runs the same against hardware, the emulators or a
// test's in-process card. The composition root (src/main.ts) fills them in; payment never
// imports ui or channel, so the screens and the lock are small ports defined here.
import type { AuthorisationPort } from '../../emv/contact/authorisation.js';
import type { AidConfig, TerminalConfig } from '../../emv/contact/config.js';
import type { ContactlessCombination } from '../../emv/contactless/config.js';
import type { UiMessage } from '../../emv/contactless/kernel-contract.js';
import type { PinPadPort } from '../../emv/cvm/index.js';
import type { CaKeyStore, RevocationList } from '../../emv/oda/index.js';
import type { PosError } from '../../errors/index.js';
import type { CardReader, MagStripe, Printer, Scanner } from '../../kernel/index.js';
import type { Journal, TransactionType } from '../journal/index.js';
import type { OperatorSession } from '../operator-session.js';
import type { MerchantAccount } from '../qr/index.js';
import type { QrMatrix } from '../qr/index.js';
import type { ReceiptLanguage, ReceiptSettings } from '../receipt/index.js';
import type { Action } from '../roles.js';

/** What the transaction is, for the application's screens: the journal's types. */
export type EngineTransactionKind = TransactionType;

/** The application's screens the engine shows, by the ids of src/ui/screens. */
export type EngineScreen =
  /** A Book A standard message (EMV Book 4 §11.2, Contactless Book A §9.4), by the kernels' UI
   *  Request names, with the amount or balance it shows. */
  | { readonly id: 'book-a'; readonly message: UiMessage; readonly amount?: bigint }
  /** The terminal's dynamic code for the customer's wallet to scan (EMV QRCPS MPM), with the
   *  order's reference its slip prints (merchant-qr-slip.ts) when the operator asks for one. */
  | { readonly id: 'merchant-qr'; readonly payload: string; readonly matrix: QrMatrix; readonly amount: bigint; readonly reference: string }
  /** Waiting for the customer's payment code at the scanner (EMV QRCPS CPM, wallet codes). */
  | { readonly id: 'scan-code'; readonly amount: bigint }
  | {
      readonly id: 'result';
      readonly kind: EngineTransactionKind;
      readonly amount: bigint;
      /** First six and last four at most. */
      readonly maskedPan: string | null;
      readonly reference: string | null;
      readonly result: { readonly outcome: 'approved'; readonly authCode: string | null } | { readonly outcome: 'declined'; readonly responseCode: string | null };
    }
  /** A balance inquiry's answer: the issuer's available balance (negative: owed), null when it
   *  gave none the terminal can show. */
  | { readonly id: 'balance'; readonly maskedPan: string | null; readonly balance: bigint | null; readonly reference: string | null }
  /** Every error the engine ends on: the screen shows its code, message and fix. */
  | { readonly id: 'error'; readonly error: PosError };

/** A supervisor's id and password typed on the spot, or nothing when the operator gave up. */
export type SupervisorCredentials = { readonly approverId: string; readonly password: string } | null;

export interface EngineScreens {
  show(screen: EngineScreen): void;
  /** Asks for a supervisor's id and password to approve `action` (src/ui/screens/operator.ts's
   *  supervisor-id and supervisor-password screens). */
  askSupervisor(action: Action): Promise<SupervisorCredentials>;
}

/** The channel's terminal lock as the engine reads it (src/channel/terminal-lock.ts's
 *  TerminalLock fits): a locked terminal refuses every transaction. */
export interface TerminalLockPort {
  readonly state: { readonly locked: false } | { readonly locked: true; readonly reason: string };
}

/** The terminal's EMV and receipt configuration (config/terminal.json, aids.json,
 *  contactless.json, ca-keys.json, revocation.json, the merchant). */
export interface EngineSettings {
  readonly terminal: TerminalConfig;
  readonly aids: readonly AidConfig[];
  readonly combinations: readonly ContactlessCombination[];
  readonly caKeys: CaKeyStore;
  readonly revoked: RevocationList;
  /** ISO 4217 numeric, three digits, and its exponent. */
  readonly currency: { readonly code: string; readonly exponent: number };
  readonly receipt: ReceiptSettings;
  readonly receiptLanguage: ReceiptLanguage;
  /** The merchant's accounts for its dynamic QR (EMV QRCPS MPM IDs 02-51), its category code,
   *  name and city; absent: the terminal offers no merchant-presented QR. */
  readonly merchantQr?: {
    readonly accounts: readonly MerchantAccount[];
    readonly categoryCode: string;
    readonly countryCode: string;
    readonly name: string;
    readonly city: string;
  };
  /** How long a card is waited for, ms. */
  readonly presentTimeoutMs: number;
}

/** A merchant-presented order as the host knows it: the journal's transaction and the
 *  reference its dynamic code carries (ID 62, sub-ID 05). */
export interface QrOrder {
  readonly transactionId: string;
  readonly reference: string;
}

/** The host's decision on a scanned code or a refund; 'unavailable' when it did not answer. */
export type QrHostDecision =
  | { readonly kind: 'approved'; readonly responseCode: string; readonly authorisationCode: string | undefined; readonly hostReference: string | undefined }
  | { readonly kind: 'declined'; readonly responseCode: string }
  | { readonly kind: 'unavailable' };

/** A refund of an approved QR sale back to the wallet that paid it, named by the sale's journal
 *  id and the host reference (the wallet's order number) the host gave it. */
export interface QrRefundRequest {
  readonly transactionId: string;
  readonly originalTransactionId: string;
  readonly originalHostReference: string;
  readonly amount: bigint;
  readonly currency: string;
  readonly operatorId: string;
}

/** The host for what the EMV kernels' AuthorisationPort cannot say: a merchant-presented QR
 *  payment the wallet makes, confirmed by the backend, a consumer-presented code, and a refund
 *  of either to its wallet (src/boot/qr-channel.ts's channelQrHostPort over the session client). */
export interface QrHostPort {
  /** Tells the host of the order before its code is shown, so the wallet that pays it is held
   *  to its amount; false when the host did not take it. */
  registerOrder(order: QrOrder & { readonly amount: bigint; readonly currency: string; readonly operatorId: string }): Promise<boolean>;
  /** Asks whether the wallet paid the order; undefined while it has not. `wallet` is the wallet
   *  or network that paid or refused it ("wechat"), undefined when the host did not say. */
  merchantQrStatus(
    order: QrOrder,
  ): Promise<
    | { readonly kind: 'paid'; readonly hostReference: string; readonly authorisationCode: string | undefined; readonly wallet: string | undefined }
    | { readonly kind: 'declined'; readonly responseCode: string; readonly wallet: string | undefined }
    | undefined
  >;
  /** Sends a scanned payment code for authorisation; 'unavailable' when the host did not answer. */
  authoriseCode(request: { readonly transactionId: string; readonly code: string; readonly amount: bigint; readonly currency: string; readonly operatorId: string }): Promise<QrHostDecision>;
  /** Sends a refund to the wallet that paid the original; 'unavailable' when the host did not
   *  answer (the refund may have been made: the engine reverses it). */
  refund(request: QrRefundRequest): Promise<QrHostDecision>;
}

/** What the host is told about the transaction beyond the kernel's request. */
export interface HostTransaction {
  /** The journal's UUID of the transaction. */
  readonly transactionId: string;
  readonly stan: number;
  /** The chip, a tap, or a swipe (after a chip that could not be read: fallback). */
  readonly entryMode: 'contact' | 'contactless' | 'mag-stripe' | 'fallback';
}

export interface EnginePorts {
  readonly journal: Journal;
  readonly operators: OperatorSession;
  /** The host for one card transaction, named by the journal's id and trace number, so a
   *  reversal and the upload name the same transaction (src/boot/authorisation-channel.ts's
   *  channelAuthorisationPort over the session client). */
  readonly authorisation: (transaction: HostTransaction) => AuthorisationPort;
  readonly qrHost?: QrHostPort;
  /** The card readers the engine waits on; a reader serving both interfaces may stand in either. */
  readonly readers: { readonly contact?: CardReader; readonly contactless?: CardReader };
  /** The PIN pad as the EMV PinPadPort (src/payment/pin-pad-port.ts), for offline and online PIN. */
  readonly pinPad: PinPadPort;
  /** Swipe, offered only as fallback after a chip that could not be read. */
  readonly magStripe?: MagStripe;
  readonly printer?: Printer;
  readonly scanner?: Scanner;
  readonly screens: EngineScreens;
  readonly lock: TerminalLockPort;
  readonly settings: EngineSettings;
  readonly clock: { readonly now: () => Date; readonly elapsedMs: () => number };
  readonly random: (n: number) => Uint8Array;
}
