// The command queue and firmware store in the backend's SQLite file, sharing the repository's
// connection, its compiled statements and its write transactions (synchronous FULL): a command
// queued by `pos backend-command` from another process is seen by the running backend at its
// next poll, since WAL lets both in.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CommandActionName, CommandResultRecord, CommandStore, FirmwareImage, FirmwareOfferRecord, NewCommand, QueuedCommand } from './command-store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS commands (
    command_id TEXT PRIMARY KEY, serial TEXT NOT NULL, action TEXT NOT NULL, command BLOB NOT NULL,
    queued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, sent_at INTEGER);
  CREATE INDEX IF NOT EXISTS commands_unsent ON commands (serial, queued_at) WHERE sent_at IS NULL;
  CREATE TABLE IF NOT EXISTS command_results (
    command_id TEXT NOT NULL, body_sha256 BLOB NOT NULL, serial TEXT NOT NULL, status TEXT NOT NULL,
    error_code TEXT NOT NULL, body BLOB NOT NULL, received_at INTEGER NOT NULL,
    PRIMARY KEY (command_id, body_sha256));
  CREATE TABLE IF NOT EXISTS firmware_images (
    firmware_id TEXT PRIMARY KEY, version TEXT NOT NULL, model TEXT NOT NULL, notes TEXT NOT NULL,
    size INTEGER NOT NULL, sha256 BLOB NOT NULL, chunk_size INTEGER NOT NULL, chunk_sha256 BLOB NOT NULL,
    image BLOB NOT NULL, stored_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS firmware_offers (
    serial TEXT NOT NULL, firmware_id TEXT NOT NULL REFERENCES firmware_images (firmware_id),
    offered_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, sent_at INTEGER,
    chunks_served INTEGER NOT NULL, PRIMARY KEY (serial, firmware_id));
`;

/** The repository's statement cache and write transaction, lent to this store. */
export interface SqliteAccess {
  prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R>;
  write<T>(work: () => T): T;
}

interface CommandRow {
  command_id: string;
  serial: string;
  action: CommandActionName;
  command: Buffer;
  queued_at: number;
  expires_at: number;
  sent_at: number | null;
}

interface ResultRow {
  command_id: string;
  serial: string;
  status: string;
  error_code: string;
  body: Buffer;
  received_at: number;
}

interface ImageRow {
  firmware_id: string;
  version: string;
  model: string;
  notes: string;
  size: number;
  sha256: Buffer;
  chunk_size: number;
  chunk_sha256: Buffer;
  stored_at: number;
}

interface OfferRow {
  serial: string;
  firmware_id: string;
  offered_at: number;
  expires_at: number;
  sent_at: number | null;
  chunks_served: number;
}

const SHA256_LENGTH = 32;

const toCommand = (r: CommandRow): QueuedCommand => ({
  commandId: r.command_id,
  serial: r.serial,
  action: r.action,
  command: new Uint8Array(r.command),
  queuedAt: r.queued_at,
  expiresAt: r.expires_at,
  sentAt: r.sent_at,
});

const toOffer = (r: OfferRow): FirmwareOfferRecord => ({
  serial: r.serial,
  firmwareId: r.firmware_id,
  offeredAt: r.offered_at,
  expiresAt: r.expires_at,
  sentAt: r.sent_at,
  chunksServed: r.chunks_served,
});

function toImage(r: ImageRow): FirmwareImage {
  const hashes: Uint8Array[] = [];
  for (let i = 0; i < r.chunk_sha256.length; i += SHA256_LENGTH) hashes.push(new Uint8Array(r.chunk_sha256.subarray(i, i + SHA256_LENGTH)));
  return { firmwareId: r.firmware_id, version: r.version, model: r.model, notes: r.notes, size: r.size, sha256: new Uint8Array(r.sha256), chunkSize: r.chunk_size, chunkSha256: hashes, storedAt: r.stored_at };
}

export class SqliteCommandStore implements CommandStore {
  constructor(
    db: Database.Database,
    private readonly sql: SqliteAccess,
  ) {
    db.exec(SCHEMA);
  }

  async queueCommand(c: NewCommand): Promise<void> {
    this.sql.write(() =>
      this.sql
        .prepare('INSERT INTO commands (command_id, serial, action, command, queued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(c.commandId, c.serial, c.action, Buffer.from(c.command), c.queuedAt, c.expiresAt),
    );
  }

  async unsentCommands(serial: string, now: number): Promise<QueuedCommand[]> {
    return this.sql
      .prepare<[string, number], CommandRow>('SELECT * FROM commands WHERE serial = ? AND sent_at IS NULL AND expires_at >= ? ORDER BY queued_at, rowid')
      .all(serial, now)
      .map(toCommand);
  }

  async markCommandSent(commandId: string, now: number): Promise<void> {
    this.sql.write(() => this.sql.prepare('UPDATE commands SET sent_at = ? WHERE command_id = ? AND sent_at IS NULL').run(now, commandId));
  }

  async storeCommandResult(r: CommandResultRecord): Promise<'stored' | 'duplicate'> {
    const digest = createHash('sha256').update(r.body).digest();
    return this.sql.write(() =>
      this.sql
        .prepare('INSERT INTO command_results (command_id, body_sha256, serial, status, error_code, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
        .run(r.commandId, digest, r.serial, r.status, r.errorCode, Buffer.from(r.body), r.receivedAt).changes === 1
        ? 'stored'
        : 'duplicate',
    );
  }

  async recentCommands(serial: string, limit: number): Promise<QueuedCommand[]> {
    return this.sql
      .prepare<[string, number], CommandRow>('SELECT * FROM commands WHERE serial = ? ORDER BY queued_at DESC, rowid DESC LIMIT ?')
      .all(serial, limit)
      .map(toCommand);
  }

  async recentCommandResults(serial: string, limit: number): Promise<CommandResultRecord[]> {
    return this.sql
      .prepare<[string, number], ResultRow>('SELECT command_id, serial, status, error_code, body, received_at FROM command_results WHERE serial = ? ORDER BY received_at DESC, rowid DESC LIMIT ?')
      .all(serial, limit)
      .map((r) => ({ commandId: r.command_id, serial: r.serial, status: r.status, errorCode: r.error_code, body: new Uint8Array(r.body), receivedAt: r.received_at }));
  }

  async storeFirmware(i: FirmwareImage, bytes: Uint8Array): Promise<'stored' | 'duplicate'> {
    return this.sql.write(() =>
      this.sql
        .prepare(
          `INSERT INTO firmware_images (firmware_id, version, model, notes, size, sha256, chunk_size, chunk_sha256, image, stored_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(i.firmwareId, i.version, i.model, i.notes, i.size, Buffer.from(i.sha256), i.chunkSize, Buffer.concat(i.chunkSha256), Buffer.from(bytes), i.storedAt).changes === 1
        ? 'stored'
        : 'duplicate',
    );
  }

  async firmware(firmwareId: string): Promise<FirmwareImage | undefined> {
    const row = this.sql
      .prepare<[string], ImageRow>('SELECT firmware_id, version, model, notes, size, sha256, chunk_size, chunk_sha256, stored_at FROM firmware_images WHERE firmware_id = ?')
      .get(firmwareId);
    return row && toImage(row);
  }

  async firmwareBytes(firmwareId: string, offset: number, length: number): Promise<Uint8Array | undefined> {
    // substr on a BLOB counts bytes from 1, and reads only the part asked for.
    const row = this.sql.prepare<[number, number, string], Buffer>('SELECT substr(image, ?, ?) FROM firmware_images WHERE firmware_id = ?').pluck().get(offset + 1, length, firmwareId);
    return row === undefined ? undefined : new Uint8Array(row);
  }

  async offerFirmware(serial: string, firmwareId: string, offeredAt: number, expiresAt: number): Promise<void> {
    this.sql.write(() =>
      this.sql
        .prepare(
          `INSERT INTO firmware_offers (serial, firmware_id, offered_at, expires_at, chunks_served) VALUES (?, ?, ?, ?, 0)
           ON CONFLICT (serial, firmware_id) DO UPDATE SET offered_at = excluded.offered_at, expires_at = excluded.expires_at, sent_at = NULL`,
        )
        .run(serial, firmwareId, offeredAt, expiresAt),
    );
  }

  async unsentOffers(serial: string, now: number): Promise<FirmwareOfferRecord[]> {
    return this.sql
      .prepare<[string, number], OfferRow>('SELECT * FROM firmware_offers WHERE serial = ? AND sent_at IS NULL AND expires_at >= ? ORDER BY offered_at, rowid')
      .all(serial, now)
      .map(toOffer);
  }

  async markOfferSent(serial: string, firmwareId: string, now: number): Promise<void> {
    this.sql.write(() => this.sql.prepare('UPDATE firmware_offers SET sent_at = ? WHERE serial = ? AND firmware_id = ? AND sent_at IS NULL').run(now, serial, firmwareId));
  }

  async recordChunkServed(serial: string, firmwareId: string, index: number): Promise<void> {
    this.sql.write(() =>
      this.sql.prepare('UPDATE firmware_offers SET chunks_served = max(chunks_served, ?) WHERE serial = ? AND firmware_id = ?').run(index + 1, serial, firmwareId),
    );
  }

  async firmwareOffers(serial?: string): Promise<FirmwareOfferRecord[]> {
    return this.sql
      .prepare<[string | null, string | null], OfferRow>('SELECT * FROM firmware_offers WHERE (? IS NULL OR serial = ?) ORDER BY offered_at DESC, rowid DESC')
      .all(serial ?? null, serial ?? null)
      .map(toOffer);
  }

  async serialsWithWork(now: number): Promise<string[]> {
    return this.sql
      .prepare<[number, number], string>(
        `SELECT serial FROM commands WHERE sent_at IS NULL AND expires_at >= ?
         UNION SELECT serial FROM firmware_offers WHERE sent_at IS NULL AND expires_at >= ?`,
      )
      .pluck()
      .all(now, now);
  }
}
