// Settlements in the SQLite store (settlement-store.ts): one row per terminal and settlement
// id, the request and the answer kept as encoded, so a redelivery is answered from the row.
import type Database from 'better-sqlite3';
import type { StoredTransaction } from './repository.js';
import type { SettlementStore, StoredSettlement } from './settlement-store.js';
import type { SqliteAccess } from './sqlite-command-store.js';
import { toTransaction, type TransactionRow } from './store-rows.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS settlements (
    serial TEXT NOT NULL, settlement_id TEXT NOT NULL, batch_number INTEGER NOT NULL,
    balanced INTEGER NOT NULL, request BLOB NOT NULL, result BLOB NOT NULL,
    received_at INTEGER NOT NULL, PRIMARY KEY (serial, settlement_id));
  CREATE INDEX IF NOT EXISTS transactions_batch ON transactions (serial, batch_number);
`;

interface SettlementRow {
  serial: string;
  settlement_id: string;
  batch_number: number;
  balanced: number;
  request: Buffer;
  result: Buffer;
  received_at: number;
}

const toSettlement = (r: SettlementRow): StoredSettlement => ({
  settlementId: r.settlement_id,
  serial: r.serial,
  batchNumber: r.batch_number,
  balanced: r.balanced === 1,
  request: new Uint8Array(r.request),
  result: new Uint8Array(r.result),
  receivedAt: r.received_at,
});

export class SqliteSettlementStore implements SettlementStore {
  constructor(
    db: Database.Database,
    private readonly sql: SqliteAccess,
  ) {
    db.exec(SCHEMA);
  }

  async batchTransactions(serial: string, batchNumber: number): Promise<StoredTransaction[]> {
    return this.sql.prepare<[string, number], TransactionRow>('SELECT * FROM transactions WHERE serial = ? AND batch_number = ? ORDER BY received_at, rowid').all(serial, batchNumber).map(toTransaction);
  }

  async storeSettlement(s: StoredSettlement): Promise<'stored' | 'duplicate'> {
    return this.sql.write(() =>
      this.sql
        .prepare('INSERT INTO settlements (serial, settlement_id, batch_number, balanced, request, result, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
        .run(s.serial, s.settlementId, s.batchNumber, s.balanced ? 1 : 0, Buffer.from(s.request), Buffer.from(s.result), s.receivedAt).changes === 1
        ? 'stored'
        : 'duplicate',
    );
  }

  async settlement(serial: string, settlementId: string): Promise<StoredSettlement | undefined> {
    const row = this.sql.prepare<[string, string], SettlementRow>('SELECT * FROM settlements WHERE serial = ? AND settlement_id = ?').get(serial, settlementId);
    return row && toSettlement(row);
  }

  async recentSettlements(serial: string, limit: number): Promise<StoredSettlement[]> {
    return this.sql.prepare<[string, number], SettlementRow>('SELECT * FROM settlements WHERE serial = ? ORDER BY received_at DESC, rowid DESC LIMIT ?').all(serial, limit).map(toSettlement);
  }
}
