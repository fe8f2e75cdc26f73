// Scan-to-pay in the PostgreSQL store (qr-payment-store.ts), on the repository's pool: the
// SQLite store's table (sqlite-qr-payment-store.ts), one row per terminal and transaction id; a
// pending order is decided by an UPDATE that only a pending row matches, so of two backends
// deciding at once the first commit stays and the second reads it.
import type { PostgresAccess } from './postgres-access.js';
import { QR_PAYMENT_COLUMNS, outcomeValues, qrPaymentValues, toQrPayment, type DecidedQrOutcome, type QrPaymentRow, type QrPaymentStore, type StoredQrPayment } from './qr-payment-store.js';

export const QR_PAYMENT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS qr_payments (
    seq bigint GENERATED ALWAYS AS IDENTITY, serial text COLLATE "C" NOT NULL, transaction_id text NOT NULL, kind text NOT NULL,
    order_reference text NOT NULL, amount_minor bigint NOT NULL, currency text NOT NULL,
    status text NOT NULL, provider text NOT NULL, authorisation_code text NOT NULL,
    host_reference text NOT NULL, decline_code text NOT NULL, error_code text NOT NULL,
    registered_at bigint NOT NULL, decided_at bigint, PRIMARY KEY (serial, transaction_id));
  ALTER TABLE qr_payments ADD COLUMN IF NOT EXISTS original_transaction_id text NOT NULL DEFAULT '';
  CREATE INDEX IF NOT EXISTS qr_payments_original ON qr_payments (serial, original_transaction_id) WHERE original_transaction_id <> '';
`;

export class PostgresQrPaymentStore implements QrPaymentStore {
  constructor(private readonly db: PostgresAccess) {}

  async storeQrPayment(p: StoredQrPayment): Promise<'stored' | 'duplicate'> {
    const inserted = await this.db.query(`INSERT INTO qr_payments (${QR_PAYMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT DO NOTHING`, qrPaymentValues(p));
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async qrPayment(serial: string, transactionId: string): Promise<StoredQrPayment | undefined> {
    const row = (await this.db.query<QrPaymentRow>(`SELECT ${QR_PAYMENT_COLUMNS} FROM qr_payments WHERE serial = $1 AND transaction_id = $2`, [serial, transactionId])).rows[0];
    return row && toQrPayment(row);
  }

  async decideQrPayment(serial: string, transactionId: string, outcome: DecidedQrOutcome): Promise<StoredQrPayment | undefined> {
    await this.db.query(
      `UPDATE qr_payments SET status = $1, provider = $2, authorisation_code = $3, host_reference = $4, decline_code = $5, error_code = $6, decided_at = $7
       WHERE serial = $8 AND transaction_id = $9 AND status = 'pending'`,
      [...outcomeValues(outcome), outcome.decidedAt, serial, transactionId],
    );
    return this.qrPayment(serial, transactionId);
  }

  async qrRefunds(serial: string, originalTransactionId: string): Promise<StoredQrPayment[]> {
    return (await this.db.query<QrPaymentRow>(`SELECT ${QR_PAYMENT_COLUMNS} FROM qr_payments WHERE serial = $1 AND original_transaction_id = $2 AND kind = 'refund' ORDER BY registered_at, seq`, [serial, originalTransactionId])).rows.map(toQrPayment);
  }

  async recentQrPayments(serial: string, limit: number): Promise<StoredQrPayment[]> {
    return (await this.db.query<QrPaymentRow>(`SELECT ${QR_PAYMENT_COLUMNS} FROM qr_payments WHERE serial = $1 ORDER BY registered_at DESC, seq DESC LIMIT $2`, [serial, limit])).rows.map(toQrPayment);
  }
}
