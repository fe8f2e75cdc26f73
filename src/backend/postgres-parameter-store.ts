// The parameter sets in the PostgreSQL store (parameter-store.ts), on the repository's pool:
// the SQLite store's tables (sqlite-parameter-store.ts). A kind's content and its version are
// replaced in one transaction under an advisory lock, so two backends importing the same
// defaults at once raise the version once, and a set is never signed with a version that does
// not belong to its content.
import type { MerchantAssignment, ParameterContent, ParameterKind, ParameterRepository, StoredParameterContent } from './parameter-store.js';
import type { PostgresAccess } from './postgres-access.js';
import { LOCK } from './postgres-schema.js';
import { posrt } from '../protos/index.js';
import type pg from 'pg';

const K = posrt.channel.v1.ParameterKind;

export const PARAMETER_SCHEMA = `
  CREATE TABLE IF NOT EXISTS parameter_versions (
    kind integer PRIMARY KEY, version bigint NOT NULL, updated_at bigint NOT NULL);
  CREATE TABLE IF NOT EXISTS parameter_content (
    kind integer NOT NULL, scope text COLLATE "C" NOT NULL, body bytea NOT NULL, PRIMARY KEY (kind, scope));
`;

/** Raises a kind's version by one (the first is 1) and gives it: one statement, so two raising
 *  it at once each get their own. */
async function bump(c: pg.ClientBase, kind: ParameterKind, now: number): Promise<bigint> {
  const row = await c.query<{ version: bigint }>(
    `INSERT INTO parameter_versions (kind, version, updated_at) VALUES ($1, 1, $2)
     ON CONFLICT (kind) DO UPDATE SET version = parameter_versions.version + 1, updated_at = excluded.updated_at RETURNING version`,
    [kind, now],
  );
  return row.rows[0]!.version;
}

export class PostgresParameterStore implements ParameterRepository {
  constructor(private readonly db: PostgresAccess) {}

  async replaceParameterContent(kind: ParameterKind, content: readonly ParameterContent[], now: number): Promise<{ changed: boolean; version: bigint }> {
    return this.db.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.parameters.toString()]);
      const held = (await c.query<{ scope: string; body: Buffer }>('SELECT scope, body FROM parameter_content WHERE kind = $1 ORDER BY scope', [kind])).rows;
      const wanted = [...content].sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
      const same = held.length === wanted.length && held.every((h, i) => h.scope === wanted[i]!.scope && Buffer.from(wanted[i]!.body).equals(h.body));
      const version = (await c.query<{ version: bigint }>('SELECT version FROM parameter_versions WHERE kind = $1', [kind])).rows[0]?.version;
      if (same && version !== undefined) return { changed: false, version };
      await c.query('DELETE FROM parameter_content WHERE kind = $1', [kind]);
      for (const w of wanted) await c.query('INSERT INTO parameter_content (kind, scope, body) VALUES ($1, $2, $3)', [kind, w.scope, Buffer.from(w.body)]);
      return { changed: true, version: await bump(c, kind, now) };
    });
  }

  async parameterVersions(): Promise<ReadonlyMap<ParameterKind, bigint>> {
    const rows = (await this.db.query<{ kind: number; version: bigint }>('SELECT kind, version FROM parameter_versions ORDER BY kind')).rows;
    return new Map(rows.map((r) => [r.kind as ParameterKind, r.version]));
  }

  async parameterContent(kind: ParameterKind, scope: string): Promise<StoredParameterContent | undefined> {
    const row = (await this.db.query<{ body: Buffer; version: bigint }>('SELECT c.body, v.version FROM parameter_content c JOIN parameter_versions v USING (kind) WHERE c.kind = $1 AND c.scope = $2', [kind, scope])).rows[0];
    return row && { kind, scope, body: new Uint8Array(row.body), version: row.version };
  }

  /** The UPDATE comes first, so the transaction takes the terminals table's write lock before
   *  anything else: an enrolment (which locks the table while it counts terminal ids) then waits
   *  for it rather than deadlocking with a row read FOR UPDATE. Of two moves at once, the second
   *  finds the merchant already set and changes nothing. */
  async assignMerchant(serial: string, merchantId: string, now: number): Promise<MerchantAssignment> {
    return this.db.transaction(async (c) => {
      const moved = await c.query('UPDATE terminals SET merchant_id = $1 WHERE serial = $2 AND merchant_id <> $1', [merchantId, serial]);
      if (moved.rowCount !== 1) return (await c.query('SELECT 1 FROM terminals WHERE serial = $1', [serial])).rowCount === 1 ? 'unchanged' : 'unknown-terminal';
      await bump(c, K.PARAMETER_KIND_TERMINAL, now);
      await bump(c, K.PARAMETER_KIND_MERCHANT, now);
      return 'moved';
    });
  }
}
