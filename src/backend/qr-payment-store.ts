// What the backend keeps of scan-to-pay (qr.proto), composed into BackendRepository as
// `repo.qrPayments`: each terminal's QR payment once by its transaction id — a consumer-presented
// code with the wallet's decision, a merchant-presented order pending until its wallet pays it,
// a refund of an approved one with the wallet's decision and the original's id — so a request
// delivered again, or a query after a restart, gets the answer decided the first time. The
// payment code itself is never kept: only the provider it named.

/** A decided payment; `pending` only for a merchant-presented order not paid yet. */
export type QrOutcome =
  | { readonly status: 'pending' }
  | { readonly status: 'approved'; readonly provider: string; readonly authorisationCode: string; readonly hostReference: string; readonly decidedAt: number }
  | { readonly status: 'declined'; readonly provider: string; readonly declineCode: string; readonly errorCode: string; readonly decidedAt: number };

export type DecidedQrOutcome = Exclude<QrOutcome, { readonly status: 'pending' }>;

export type QrPaymentKind = 'consumer-presented' | 'merchant-presented' | 'refund';
const KINDS: readonly QrPaymentKind[] = ['consumer-presented', 'merchant-presented', 'refund'];

export interface StoredQrPayment {
  readonly serial: string;
  readonly transactionId: string;
  readonly kind: QrPaymentKind;
  /** The merchant-presented order's reference; empty for a consumer-presented code or a refund. */
  readonly orderReference: string;
  /** A refund's original payment (its transaction id on the same terminal); empty otherwise. */
  readonly originalTransactionId: string;
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly registeredAt: number;
  readonly outcome: QrOutcome;
}

export interface QrPaymentStore {
  /** Keeps the payment once per terminal and transaction id; 'duplicate' changes nothing. */
  storeQrPayment(payment: StoredQrPayment): Promise<'stored' | 'duplicate'>;
  qrPayment(serial: string, transactionId: string): Promise<StoredQrPayment | undefined>;
  /** Decides a pending order; the first decision stays (two backends deciding at once agree on
   *  the one stored). The payment as stored after, undefined when there is none. */
  decideQrPayment(serial: string, transactionId: string, outcome: DecidedQrOutcome): Promise<StoredQrPayment | undefined>;
  /** A terminal's newest `limit` payments by the time they were registered, for the
   *  operations centre. */
  recentQrPayments(serial: string, limit: number): Promise<StoredQrPayment[]>;
  /** The refunds a terminal asked for of its payment `originalTransactionId`, whatever their
   *  outcome, oldest first. */
  qrRefunds(serial: string, originalTransactionId: string): Promise<StoredQrPayment[]>;
}

/** The table's row as either store's driver hands it over: integers as numbers or decimal text
 *  (SQLite) or bigints (PostgreSQL). */
export interface QrPaymentRow {
  serial: string;
  transaction_id: string;
  kind: string;
  order_reference: string;
  amount_minor: string | bigint;
  currency: string;
  status: string;
  provider: string;
  authorisation_code: string;
  host_reference: string;
  decline_code: string;
  error_code: string;
  registered_at: number | bigint;
  decided_at: number | bigint | null;
  original_transaction_id: string;
}

export const QR_PAYMENT_COLUMNS = 'serial, transaction_id, kind, order_reference, amount_minor, currency, status, provider, authorisation_code, host_reference, decline_code, error_code, registered_at, decided_at, original_transaction_id';

/** The row's values in QR_PAYMENT_COLUMNS' order. */
export function qrPaymentValues(p: StoredQrPayment): unknown[] {
  const o = p.outcome;
  return [
    p.serial,
    p.transactionId,
    p.kind,
    p.orderReference,
    p.amountMinor.toString(),
    p.currency,
    ...outcomeValues(o),
    p.registeredAt,
    o.status === 'pending' ? null : o.decidedAt,
    p.originalTransactionId,
  ];
}

/** status, provider, authorisation_code, host_reference, decline_code, error_code. */
export function outcomeValues(o: QrOutcome): [string, string, string, string, string, string] {
  switch (o.status) {
    case 'pending':
      return ['pending', '', '', '', '', ''];
    case 'approved':
      return ['approved', o.provider, o.authorisationCode, o.hostReference, '', ''];
    case 'declined':
      return ['declined', o.provider, '', '', o.declineCode, o.errorCode];
  }
}

export function toQrPayment(r: QrPaymentRow): StoredQrPayment {
  const decidedAt = Number(r.decided_at ?? 0);
  const outcome: QrOutcome =
    r.status === 'approved'
      ? { status: 'approved', provider: r.provider, authorisationCode: r.authorisation_code, hostReference: r.host_reference, decidedAt }
      : r.status === 'declined'
        ? { status: 'declined', provider: r.provider, declineCode: r.decline_code, errorCode: r.error_code, decidedAt }
        : { status: 'pending' };
  return {
    serial: r.serial,
    transactionId: r.transaction_id,
    kind: KINDS.find((k) => k === r.kind) ?? 'consumer-presented',
    orderReference: r.order_reference,
    originalTransactionId: r.original_transaction_id,
    amountMinor: BigInt(r.amount_minor),
    currency: r.currency,
    registeredAt: Number(r.registered_at),
    outcome,
  };
}
