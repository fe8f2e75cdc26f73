// The terminal's tamper-evident audit log: sign-ins, permission changes, approvals, voids,
// refunds, settings and key events as a hash chain with a signed head in its own SQLite file (WAL,
// synchronous FULL), each entry handed to the backend through the outbox once written. The
// backend's copy is what a tamperer with the device in hand cannot reach: a verifier run here
// catches edits, removals, reordering and a cut-off tail (audit-verify.ts), but someone who kept
// an old copy of the whole file can put it back, and only the uploaded entries show that.
// Each log file is one chain with its own id (made with the file; '' for a file from before
// chains), handed to the port with every entry: a log started anew after its file was lost is a
// new chain from seq 1, which the centre keeps after the earlier one instead of calling it broken.
import { randomUUID } from 'node:crypto';
import { isPosError, PosError } from '../errors/index.js';
import { checkDetails, decodeDetails, encodeDetails, entryHash, GENESIS_HASH, type AuditEntry, type AuditKind, type AuditRecord } from './audit-entry.js';
import type { AuditSeal } from './audit-seal.js';
import { HEAD_DOMAIN, headPayload, verifyAuditChain, type AuditVerdict, type StoredEntry, type StoredHead } from './audit-verify.js';
import { openSqliteFile, writeTransaction, type Db, type SqliteFileCodes } from './sqlite-file.js';

/** Hands entries to the outbox (the composition root implements it over src/channel's outbox).
 *  Entries are handed over in sequence order, each once it is on disk; after a crash one may
 *  come twice: the port must take the same seq again as a no-op (an outbox id made from it
 *  does). */
export interface AuditUploadPort {
  /** Returns when the entry is stored to be sent; throws a PosError when it could not be (disk
   *  full): the entry stays in the log and is handed over again with the next append or open.
   *  `chain` is the log's (AuditLog.chain). */
  uploadAuditEntry(entry: AuditEntry, chain: string): void;
}

export interface AuditLogOptions {
  readonly seal: AuditSeal;
  /** Wall clock, ms since the epoch. */
  readonly now?: () => number;
  /** Absent where nothing uploads (tools, tests): entries are kept, and handed over from the
   *  first one not yet uploaded once a port is given (npm start gives src/boot/audit-channel.ts). */
  readonly upload?: AuditUploadPort;
  /** The upload port refused an entry for now; the log carries on and tries again later. */
  readonly onUploadFault?: (error: PosError) => void;
  /** The id a new log's chain takes; a random UUID unless said. */
  readonly newChainId?: () => string;
}

