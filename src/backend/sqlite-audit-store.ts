// Audit entries in the SQLite store (audit-store.ts): one row per terminal and seq.
import type Database from 'better-sqlite3';
import type { AuditStore, StoredAuditEntry } from './audit-store.js';
import { toAuditEntry, type AuditRow as Rows } from './store-rows.js';
import type { SqliteAccess } from './sqlite-command-store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_entries (
    serial TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL,
    operator_id TEXT NOT NULL, approver_id TEXT NOT NULL, details TEXT NOT NULL,
    prev_hash BLOB NOT NULL, hash BLOB NOT NULL, verdict TEXT NOT NULL, received_at INTEGER NOT NULL,
    PRIMARY KEY (serial, seq));
  CREATE TABLE IF NOT EXISTS audit_chains (
    serial TEXT NOT NULL, chain TEXT NOT NULL, base INTEGER NOT NULL, started_at INTEGER NOT NULL,
    PRIMARY KEY (serial, chain));
`;

type AuditRow = Rows<number>;

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
    return row && toAuditEntry(row);
  }

  async lastAuditEntry(serial: string): Promise<StoredAuditEntry | undefined> {
    return (await this.recentAuditEntries(serial, 1))[0];
  }

  async recentAuditEntries(serial: string, limit: number): Promise<StoredAuditEntry[]> {
    return this.sql.prepare<[string, number], AuditRow>('SELECT * FROM audit_entries WHERE serial = ? ORDER BY seq DESC LIMIT ?').all(serial, limit).map(toAuditEntry);
  }

  async auditChainBase(serial: string, chain: string): Promise<number | undefined> {
    return this.sql.prepare<[string, string], number>('SELECT base FROM audit_chains WHERE serial = ? AND chain = ?').pluck().get(serial, chain);
  }

  async startAuditChain(serial: string, chain: string, base: number, now: number): Promise<void> {
    this.sql.write(() => this.sql.prepare('INSERT INTO audit_chains (serial, chain, base, started_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(serial, chain, base, now));
  }
}
