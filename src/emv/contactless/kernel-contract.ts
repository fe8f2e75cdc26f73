// The contract between Entry Point and the contactless kernels (EMV Contactless Book A §5-§6,
// Book B §3): what a kernel is activated with, and the Outcome Parameter Set, UI Requests,
// Data Record and Discretionary Data it hands back. Entry Point (entry-point/) and every kernel
// (c2/, c3/, c7/) speak only these types; nothing else crosses between them.
import type { CardTransport } from '../apdu/index.js';
import type { CaKeyStore, RevocationList } from '../oda/index.js';
import type { TransactionType } from '../contact/terminal-data.js';
import type { CryptogramKind } from '../contact/outcome.js';

/** Book B §3.2.2 Table 3-4 (Kernel Identifier): 2 Mastercard, 3 Visa, 7 UnionPay (QuickPass). */
export type KernelId = 2 | 3 | 7;

/** Book B §3.1.1: the Entry Point Pre-Processing Indicators of one combination. */
export interface PreProcessingIndicators {
  readonly statusCheckRequested: boolean;
  readonly contactlessApplicationNotAllowed: boolean;
  readonly zeroAmount: boolean;
  readonly readerCvmRequiredLimitExceeded: boolean;
  readonly readerContactlessFloorLimitExceeded: boolean;
  /** Set only while the combination is still allowed (the limit excludes it otherwise). */
  readonly readerContactlessTransactionLimitExceeded: boolean;
  /** 9F66 Terminal Transaction Qualifiers as pre-processing set them (kernels 3 and 7). */
  readonly ttq: Uint8Array | undefined;
}

/** Not a balance inquiry: the contactless kernels' zero-amount and offline rules are for
 *  payments; the terminal asks a balance by chip. */
export type ContactlessTransactionType = Exclude<TransactionType, 'balance'>;

export interface ContactlessTransaction {
  readonly type: ContactlessTransactionType;
  /** 9F02, minor units. */
  readonly amount: bigint;
  /** 9F03, minor units. */
  readonly amountOther: bigint;
  /** 5F2A, e.g. '0156'. */
  readonly currencyCode: string;
  readonly currencyExponent: number;
}

/** Book A §6.2 / Book B §3.4: what Entry Point hands the kernel it activates. */
export interface KernelActivation {
  readonly transport: CardTransport;
  /** The selected application's AID (DF Name 84 of the SELECT answer). */
  readonly aid: Uint8Array;
  /** The whole SELECT ADF response data (the FCI template), as the kernel re-parses it. */
  readonly fci: Uint8Array;
  readonly indicators: PreProcessingIndicators;
  readonly transaction: ContactlessTransaction;
  /** Terminal data objects for this combination (9F1A, 9F35, 9F33, 9F40, 9F09, 9F1B, 9F4E ...),
   *  tag → value, merged from the terminal and the AID × kernel configuration. */
  readonly terminalData: ReadonlyMap<number, Uint8Array>;
  /** Kernel-specific configuration (limits, TACs, kernel configuration bytes), as configured. */
  readonly kernelConfig: Readonly<Record<string, unknown>>;
  readonly caKeys: CaKeyStore;
  readonly revoked: RevocationList;
  readonly now: () => Date;
  readonly elapsedMs: () => number;
  readonly random: (length: number) => Uint8Array;
  /** Set when Entry Point restarts the kernel (Book B §3.5: Start B/C, e.g. issuer update after
   *  online, or the second tap after "see phone"), with what the host answered, if anything. */
  readonly restart?: { readonly onlineResponse?: Uint8Array };
}

/** Book A §9.4 Table 9-1 / §7.1: the standard message identifiers a kernel may ask to show. */
export type UiMessage =
  | 'approved'
  | 'not-authorised'
  | 'please-enter-your-pin'
  | 'processing-error'
  | 'remove-card'
  | 'welcome'
  | 'present-card'
  | 'processing'
  | 'card-read-ok'
  | 'insert-or-swipe-card'
  | 'present-one-card-only'
  | 'approved-please-sign'
  | 'authorising-please-wait'
  | 'insert-swipe-or-try-another-card'
  | 'please-insert-card'
  | 'see-phone'
  | 'present-card-again'
  | 'no-message';

/** Book A §7.1 UI Request Data. */
export interface UiRequest {
  readonly message: UiMessage;
  readonly status: 'not-ready' | 'idle' | 'ready-to-read' | 'processing' | 'card-read-successfully' | 'processing-error';
  /** Hold time, ms. */
  readonly holdTimeMs: number;
  readonly languagePreference?: readonly string[];
  /** An amount or balance to show (e.g. the offline spending amount or EC balance). */
  readonly value?: { readonly kind: 'amount' | 'balance'; readonly amount: bigint; readonly currencyCode: string };
}

/** Book A §6.2.2 Outcome Parameter Set. */
export interface OutcomeParameterSet {
  readonly status: 'approved' | 'declined' | 'online-request' | 'end-application' | 'select-next' | 'try-again' | 'try-another-interface';
  /** Where Entry Point restarts (Book B §3.5): A protocol activation with pre-processing, B
   *  protocol activation, C combination selection, D kernel activation; 'n/a' none. */
  readonly start: 'A' | 'B' | 'C' | 'D' | 'n/a';
  readonly onlineResponseData: 'emv-data' | 'any' | 'n/a';
  readonly cvm: 'no-cvm' | 'signature' | 'online-pin' | 'confirmation-code-verified' | 'n/a';
  readonly uiRequestOnOutcome: UiRequest | undefined;
  readonly uiRequestOnRestart: UiRequest | undefined;
  readonly receipt: boolean;
  readonly alternateInterfacePreference: 'contact-chip' | 'magstripe' | 'n/a';
  /** Field off request, hold time in ms; undefined for 'n/a'. */
  readonly fieldOffHoldMs: number | undefined;
  /** Removal timeout, ms (0 for none). */
  readonly removalTimeoutMs: number;
}

/** Book A §6.2.2: every parameter but the status at its 'n/a' value; an Outcome spreads this
 *  and states only what differs. */
export const OUTCOME_DEFAULTS = {
  start: 'n/a',
  onlineResponseData: 'n/a',
  cvm: 'n/a',
  uiRequestOnOutcome: undefined,
  uiRequestOnRestart: undefined,
  receipt: false,
  alternateInterfacePreference: 'n/a',
  fieldOffHoldMs: undefined,
  removalTimeoutMs: 0,
} as const satisfies Omit<OutcomeParameterSet, 'status'>;

/** What a kernel hands back: the Outcome with its Data Record (for the authorisation or
 *  clearing message: tag → value) and Discretionary Data (for the application/journal). Card
 *  data in either stays raw here; anything printed or logged goes through the masking
 *  describer, and `maskedPan` is the only PAN that leaves in clear. */
export interface KernelOutcome {
  readonly kernel: KernelId;
  readonly outcome: OutcomeParameterSet;
  readonly dataRecord: ReadonlyMap<number, Uint8Array> | undefined;
  readonly discretionaryData: ReadonlyMap<number, Uint8Array> | undefined;
  /** The cryptogram the card returned, when it returned one. */
  readonly cryptogram: { readonly type: CryptogramKind; readonly value: Uint8Array } | undefined;
  readonly maskedPan: string | undefined;
  /** A coded error behind a try-again / end-application, for the journal and `pos txn`. */
  readonly error?: { readonly code: string; readonly message: string };
}

export interface ContactlessKernel {
  readonly id: KernelId;
  run(activation: KernelActivation): Promise<KernelOutcome>;
}
