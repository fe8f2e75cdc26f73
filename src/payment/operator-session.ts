// Who is working at this terminal: one signed-in operator or nobody. Sign-in by operator id and
// password (operator-credentials.ts), sign-out by hand or after the idle time, shifts (签到 starts
// one, 签退 ends it and signs out), what the operator may do (roles.ts), a supervisor's or
// administrator's approval on the spot for what their role may do and the operator's may not,
// and a new operator table from the backend. The UI calls this; the transaction engine stamps
// each transaction with `permit(...)`'s operator and approver.
import { PosError } from '../errors/index.js';
import { auditTime, type AuditEntry } from './audit-entry.js';
import { checkCredentials, recorded, reportRecord, tell, type OperatorContext, type OperatorReport } from './operator-credentials.js';
import type { OperatorDirectory } from './operator-directory.js';
import type { ClosedShift, DirectoryChange, OpenShift } from './operator-store.js';
import { permissionOf, type Action, type PermissionDecision, type Role } from './roles.js';

export interface SignedInOperator {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** ms since the epoch. */
  readonly since: number;
}

type SessionState =
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly operator: SignedInOperator; readonly lastActivityAt: number };

/** A supervisor's or administrator's yes to one action by the signed-in operator. Good once,
 *  for that action and that operator only (the session keeps the ones not yet used). */
export interface Approval {
  readonly action: Action;
  readonly operatorId: string;
  readonly approverId: string;
  /** The audit entry that records it. */
  readonly auditSeq: number;
}

/** Who does `action`: what the transaction engine records with it. */
export interface Permit {
  readonly action: Action;
  readonly operatorId: string;
  /** Who approved on the spot; null when the operator's own role allows it. */
  readonly approverId: string | null;
}

