// The terminal's operator file: the operator table in use (from the backend, or the development
// set), each operator's failed sign-ins and lockout, and shift records (签到/签退). One SQLite
// file (WAL, synchronous FULL): a lockout or a shift that was recorded survives a power cut, so
// pulling the plug neither clears a lockout nor loses the start of a shift.
import { PosError } from '../errors/index.js';
import { checkDirectory, type OperatorAccount, type OperatorDirectory } from './operator-directory.js';
import type { Role } from './roles.js';
import { openSqliteFile, writeTransaction, type Db, type SqliteFileCodes } from './sqlite-file.js';

const SCHEMA_VERSION = 1;

// failures is keyed by id without a foreign key: a new table from the backend must not clear a
// lockout. The partial unique index makes a second open shift for one operator impossible.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS directory (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    version TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('backend', 'demo'))
  );
  CREATE TABLE IF NOT EXISTS operators (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('cashier', 'supervisor', 'administrator')),
    hash BLOB NOT NULL,
    salt BLOB NOT NULL,
    n INTEGER NOT NULL,
    r INTEGER NOT NULL,
    p INTEGER NOT NULL,
    active INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS bindings (
    operator_id TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    PRIMARY KEY (operator_id, terminal_id)
  );
  CREATE TABLE IF NOT EXISTS failures (
    operator_id TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    locked_until INTEGER
  );
  CREATE TABLE IF NOT EXISTS shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    operator_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER
  );
  CREATE UNIQUE INDEX IF NOT EXISTS one_open_shift ON shifts (operator_id) WHERE ended_at IS NULL;
