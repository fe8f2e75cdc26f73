// The fleet store: the same repository over PostgreSQL (node-postgres, a pool), for a backend
// that outgrows one SQLite file or runs beside others on one database. Same semantics as the
// SQLite store: every write resolves once committed at the server's synchronous_commit (on, so
// on disk), except a heartbeat's status row, committed with synchronous_commit off because the
// next heartbeat replaces it; ids are primary keys, so a message delivered twice is kept once.
// A failure of the server or of the connection is E-BACKEND-0010 naming the server, never the
// password.
import { PostgresAccess, type PostgresOptions } from './postgres-access.js';
import { AUDIT_SCHEMA, PostgresAuditStore } from './postgres-audit-store.js';
import { AUTHORISATION_SCHEMA, PostgresAuthorisationStore } from './postgres-authorisation-store.js';
import { COMMAND_SCHEMA, PostgresCommandStore } from './postgres-command-store.js';
import { PARAMETER_SCHEMA, PostgresParameterStore } from './postgres-parameter-store.js';
import { PostgresSettlementStore, SETTLEMENT_SCHEMA } from './postgres-settlement-store.js';
import { PostgresQrPaymentStore, QR_PAYMENT_SCHEMA } from './postgres-qr-payment-store.js';
import { createSchema, LOCK } from './postgres-schema.js';
import { sha256, toStatus, toTerminal, toTransaction, type StatusRow, type TerminalRow, type TransactionRow } from './store-rows.js';
import type { Alert, AlertKind, BackendRepository, BatchTotal, EnrolledTerminal, EnrolOutcome, FleetEntry, HeartbeatReport, NewTerminal, ReceivedKind, ReceivedMessage, StoredTransaction, TerminalStatus } from './repository.js';

export class PostgresRepository implements BackendRepository {
  readonly commands: PostgresCommandStore;
  readonly parameters: PostgresParameterStore;
  readonly settlements: PostgresSettlementStore;
  readonly authorisations: PostgresAuthorisationStore;
  readonly audit: PostgresAuditStore;
  readonly qrPayments: PostgresQrPaymentStore;

  private constructor(private readonly db: PostgresAccess) {
    this.commands = new PostgresCommandStore(db);
    this.parameters = new PostgresParameterStore(db);
    this.settlements = new PostgresSettlementStore(db);
    this.authorisations = new PostgresAuthorisationStore(db);
    this.audit = new PostgresAuditStore(db);
    this.qrPayments = new PostgresQrPaymentStore(db);
  }

  /** Connects to `url` (postgres://user[:password]@host[:port]/database), creates the tables
   *  that are missing, and resolves once the store is usable; E-BACKEND-0010 when it is not. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresRepository> {
    const db = new PostgresAccess(url, options);
    try {
      await createSchema(db, [COMMAND_SCHEMA, PARAMETER_SCHEMA, SETTLEMENT_SCHEMA, AUTHORISATION_SCHEMA, QR_PAYMENT_SCHEMA, AUDIT_SCHEMA]);
    } catch (e) {
      await db.close().catch(() => undefined);
      throw e;
    }
    return new PostgresRepository(db);
  }

  async addProvisioningToken(token: string, now: number): Promise<void> {
    await this.db.query('INSERT INTO provisioning_tokens (token_sha256, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [sha256(token), now]);
  }

  /** The token's row is locked (FOR UPDATE) for the transaction: a second enrolment with the
   *  same token waits for the first to commit and then reads it used. Terminal ids count the
   *  terminals, so the table is locked against other enrolments until the count is written. */
  async enrol(token: string, terminal: NewTerminal, now: number): Promise<EnrolOutcome> {
    return this.db.transaction(async (c) => {
      const rows = (await c.query<{ used_at: bigint | null }>('SELECT used_at FROM provisioning_tokens WHERE token_sha256 = $1 FOR UPDATE', [sha256(token)])).rows;
      if (rows[0] === undefined) return { outcome: 'token-unknown' };
      if (rows[0].used_at !== null) return { outcome: 'token-used' };
      await c.query('UPDATE provisioning_tokens SET used_at = $1, used_by = $2 WHERE token_sha256 = $3', [now, terminal.serial, sha256(token)]);
      await c.query('LOCK TABLE terminals IN SHARE ROW EXCLUSIVE MODE');
      // A terminal id stays with its serial across re-provisioning; new ones count up.
      const existing = (await c.query<{ terminal_id: string }>('SELECT terminal_id FROM terminals WHERE serial = $1', [terminal.serial])).rows[0];
      const count = (await c.query<{ n: bigint }>('SELECT count(*) AS n FROM terminals')).rows[0]!.n;
      const terminalId = existing?.terminal_id ?? `T${String(count + 1n).padStart(7, '0')}`;
      const row = (
        await c.query<TerminalRow>(
          `INSERT INTO terminals (serial, model, firmware_version, capabilities, public_key, terminal_id, merchant_id, enrolled_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (serial) DO UPDATE SET model = excluded.model,
           firmware_version = excluded.firmware_version, capabilities = excluded.capabilities,
           public_key = excluded.public_key, enrolled_at = excluded.enrolled_at RETURNING *`,
          [terminal.serial, terminal.model, terminal.firmwareVersion, JSON.stringify(terminal.capabilities), Buffer.from(terminal.publicKey), terminalId, terminal.merchantId, now],
        )
      ).rows[0]!;
      return { outcome: 'enrolled', terminal: toTerminal(row) };
    });
  }

