// Settlements in the PostgreSQL store (settlement-store.ts), on the repository's pool: the
// SQLite store's table (sqlite-settlement-store.ts), one row per terminal and settlement id,
// the request and the answer kept as encoded, so a redelivery is answered from the row.
import type { PostgresAccess } from './postgres-access.js';
import { toTransaction, type TransactionRow } from './store-rows.js';
import type { StoredTransaction } from './repository.js';
import type { SettlementStore, StoredSettlement } from './settlement-store.js';

export const SETTLEMENT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS settlements (
    seq bigint GENERATED ALWAYS AS IDENTITY, serial text NOT NULL, settlement_id text NOT NULL,
    batch_number bigint NOT NULL, balanced boolean NOT NULL, request bytea NOT NULL, result bytea NOT NULL,
    received_at bigint NOT NULL, PRIMARY KEY (serial, settlement_id));
  CREATE INDEX IF NOT EXISTS transactions_batch ON transactions (serial, batch_number);
`;

interface SettlementRow {
  serial: string;
  settlement_id: string;
  batch_number: bigint;
  balanced: boolean;
  request: Buffer;
  result: Buffer;
  received_at: bigint;
}

const SETTLEMENT_COLUMNS = 'serial, settlement_id, batch_number, balanced, request, result, received_at';

const toSettlement = (r: SettlementRow): StoredSettlement => ({
  settlementId: r.settlement_id,
  serial: r.serial,
  batchNumber: Number(r.batch_number),
  balanced: r.balanced,
  request: new Uint8Array(r.request),
  result: new Uint8Array(r.result),
  receivedAt: Number(r.received_at),
});

export class PostgresSettlementStore implements SettlementStore {
  constructor(private readonly db: PostgresAccess) {}

  async batchTransactions(serial: string, batchNumber: number): Promise<StoredTransaction[]> {
    return (await this.db.query<TransactionRow>('SELECT * FROM transactions WHERE serial = $1 AND batch_number = $2 ORDER BY received_at, seq', [serial, batchNumber])).rows.map(toTransaction);
  }

  async storeSettlement(s: StoredSettlement): Promise<'stored' | 'duplicate'> {
    const inserted = await this.db.query(
      'INSERT INTO settlements (serial, settlement_id, batch_number, balanced, request, result, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING',
      [s.serial, s.settlementId, s.batchNumber, s.balanced, Buffer.from(s.request), Buffer.from(s.result), s.receivedAt],
    );
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async settlement(serial: string, settlementId: string): Promise<StoredSettlement | undefined> {
    const row = (await this.db.query<SettlementRow>(`SELECT ${SETTLEMENT_COLUMNS} FROM settlements WHERE serial = $1 AND settlement_id = $2`, [serial, settlementId])).rows[0];
    return row && toSettlement(row);
  }

  async recentSettlements(serial: string, limit: number): Promise<StoredSettlement[]> {
    return (await this.db.query<SettlementRow>(`SELECT ${SETTLEMENT_COLUMNS} FROM settlements WHERE serial = $1 ORDER BY received_at DESC, seq DESC LIMIT $2`, [serial, limit])).rows.map(toSettlement);
  }
}
