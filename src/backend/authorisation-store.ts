// What the backend keeps of the authorisations it answered and the reversals it matched against
// them, composed into BackendRepository as `repo.authorisations`. An authorisation is kept with
// its masked PAN only: the clear PAN reaches the issuer simulator and nothing else.

/** The AuthorisationOutcome the terminal was answered, in the contract's words. */
export type AnsweredOutcome = 'approved' | 'declined' | 'unavailable';

export interface StoredAuthorisation {
  readonly transactionId: string;
  readonly serial: string;
  readonly stan: number;
  readonly amountMinor: bigint;
  readonly currency: string;
  /** First six and last four digits at most (redaction's maskPan). */
  readonly maskedPan: string;
  readonly outcome: AnsweredOutcome;
  /** The Authorisation Response Code (8A) answered, e.g. "00". */
  readonly arc: string;
  readonly answeredAt: number;
  /** The reversal that undid it; null while it stands. */
  readonly reversedBy: string | null;
}

/** How a reversal matched its original (ReversalStatus, plus the refusal the contract's
 *  statuses name with a code). */
export type ReversalMatch = 'reversed' | 'already-reversed' | 'original-not-found' | 'amount-mismatch';

export interface StoredReversal {
  readonly reversalId: string;
  readonly serial: string;
  readonly originalTransactionId: string;
  /** The ReversalReason name, e.g. REVERSAL_REASON_TIMEOUT. */
  readonly reason: string;
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly match: ReversalMatch;
  /** The stable code of a match other than 'reversed', else empty. */
  readonly code: string;
  readonly receivedAt: number;
}

export interface AuthorisationStore {
  /** Keeps the answer given for a transaction id; a later answer for the same id (the terminal
   *  asked again) replaces it unless it was reversed already. */
  storeAuthorisation(authorisation: Omit<StoredAuthorisation, 'reversedBy'>): Promise<void>;
  authorisation(serial: string, transactionId: string): Promise<StoredAuthorisation | undefined>;
  /** Keeps the reversal with its match once by id; a 'reversed' match also marks its original
   *  reversed by it, in the same transaction. 'duplicate' changes nothing. */
  storeReversal(reversal: StoredReversal): Promise<'stored' | 'duplicate'>;
  reversal(serial: string, reversalId: string): Promise<StoredReversal | undefined>;
  /** The first reversal that named `transactionId` before the backend had decided it (matched
   *  'original-not-found'): the request, arriving late, must be declined, never decided. */
  reversedBeforeDecision(serial: string, transactionId: string): Promise<StoredReversal | undefined>;
  /** A terminal's newest `limit` reversals by the time they arrived. */
  recentReversals(serial: string, limit: number): Promise<StoredReversal[]>;
}
