// The journal's way to the backend: messages it hands to a durable outbox it does not know. The
// composition root implements the port with src/channel/outbox.ts, encoding each message into
// the contract's bytes (JournalRecord, ReversalRequest, SettlementRequest); payment never sees
// a protobuf. Every message is built from what the journal stored and keeps its id, so handing
// the same message over again after a crash gives the outbox the same bytes for the same id.
import type { DecisionPath, EntryMode, ReversalReason, TransactionType } from './transaction.js';
import type { SchemeTotal, Mismatch } from './settlement.js';

export interface IccObject {
  readonly tag: number;
  readonly value: Uint8Array;
}

/** The final status of an uploaded record (JournalRecord.status). */
export type UploadStatus = 'approved' | 'declined' | 'failed';

/** One transaction for the backend's journal store (JournalRecord). */
export interface TransactionUpload {
  readonly kind: 'transaction-upload';
  /** The transaction id: the backend keeps one record per id. */
  readonly id: string;
  readonly batch: number;
  readonly stan: number;
  readonly type: TransactionType;
  readonly status: UploadStatus;
  readonly decision: DecisionPath | undefined;
  readonly entryMode: EntryMode | undefined;
  readonly amount: bigint;
  readonly otherAmount: bigint | undefined;
  readonly currency: string;
  readonly scheme: string | undefined;
  readonly aid: Uint8Array | undefined;
  readonly maskedPan: string | undefined;
  readonly originalId: string | undefined;
  readonly responseCode: string | undefined;
  readonly authorisationCode: string | undefined;
  readonly hostReference: string | undefined;
  readonly tvr: Uint8Array | undefined;
  readonly tsi: Uint8Array | undefined;
  readonly cryptogram: Uint8Array | undefined;
  readonly cid: number | undefined;
  readonly atc: Uint8Array | undefined;
  readonly cvmResults: Uint8Array | undefined;
  readonly iccData: readonly IccObject[];
  readonly operatorId: string;
  /** The supervisor who approved it on the spot; undefined when the operator's role allowed it. */
  readonly approverId: string | undefined;
  readonly startedAt: number;
  readonly completedAt: number;
  readonly errorCode: string | undefined;
}

/** Undo an authorisation the issuer may have approved (ReversalRequest). */
export interface ReversalMessage {
  readonly kind: 'reversal';
  /** The reversal's own id, kept in the journal row. */
  readonly id: string;
  readonly originalId: string;
  readonly reason: ReversalReason;
  readonly amount: bigint;
  readonly currency: string;
  readonly iccData: readonly IccObject[];
  readonly createdAt: number;
}

/** A closed batch's totals (SettlementRequest). */
export interface SettlementMessage {
  readonly kind: 'settlement';
  /** The settlement id. */
  readonly id: string;
  readonly batch: number;
  readonly openedAt: number;
  readonly closedAt: number;
  readonly totals: readonly SchemeTotal[];
  readonly transactionIds: readonly string[];
  readonly operatorId: string;
}

/** What the terminal reports when the backend's reconciliation of a batch is out of balance: the
 *  backend's mismatches with the terminal's side of each, and who was shown them and when, for
 *  the operations centre. */
export interface MismatchReport {
  readonly kind: 'reconciliation-mismatch';
  /** `reconciliation-<settlement id>-<reconciled at>`. */
  readonly id: string;
  readonly settlementId: string;
  readonly batch: number;
  readonly mismatches: readonly Mismatch[];
  readonly reconciledAt: number;
  /** The operator the result was shown to (Journal.reconcile). */
  readonly operatorId: string;
  /** When the terminal took the result and showed it, ms since the epoch. */
  readonly seenAt: number;
}

export type JournalMessage = TransactionUpload | ReversalMessage | SettlementMessage | MismatchReport;

export interface OutboxPort {
  /** Stores the message durably and returns when it is on disk; the same id again must be a
   *  no-op. Throws (a PosError) when it could not: the journal keeps the message and offers it
   *  again at the next open or `handOver()`. */
  enqueue(message: JournalMessage): void;
}
