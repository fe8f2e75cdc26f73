// Checking an operator id and password, for a sign-in or a supervisor's approval on the spot:
// the lockout after repeated wrong passwords, suspended operators, and the operator–terminal
// binding. Every refusal is recorded in the audit log and told to the backend before it is
// thrown. The password is checked before anything else is said about the operator, so typing
// ids at the keypad tells nobody which ids exist, which are suspended or where they are bound.
import { isPosError, PosError, type ErrorCode } from '../errors/index.js';
import { auditTime, type AuditEntry, type AuditRecord } from './audit-entry.js';
import type { AuditLog } from './audit-log.js';
import { checkOperatorId, type OperatorAccount } from './operator-directory.js';
import type { OperatorEventKind, OperatorEventPort } from './operator-events.js';
import type { FailureState, OperatorStore } from './operator-store.js';
import { OPERATOR_SCRYPT, passwordMatches, type PasswordVerifier } from './password-hash.js';

export interface SignInPolicy {
  /** Consecutive wrong passwords that lock an operator out. */
  readonly maxFailures: number;
  readonly lockoutMs: number;
  /** No activity for this long signs the operator out. */
  readonly idleMs: number;
}

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = { maxFailures: 5, lockoutMs: 15 * 60_000, idleMs: 5 * 60_000 };

export interface OperatorContext {
  readonly store: OperatorStore;
  readonly audit: AuditLog;
  readonly events: OperatorEventPort;
  /** This terminal's Terminal Identification (9F1C): operators must be bound to it. */
  readonly terminalId: string;
  readonly policy: SignInPolicy;
  /** Wall clock, ms since the epoch. */
  readonly now: () => number;
  /** A UUID per operator event. */
  readonly newEventId: () => string;
  /** The event port refused an event (the outbox's disk full). The audit entry holds it; the
   *  sign-in, sign-out or refusal it reports goes ahead as recorded there. */
  readonly onEventFault?: (error: PosError) => void;
}

export type CredentialPurpose = 'sign-in' | 'approval';

// An unknown id is hashed against this, so it takes as long to refuse as a wrong password.
const NOBODY: PasswordVerifier = { hash: new Uint8Array(OPERATOR_SCRYPT.keyLength), salt: new Uint8Array(16), params: OPERATOR_SCRYPT };

const CLEARED: FailureState = { failures: 0, lockedUntil: null };

/** What a right password leads to: the account, and the entries `accepted` asked for. */
export interface Accepted {
  readonly account: OperatorAccount;
  readonly entries: readonly AuditEntry[];
}

/**
 * Checks `password` for `id`. When it is right and the operator may work here, the count of
 * wrong passwords is cleared and `accepted(account)`'s entries written, both or neither (see
 * recorded()); otherwise throws E-OPER-0016 (id malformed), E-OPER-0005 (unknown id or wrong
 * password), E-OPER-0006 (locked out, or this wrong password locked them out), E-OPER-0008
 * (suspended), E-OPER-0007 (not bound to this terminal), each refusal recorded with the count
 * it changed — or the audit log's code, with the count as it was, when it cannot be recorded.
 */