export class OperatorSession {
  private state: SessionState = { kind: 'signed-out' };
  private readonly unused = new Set<Approval>();
  // Credential checks run one at a time: each reads an operator's failure count before a
  // scrypt that yields, so guesses fired together would otherwise all see the same count and
  // slip past the lockout.
  private checking: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: OperatorContext) {}

  /** Signs `id` in (whoever was signed in is signed out first, in the same audit write), or
   *  throws the refusal's code (see checkCredentials) having recorded and reported it. */
  async signIn(id: string, password: string): Promise<SignedInOperator> {
    this.expireIdle();
    let reports: OperatorReport[] = [];
    const { account } = await this.oneAtATime(() =>
      checkCredentials(this.ctx, id, password, 'sign-in', (a) => {
        reports = [...this.signOutReports('logout', { reason: 'another-operator' }), operatorReport('login', a.id, { role: a.role })];
        return reports.map(reportRecord);
      }),
    );
    const now = this.ctx.now();
    const operator = { id: account.id, name: account.name, role: account.role, since: now };
    this.unused.clear();
    this.state = { kind: 'signed-in', operator, lastActivityAt: now };
    tell(this.ctx, reports);
    return operator;
  }

  signOut(): void {
    if (this.current() !== null) this.end('logout', { reason: 'operator' });
  }

  /** The signed-in operator, or null. Past the idle time the operator is signed out here, so
   *  nobody acts in the name of someone who walked away, whether or not a timer fired. */
  current(): SignedInOperator | null {
    this.expireIdle();
    return this.state.kind === 'signed-in' ? this.state.operator : null;
  }

  /** The signed-in operator, for stamping what they do; E-OPER-0009 when nobody is. */
  operator(): SignedInOperator {
    const operator = this.current();
    if (operator === null) throw new PosError('E-OPER-0009');
    return operator;
  }

  /** A key press or a touch: the idle time starts again. */
  touch(): void {
    this.expireIdle();
    if (this.state.kind === 'signed-in') this.state = { ...this.state, lastActivityAt: this.ctx.now() };
  }

  /** When the idle sign-out falls due (ms since the epoch), for the UI's timer; null when
   *  nobody is signed in. */
  idleDeadline(): number | null {
    return this.state.kind === 'signed-in' ? this.state.lastActivityAt + this.ctx.policy.idleMs : null;
  }

  /** Signs the operator out if the idle time has passed; true when it did. */
  expireIdle(): boolean {
    const deadline = this.idleDeadline();
    if (deadline === null || this.ctx.now() < deadline) return false;
    this.end('idle-logout', { idleMs: this.ctx.policy.idleMs });
    return true;
  }

  /** 签到: starts the signed-in operator's shift (E-OPER-0014 when one is open: a shift outlives
   *  an idle sign-out, so a cashier back from a break carries on in it). */
  startShift(): OpenShift {
    const operator = this.operator();
    let shift: OpenShift | undefined;
    recorded(
      this.ctx,
      () => (shift = this.ctx.store.startShift(operator.id, this.ctx.now())),
      (s) => [{ kind: 'shift-start', operatorId: operator.id, approverId: null, details: { shift: s.id } }],
    );
    this.touch();
    return shift!;
  }

  /** The signed-in operator's open shift; null when they have none or nobody is signed in. */
  shift(): OpenShift | null {
    const operator = this.current();
    const shift = operator === null ? null : this.ctx.store.openShift(operator.id);
    return shift?.kind === 'open' ? shift : null;
  }

  /** 签退: ends the signed-in operator's shift (E-OPER-0015 when none is open) and signs them
   *  out, all or nothing: when the audit log cannot record both, the shift stays open, the
   *  operator signed in, and the log's code is thrown. */
  endShift(): ClosedShift {
    const operator = this.operator();
    const logout = this.signOutReports('logout', { reason: 'shift-end' });
    let shift: ClosedShift | undefined;
    recorded(
      this.ctx,
      () => (shift = this.ctx.store.endShift(operator.id, this.ctx.now())),
      (s) => [
        { kind: 'shift-end', operatorId: operator.id, approverId: null, details: { shift: s.id, startedAt: auditTime(s.startedAt), endedAt: auditTime(s.endedAt) } },
        ...logout.map(reportRecord),
      ],
    );
    this.signedOut(logout);
    return shift!;
  }

  /** What the signed-in operator needs before `action`. */
  authorise(action: Action): PermissionDecision {
    const operator = this.current();
    return operator === null ? { kind: 'denied', reason: 'signed-out' } : permissionOf(operator.role, action);
  }

  /**
   * A supervisor (or administrator) approves `action` on the spot with their id and password:
   * their credentials are checked as a sign-in's are (lockout, suspension, binding), their role
   * must allow the action by itself (E-OPER-0012), and the approval is recorded with both
   * operators. Throws E-OPER-0009 when nobody is signed in.
   */
  async approve(action: Action, approverId: string, password: string): Promise<Approval> {
    const operator = this.operator();
    // Recorded either way: a right password offered to approve what its role may not is worth a look.
    const { account: approver, entries } = await this.oneAtATime(() =>
      checkCredentials(this.ctx, approverId, password, 'approval', (a) => {
        const details: AuditEntry['details'] = { action, approverRole: a.role };
        return [{ kind: 'approval', operatorId: operator.id, approverId: a.id, details: permissionOf(a.role, action).kind === 'allowed' ? details : { ...details, code: 'E-OPER-0012' } }];
      }),
    );
    if (permissionOf(approver.role, action).kind !== 'allowed') throw new PosError('E-OPER-0012', { approver: approver.id, role: approver.role, action });
    const approval: Approval = { action, operatorId: operator.id, approverId: approver.id, auditSeq: entries[0]!.seq };
    this.unused.add(approval);
    this.touch();
    return approval;
  }

  /**
   * Lets `action` go ahead, using up `approval` when the operator's role needs one. Throws
   * E-OPER-0009 (nobody signed in), E-OPER-0010 or E-OPER-0011 (no approval given),
   * E-OPER-0018 (an approval for another action or operator, or one already used).
   */
  permit(action: Action, approval?: Approval): Permit {
    const operator = this.operator();
    const decision = permissionOf(operator.role, action);
    this.touch();
    if (decision.kind === 'allowed') return { action, operatorId: operator.id, approverId: null };
    if (approval === undefined) throw new PosError(decision.kind === 'needs-admin' ? 'E-OPER-0011' : 'E-OPER-0010', { operator: operator.id, action });
    if (!this.unused.has(approval) || approval.action !== action || approval.operatorId !== operator.id) {
      throw new PosError('E-OPER-0018', { operator: operator.id, action });
    }
    this.unused.delete(approval);
    return { action, operatorId: operator.id, approverId: approval.approverId };
  }

  /**
   * Takes a new operator table (the backend's, verified and mapped by the composition root, or
   * the development set) and records each change as a permission change. An operator signed in
   * who is removed, suspended or unbound from this terminal is signed out; one whose role changed
   * carries on with the new role.
   */
  applyDirectory(directory: OperatorDirectory): DirectoryChange[] {
    let changes: DirectoryChange[] = [];
    let logout: OperatorReport[] = [];
    // The table, its permission changes and the sign-out it brings are written as one.
    recorded(
      this.ctx,
      () => (changes = this.ctx.store.replaceDirectory(directory)),
      (cs) => {
        const account = this.state.kind === 'signed-in' ? this.ctx.store.account(this.state.operator.id) : undefined;
        const mayStay = account !== undefined && account.active && account.terminals.includes(this.ctx.terminalId);
        logout = mayStay ? [] : this.signOutReports('logout', { reason: 'operator-table' });
        return [...cs.map((c) => ({ kind: 'permission-change' as const, operatorId: null, approverId: null, details: changeDetails(directory, c) })), ...logout.map(reportRecord)];
      },
    );
    if (logout.length > 0) this.signedOut(logout);
    else if (this.state.kind === 'signed-in') {
      const account = this.ctx.store.account(this.state.operator.id);
      if (account !== undefined && account.role !== this.state.operator.role) {
        this.state = { ...this.state, operator: { ...this.state.operator, role: account.role } };
      }
    }
    return changes;
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = this.checking.then(work, work);
    this.checking = run.catch(() => undefined);
    return run;
  }

  /** Signs the operator out once the entry is written: while the audit log cannot record a
   *  sign-out, the operator stays signed in and its code is thrown (as every other call that
   *  changes who works here does, nothing goes ahead unrecorded). */
  private end(kind: 'logout' | 'idle-logout', details: Record<string, string | number>): void {
    const reports = this.signOutReports(kind, details);
    this.ctx.audit.appendAll(reports.map(reportRecord));
    this.signedOut(reports);
  }

  /** The sign-out of whoever is signed in, to record; none when nobody is. */
  private signOutReports(kind: 'logout' | 'idle-logout', details: Record<string, string | number>): OperatorReport[] {
    return this.state.kind === 'signed-in' ? [operatorReport(kind, this.state.operator.id, details)] : [];
  }

  /** After `reports` (a sign-out) are written: nobody is signed in, and the backend is told. */
  private signedOut(reports: readonly OperatorReport[]): void {
    if (reports.length === 0) return;
    this.state = { kind: 'signed-out' };
    this.unused.clear();
    tell(this.ctx, reports);
  }
}

function operatorReport(kind: OperatorReport['kind'], operatorId: string, details: OperatorReport['details']): OperatorReport {
  return { kind, operatorId, failedAttempts: 0, errorCode: null, details };
}

function changeDetails(d: OperatorDirectory, c: DirectoryChange): AuditEntry['details'] {
  const base = { change: c.kind, operator: c.operatorId, version: d.version, source: d.source };
  switch (c.kind) {
    case 'added':
      return { ...base, role: c.role };
    case 'role':
      return { ...base, from: c.from, to: c.to };
    case 'active':
      return { ...base, active: c.active };
    case 'bindings':
      return { ...base, terminals: c.terminals.join(',') };
    case 'removed':
    case 'password':
      return base;
  }
}
