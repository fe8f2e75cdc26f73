// Scan-to-pay in the SQLite store (qr-payment-store.ts): one row per terminal and transaction
// id; a pending order is decided by an UPDATE that only a pending row matches, so the first
// decision stays. A store made before refunds gets their column (original_transaction_id) added.
import type Database from 'better-sqlite3';
import { QR_PAYMENT_COLUMNS, outcomeValues, qrPaymentValues, toQrPayment, type DecidedQrOutcome, type QrPaymentRow, type QrPaymentStore, type StoredQrPayment } from './qr-payment-store.js';
import type { SqliteAccess } from './sqlite-command-store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS qr_payments (
    serial TEXT NOT NULL, transaction_id TEXT NOT NULL, kind TEXT NOT NULL, order_reference TEXT NOT NULL,
    amount_minor TEXT NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL, provider TEXT NOT NULL,
    authorisation_code TEXT NOT NULL, host_reference TEXT NOT NULL, decline_code TEXT NOT NULL,
    error_code TEXT NOT NULL, registered_at INTEGER NOT NULL, decided_at INTEGER,
    original_transaction_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (serial, transaction_id));
  CREATE INDEX IF NOT EXISTS qr_payments_original ON qr_payments (serial, original_transaction_id) WHERE original_transaction_id <> '';
`;

export class SqliteQrPaymentStore implements QrPaymentStore {
  constructor(
    db: Database.Database,
    private readonly sql: SqliteAccess,
  ) {
    // SQLite has no ADD COLUMN IF NOT EXISTS: a table from before refunds gets it here, before the
    // index on it is made.
    db.exec(SCHEMA.slice(0, SCHEMA.indexOf('CREATE INDEX')));
    if (!(db.pragma('table_info(qr_payments)') as { name: string }[]).some((c) => c.name === 'original_transaction_id')) {
      db.exec(`ALTER TABLE qr_payments ADD COLUMN original_transaction_id TEXT NOT NULL DEFAULT ''`);
    }
    db.exec(SCHEMA.slice(SCHEMA.indexOf('CREATE INDEX')));
  }

  async storeQrPayment(p: StoredQrPayment): Promise<'stored' | 'duplicate'> {
    return this.sql.write(() =>
      this.sql.prepare(`INSERT INTO qr_payments (${QR_PAYMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`).run(...qrPaymentValues(p)).changes === 1 ? 'stored' : 'duplicate',
    );
  }

  async qrPayment(serial: string, transactionId: string): Promise<StoredQrPayment | undefined> {
    return this.read(serial, transactionId);
  }

  async decideQrPayment(serial: string, transactionId: string, outcome: DecidedQrOutcome): Promise<StoredQrPayment | undefined> {
    return this.sql.write(() => {
      this.sql
        .prepare(
          `UPDATE qr_payments SET status = ?, provider = ?, authorisation_code = ?, host_reference = ?, decline_code = ?, error_code = ?, decided_at = ?
           WHERE serial = ? AND transaction_id = ? AND status = 'pending'`,
        )
        .run(...outcomeValues(outcome), outcome.decidedAt, serial, transactionId);
      return this.read(serial, transactionId);
    });
  }

  async recentQrPayments(serial: string, limit: number): Promise<StoredQrPayment[]> {
    return this.sql.prepare<[string, number], QrPaymentRow>(`SELECT ${QR_PAYMENT_COLUMNS} FROM qr_payments WHERE serial = ? ORDER BY registered_at DESC, rowid DESC LIMIT ?`).all(serial, limit).map(toQrPayment);
  }

  async qrRefunds(serial: string, originalTransactionId: string): Promise<StoredQrPayment[]> {
    return this.sql
      .prepare<[string, string], QrPaymentRow>(`SELECT ${QR_PAYMENT_COLUMNS} FROM qr_payments WHERE serial = ? AND original_transaction_id = ? AND kind = 'refund' ORDER BY registered_at, rowid`)
      .all(serial, originalTransactionId)
      .map(toQrPayment);
  }

  private read(serial: string, transactionId: string): StoredQrPayment | undefined {
    const row = this.sql.prepare<[string, string], QrPaymentRow>(`SELECT ${QR_PAYMENT_COLUMNS} FROM qr_payments WHERE serial = ? AND transaction_id = ?`).get(serial, transactionId);
    return row && toQrPayment(row);
  }
}
