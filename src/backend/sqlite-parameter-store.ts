// The parameter sets in the SQLite store (parameter-store.ts): one version row per kind and the
// content per kind and scope, replaced together in one transaction so a set is never signed
// with a version that does not belong to its content.
import type Database from 'better-sqlite3';
import type { MerchantAssignment, ParameterContent, ParameterKind, ParameterRepository, StoredParameterContent } from './parameter-store.js';
import type { SqliteAccess } from './sqlite-command-store.js';
import { posrt } from '../protos/index.js';

const K = posrt.channel.v1.ParameterKind;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS parameter_versions (
    kind INTEGER PRIMARY KEY, version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS parameter_content (
    kind INTEGER NOT NULL, scope TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY (kind, scope));
`;

export class SqliteParameterStore implements ParameterRepository {
  constructor(
    db: Database.Database,
    private readonly sql: SqliteAccess,
  ) {
    db.exec(SCHEMA);
  }

  async replaceParameterContent(kind: ParameterKind, content: readonly ParameterContent[], now: number): Promise<{ changed: boolean; version: bigint }> {
    return this.sql.write(() => {
      const held = this.sql.prepare<[ParameterKind], { scope: string; body: Buffer }>('SELECT scope, body FROM parameter_content WHERE kind = ? ORDER BY scope').all(kind);
      const wanted = [...content].sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
      const same = held.length === wanted.length && held.every((h, i) => h.scope === wanted[i]!.scope && Buffer.from(wanted[i]!.body).equals(h.body));
      const version = this.versionNow(kind);
      if (same && version !== undefined) return { changed: false, version };
      this.sql.prepare('DELETE FROM parameter_content WHERE kind = ?').run(kind);
      for (const c of wanted) this.sql.prepare('INSERT INTO parameter_content (kind, scope, body) VALUES (?, ?, ?)').run(kind, c.scope, Buffer.from(c.body));
      return { changed: true, version: this.bump(kind, now) };
    });
  }

  async parameterVersions(): Promise<ReadonlyMap<ParameterKind, bigint>> {
    const rows = this.sql.prepare<[], { kind: bigint; version: bigint }>('SELECT kind, version FROM parameter_versions ORDER BY kind').safeIntegers().all();
    return new Map(rows.map((r) => [Number(r.kind) as ParameterKind, r.version]));
  }

  async parameterContent(kind: ParameterKind, scope: string): Promise<StoredParameterContent | undefined> {
    const row = this.sql
      .prepare<[ParameterKind, string], { body: Buffer; version: bigint }>('SELECT c.body, v.version FROM parameter_content c JOIN parameter_versions v USING (kind) WHERE c.kind = ? AND c.scope = ?')
      .safeIntegers()
      .get(kind, scope);
    return row && { kind, scope, body: new Uint8Array(row.body), version: row.version };
  }

  async assignMerchant(serial: string, merchantId: string, now: number): Promise<MerchantAssignment> {
    return this.sql.write(() => {
      const current = this.sql.prepare<[string], string>('SELECT merchant_id FROM terminals WHERE serial = ?').pluck().get(serial);
      if (current === undefined) return 'unknown-terminal';
      if (current === merchantId) return 'unchanged';
      this.sql.prepare('UPDATE terminals SET merchant_id = ? WHERE serial = ?').run(merchantId, serial);
      this.bump(K.PARAMETER_KIND_TERMINAL, now);
      this.bump(K.PARAMETER_KIND_MERCHANT, now);
      return 'moved';
    });
  }

  private versionNow(kind: ParameterKind): bigint | undefined {
    return this.sql.prepare<[ParameterKind], bigint>('SELECT version FROM parameter_versions WHERE kind = ?').pluck().safeIntegers().get(kind);
  }

  private bump(kind: ParameterKind, now: number): bigint {
    this.sql.prepare('INSERT INTO parameter_versions (kind, version, updated_at) VALUES (?, 1, ?) ON CONFLICT (kind) DO UPDATE SET version = version + 1, updated_at = excluded.updated_at').run(kind, now);
    return this.versionNow(kind)!;
  }
}
