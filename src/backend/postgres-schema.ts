// The PostgreSQL store's tables: the SQLite store's, column for column, with PostgreSQL's types.
// Times and counts are bigint (read back as BigInt, never rounded); amounts bigint minor units;
// keys and byte strings bytea. Text that is sorted or grouped on is COLLATE "C", so listings
// come out in the byte order SQLite gives, whatever the database's locale. `seq` stands in for
// SQLite's rowid where a listing breaks ties by arrival.
import type { PostgresAccess } from './postgres-access.js';

export const SCHEMA = `
  CREATE TABLE IF NOT EXISTS provisioning_tokens (
    token_sha256 bytea PRIMARY KEY, created_at bigint NOT NULL, used_at bigint, used_by text);
  CREATE TABLE IF NOT EXISTS terminals (
    serial text COLLATE "C" PRIMARY KEY, model text NOT NULL, firmware_version text NOT NULL,
    capabilities text NOT NULL, public_key bytea NOT NULL, terminal_id text NOT NULL UNIQUE,
    merchant_id text NOT NULL, enrolled_at bigint NOT NULL);
  CREATE TABLE IF NOT EXISTS terminal_status (
    serial text COLLATE "C" PRIMARY KEY REFERENCES terminals (serial), last_seen_at bigint NOT NULL,
    uptime_s bigint NOT NULL, paper text NOT NULL, devices text NOT NULL, approvals bigint NOT NULL,
    declines bigint NOT NULL, errors bigint NOT NULL, outbox_depth bigint NOT NULL,
    heartbeats bigint NOT NULL);
  CREATE TABLE IF NOT EXISTS transactions (
    seq bigint GENERATED ALWAYS AS IDENTITY, transaction_id text PRIMARY KEY,
    serial text COLLATE "C" NOT NULL, batch_number bigint NOT NULL, status text COLLATE "C" NOT NULL,
    amount_minor bigint NOT NULL, currency text COLLATE "C" NOT NULL, scheme text NOT NULL,
    masked_pan text NOT NULL, record bytea NOT NULL, received_at bigint NOT NULL, approver_id text);
  -- Added after the table was first made: CREATE TABLE IF NOT EXISTS leaves an older one as it
  -- was, so the column is added at its end (NULL in the rows before).
  ALTER TABLE transactions ADD COLUMN IF NOT EXISTS approver_id text;
  CREATE INDEX IF NOT EXISTS transactions_by_terminal ON transactions (serial, received_at);
  CREATE TABLE IF NOT EXISTS alerts (
    seq bigint GENERATED ALWAYS AS IDENTITY, serial text COLLATE "C" NOT NULL,
    kind text COLLATE "C" NOT NULL, raised_at bigint NOT NULL, cleared_at bigint);
  CREATE UNIQUE INDEX IF NOT EXISTS alerts_open ON alerts (serial, kind) WHERE cleared_at IS NULL;
  CREATE TABLE IF NOT EXISTS received (
    seq bigint GENERATED ALWAYS AS IDENTITY, kind text NOT NULL, id text NOT NULL,
    serial text COLLATE "C" NOT NULL, body bytea NOT NULL, received_at bigint NOT NULL,
    PRIMARY KEY (kind, id));
  CREATE TABLE IF NOT EXISTS settings (name text PRIMARY KEY, value bytea NOT NULL);
`;

/** Advisory lock keys (pg_advisory_xact_lock, one bigint namespace per database): creating the
 *  schema, making the signing seed and replacing a parameter kind, each by one backend at a time. */
export const LOCK = { schema: 0x706f7372_74000001n, signingSeed: 0x706f7372_74000002n, parameters: 0x706f7372_74000003n } as const;

/** Creates what is missing of the repository's tables and of the stores composed into it
 *  (`more`), in one transaction. CREATE TABLE IF NOT EXISTS is not safe against itself: two
 *  backends starting together can both find a table missing and one fails on the catalogue's
 *  unique index. The advisory lock makes the second wait for the first's commit, and then find
 *  every table there. */
export async function createSchema(db: PostgresAccess, more: readonly string[]): Promise<void> {
  await db.transaction(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.schema.toString()]);
    for (const schema of [SCHEMA, ...more]) await c.query(schema);
  });
}