  async recordFirmwareVersion(serial: string, version: string): Promise<void> {
    await this.db.query('UPDATE terminals SET firmware_version = $1 WHERE serial = $2 AND firmware_version <> $1', [version, serial]);
  }

  async terminal(serial: string): Promise<EnrolledTerminal | undefined> {
    const row = (await this.db.query<TerminalRow>('SELECT * FROM terminals WHERE serial = $1', [serial])).rows[0];
    return row && toTerminal(row);
  }

  /** A status row is replaced by the terminal's next heartbeat a second later, so its commit
   *  does not wait for the WAL flush: synchronous_commit off for this one transaction, set by
   *  set_config(…, is_local) inside the statement itself, so the heartbeat is one round trip in
   *  autocommit (BEGIN, SET LOCAL, the upsert and COMMIT were three, and bench/fleet's pool fell
   *  behind) and the connection goes back to the pool at the server's setting. A server crash
   *  may lose the last statuses, never an acknowledged upload: the WAL is written in order, so
   *  the next synchronous commit flushes these records with it. */
  async recordHeartbeat(serial: string, report: HeartbeatReport, now: number): Promise<void> {
    await this.db.query(
      `WITH asynchronous AS (SELECT set_config('synchronous_commit', 'off', true))
       INSERT INTO terminal_status (serial, last_seen_at, uptime_s, paper, devices, approvals, declines, errors, outbox_depth, heartbeats)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, 1 FROM asynchronous ON CONFLICT (serial) DO UPDATE SET last_seen_at = excluded.last_seen_at,
       uptime_s = excluded.uptime_s, paper = excluded.paper, devices = excluded.devices, approvals = excluded.approvals,
       declines = excluded.declines, errors = excluded.errors, outbox_depth = excluded.outbox_depth,
       heartbeats = terminal_status.heartbeats + 1`,
      [serial, now, report.uptimeS, report.paper, JSON.stringify(report.devices), report.approvals, report.declines, report.errors, report.outboxDepth],
    );
  }

  async statuses(): Promise<TerminalStatus[]> {
    return (await this.db.query<StatusRow>('SELECT * FROM terminal_status ORDER BY serial')).rows.map(toStatus);
  }

