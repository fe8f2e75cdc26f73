// Checking an operator id and password, for a sign-in or a supervisor's approval on the spot:
// the lockout after repeated wrong passwords, suspended operators, and the operator–terminal
// binding. Every refusal is recorded in the audit log and told to the backend before it is
// thrown. The password is checked before anything else is said about the operator, so typing
// ids at the keypad tells nobody which ids exist, which are suspended or where they are bound.
import { isPosError, PosError, type ErrorCode } from '../errors/index.js';
import { auditTime } from './audit-entry.js';
import type { AuditLog } from './audit-log.js';
import { checkOperatorId, type OperatorAccount } from './operator-directory.js';
import type { OperatorEventKind, OperatorEventPort } from './operator-events.js';
import type { OperatorStore } from './operator-store.js';
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

/**
 * The account when `password` is right and the operator may work here; otherwise throws
 * E-OPER-0016 (id malformed), E-OPER-0005 (unknown id or wrong password), E-OPER-0006 (locked
 * out, or this wrong password locked them out), E-OPER-0008 (suspended), E-OPER-0007 (not bound
 * to this terminal). A right password clears the count of wrong ones.
 */
export async function checkCredentials(ctx: OperatorContext, id: string, password: string, purpose: CredentialPurpose): Promise<OperatorAccount> {
  checkOperatorId(id);
  const account = ctx.store.account(id);
  if (account === undefined) {
    await passwordMatches(password, NOBODY);
    refuse(ctx, { kind: 'login-failed', id, attempts: 0, code: 'E-OPER-0005', details: { purpose, reason: 'unknown-operator' } });
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
      ctx.store.setFailureState(id, { failures: attempts, lockedUntil: until });
      refuse(ctx, { kind: 'lockout', id, attempts, code: 'E-OPER-0006', details: { purpose, until: auditTime(until) }, context: { until: new Date(until).toISOString() } });
    }
    ctx.store.setFailureState(id, { failures: attempts, lockedUntil: null });
    refuse(ctx, { kind: 'login-failed', id, attempts, code: 'E-OPER-0005', details: { purpose, reason: 'wrong-password' }, context: { attemptsLeft: ctx.policy.maxFailures - attempts } });
  }
  ctx.store.setFailureState(id, { failures: 0, lockedUntil: null });
  if (!account.active) refuse(ctx, { kind: 'login-failed', id, attempts: 0, code: 'E-OPER-0008', details: { purpose, reason: 'suspended' } });
  if (!account.terminals.includes(ctx.terminalId)) {
    refuse(ctx, { kind: 'not-bound', id, attempts: 0, code: 'E-OPER-0007', details: { purpose, terminal: ctx.terminalId }, context: { terminal: ctx.terminalId } });
  }
  return account;
}

/** Records an operator event in the audit log, then queues it for the backend. When the entry
 *  cannot be written (E-AUDIT-0004) this throws and the backend is not told of something the log
 *  lacks; when only the queueing fails, the log's entry stands and onEventFault is told, so what
 *  happened and what was recorded stay the same. */
export function report(ctx: OperatorContext, kind: OperatorEventKind, operatorId: string, failedAttempts: number, errorCode: ErrorCode | null, details: Record<string, string | number | boolean>): void {
  const at = ctx.now();
  ctx.audit.append({ kind, operatorId, approverId: null, details: errorCode === null ? details : { ...details, code: errorCode } });
  try {
    ctx.events.operatorEvent({ eventId: ctx.newEventId(), kind, operatorId, occurredAt: at, failedAttempts, errorCode });
  } catch (e) {
    if (!isPosError(e)) throw e;
    ctx.onEventFault?.(e);
  }
}

interface Refusal {
  readonly kind: OperatorEventKind;
  readonly id: string;
  readonly attempts: number;
  readonly code: ErrorCode;
  readonly details: Record<string, string | number | boolean>;
  readonly context?: Record<string, string | number>;
}

function refuse(ctx: OperatorContext, r: Refusal): never {
  report(ctx, r.kind, r.id, r.attempts, r.code, r.attempts > 0 ? { ...r.details, attempts: r.attempts } : r.details);
  throw new PosError(r.code, { operator: r.id, ...r.context });
}
