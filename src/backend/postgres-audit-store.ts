// Audit entries in the PostgreSQL store (audit-store.ts), on the repository's pool: the SQLite
// store's table (sqlite-audit-store.ts), one row per terminal and seq.
import type { PostgresAccess } from './postgres-access.js';
import type { AuditStore, StoredAuditEntry } from './audit-store.js';
import { toAuditEntry, type AuditRow as Rows } from './store-rows.js';

export const AUDIT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_entries (
    serial text COLLATE "C" NOT NULL, seq bigint NOT NULL, at bigint NOT NULL, kind text NOT NULL,
    operator_id text NOT NULL, approver_id text NOT NULL, details text NOT NULL,
    prev_hash bytea NOT NULL, hash bytea NOT NULL, verdict text NOT NULL, received_at bigint NOT NULL,
    PRIMARY KEY (serial, seq));
  CREATE TABLE IF NOT EXISTS audit_chains (
    serial text COLLATE "C" NOT NULL, chain text NOT NULL, base bigint NOT NULL, started_at bigint NOT NULL,
    PRIMARY KEY (serial, chain));
`;

type AuditRow = Rows<bigint>;

const AUDIT_COLUMNS = 'serial, seq, at, kind, operator_id, approver_id, details, prev_hash, hash, verdict, received_at';

export class PostgresAuditStore implements AuditStore {
  constructor(private readonly db: PostgresAccess) {}

  async storeAuditEntry(e: StoredAuditEntry): Promise<'stored' | 'duplicate'> {
    const inserted = await this.db.query(
      `INSERT INTO audit_entries (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [e.serial, e.seq, e.at, e.kind, e.operatorId, e.approverId, e.details, Buffer.from(e.prevHash), Buffer.from(e.hash), e.verdict, e.receivedAt],
    );
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async auditEntry(serial: string, seq: number): Promise<StoredAuditEntry | undefined> {
    const row = (await this.db.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE serial = $1 AND seq = $2`, [serial, seq])).rows[0];
    return row && toAuditEntry(row);
  }

  async lastAuditEntry(serial: string): Promise<StoredAuditEntry | undefined> {
    return (await this.recentAuditEntries(serial, 1))[0];
  }

  async recentAuditEntries(serial: string, limit: number): Promise<StoredAuditEntry[]> {
    return (await this.db.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE serial = $1 ORDER BY seq DESC LIMIT $2`, [serial, limit])).rows.map(toAuditEntry);
  }

  async auditChainBase(serial: string, chain: string): Promise<number | undefined> {
    const row = (await this.db.query<{ base: bigint }>('SELECT base FROM audit_chains WHERE serial = $1 AND chain = $2', [serial, chain])).rows[0];
    return row && Number(row.base);
  }

  async startAuditChain(serial: string, chain: string, base: number, now: number): Promise<void> {
    await this.db.query('INSERT INTO audit_chains (serial, chain, base, started_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [serial, chain, base, now]);
  }
}
