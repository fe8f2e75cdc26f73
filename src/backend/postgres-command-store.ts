// The command queue and firmware store in the backend's PostgreSQL database, on the
// repository's pool: the SQLite store's tables and semantics (sqlite-command-store.ts), with
// `seq` for SQLite's rowid where a listing breaks ties by arrival. A command queued by another
// process is seen by the running backend at its next poll.
import { createHash } from 'node:crypto';
import type { CommandActionName, CommandResultRecord, CommandStore, FirmwareImage, FirmwareOfferRecord, NewCommand, QueuedCommand } from './command-store.js';
import type { PostgresAccess } from './postgres-access.js';

export const COMMAND_SCHEMA = `
  CREATE TABLE IF NOT EXISTS commands (
    seq bigint GENERATED ALWAYS AS IDENTITY, command_id text PRIMARY KEY, serial text NOT NULL,
    action text NOT NULL, command bytea NOT NULL, queued_at bigint NOT NULL, expires_at bigint NOT NULL,
    sent_at bigint);
  CREATE INDEX IF NOT EXISTS commands_unsent ON commands (serial, queued_at) WHERE sent_at IS NULL;
  CREATE TABLE IF NOT EXISTS command_results (
    seq bigint GENERATED ALWAYS AS IDENTITY, command_id text NOT NULL, body_sha256 bytea NOT NULL,
    serial text NOT NULL, status text NOT NULL, error_code text NOT NULL, body bytea NOT NULL,
    received_at bigint NOT NULL, PRIMARY KEY (command_id, body_sha256));
  CREATE TABLE IF NOT EXISTS firmware_images (
    firmware_id text PRIMARY KEY, version text NOT NULL, model text NOT NULL, notes text NOT NULL,
    size bigint NOT NULL, sha256 bytea NOT NULL, chunk_size bigint NOT NULL, chunk_sha256 bytea NOT NULL,
    image bytea NOT NULL, stored_at bigint NOT NULL);
  CREATE TABLE IF NOT EXISTS firmware_offers (
    seq bigint GENERATED ALWAYS AS IDENTITY, serial text NOT NULL,
    firmware_id text NOT NULL REFERENCES firmware_images (firmware_id), offered_at bigint NOT NULL,
    expires_at bigint NOT NULL, sent_at bigint, chunks_served bigint NOT NULL,
    PRIMARY KEY (serial, firmware_id));
`;

interface CommandRow {
  command_id: string;
  serial: string;
  action: CommandActionName;
  command: Buffer;
  queued_at: bigint;
  expires_at: bigint;
  sent_at: bigint | null;
}

interface ResultRow {
  command_id: string;
  serial: string;
  status: string;
  error_code: string;
  body: Buffer;
  received_at: bigint;
}

interface ImageRow {
  firmware_id: string;
  version: string;
  model: string;
  notes: string;
  size: bigint;
  sha256: Buffer;
  chunk_size: bigint;
  chunk_sha256: Buffer;
  stored_at: bigint;
}

interface OfferRow {
  serial: string;
  firmware_id: string;
  offered_at: bigint;
  expires_at: bigint;
  sent_at: bigint | null;
  chunks_served: bigint;
}

const SHA256_LENGTH = 32;
const COMMAND_COLUMNS = 'command_id, serial, action, command, queued_at, expires_at, sent_at';
const OFFER_COLUMNS = 'serial, firmware_id, offered_at, expires_at, sent_at, chunks_served';

const orNull = (n: bigint | null): number | null => (n === null ? null : Number(n));

const toCommand = (r: CommandRow): QueuedCommand => ({
  commandId: r.command_id,
  serial: r.serial,
  action: r.action,
  command: new Uint8Array(r.command),
  queuedAt: Number(r.queued_at),
  expiresAt: Number(r.expires_at),
  sentAt: orNull(r.sent_at),
});

const toOffer = (r: OfferRow): FirmwareOfferRecord => ({
  serial: r.serial,
  firmwareId: r.firmware_id,
  offeredAt: Number(r.offered_at),
  expiresAt: Number(r.expires_at),
  sentAt: orNull(r.sent_at),
  chunksServed: Number(r.chunks_served),
});

function toImage(r: ImageRow): FirmwareImage {
  const hashes: Uint8Array[] = [];
  for (let i = 0; i < r.chunk_sha256.length; i += SHA256_LENGTH) hashes.push(new Uint8Array(r.chunk_sha256.subarray(i, i + SHA256_LENGTH)));
  return { firmwareId: r.firmware_id, version: r.version, model: r.model, notes: r.notes, size: Number(r.size), sha256: new Uint8Array(r.sha256), chunkSize: Number(r.chunk_size), chunkSha256: hashes, storedAt: Number(r.stored_at) };
}

export class PostgresCommandStore implements CommandStore {
  constructor(private readonly db: PostgresAccess) {}