`;

const CODES: SqliteFileCodes = { open: 'E-OPER-0001', damaged: 'E-OPER-0002', busy: 'E-OPER-0003', write: 'E-OPER-0004' };

/** What a new table changed, one entry per operator and fact: the audit log's permission changes. */
export type DirectoryChange =
  | { readonly kind: 'added'; readonly operatorId: string; readonly role: Role }
  | { readonly kind: 'removed'; readonly operatorId: string }
  | { readonly kind: 'role'; readonly operatorId: string; readonly from: Role; readonly to: Role }
  | { readonly kind: 'active'; readonly operatorId: string; readonly active: boolean }
  | { readonly kind: 'bindings'; readonly operatorId: string; readonly terminals: readonly string[] }
  | { readonly kind: 'password'; readonly operatorId: string };

export interface FailureState {
  /** Consecutive wrong passwords since the last sign-in or lockout end. */
  readonly failures: number;
  /** ms since the epoch; null when not locked out. */
  readonly lockedUntil: number | null;
}

export type OpenShift = { readonly kind: 'open'; readonly id: number; readonly operatorId: string; readonly startedAt: number };
export type ClosedShift = { readonly kind: 'closed'; readonly id: number; readonly operatorId: string; readonly startedAt: number; readonly endedAt: number };
export type ShiftRecord = OpenShift | ClosedShift;

interface OperatorRow {
  id: string;
  name: string;
  role: Role;
  hash: Buffer;
  salt: Buffer;
  n: number;
  r: number;
  p: number;
  active: number;
}

interface ShiftRow {
  id: number;
  operator_id: string;
  started_at: number;
  ended_at: number | null;
}

export class OperatorStore {
  private readonly statements;

  private constructor(
    private readonly db: Db,
    private readonly path: string,
  ) {
    this.statements = {
      directory: db.prepare<[], { version: string; source: 'backend' | 'demo' }>('SELECT version, source FROM directory'),
      setDirectory: db.prepare<[string, string]>('INSERT OR REPLACE INTO directory (one, version, source) VALUES (1, ?, ?)'),
      operator: db.prepare<[string], OperatorRow>('SELECT * FROM operators WHERE id = ?'),
      operators: db.prepare<[], OperatorRow>('SELECT * FROM operators ORDER BY id'),
      bindings: db.prepare<[string], string>('SELECT terminal_id FROM bindings WHERE operator_id = ? ORDER BY terminal_id').pluck(),
      clearOperators: db.prepare('DELETE FROM operators'),
      clearBindings: db.prepare('DELETE FROM bindings'),
      insertOperator: db.prepare<[string, string, Role, Buffer, Buffer, number, number, number, number]>(
        'INSERT INTO operators (id, name, role, hash, salt, n, r, p, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertBinding: db.prepare<[string, string]>('INSERT OR IGNORE INTO bindings (operator_id, terminal_id) VALUES (?, ?)'),
      failures: db.prepare<[string], { count: number; locked_until: number | null }>('SELECT count, locked_until FROM failures WHERE operator_id = ?'),
      setFailures: db.prepare<[string, number, number | null]>('INSERT OR REPLACE INTO failures (operator_id, count, locked_until) VALUES (?, ?, ?)'),
      clearFailures: db.prepare<[string]>('DELETE FROM failures WHERE operator_id = ?'),
      openShift: db.prepare<[string], ShiftRow>('SELECT * FROM shifts WHERE operator_id = ? AND ended_at IS NULL'),
      startShift: db.prepare<[string, number]>('INSERT INTO shifts (operator_id, started_at) VALUES (?, ?)'),
      endShift: db.prepare<[number, number]>('UPDATE shifts SET ended_at = ? WHERE id = ?'),
      shifts: db.prepare<[string], ShiftRow>('SELECT * FROM shifts WHERE operator_id = ? ORDER BY id'),
    };
  }

  /** Opens (creating when absent) the operator file at `path`: E-OPER-0001 when SQLite cannot,
   *  E-OPER-0002 when it is damaged (left untouched), E-OPER-0003 when another process has it. */
  static open(path: string): OperatorStore {
    return new OperatorStore(openSqliteFile(path, SCHEMA, SCHEMA_VERSION, CODES), path);
  }

  /** The table in use, or null before the first one (a fresh terminal). */
  directoryVersion(): { readonly version: bigint; readonly source: 'backend' | 'demo' } | null {
    const row = this.statements.directory.get();
    return row === undefined ? null : { version: BigInt(row.version), source: row.source };
  }

  /** Replaces the table in one transaction (checked first: E-OPER-0013 leaves the old one) and
   *  says what changed. Failed sign-ins, lockouts and shifts are kept. */
  replaceDirectory(directory: OperatorDirectory): DirectoryChange[] {
    checkDirectory(directory);
    return this.write(() => {
      const before = new Map(this.accounts().map((a) => [a.id, a]));
      this.statements.clearBindings.run();
      this.statements.clearOperators.run();
      for (const o of directory.operators) {
        const { hash, salt, params } = o.verifier;
        this.statements.insertOperator.run(o.id, o.name, o.role, Buffer.from(hash), Buffer.from(salt), params.N, params.r, params.p, o.active ? 1 : 0);
        for (const t of o.terminals) this.statements.insertBinding.run(o.id, t);
      }
      this.statements.setDirectory.run(directory.version.toString(), directory.source);
      return changesBetween(before, this.accounts());
    });
  }

  account(id: string): OperatorAccount | undefined {
    const row = this.statements.operator.get(id);
    return row === undefined ? undefined : this.toAccount(row);
  }

  accounts(): OperatorAccount[] {
    return this.statements.operators.all().map((r) => this.toAccount(r));
  }

  failureState(operatorId: string): FailureState {
    const row = this.statements.failures.get(operatorId);
    return row === undefined ? { failures: 0, lockedUntil: null } : { failures: row.count, lockedUntil: row.locked_until };
  }

  setFailureState(operatorId: string, state: FailureState): void {
    this.write(() => {
      if (state.failures === 0 && state.lockedUntil === null) this.statements.clearFailures.run(operatorId);
      else this.statements.setFailures.run(operatorId, state.failures, state.lockedUntil);
    });
  }

  /** 签到: starts a shift; E-OPER-0014 when this operator has one open. */
  startShift(operatorId: string, at: number): OpenShift {
    return this.write(() => {
      if (this.statements.openShift.get(operatorId) !== undefined) throw new PosError('E-OPER-0014', { operator: operatorId });
      const id = Number(this.statements.startShift.run(operatorId, at).lastInsertRowid);
      return { kind: 'open', id, operatorId, startedAt: at };
    });
  }

  /** 签退: ends the operator's open shift; E-OPER-0015 when there is none. */
  endShift(operatorId: string, at: number): ClosedShift {
    return this.write(() => {
      const open = this.statements.openShift.get(operatorId);
      if (open === undefined) throw new PosError('E-OPER-0015', { operator: operatorId });
      this.statements.endShift.run(at, open.id);
      return { kind: 'closed', id: open.id, operatorId, startedAt: open.started_at, endedAt: at };
    });
  }

  openShift(operatorId: string): ShiftRecord | null {
    const row = this.statements.openShift.get(operatorId);
    return row === undefined ? null : toShift(row);
  }

  /** Every shift of the operator on this terminal, oldest first. */
  shifts(operatorId: string): ShiftRecord[] {
    return this.statements.shifts.all(operatorId).map(toShift);
  }

  /** Runs `work` as one write of this file: the store's calls inside it are savepoints of its
   *  transaction, and a throw anywhere in it leaves the file as it was (see recorded() in
   *  operator-credentials.ts, which writes the audit entries inside it). */
  atomically<T>(work: () => T): T {
    return this.write(work);
  }

  close(): void {
    this.db.close();
  }

  private toAccount(r: OperatorRow): OperatorAccount {
    return {
      id: r.id,
      name: r.name,
      role: r.role,
      verifier: { hash: new Uint8Array(r.hash), salt: new Uint8Array(r.salt), params: { N: r.n, r: r.r, p: r.p, keyLength: r.hash.length } },
      active: r.active === 1,
      terminals: this.statements.bindings.all(r.id),
    };
  }

  private write<T>(work: () => T): T {
    return writeTransaction(this.db, this.path, CODES, work);
  }
}

function toShift(r: ShiftRow): ShiftRecord {
  const base = { id: r.id, operatorId: r.operator_id, startedAt: r.started_at };
  return r.ended_at === null ? { kind: 'open', ...base } : { kind: 'closed', ...base, endedAt: r.ended_at };
}

function changesBetween(before: ReadonlyMap<string, OperatorAccount>, after: readonly OperatorAccount[]): DirectoryChange[] {
  const changes: DirectoryChange[] = [];
  const kept = new Set<string>();
  for (const a of after) {
    kept.add(a.id);
    const b = before.get(a.id);
    if (b === undefined) {
      changes.push({ kind: 'added', operatorId: a.id, role: a.role });
      if (!a.active) changes.push({ kind: 'active', operatorId: a.id, active: false });
      if (a.terminals.length > 0) changes.push({ kind: 'bindings', operatorId: a.id, terminals: a.terminals });
      continue;
    }
    if (b.role !== a.role) changes.push({ kind: 'role', operatorId: a.id, from: b.role, to: a.role });
    if (b.active !== a.active) changes.push({ kind: 'active', operatorId: a.id, active: a.active });
    if (b.terminals.join('\n') !== a.terminals.join('\n')) changes.push({ kind: 'bindings', operatorId: a.id, terminals: a.terminals });
    if (!Buffer.from(b.verifier.hash).equals(a.verifier.hash) || !Buffer.from(b.verifier.salt).equals(a.verifier.salt)) {
      changes.push({ kind: 'password', operatorId: a.id });
    }
  }
  for (const id of before.keys()) if (!kept.has(id)) changes.push({ kind: 'removed', operatorId: id });
  return changes;
}