export async function checkCredentials(
  ctx: OperatorContext,
  id: string,
  password: string,
  purpose: CredentialPurpose,
  accepted: (account: OperatorAccount) => readonly AuditRecord[],
): Promise<Accepted> {
  checkOperatorId(id);
  const account = ctx.store.account(id);
  if (account === undefined) {
    await passwordMatches(password, NOBODY);
    refuse(ctx, { kind: 'login-failed', operatorId: id, failedAttempts: 0, errorCode: 'E-OPER-0005', details: { purpose, reason: 'unknown-operator' } });
  }
  const now = ctx.now();
  const state = ctx.store.failureState(id);
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    // Already reported when it began; a wrong guess now is not counted or checked.
    throw new PosError('E-OPER-0006', { operator: id, until: new Date(state.lockedUntil).toISOString() });
  }
  // A lockout that has run out starts the count again.
  const failures = state.lockedUntil === null ? state.failures : 0;
  if (!(await passwordMatches(password, account.verifier))) {
    const attempts = failures + 1;
    if (attempts >= ctx.policy.maxFailures) {
      const until = now + ctx.policy.lockoutMs;
      refuse(
        ctx,
        { kind: 'lockout', operatorId: id, failedAttempts: attempts, errorCode: 'E-OPER-0006', details: { purpose, until: auditTime(until), attempts } },
        { until: new Date(until).toISOString() },
        { failures: attempts, lockedUntil: until },
      );
    }
    refuse(
      ctx,
      { kind: 'login-failed', operatorId: id, failedAttempts: attempts, errorCode: 'E-OPER-0005', details: { purpose, reason: 'wrong-password', attempts } },
      { attemptsLeft: ctx.policy.maxFailures - attempts },
      { failures: attempts, lockedUntil: null },
    );
  }
  if (!account.active) {
    refuse(ctx, { kind: 'login-failed', operatorId: id, failedAttempts: 0, errorCode: 'E-OPER-0008', details: { purpose, reason: 'suspended' } }, {}, CLEARED);
  }
  if (!account.terminals.includes(ctx.terminalId)) {
    refuse(ctx, { kind: 'not-bound', operatorId: id, failedAttempts: 0, errorCode: 'E-OPER-0007', details: { purpose, terminal: ctx.terminalId } }, { terminal: ctx.terminalId }, CLEARED);
  }
  const entries = recorded(ctx, () => ctx.store.setFailureState(id, CLEARED), () => accepted(account));
  return { account, entries };
}

/** An operator event as the audit log records it and the backend is told of it. */
export interface OperatorReport {
  readonly kind: OperatorEventKind;
  readonly operatorId: string;
  readonly failedAttempts: number;
  readonly errorCode: ErrorCode | null;
  readonly details: Record<string, string | number | boolean>;
}

/** The audit log's record of `r`. */
export function reportRecord(r: OperatorReport): AuditRecord {
  return { kind: r.kind, operatorId: r.operatorId, approverId: null, details: r.errorCode === null ? r.details : { ...r.details, code: r.errorCode } };
}

/**
 * Makes `change` to the operator file and writes `records(result)` to the audit log, both or
 * neither, and returns the entries written.
 *
 * The two are separate SQLite files in WAL mode. One connection with the log ATTACHed would not
 * help: SQLite commits a transaction over attached WAL databases atomically per file, not as a
 * set. So the order does it: the change is made inside the store's open IMMEDIATE transaction,
 * the entries are written and synced inside it, and the store commits last. Whatever refuses —
 * the change itself (E-OPER-0014…), the log (details it will not keep, E-AUDIT-0005; its disk
 * full, E-AUDIT-0004; a moved head, E-AUDIT-0006) — throws before the store commits, which rolls
 * the change back: no state change without its entry, and no entry for one that did not happen.
 * Left: the store's own commit failing once the entries are synced, a failure of the operator
 * file itself (E-OPER-0004), which is then in doubt as a whole.
 */
export function recorded<T>(ctx: OperatorContext, change: () => T, records: (result: T) => readonly AuditRecord[]): readonly AuditEntry[] {
  return ctx.store.atomically(() => ctx.audit.appendAll(records(change())));
}

/** Tells the backend of events the audit log holds. A refusal by the port (the outbox's disk
 *  full) goes to onEventFault: the log's entry stands, and what happened goes ahead as recorded. */
export function tell(ctx: OperatorContext, reports: readonly OperatorReport[]): void {
  for (const r of reports) {
    try {
      ctx.events.operatorEvent({ eventId: ctx.newEventId(), kind: r.kind, operatorId: r.operatorId, occurredAt: ctx.now(), failedAttempts: r.failedAttempts, errorCode: r.errorCode });
    } catch (e) {
      if (!isPosError(e)) throw e;
      ctx.onEventFault?.(e);
    }
  }
}

/** Records the refusal `r` with the count it sets (`failures`), both or neither, tells the
 *  backend, and throws its code. */
function refuse(ctx: OperatorContext, r: OperatorReport & { readonly errorCode: ErrorCode }, context: Record<string, string | number> = {}, failures?: FailureState): never {
  recorded(
    ctx,
    () => {
      if (failures !== undefined) ctx.store.setFailureState(r.operatorId, failures);
    },
    () => [reportRecord(r)],
  );
  tell(ctx, [r]);
  throw new PosError(r.errorCode, { operator: r.operatorId, ...context });
}
