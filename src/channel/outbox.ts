// The durable outbox: every message the backend must receive waits here, in SQLite on the
// terminal's storage, until the backend acknowledges its id. The wire delivers at least once
// (a message whose acknowledgement was lost is sent again); the backend keeps exactly one of
// each because every message carries an idempotency id. Messages are opaque bytes: the outbox
// never decodes them, so it does not depend on the protobuf contract.
import { createHash } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { openOutboxFile, sqliteError, type Db } from './outbox-file.js';

/**
 * What a message is, in the order they are sent. Reversals go first: until the issuer sees one,
 * the cardholder's funds stay held. Command results next: few and small, and someone at the
 * operations centre is waiting for them. Then transaction uploads (settlement needs them), then
 * operator events (audit), then settlements, after every upload waiting with them (the backend
 * reconciles against what it stored). After them, kinds added later (a row keeps the priority it
 * was enqueued with, so a new kind goes at the end): an operator's report of a settlement out of
 * balance, then the audit log's entries, many and never in a hurry, which the backend checks as a
 * chain and so must receive in order. Within a kind, messages go in the order they were enqueued.
 */
export const OUTBOX_KINDS = ['reversal', 'command-result', 'transaction-upload', 'operator-event', 'settlement', 'mismatch-report', 'audit-entry'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxMessage {
  readonly seq: number;
  readonly id: string;
  readonly kind: OutboxKind;
  readonly payload: Uint8Array;
  /** Times this message has been handed out to send, this one included. */
  readonly attempts: number;
  readonly enqueuedAt: number;
}

export type EnqueueResult =
  | { readonly outcome: 'stored'; readonly seq: number }
  | { readonly outcome: 'duplicate'; readonly state: 'pending' | 'in-flight' | 'acknowledged' };

export interface OutboxStats {
  readonly pending: number;
  readonly inFlight: number;
  /** Acknowledged ids still remembered (until pruned), so enqueueing one again is a no-op. */
  readonly acknowledged: number;
  readonly oldestUnacknowledgedAt: number | null;
  readonly maxAttempts: number;
}

export interface OutboxOptions {
  /** Wall clock, ms since the epoch. */
  readonly now?: () => number;
  /** Delay before a message the backend refused or did not answer is offered again. */
  readonly retryDelayMs?: (attempts: number) => number;
  /** How long an acknowledged id is remembered. Enqueueing it again after that stores and sends
   *  it again, which the backend's own deduplication absorbs. */
  readonly keepAcknowledgedMs?: number;
}

/** 1 s, doubling per attempt, at most 5 min: the backend may be away for hours, and a message it
 *  keeps refusing should not crowd out the others. */
export const defaultRetryDelayMs = (attempts: number): number => Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);

const DAY_MS = 86_400_000;
/** An idempotency id: printable ASCII, so it reads the same in logs, SQL and the backend's keys. */
export const OUTBOX_ID = /^[\x21-\x7e]{1,128}$/;

interface Row {
  seq: number;
  id: string;
  kind: OutboxKind;
  payload: Buffer;
  attempts: number;
  enqueued_at: number;
}

export class Outbox {
  private readonly now: () => number;
  private readonly retryDelayMs: (attempts: number) => number;
  private readonly keepAcknowledgedMs: number;
  private readonly statements;

  private constructor(
    private readonly db: Db,
    private readonly path: string,
    options: OutboxOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
    this.keepAcknowledgedMs = options.keepAcknowledgedMs ?? 7 * DAY_MS;
    this.statements = {
      insert: db.prepare<[string, string, number, Buffer, Buffer, number, number]>(
        `INSERT INTO outbox (id, kind, priority, payload, digest, state, enqueued_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (id) DO NOTHING`,
      ),
      existing: db.prepare<[string], { digest: Buffer; state: 'pending' | 'in-flight' | 'acknowledged' }>(
        'SELECT digest, state FROM outbox WHERE id = ?',
      ),
      ready: db.prepare<[number, number], Row>(
        `SELECT seq, id, kind, payload, attempts, enqueued_at FROM outbox
         WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY priority, seq LIMIT ?`,
      ),
      markInFlight: db.prepare<[number]>(`UPDATE outbox SET state = 'in-flight', attempts = attempts + 1 WHERE seq = ?`),
      acknowledge: db.prepare<[number, string]>(
        `UPDATE outbox SET state = 'acknowledged', payload = NULL, acknowledged_at = ? WHERE id = ? AND state != 'acknowledged'`,
      ),
      retry: db.prepare<[number, string]>(
        `UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ? AND state = 'in-flight'`,
      ),
      attemptsOf: db.prepare<[string], number>(`SELECT attempts FROM outbox WHERE id = ? AND state = 'in-flight'`).pluck(),
      returnInFlight: db.prepare<[number]>(`UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE state = 'in-flight'`),
      prune: db.prepare<[number]>(`DELETE FROM outbox WHERE state = 'acknowledged' AND acknowledged_at < ?`),
      stats: db.prepare<[], { state: string; n: number; oldest: number | null; attempts: number | null }>(
        'SELECT state, count(*) AS n, min(enqueued_at) AS oldest, max(attempts) AS attempts FROM outbox GROUP BY state',
      ),
    };
  }

