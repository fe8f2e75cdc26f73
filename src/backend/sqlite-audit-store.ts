// Audit entries in the SQLite store (audit-store.ts): one row per terminal and seq.
import type Database from 'better-sqlite3';
import type { AuditChainVerdict, AuditStore, StoredAuditEntry } from './audit-store.js';
import type { SqliteAccess } from './sqlite-command-store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_entries (
    serial TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL,
    operator_id TEXT NOT NULL, approver_id TEXT NOT NULL, details TEXT NOT NULL,
    prev_hash BLOB NOT NULL, hash BLOB NOT NULL, verdict TEXT NOT NULL, received_at INTEGER NOT NULL,
    PRIMARY KEY (serial, seq));
`;

interface AuditRow {
  serial: string;
  seq: number;
  at: number;
  kind: string;
  operator_id: string;
  approver_id: string;
  details: string;
  prev_hash: Buffer;
  hash: Buffer;
  verdict: string;
  received_at: number;
}

const toEntry = (r: AuditRow): StoredAuditEntry => ({
  serial: r.serial,
  seq: r.seq,
  at: r.at,
  kind: r.kind,
  operatorId: r.operator_id,
  approverId: r.approver_id,
  details: r.details,
  prevHash: new Uint8Array(r.prev_hash),
  hash: new Uint8Array(r.hash),
  verdict: r.verdict as AuditChainVerdict,
  receivedAt: r.received_at,
});

export class SqliteAuditStore implements AuditStore {
  constructor(
    db: Database.Database,
    private readonly sql: SqliteAccess,
  ) {
    db.exec(SCHEMA);
  }

  async storeAuditEntry(e: StoredAuditEntry): Promise<'stored' | 'duplicate'> {
    return this.sql.write(() =>
      this.sql
        .prepare(
          `INSERT INTO audit_entries (serial, seq, at, kind, operator_id, approver_id, details, prev_hash, hash, verdict, received_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(e.serial, e.seq, e.at, e.kind, e.operatorId, e.approverId, e.details, Buffer.from(e.prevHash), Buffer.from(e.hash), e.verdict, e.receivedAt).changes === 1
        ? 'stored'
        : 'duplicate',
    );
  }

  async auditEntry(serial: string, seq: number): Promise<StoredAuditEntry | undefined> {
    const row = this.sql.prepare<[string, number], AuditRow>('SELECT * FROM audit_entries WHERE serial = ? AND seq = ?').get(serial, seq);
    return row && toEntry(row);
  }

  async lastAuditEntry(serial: string): Promise<StoredAuditEntry | undefined> {
    return (await this.recentAuditEntries(serial, 1))[0];
  }

  async recentAuditEntries(serial: string, limit: number): Promise<StoredAuditEntry[]> {
    return this.sql.prepare<[string, number], AuditRow>('SELECT * FROM audit_entries WHERE serial = ? ORDER BY seq DESC LIMIT ?').all(serial, limit).map(toEntry);
  }
}