  async storeTransaction(t: StoredTransaction): Promise<'stored' | 'duplicate'> {
    const inserted = await this.db.query(
      `INSERT INTO transactions (transaction_id, serial, batch_number, status, amount_minor, currency, scheme, masked_pan, record, received_at, approver_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (transaction_id) DO NOTHING`,
      [t.transactionId, t.serial, t.batchNumber, t.status, t.amountMinor.toString(), t.currency, t.scheme, t.maskedPan, Buffer.from(t.record), t.receivedAt, t.approverId],
    );
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async storeReceived(kind: ReceivedKind, id: string, serial: string, body: Uint8Array, now: number): Promise<'stored' | 'duplicate'> {
    const inserted = await this.db.query('INSERT INTO received (kind, id, serial, body, received_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [kind, id, serial, Buffer.from(body), now]);
    return inserted.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async raiseAlert(serial: string, kind: AlertKind, now: number): Promise<boolean> {
    return (await this.db.query('INSERT INTO alerts (serial, kind, raised_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [serial, kind, now])).rowCount === 1;
  }

  async clearAlert(serial: string, kind: AlertKind, now: number): Promise<boolean> {
    return (await this.db.query('UPDATE alerts SET cleared_at = $1 WHERE serial = $2 AND kind = $3 AND cleared_at IS NULL', [now, serial, kind])).rowCount === 1;
  }

  async fleet(): Promise<FleetEntry[]> {
    const [alerts, statuses, terminals] = await Promise.all([
      this.db.query<{ serial: string; kind: AlertKind }>('SELECT serial, kind FROM alerts WHERE cleared_at IS NULL ORDER BY kind'),
      this.statuses(),
      this.db.query<TerminalRow>('SELECT * FROM terminals ORDER BY serial'),
    ]);
    const open = new Map<string, AlertKind[]>();
    for (const a of alerts.rows) open.set(a.serial, [...(open.get(a.serial) ?? []), a.kind]);
    const status = new Map(statuses.map((s) => [s.serial, s]));
    return terminals.rows.map((r) => ({ terminal: toTerminal(r), status: status.get(r.serial), openAlerts: open.get(r.serial) ?? [] }));
  }

  async alerts(limit: number, serial?: string): Promise<Alert[]> {
    const rows = (
      await this.db.query<{ serial: string; kind: AlertKind; raised_at: bigint; cleared_at: bigint | null }>(
        'SELECT serial, kind, raised_at, cleared_at FROM alerts WHERE ($1::text IS NULL OR serial = $1) ORDER BY cleared_at IS NOT NULL, raised_at DESC, seq DESC LIMIT $2',
        [serial ?? null, limit],
      )
    ).rows;
    return rows.map((r) => ({ serial: r.serial, kind: r.kind, raisedAt: Number(r.raised_at), clearedAt: r.cleared_at === null ? null : Number(r.cleared_at) }));
  }

  async recentTransactions(serial: string, limit: number): Promise<StoredTransaction[]> {
    return (await this.db.query<TransactionRow>('SELECT * FROM transactions WHERE serial = $1 ORDER BY received_at DESC, seq DESC LIMIT $2', [serial, limit])).rows.map(toTransaction);
  }

  async recentReceived(kind: ReceivedKind, serial: string, limit: number): Promise<ReceivedMessage[]> {
    const rows = (await this.db.query<{ id: string; body: Buffer; received_at: bigint }>('SELECT id, body, received_at FROM received WHERE kind = $1 AND serial = $2 ORDER BY received_at DESC, seq DESC LIMIT $3', [kind, serial, limit])).rows;
    return rows.map((r) => ({ id: r.id, body: new Uint8Array(r.body), receivedAt: Number(r.received_at) }));
  }

  async batchTotals(serial: string): Promise<BatchTotal[]> {
    // sum() over bigint is numeric: exact however many amounts it adds, read back as BigInt.
    const rows = (
      await this.db.query<{ batch_number: bigint; currency: string; status: string; count: bigint; amount_minor: bigint }>(
        `SELECT batch_number, currency, status, count(*) AS count, sum(amount_minor) AS amount_minor
         FROM transactions WHERE serial = $1 GROUP BY batch_number, currency, status ORDER BY batch_number DESC, currency, status`,
        [serial],
      )
    ).rows;
    return rows.map((r) => ({ batchNumber: Number(r.batch_number), currency: r.currency, status: r.status, count: Number(r.count), amountMinor: r.amount_minor }));
  }

  /** Under an advisory lock, so that of two backends (or two calls) asking at once, one makes
   *  the seed and the other reads it: `make` runs once per store. */
  async signingSeed(make: () => Uint8Array): Promise<Uint8Array> {
    return this.db.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.signingSeed.toString()]);
      const row = (await c.query<{ value: Buffer }>("SELECT value FROM settings WHERE name = 'signing-seed'")).rows[0];
      if (row !== undefined) return new Uint8Array(row.value);
      const seed = make();
      await c.query("INSERT INTO settings (name, value) VALUES ('signing-seed', $1)", [Buffer.from(seed)]);
      return seed;
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
