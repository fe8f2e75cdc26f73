// A transaction as the journal holds it: what it is (type, amount, operator, batch, trace), the
// phase it has reached, and the steps that move it on. Each step is written before the action
// that can fail, so whatever phase a crash leaves is one recovery knows what to do with:
//
//   started ─► card-read ─┬─► authorising ─┬─► host-approved ─┬─► approved ─┬─► voided | captured
//                         │  (ARQC sent)   │                  │             └─► reversal-pending
//                         │                │                  └─► reversal-pending (card declined
//                         │                │                       after approval, card removed)
//                         │                ├─► approved (no second GENERATE AC: contactless, QR)
//                         │                ├─► declined (issuer)
//                         │                ├─► offline-approved | declined (unable to go online:
//                         │                │    the request never left)
//                         │                └─► reversal-pending ─► reversed (no answer, cancelled)
//                         ├─► offline-approved ─► voided | captured      (TC at first GENERATE AC)
//                         └─► declined (AAC)
//   any of started, card-read ─► failed
//
// On open, a transaction left in started or card-read failed (nothing went to the host); one left
// in authorising or host-approved may have been approved by the issuer, so it is reversal-pending
// (no-answer from authorising, terminal-failure from host-approved) and its reversal is queued.

export const TRANSACTION_TYPES = ['sale', 'refund', 'void', 'pre-auth', 'pre-auth-completion', 'pre-auth-cancel', 'balance', 'qr-sale'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export type EntryMode = 'contact' | 'contactless' | 'contactless-mag-stripe' | 'mag-stripe' | 'fallback' | 'manual' | 'qr';

/** How the decision was reached (JournalRecord.decision_path). */
export type DecisionPath = 'offline' | 'online' | 'unable-to-go-online';

/** Why a reversal is sent (ReversalRequest.reason). */
export type ReversalReason = 'no-answer' | 'card-declined-after-approval' | 'card-removed' | 'operator-cancelled' | 'terminal-failure';

export type Phase =
  | { readonly kind: 'started' }
  | { readonly kind: 'card-read' }
  /** The authorisation request is about to go or has gone: the issuer may approve from here on. */
  | { readonly kind: 'authorising' }
  /** The issuer approved; the card's second GENERATE AC has not answered yet. */
  | { readonly kind: 'host-approved' }
  | { readonly kind: 'approved' }
  | { readonly kind: 'offline-approved'; readonly path: 'offline' | 'unable-to-go-online' }
  | { readonly kind: 'declined'; readonly path: DecisionPath }
  | { readonly kind: 'failed'; readonly errorCode: string }
  | { readonly kind: 'reversal-pending'; readonly reason: ReversalReason; readonly reversalId: string }
  | { readonly kind: 'reversed'; readonly reason: ReversalReason; readonly reversalId: string }
  /** Undone within the batch by the void (or pre-authorisation cancel) named. */
  | { readonly kind: 'voided'; readonly by: string }
  /** A pre-authorisation its completion has taken. */
  | { readonly kind: 'captured'; readonly by: string };

export type PhaseKind = Phase['kind'];

/** The phases a transaction is still running in: a crash there is recovered, and a batch cannot
 *  close while one of its transactions is in one. */
export const IN_PROGRESS: readonly PhaseKind[] = ['started', 'card-read', 'authorising', 'host-approved'];

/** Approved and still standing: what batch totals count and what a void, refund or completion
 *  may refer to. */
export const STANDING: readonly PhaseKind[] = ['approved', 'offline-approved'];

/** EMV data as the journal keeps it: no PAN, track or name (see card-data.ts for what is dropped). */
export interface EmvData {
  readonly aid?: Uint8Array;
  readonly label?: string;
  readonly languages?: readonly string[];
  readonly panSequenceNumber?: Uint8Array;
  readonly tvr?: Uint8Array;
  readonly tsi?: Uint8Array;
  readonly cvmResults?: Uint8Array;
  readonly atc?: Uint8Array;
  readonly cryptogram?: { readonly type: 'TC' | 'ARQC' | 'AAC'; readonly value: Uint8Array };
  readonly cid?: number;
  readonly issuerScriptResults?: Uint8Array;
  readonly signatureRequired?: boolean;
  /** Field 55 objects, tag → value; card data tags are dropped on the way in. */
  readonly iccData?: ReadonlyMap<number, Uint8Array>;
}

/** What the host answered; `balance` for a balance inquiry. */
export interface HostAnswer {
  /** 8A, two ASCII characters. */
  readonly responseCode: string;
  readonly authorisationCode?: string;
  /** The host's retrieval reference (RRN), or the wallet's order number for a QR payment. */
  readonly hostReference?: string;
  readonly balance?: bigint;
  /** The scheme that carried it when only the host knows: the wallet that paid, or refused, a
   *  merchant-presented QR code (any wallet may scan it); replaces the one read at card-read. */
  readonly scheme?: string;
}

/** The card as read. The PAN is in memory for this call only: the journal keeps its mask, its
 *  last four digits and its keyed hash, never the digits. */
export type CardRead =
  | {
      readonly entryMode: Exclude<EntryMode, 'qr'>;
      readonly scheme: string;
      readonly pan: string;
      readonly emv?: EmvData;
    }
  | {
      readonly entryMode: 'qr';
      readonly scheme: string;
      /** The customer's code scanned (scan-to-pay), or the terminal's code shown. */
      readonly presentedBy: 'consumer' | 'merchant';
    };

export type Step =
  | { readonly to: 'card-read'; readonly card: CardRead }
  | { readonly to: 'authorising'; readonly emv?: EmvData }
  | { readonly to: 'host-approved'; readonly host: HostAnswer }
  | { readonly to: 'approved'; readonly host?: HostAnswer; readonly emv?: EmvData }
  | { readonly to: 'offline-approved'; readonly path: 'offline' | 'unable-to-go-online'; readonly emv?: EmvData }
  | { readonly to: 'declined'; readonly path: DecisionPath; readonly host?: HostAnswer; readonly emv?: EmvData }
  | { readonly to: 'failed'; readonly errorCode: string }
  | { readonly to: 'reversal-pending'; readonly reason: ReversalReason; readonly emv?: EmvData }
  | { readonly to: 'reversed' };

/** Which phases each step may leave from. Voided and captured are not steps: the journal sets
 *  them on the original when its void, cancel or completion is approved. */
export const STEP_FROM: Readonly<Record<Step['to'], readonly PhaseKind[]>> = {
  'card-read': ['started'],
  authorising: ['card-read'],
  'host-approved': ['authorising'],
  approved: ['authorising', 'host-approved'],
  // From authorising only with path unable-to-go-online: the caller knows the request never left.
  'offline-approved': ['card-read', 'authorising'],
  // Not from host-approved: a card declining after the issuer approved is reversed (Book 3 §10.9).
  declined: ['card-read', 'authorising'],
  failed: ['started', 'card-read'],
  'reversal-pending': ['authorising', 'host-approved', 'approved'],
  reversed: ['reversal-pending'],
};

export interface BeginInput {
  readonly type: TransactionType;
  /** Minor units; 0 for a balance inquiry. */
  readonly amount: bigint;
  /** Cashback (Amount, Other). */
  readonly otherAmount?: bigint;
  /** ISO 4217 numeric, three digits. */
  readonly currency: string;
  readonly operatorId: string;
  /** The supervisor who approved it on the spot (a cashier's refund or void); none when the
   *  operator's role allowed it. */
  readonly approverId?: string;
  /** The transaction a refund, void, completion or cancel refers to (a refund may have none). */
  readonly originalId?: string;
}

/** A transaction read back from the journal: clear columns plus the opened sealed data. */
export interface JournalTransaction {
  readonly id: string;
  readonly batch: number;
  readonly stan: number;
  readonly type: TransactionType;
  readonly phase: Phase;
  /** The path of the decision, kept when the phase later becomes voided, captured or reversed. */
  readonly decision: DecisionPath | undefined;
  readonly amount: bigint;
  readonly otherAmount: bigint | undefined;
  readonly currency: string;
  readonly operatorId: string;
  readonly approverId: string | undefined;
  readonly originalId: string | undefined;
  readonly scheme: string | undefined;
  readonly entryMode: EntryMode | undefined;
  readonly maskedPan: string | undefined;
  readonly lastFour: string | undefined;
  readonly qrPresentedBy: 'consumer' | 'merchant' | undefined;
  readonly responseCode: string | undefined;
  readonly authorisationCode: string | undefined;
  readonly hostReference: string | undefined;
  readonly balance: bigint | undefined;
  readonly emv: EmvData;
  readonly startedAt: number;
  readonly completedAt: number | undefined;
  readonly reprints: number;
}