/** 1: the first. 2: the `chain` table, the log's chain id. */
const SCHEMA_VERSION = 2;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    operator_id TEXT,
    approver_id TEXT,
    details TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
  );
  CREATE TABLE IF NOT EXISTS head (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB NOT NULL
  );
  CREATE TABLE IF NOT EXISTS uploaded (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    through_seq INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS chain (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL
  );
`;

const CODES: SqliteFileCodes = { open: 'E-AUDIT-0001', damaged: 'E-AUDIT-0002', busy: 'E-AUDIT-0003', write: 'E-AUDIT-0004' };

interface EntryRow {
  seq: number;
  at: number;
  kind: string;
  operator_id: string | null;
  approver_id: string | null;
  details: string;
  prev_hash: Buffer;
  hash: Buffer;
}

export class AuditLog {
  private readonly now: () => number;
  private readonly statements;
  /** This log's chain id: '' for a log whose entries were written before chains existed. */
  readonly chain: string;

  private constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly options: AuditLogOptions,
    chain: string,
  ) {
    this.now = options.now ?? Date.now;
    this.statements = {
      head: db.prepare<[], { seq: number; hash: Buffer; signature: Buffer }>('SELECT seq, hash, signature FROM head'),
      setHead: db.prepare<[number, Buffer, Buffer]>('INSERT OR REPLACE INTO head (one, seq, hash, signature) VALUES (1, ?, ?, ?)'),
      insert: db.prepare<[number, number, string, string | null, string | null, string, Buffer, Buffer]>(
        `INSERT INTO entries (seq, at, kind, operator_id, approver_id, details, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      all: db.prepare<[], EntryRow>('SELECT * FROM entries ORDER BY seq'),
      lastSeq: db.prepare<[], number | null>('SELECT max(seq) FROM entries').pluck(),
      after: db.prepare<[number, number], EntryRow>('SELECT * FROM entries WHERE seq > ? ORDER BY seq LIMIT ?'),
      uploadedThrough: db.prepare<[], number>('SELECT through_seq FROM uploaded').pluck(),
      setUploaded: db.prepare<[number]>('INSERT OR REPLACE INTO uploaded (one, through_seq) VALUES (1, ?)'),
    };
    this.chain = chain;
  }

  /** Opens (creating when absent) the log at `path` (E-AUDIT-0001..0003) and hands the upload
   *  port what it has not had yet. */
  static open(path: string, options: AuditLogOptions): AuditLog {
    const db = openSqliteFile(path, SCHEMA, SCHEMA_VERSION, CODES);
    try {
      const log = new AuditLog(db, path, options, chainOf(db, path, options.newChainId ?? randomUUID));
      log.handOver();
      return log;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  /**
   * Writes one entry after the signed head; when this returns it is on disk and survives a power
   * cut. Details with card data or a secret are refused (E-AUDIT-0005) and nothing is written; a
   * failed write is E-AUDIT-0004, and the operation it records must not go ahead; E-AUDIT-0006
   * when entries lie past the signed head (someone removed or moved it back). A refusal by
   * the upload port does not fail the append (see onUploadFault).
   */
  append(record: AuditRecord): AuditEntry {
    return this.appendAll([record])[0]!;
  }

  /** Writes `records` as append does, in one transaction: all of them or, on any refusal or
   *  failure, none (a 签退 and the sign-out it brings are one fact to an auditor). */
  appendAll(records: readonly AuditRecord[]): AuditEntry[] {
    if (records.length === 0) return [];
    const encoded = records.map((r) => {
      checkDetails(r.details);
      return { record: r, details: encodeDetails(r.details) };
    });
    const entries = writeTransaction(this.db, this.path, CODES, () => {
      const head = this.statements.head.get();
      let seq = head?.seq ?? 0;
      // Entries past the signed head: the head was removed or moved back by hand. Appending would
      // collide with them; say what happened rather than fail as a write would.
      if ((this.statements.lastSeq.get() ?? 0) > seq) throw new PosError('E-AUDIT-0006', { seq: seq + 1, problem: 'head' });
      let prevHash: Uint8Array = head === undefined ? GENESIS_HASH : new Uint8Array(head.hash);
      const at = this.now();
      const written: AuditEntry[] = [];
      for (const { record, details } of encoded) {
        seq += 1;
        const hash = entryHash(prevHash, seq, at, record.kind, record.operatorId, record.approverId, details);
        this.statements.insert.run(seq, at, record.kind, record.operatorId, record.approverId, details, Buffer.from(prevHash), Buffer.from(hash));
        written.push({ ...record, seq, at, prevHash, hash });
        prevHash = hash;
      }
      this.statements.setHead.run(seq, Buffer.from(prevHash), Buffer.from(this.options.seal.sign(HEAD_DOMAIN, headPayload(seq, prevHash))));
      return written;
    });
    // The entries are on disk: from here nothing may throw a coded error, or the caller would
    // take back a change the log already records. A failed upload mark only means the entries
    // are handed over again, which the port takes as a no-op.
    try {
      this.handOver();
    } catch (e) {
      if (!isPosError(e)) throw e;
      this.options.onUploadFault?.(e);
    }
    return entries;
  }

  /** Entries after `seq`, oldest first (a support screen pages through them). */
  entriesAfter(seq: number, limit: number): AuditEntry[] {
    return this.statements.after.all(seq, limit).map(toEntry);
  }

  /** The last sequence number handed to the upload port (0 for none). */
  uploadedThrough(): number {
    return this.statements.uploadedThrough.get() ?? 0;
  }

  /** Checks the whole file: the chain and its signed head (audit-verify.ts). */
  verify(): AuditVerdict {
    const head = this.statements.head.get();
    const stored: StoredHead | null = head === undefined ? null : { seq: head.seq, hash: head.hash, signature: head.signature };
    return verifyAuditChain(this.statements.all.all().map(toStored), stored, this.options.seal);
  }

  close(): void {
    this.db.close();
  }

  // The mark is written once per call, not per entry (one fsync): entries handed over before a
  // crash or a refusal are marked up to the last one the port took; the port takes one handed
  // over twice as a no-op (the outbox keeps one message per id).
  private handOver(): void {
    const port = this.options.upload;
    if (port === undefined) return;
    const from = this.uploadedThrough();
    let through = from;
    try {
      for (;;) {
        const batch = this.statements.after.all(through, 64);
        if (batch.length === 0) return;
        for (const row of batch) {
          try {
            port.uploadAuditEntry(toEntry(row), this.chain);
          } catch (e) {
            // Anything but a coded refusal is a program error. After a refusal, stop: entries
            // go to the backend in order.
            if (!isPosError(e)) throw e;
            this.options.onUploadFault?.(e);
            return;
          }
          through = row.seq;
        }
      }
    } finally {
      if (through > from) writeTransaction(this.db, this.path, CODES, () => this.statements.setUploaded.run(through));
    }
  }
}

/** The log's chain id, made with the file; a file with entries and no chain row was written
 *  before chains, and its chain is ''. */
function chainOf(db: Db, path: string, newChainId: () => string): string {
  return writeTransaction(db, path, CODES, () => {
    const kept = db.prepare<[], string>('SELECT id FROM chain').pluck().get();
    if (kept !== undefined) return kept;
    const id = db.prepare<[], number | null>('SELECT max(seq) FROM entries').pluck().get() == null ? newChainId() : '';
    db.prepare<[string]>('INSERT INTO chain (one, id) VALUES (1, ?)').run(id);
    return id;
  });
}

function toStored(r: EntryRow): StoredEntry {
  return {
    seq: r.seq,
    at: r.at,
    kind: r.kind,
    operatorId: r.operator_id,
    approverId: r.approver_id,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function toEntry(r: EntryRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    kind: r.kind as AuditKind,
    operatorId: r.operator_id,
    approverId: r.approver_id,
    details: decodeDetails(r.details),
    prevHash: new Uint8Array(r.prev_hash),
    hash: new Uint8Array(r.hash),
  };
}