  async queueCommand(c: NewCommand): Promise<void> {
    await this.db.query('INSERT INTO commands (command_id, serial, action, command, queued_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [c.commandId, c.serial, c.action, Buffer.from(c.command), c.queuedAt, c.expiresAt]);
  }

  async unsentCommands(serial: string, now: number): Promise<QueuedCommand[]> {
    const rows = (await this.db.query<CommandRow>(`SELECT ${COMMAND_COLUMNS} FROM commands WHERE serial = $1 AND sent_at IS NULL AND expires_at >= $2 ORDER BY queued_at, seq`, [serial, now])).rows;
    return rows.map(toCommand);
  }

  async markCommandSent(commandId: string, now: number): Promise<void> {
    await this.db.query('UPDATE commands SET sent_at = $1 WHERE command_id = $2 AND sent_at IS NULL', [now, commandId]);
  }

  async storeCommandResult(r: CommandResultRecord): Promise<'stored' | 'duplicate'> {
    const digest = createHash('sha256').update(r.body).digest();
    const inserted = await this.db.query(
      'INSERT INTO command_results (command_id, body_sha256, serial, status, error_code, body, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING',
      [r.commandId, digest, r.serial, r.status, r.errorCode, Buffer.from(r.body), r.receivedAt],
    );
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async recentCommands(serial: string, limit: number): Promise<QueuedCommand[]> {
    const rows = (await this.db.query<CommandRow>(`SELECT ${COMMAND_COLUMNS} FROM commands WHERE serial = $1 ORDER BY queued_at DESC, seq DESC LIMIT $2`, [serial, limit])).rows;
    return rows.map(toCommand);
  }

  async recentCommandResults(serial: string, limit: number): Promise<CommandResultRecord[]> {
    const rows = (
      await this.db.query<ResultRow>('SELECT command_id, serial, status, error_code, body, received_at FROM command_results WHERE serial = $1 ORDER BY received_at DESC, seq DESC LIMIT $2', [serial, limit])
    ).rows;
    return rows.map((r) => ({ commandId: r.command_id, serial: r.serial, status: r.status, errorCode: r.error_code, body: new Uint8Array(r.body), receivedAt: Number(r.received_at) }));
  }

  async storeFirmware(i: FirmwareImage, bytes: Uint8Array): Promise<'stored' | 'duplicate'> {
    const inserted = await this.db.query(
      `INSERT INTO firmware_images (firmware_id, version, model, notes, size, sha256, chunk_size, chunk_sha256, image, stored_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [i.firmwareId, i.version, i.model, i.notes, i.size, Buffer.from(i.sha256), i.chunkSize, Buffer.concat(i.chunkSha256), Buffer.from(bytes), i.storedAt],
    );
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async firmware(firmwareId: string): Promise<FirmwareImage | undefined> {
    const row = (await this.db.query<ImageRow>('SELECT firmware_id, version, model, notes, size, sha256, chunk_size, chunk_sha256, stored_at FROM firmware_images WHERE firmware_id = $1', [firmwareId])).rows[0];
    return row && toImage(row);
  }

  async firmwareBytes(firmwareId: string, offset: number, length: number): Promise<Uint8Array | undefined> {
    // substring on bytea counts bytes from 1; the server sends only the part asked for.
    const row = (await this.db.query<{ part: Buffer }>('SELECT substring(image FROM $1 FOR $2) AS part FROM firmware_images WHERE firmware_id = $3', [offset + 1, length, firmwareId])).rows[0];
    return row === undefined ? undefined : new Uint8Array(row.part);
  }

  async offerFirmware(serial: string, firmwareId: string, offeredAt: number, expiresAt: number): Promise<void> {
    await this.db.query(
      `INSERT INTO firmware_offers (serial, firmware_id, offered_at, expires_at, chunks_served) VALUES ($1, $2, $3, $4, 0)
       ON CONFLICT (serial, firmware_id) DO UPDATE SET offered_at = excluded.offered_at, expires_at = excluded.expires_at, sent_at = NULL`,
      [serial, firmwareId, offeredAt, expiresAt],
    );
  }

  async unsentOffers(serial: string, now: number): Promise<FirmwareOfferRecord[]> {
    const rows = (await this.db.query<OfferRow>(`SELECT ${OFFER_COLUMNS} FROM firmware_offers WHERE serial = $1 AND sent_at IS NULL AND expires_at >= $2 ORDER BY offered_at, seq`, [serial, now])).rows;
    return rows.map(toOffer);
  }

  async markOfferSent(serial: string, firmwareId: string, now: number): Promise<void> {
    await this.db.query('UPDATE firmware_offers SET sent_at = $1 WHERE serial = $2 AND firmware_id = $3 AND sent_at IS NULL', [now, serial, firmwareId]);
  }

  async recordChunkServed(serial: string, firmwareId: string, index: number): Promise<void> {
    await this.db.query('UPDATE firmware_offers SET chunks_served = greatest(chunks_served, $1) WHERE serial = $2 AND firmware_id = $3', [index + 1, serial, firmwareId]);
  }

  async firmwareOffers(serial?: string): Promise<FirmwareOfferRecord[]> {
    return (await this.db.query<OfferRow>(`SELECT ${OFFER_COLUMNS} FROM firmware_offers WHERE ($1::text IS NULL OR serial = $1) ORDER BY offered_at DESC, seq DESC`, [serial ?? null])).rows.map(toOffer);
  }

  async serialsWithWork(now: number): Promise<string[]> {
    const rows = (
      await this.db.query<{ serial: string }>(
        `SELECT serial FROM commands WHERE sent_at IS NULL AND expires_at >= $1
         UNION SELECT serial FROM firmware_offers WHERE sent_at IS NULL AND expires_at >= $1`,
        [now],
      )
    ).rows;
    return rows.map((r) => r.serial);
  }
}
