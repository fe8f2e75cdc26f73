// The embedded store: one SQLite file (better-sqlite3), WAL with synchronous FULL so that what
// the backend acknowledged survives a power cut, and a transaction id's primary key is what
// makes an upload delivered twice count once.
import Database from 'better-sqlite3';
import { PosError } from '../errors/index.js';
import { SqliteAuditStore } from './sqlite-audit-store.js';
import { SqliteAuthorisationStore } from './sqlite-authorisation-store.js';
import { SqliteCommandStore } from './sqlite-command-store.js';
import { SqliteParameterStore } from './sqlite-parameter-store.js';
import { SqliteQrPaymentStore } from './sqlite-qr-payment-store.js';
import { SqliteSettlementStore } from './sqlite-settlement-store.js';
import { sha256, toStatus, toTerminal, toTransaction, type StatusRow, type TerminalRow, type TransactionRow } from './store-rows.js';
import type { Alert, AlertKind, BackendRepository, BatchTotal, FleetEntry, ReceivedMessage, EnrolOutcome, EnrolledTerminal, HeartbeatReport, NewTerminal, ReceivedKind, StoredTransaction, TerminalStatus } from './repository.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS provisioning_tokens (
    token_sha256 BLOB PRIMARY KEY, created_at INTEGER NOT NULL, used_at INTEGER, used_by TEXT);
  CREATE TABLE IF NOT EXISTS terminals (
    serial TEXT PRIMARY KEY, model TEXT NOT NULL, firmware_version TEXT NOT NULL,
    capabilities TEXT NOT NULL, public_key BLOB NOT NULL, terminal_id TEXT NOT NULL UNIQUE,
    merchant_id TEXT NOT NULL, enrolled_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS terminal_status (
    serial TEXT PRIMARY KEY REFERENCES terminals (serial), last_seen_at INTEGER NOT NULL,
    uptime_s INTEGER NOT NULL, paper TEXT NOT NULL, devices TEXT NOT NULL, approvals INTEGER NOT NULL,
    declines INTEGER NOT NULL, errors INTEGER NOT NULL, outbox_depth INTEGER NOT NULL,
    heartbeats INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS transactions (
    transaction_id TEXT PRIMARY KEY, serial TEXT NOT NULL, batch_number INTEGER NOT NULL,
    status TEXT NOT NULL, amount_minor TEXT NOT NULL, currency TEXT NOT NULL, scheme TEXT NOT NULL,
    masked_pan TEXT NOT NULL, record BLOB NOT NULL, received_at INTEGER NOT NULL, approver_id TEXT);
  CREATE TABLE IF NOT EXISTS alerts (
    serial TEXT NOT NULL, kind TEXT NOT NULL, raised_at INTEGER NOT NULL, cleared_at INTEGER);
  CREATE UNIQUE INDEX IF NOT EXISTS alerts_open ON alerts (serial, kind) WHERE cleared_at IS NULL;
  CREATE TABLE IF NOT EXISTS received (
    kind TEXT NOT NULL, id TEXT NOT NULL, serial TEXT NOT NULL, body BLOB NOT NULL,
    received_at INTEGER NOT NULL, PRIMARY KEY (kind, id));
  CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value BLOB NOT NULL);
`;

/** Columns added to a table after stores were made with it: CREATE TABLE IF NOT EXISTS leaves an
 *  existing table as it was, so each is added at the table's end when missing (NULL in the rows
 *  before). SQLite has no ADD COLUMN IF NOT EXISTS, hence the look at table_info first. */
const ADDED_COLUMNS = [{ table: 'transactions', column: 'approver_id', type: 'TEXT' }] as const;

function addMissingColumns(db: Database.Database): void {
  for (const { table, column, type } of ADDED_COLUMNS) {
    const columns = db.pragma(`table_info(${table})`) as { name: string }[];
    if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}

export class SqliteRepository implements BackendRepository {
  /** Each SQL text compiled once: every heartbeat and upload runs the same few statements, and
   *  better-sqlite3's prepare compiles anew on every call. Each text is always used in one mode
   *  (pluck, safeIntegers), which a statement keeps once set. */
  private readonly statements = new Map<string, Database.Statement>();
  readonly commands: SqliteCommandStore;
  readonly parameters: SqliteParameterStore;
  readonly settlements: SqliteSettlementStore;
  readonly authorisations: SqliteAuthorisationStore;
  readonly audit: SqliteAuditStore;
  readonly qrPayments: SqliteQrPaymentStore;

  private constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {
    const access = { prepare: this.prepare.bind(this), write: this.write.bind(this) };
    this.commands = new SqliteCommandStore(db, access);
    this.parameters = new SqliteParameterStore(db, access);
    this.settlements = new SqliteSettlementStore(db, access);
    this.authorisations = new SqliteAuthorisationStore(db, access);
    this.audit = new SqliteAuditStore(db, access);
    this.qrPayments = new SqliteQrPaymentStore(db, access);
  }

  /** Opens (creating when absent) the store at `path`; E-BACKEND-0010 when SQLite cannot. */
  static open(path: string): SqliteRepository {
    try {
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(SCHEMA);
      addMissingColumns(db);
      return new SqliteRepository(db, path);
    } catch (e) {
      throw new PosError('E-BACKEND-0010', { path, sqlite: e instanceof Error ? e.message : String(e) }, { cause: e });
    }
  }

  async addProvisioningToken(token: string, now: number): Promise<void> {
    this.write(() => this.prepare('INSERT INTO provisioning_tokens (token_sha256, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(sha256(token), now));
  }

  async enrol(token: string, terminal: NewTerminal, now: number): Promise<EnrolOutcome> {
    return this.write(() => {
      const row = this.prepare<[Buffer], { used_at: number | null }>('SELECT used_at FROM provisioning_tokens WHERE token_sha256 = ?').get(sha256(token));
      if (row === undefined) return { outcome: 'token-unknown' };
      if (row.used_at !== null) return { outcome: 'token-used' };
      this.prepare('UPDATE provisioning_tokens SET used_at = ?, used_by = ? WHERE token_sha256 = ?').run(now, terminal.serial, sha256(token));
      const existing = this.terminalNow(terminal.serial);
      // A terminal id stays with its serial across re-provisioning; new ones count up.
      const terminalId = existing?.terminalId ?? this.nextTerminalId();
      this
        .prepare(
          `INSERT INTO terminals (serial, model, firmware_version, capabilities, public_key, terminal_id, merchant_id, enrolled_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (serial) DO UPDATE SET model = excluded.model,
           firmware_version = excluded.firmware_version, capabilities = excluded.capabilities,
           public_key = excluded.public_key, enrolled_at = excluded.enrolled_at`,
        )
        .run(terminal.serial, terminal.model, terminal.firmwareVersion, JSON.stringify(terminal.capabilities), Buffer.from(terminal.publicKey), terminalId, terminal.merchantId, now);
      return { outcome: 'enrolled', terminal: this.terminalNow(terminal.serial)! };
    });
  }

  private nextTerminalId(): string {
    const n = this.prepare<[], number>('SELECT count(*) FROM terminals').pluck().get()!;
    return `T${String(n + 1).padStart(7, '0')}`;
  }

  async terminal(serial: string): Promise<EnrolledTerminal | undefined> {
    return this.terminalNow(serial);
  }

  async recordFirmwareVersion(serial: string, version: string): Promise<void> {
    this.write(() => this.prepare('UPDATE terminals SET firmware_version = ? WHERE serial = ? AND firmware_version <> ?').run(version, serial, version));
  }

  private terminalNow(serial: string): EnrolledTerminal | undefined {
    const row = this.prepare<[string], TerminalRow>('SELECT * FROM terminals WHERE serial = ?').get(serial);
    return row && toTerminal(row);
  }

  /** A status row is replaced by the terminal's next heartbeat a second later, so its commit
   *  does not wait for the disk: synchronous NORMAL for this one transaction. In WAL mode the
   *  store stays consistent; a power cut may lose the last statuses (the offline sweep then sees
   *  an older last_seen_at), never an acknowledged upload, whose FULL commit syncs the WAL and
   *  these frames with it. At synchronous FULL, 2,000 terminals meant 2,000 fsyncs a second and
   *  the backend fell behind (bench/fleet). */
  async recordHeartbeat(serial: string, report: HeartbeatReport, now: number): Promise<void> {
    this.prepare('PRAGMA synchronous = NORMAL').run();
    try {
      this.upsertStatus(serial, report, now);
    } finally {
      this.prepare('PRAGMA synchronous = FULL').run();
    }
  }

  private upsertStatus(serial: string, report: HeartbeatReport, now: number): void {
    this.write(() =>
      this
        .prepare(
          `INSERT INTO terminal_status (serial, last_seen_at, uptime_s, paper, devices, approvals, declines, errors, outbox_depth, heartbeats)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (serial) DO UPDATE SET last_seen_at = excluded.last_seen_at,
           uptime_s = excluded.uptime_s, paper = excluded.paper, devices = excluded.devices, approvals = excluded.approvals,
           declines = excluded.declines, errors = excluded.errors, outbox_depth = excluded.outbox_depth,
           heartbeats = terminal_status.heartbeats + 1`,
        )
        .run(serial, now, report.uptimeS, report.paper, JSON.stringify(report.devices), report.approvals, report.declines, report.errors, report.outboxDepth),
    );
  }

  async statuses(): Promise<TerminalStatus[]> {
    return this.statusesNow();
  }

  private statusesNow(): TerminalStatus[] {
    return this.prepare<[], StatusRow>('SELECT * FROM terminal_status ORDER BY serial').all().map(toStatus);
  }

  async storeTransaction(t: StoredTransaction): Promise<'stored' | 'duplicate'> {
    return this.write(() => {
      const inserted = this
        .prepare(
          `INSERT INTO transactions (transaction_id, serial, batch_number, status, amount_minor, currency, scheme, masked_pan, record, received_at, approver_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (transaction_id) DO NOTHING`,
        )
        .run(t.transactionId, t.serial, t.batchNumber, t.status, t.amountMinor.toString(), t.currency, t.scheme, t.maskedPan, Buffer.from(t.record), t.receivedAt, t.approverId);
      return inserted.changes === 1 ? 'stored' : 'duplicate';
    });
  }

  async storeReceived(kind: ReceivedKind, id: string, serial: string, body: Uint8Array, now: number): Promise<'stored' | 'duplicate'> {
    return this.write(() =>
      this.prepare('INSERT INTO received (kind, id, serial, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(kind, id, serial, Buffer.from(body), now).changes === 1
        ? 'stored'
        : 'duplicate',
    );
  }

  async raiseAlert(serial: string, kind: AlertKind, now: number): Promise<boolean> {
    return this.write(() => this.prepare('INSERT INTO alerts (serial, kind, raised_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(serial, kind, now).changes === 1);
  }

  async clearAlert(serial: string, kind: AlertKind, now: number): Promise<boolean> {
    return this.write(() => this.prepare('UPDATE alerts SET cleared_at = ? WHERE serial = ? AND kind = ? AND cleared_at IS NULL').run(now, serial, kind).changes === 1);
  }

  async fleet(): Promise<FleetEntry[]> {
    const open = new Map<string, AlertKind[]>();
    for (const a of this.prepare<[], { serial: string; kind: AlertKind }>('SELECT serial, kind FROM alerts WHERE cleared_at IS NULL ORDER BY kind').all()) {
      open.set(a.serial, [...(open.get(a.serial) ?? []), a.kind]);
    }
    const statuses = new Map(this.statusesNow().map((s) => [s.serial, s]));
    return this
      .prepare<[], TerminalRow>('SELECT * FROM terminals ORDER BY serial')
      .all()
      .map((r) => ({ terminal: toTerminal(r), status: statuses.get(r.serial), openAlerts: open.get(r.serial) ?? [] }));
  }

  async alerts(limit: number, serial?: string): Promise<Alert[]> {
    return this
      .prepare<[string | null, string | null, number], { serial: string; kind: AlertKind; raised_at: number; cleared_at: number | null }>(
        'SELECT serial, kind, raised_at, cleared_at FROM alerts WHERE (? IS NULL OR serial = ?) ORDER BY cleared_at IS NOT NULL, raised_at DESC, rowid DESC LIMIT ?',
      )
      .all(serial ?? null, serial ?? null, limit)
      .map((r) => ({ serial: r.serial, kind: r.kind, raisedAt: r.raised_at, clearedAt: r.cleared_at }));
  }

  async recentTransactions(serial: string, limit: number): Promise<StoredTransaction[]> {
    return this
      .prepare<[string, number], TransactionRow>('SELECT * FROM transactions WHERE serial = ? ORDER BY received_at DESC, rowid DESC LIMIT ?')
      .all(serial, limit)
      .map(toTransaction);
  }

  async recentReceived(kind: ReceivedKind, serial: string, limit: number): Promise<ReceivedMessage[]> {
    return this
      .prepare<[ReceivedKind, string, number], { id: string; body: Buffer; received_at: number }>(
        'SELECT id, body, received_at FROM received WHERE kind = ? AND serial = ? ORDER BY received_at DESC, rowid DESC LIMIT ?',
      )
      .all(kind, serial, limit)
      .map((r) => ({ id: r.id, body: new Uint8Array(r.body), receivedAt: r.received_at }));
  }

  async batchTotals(serial: string): Promise<BatchTotal[]> {
    // Amounts are kept as decimal text so that no bigint is rounded; summed as 64-bit integers
    // read back as BigInt (safeIntegers), which is what a minor-unit amount fits in.
    return this
      .prepare<[string], { batch_number: bigint; currency: string; status: string; count: bigint; amount_minor: bigint }>(
        `SELECT batch_number, currency, status, count(*) AS count, sum(CAST(amount_minor AS INTEGER)) AS amount_minor
         FROM transactions WHERE serial = ? GROUP BY batch_number, currency, status ORDER BY batch_number DESC, currency, status`,
      )
      .safeIntegers()
      .all(serial)
      .map((r) => ({ batchNumber: Number(r.batch_number), currency: r.currency, status: r.status, count: Number(r.count), amountMinor: r.amount_minor }));
  }

  async signingSeed(make: () => Uint8Array): Promise<Uint8Array> {
    return this.write(() => {
      const row = this.prepare<[], Buffer>("SELECT value FROM settings WHERE name = 'signing-seed'").pluck().get();
      if (row !== undefined) return new Uint8Array(row);
      const seed = make();
      this.prepare("INSERT INTO settings (name, value) VALUES ('signing-seed', ?)").run(Buffer.from(seed));
      return seed;
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (e) {
      if (e instanceof PosError) throw e;
      throw new PosError('E-BACKEND-0010', { path: this.path, sqlite: e instanceof Error ? e.message : String(e) }, { cause: e });
    }
  }
}
