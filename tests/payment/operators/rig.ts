// A terminal's operator side on real SQLite files in a temporary directory: the operator store,
// the audit log sealed with a fixed Ed25519 key, and the session over them, with a clock the
// test moves. The two outbox ports collect what they are handed (the boundary the composition
// root implements; tests/boot/operator-channel.test.ts runs the real outbox behind it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ed25519KeyPairFromSeed } from '../../../src/security/index.js';
import type { AuditEntry } from '../../../src/payment/audit-entry.js';
import { AuditLog } from '../../../src/payment/audit-log.js';
import { ed25519AuditSeal } from '../../../src/payment/audit-seal.js';
import { DEFAULT_SIGN_IN_POLICY, type SignInPolicy } from '../../../src/payment/operator-credentials.js';
import type { OperatorAccount, OperatorDirectory } from '../../../src/payment/operator-directory.js';
import type { OperatorEvent } from '../../../src/payment/operator-events.js';
import { OperatorSession } from '../../../src/payment/operator-session.js';
import { OperatorStore } from '../../../src/payment/operator-store.js';
import { makeVerifier, type ScryptParams } from '../../../src/payment/password-hash.js';
import type { Role } from '../../../src/payment/roles.js';

export const TERMINAL_ID = 'T0000001';
export const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

/** Cheaper than the contract's N = 16384 so a test can sign in dozens of times; the contract's
 *  parameters are exercised in password-hash.test.ts and by the unknown-id path. */
export const TEST_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1, keyLength: 32 };

export const seal = ed25519AuditSeal(ed25519KeyPairFromSeed(new Uint8Array(32).fill(0x5a)).secretKey);

export async function account(id: string, role: Role, password: string, terminals: readonly string[] = [TERMINAL_ID], active = true): Promise<OperatorAccount> {
  return { id, name: `${role} ${id}`, role, verifier: await makeVerifier(password, TEST_SCRYPT), active, terminals };
}

/** 0001 administrator, 0002 supervisor, 0003 cashier bound here; 0004 a cashier bound to
 *  another terminal; 0005 a suspended cashier. Password: 'pw' + id. */
export async function testDirectory(version = 1n): Promise<OperatorDirectory> {
  return {
    version,
    source: 'backend',
    operators: [
      await account('0001', 'administrator', 'pw0001'),
      await account('0002', 'supervisor', 'pw0002'),
      await account('0003', 'cashier', 'pw0003'),
      await account('0004', 'cashier', 'pw0004', ['T0000099']),
      await account('0005', 'cashier', 'pw0005', [TERMINAL_ID], false),
    ],
  };
}

export class Rig {
  clock = T0;
  readonly events: OperatorEvent[] = [];
  readonly uploaded: AuditEntry[] = [];
  store!: OperatorStore;
  audit!: AuditLog;
  session!: OperatorSession;
  private nextId = 0;

  /** `dir`: an existing data directory (the crash test's, written by a killed process). */
  constructor(
    private readonly policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY,
    readonly dir = mkdtempSync(join(tmpdir(), 'posrt-operators-')),
  ) {
    this.open();
  }

  get storePath(): string {
    return join(this.dir, 'operators.db');
  }

  get auditPath(): string {
    return join(this.dir, 'audit.db');
  }

  /** Opens the files as a terminal starting up does (a fresh session: nobody signed in). */
  open(): void {
    this.openStore();
    this.openAudit();
    const rig = this;
    this.session = new OperatorSession({
      // Through the rig, so editFile can put a file edited by hand under a live session.
      get store() {
        return rig.store;
      },
      get audit() {
        return rig.audit;
      },
      events: { operatorEvent: (e) => void this.events.push(e) },
      terminalId: TERMINAL_ID,
      policy: this.policy,
      now: () => this.clock,
      newEventId: () => `00000000-0000-4000-8000-${String(++this.nextId).padStart(12, '0')}`,
    });
  }

  /** Closes one file, runs `sql` on it as someone with the file in hand would, and opens it
   *  again under the same session (who is signed in stays). */
  editFile(file: 'store' | 'audit', sql: string): void {
    (file === 'store' ? this.store : this.audit).close();
    const db = new Database(file === 'store' ? this.storePath : this.auditPath);
    db.exec(sql);
    db.close();
    if (file === 'store') this.openStore();
    else this.openAudit();
  }

  private openStore(): void {
    this.store = OperatorStore.open(this.storePath);
  }

  private openAudit(): void {
    this.audit = AuditLog.open(this.auditPath, { seal, now: () => this.clock, upload: { uploadAuditEntry: (e) => void this.uploaded.push(e) } });
  }

  closeFiles(): void {
    this.store.close();
    this.audit.close();
  }

  reopen(): void {
    this.closeFiles();
    this.open();
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  dispose(): void {
    this.closeFiles();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