  /**
   * Opens the outbox at `path` (see openOutboxFile for the codes it throws). Messages that were
   * in flight when the last process stopped go back to pending: nobody knows whether they
   * arrived, so they are sent again.
   */
  static open(path: string, options: OutboxOptions = {}): Outbox {
    const outbox = new Outbox(openOutboxFile(path), path, options);
    try {
      outbox.write(() => {
        outbox.statements.returnInFlight.run(outbox.now());
        outbox.statements.prune.run(outbox.now() - outbox.keepAcknowledgedMs);
      });
    } catch (e) {
      outbox.close();
      throw e;
    }
    return outbox;
  }

  /**
   * Stores a message; when this returns, it is on disk and survives a power cut. The same id
   * again is not stored twice ('duplicate', whatever its state); the same id with another kind
   * or payload is a program error (E-OUTBOX-0004) and leaves the stored message as it was.
   */
  enqueue(kind: OutboxKind, id: string, payload: Uint8Array): EnqueueResult {
    if (!OUTBOX_ID.test(id)) throw new PosError('E-OUTBOX-0005', { length: id.length });
    const priority = OUTBOX_KINDS.indexOf(kind);
    if (priority < 0) throw new PosError('E-OUTBOX-0005', { kind: String(kind) });
    const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    const digest = createHash('sha256').update(kind).update('\0').update(bytes).digest();
    return this.write(() => {
      const now = this.now();
      const inserted = this.statements.insert.run(id, kind, priority, bytes, digest, now, now);
      if (inserted.changes === 1) return { outcome: 'stored', seq: Number(inserted.lastInsertRowid) };
      const existing = this.statements.existing.get(id)!;
      if (!existing.digest.equals(digest)) throw new PosError('E-OUTBOX-0004', { id, kind });
      return { outcome: 'duplicate', state: existing.state };
    });
  }

  /**
   * Hands out up to `max` messages to send, highest priority first and oldest first within a
   * priority, skipping those waiting out a retry delay, and marks them in flight.
   */
  take(max: number): OutboxMessage[] {
    return this.write(() => {
      const rows = this.statements.ready.all(this.now(), max);
      for (const row of rows) this.statements.markInFlight.run(row.seq);
      return rows.map((r) => ({
        seq: r.seq,
        id: r.id,
        kind: r.kind,
        payload: new Uint8Array(r.payload.buffer, r.payload.byteOffset, r.payload.byteLength),
        attempts: r.attempts + 1,
        enqueuedAt: r.enqueued_at,
      }));
    });
  }

  /** The backend has these ids: they are never handed out again. Unknown or already acknowledged
   *  ids are ignored (an acknowledgement can arrive twice). Returns how many were newly acknowledged. */
  acknowledge(ids: readonly string[]): number {
    return this.write(() => {
      const now = this.now();
      let changed = 0;
      for (const id of ids) changed += this.statements.acknowledge.run(now, id).changes;
      this.statements.prune.run(now - this.keepAcknowledgedMs);
      return changed;
    });
  }

  /** The backend refused these for now or did not answer in time: offer them again after the
   *  retry delay for their attempt count. Ids not in flight are ignored. */
  retry(ids: readonly string[]): void {
    this.write(() => {
      for (const id of ids) {
        const attempts = this.statements.attemptsOf.get(id);
        if (attempts !== undefined) this.statements.retry.run(this.now() + this.retryDelayMs(attempts), id);
      }
    });
  }

  /** The connection went before these were acknowledged: every message in flight is offered
   *  again at once (the wire failed, not the message). Returns how many. */
  returnInFlight(): number {
    return this.write(() => this.statements.returnInFlight.run(this.now()).changes);
  }

  stats(): OutboxStats {
    const by = new Map(this.statements.stats.all().map((r) => [r.state, r]));
    const open = [by.get('pending'), by.get('in-flight')].filter((r) => r !== undefined);
    return {
      pending: by.get('pending')?.n ?? 0,
      inFlight: by.get('in-flight')?.n ?? 0,
      acknowledged: by.get('acknowledged')?.n ?? 0,
      oldestUnacknowledgedAt: open.length === 0 ? null : Math.min(...open.map((r) => r.oldest!)),
      maxAttempts: Math.max(0, ...open.map((r) => r.attempts ?? 0)),
    };
  }

  close(): void {
    this.db.close();
  }

  // One IMMEDIATE transaction per call: one fsync, and a failure leaves nothing half written.
  // A full disk or an I/O error is E-OUTBOX-0006, so the caller knows the call did not happen.
  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (e) {
      if (e instanceof PosError) throw e;
      throw sqliteError('E-OUTBOX-0006', this.path, e);
    }
  }
}
