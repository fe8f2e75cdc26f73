// Signing in and out on real SQLite files with a clock the test moves: wrong passwords and the
// lockout that lifts when its time is up, idle sign-out, shifts (签到/签退), a supervisor's
// approval on the spot, the operator–terminal binding (使用者不一致) with the event the backend
// alerts on, and a new operator table recorded as permission changes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PosError } from '../../../src/errors/index.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../../src/payment/operator-credentials.js';
import { OperatorSession } from '../../../src/payment/operator-session.js';
import { DEMO_OPERATORS, useDemoOperatorsIfNone } from '../../../src/payment/demo-operators.js';
import { rejectionOf, errorOf } from '../../support/pos-error.js';
import { account, Rig, T0, TERMINAL_ID, testDirectory } from './rig.js';

let rig: Rig;
const MINUTE = 60_000;

beforeEach(async () => {
  rig = new Rig();
  rig.session.applyDirectory(await testDirectory());
  rig.events.length = 0;
});

afterEach(() => {
  rig.dispose();
});

const eventsOf = () => rig.events.map((e) => [e.kind, e.operatorId, e.failedAttempts, e.errorCode]);
const auditKinds = () => rig.audit.entriesAfter(0, 1000).map((e) => e.kind);

describe('sign-in', () => {
  it('signs an operator in with the right password and stamps who and since when', async () => {
    const op = await rig.session.signIn('0003', 'pw0003');
    expect(op).toEqual({ id: '0003', name: 'cashier 0003', role: 'cashier', since: T0 });
    expect(rig.session.operator()).toEqual(op);
    expect(eventsOf()).toEqual([['login', '0003', 0, null]]);
    expect(rig.events[0]!.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rig.audit.entriesAfter(0, 100).at(-1)).toMatchObject({ kind: 'login', operatorId: '0003', details: { role: 'cashier' } });
  });

  it('refuses a wrong password and an unknown id with the same code, reporting both', async () => {
    expect((await rejectionOf(rig.session.signIn('0003', 'nope'))).code).toBe('E-OPER-0005');
    const unknown = await rejectionOf(rig.session.signIn('9999', 'pw0003'));
    expect(unknown.code).toBe('E-OPER-0005');
    expect(eventsOf()).toEqual([
      ['login-failed', '0003', 1, 'E-OPER-0005'],
      ['login-failed', '9999', 0, 'E-OPER-0005'],
    ]);
    expect(rig.session.current()).toBeNull();
  });

  it('never puts the password in an error, an event, or any byte of the files', async () => {
    const e = await rejectionOf(rig.session.signIn('0003', 'secret-guess-42'));
    await rig.session.signIn('0002', 'pw0002');
    expect(JSON.stringify([e.message, e.context, rig.events])).not.toMatch(/secret-guess-42|pw0002/);
    rig.closeFiles();
    const files = readdirSync(rig.dir).map((f) => readFileSync(join(rig.dir, f)).toString('latin1'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const bytes of files) expect(bytes).not.toMatch(/secret-guess-42|pw0002/);
    rig.open();
  });

  it('refuses a malformed id before hashing anything (E-OPER-0016)', async () => {
    expect((await rejectionOf(rig.session.signIn('', 'x'))).code).toBe('E-OPER-0016');
    expect((await rejectionOf(rig.session.signIn('00 01', 'x'))).code).toBe('E-OPER-0016');
    expect(rig.events).toEqual([]);
  });

  it('refuses a suspended operator once the password is right (E-OPER-0008)', async () => {
    expect((await rejectionOf(rig.session.signIn('0005', 'pw0005'))).code).toBe('E-OPER-0008');
    expect(eventsOf()).toEqual([['login-failed', '0005', 0, 'E-OPER-0008']]);
  });

  it('signs in as recorded when the outbox refuses the event, and says so', async () => {
    const faults: string[] = [];
    const session = new OperatorSession({
      store: rig.store,
      audit: rig.audit,
      events: { operatorEvent: () => { throw new PosError('E-OUTBOX-0006', { path: 'outbox.db' }); } },
      terminalId: TERMINAL_ID,
      policy: DEFAULT_SIGN_IN_POLICY,
      now: () => rig.clock,
      newEventId: () => 'id',
      onEventFault: (e) => void faults.push(e.code),
    });
    expect((await session.signIn('0003', 'pw0003')).id).toBe('0003');
    expect(faults).toEqual(['E-OUTBOX-0006']);
    expect(auditKinds().at(-1)).toBe('login');
  });

  it('signs the previous operator out when another signs in', async () => {
    await rig.session.signIn('0003', 'pw0003');
    await rig.session.signIn('0002', 'pw0002');
    expect(rig.session.operator().id).toBe('0002');
    expect(eventsOf()).toEqual([
      ['login', '0003', 0, null],
      ['logout', '0003', 0, null],
      ['login', '0002', 0, null],
    ]);
  });
});

describe('lockout', () => {
  it('locks out with E-OPER-0006 when the lockout ends at a Luhn-valid epoch millisecond, the time in the audit entry as ISO text', async () => {
    rig.advance(6 * MINUTE);
    for (let i = 1; i <= 4; i++) await rejectionOf(rig.session.signIn('0003', `wrong${i}`));
    // Locked until T0 + 21 min, 1796116860000: PAN-shaped as a number (see the shift's test).
    expect((await rejectionOf(rig.session.signIn('0003', 'wrong5'))).code).toBe('E-OPER-0006');
    expect(rig.audit.entriesAfter(0, 1000).at(-1)).toMatchObject({ kind: 'lockout', details: { until: '2026-12-01T09:21:00.000Z' } });
  });

  it('locks an operator out after five wrong passwords, for fifteen minutes, then lets them in', async () => {
    for (let i = 1; i <= 4; i++) {
      const e = await rejectionOf(rig.session.signIn('0003', `wrong${i}`));
      expect([e.code, e.context.attemptsLeft]).toEqual(['E-OPER-0005', 5 - i]);
    }
    const locked = await rejectionOf(rig.session.signIn('0003', 'wrong5'));
    expect(locked.code).toBe('E-OPER-0006');
    expect(locked.context.until).toBe(new Date(T0 + 15 * MINUTE).toISOString());
    expect(eventsOf().at(-1)).toEqual(['lockout', '0003', 5, 'E-OPER-0006']);

    // Locked: even the right password is refused, and nothing more is counted or reported.
    rig.advance(15 * MINUTE - 1);
    expect((await rejectionOf(rig.session.signIn('0003', 'pw0003'))).code).toBe('E-OPER-0006');
    expect(rig.events).toHaveLength(5);
    // Another operator is not affected.
    expect((await rig.session.signIn('0002', 'pw0002')).id).toBe('0002');

    rig.advance(1);
    expect((await rig.session.signIn('0003', 'pw0003')).id).toBe('0003');
    expect(rig.store.failureState('0003')).toEqual({ failures: 0, lockedUntil: null });
  });

  it('counts guesses fired together one by one, so none slips past the lockout', async () => {
    const codes = await Promise.all(Array.from({ length: 8 }, (_, i) => rejectionOf(rig.session.signIn('0003', `guess${i}`)).then((e) => e.code)));
    expect(codes).toEqual(['E-OPER-0005', 'E-OPER-0005', 'E-OPER-0005', 'E-OPER-0005', 'E-OPER-0006', 'E-OPER-0006', 'E-OPER-0006', 'E-OPER-0006']);
    expect(eventsOf().map(([kind, , attempts]) => [kind, attempts])).toEqual([
      ['login-failed', 1],
      ['login-failed', 2],
      ['login-failed', 3],
      ['login-failed', 4],
      ['lockout', 5],
    ]);
  });

  it('counts again from zero after a lockout has run out', async () => {
    for (let i = 0; i < 5; i++) await rejectionOf(rig.session.signIn('0003', 'wrong'));
    rig.advance(15 * MINUTE);
    const e = await rejectionOf(rig.session.signIn('0003', 'wrong'));
    expect([e.code, e.context.attemptsLeft]).toEqual(['E-OPER-0005', 4]);
  });

  it('starts the count again after a right password', async () => {
    for (let i = 0; i < 4; i++) await rejectionOf(rig.session.signIn('0003', 'wrong'));
    await rig.session.signIn('0003', 'pw0003');
    const e = await rejectionOf(rig.session.signIn('0003', 'wrong'));
    expect(e.context.attemptsLeft).toBe(4);
  });

  it('takes the number of failures and the lockout time from the policy', async () => {
    rig.dispose();
    rig = new Rig({ ...DEFAULT_SIGN_IN_POLICY, maxFailures: 2, lockoutMs: 60_000 });
    rig.session.applyDirectory(await testDirectory());
    await rejectionOf(rig.session.signIn('0003', 'wrong'));
    const e = await rejectionOf(rig.session.signIn('0003', 'wrong'));
    expect([e.code, e.context.until]).toEqual(['E-OPER-0006', new Date(T0 + 60_000).toISOString()]);
  });
});

describe('idle sign-out', () => {
  it('signs the operator out after five minutes without activity, and not before', async () => {
    await rig.session.signIn('0003', 'pw0003');
    rig.advance(4 * MINUTE);
    rig.session.touch();
    expect(rig.session.idleDeadline()).toBe(T0 + 9 * MINUTE);
    rig.advance(5 * MINUTE - 1);
    expect(rig.session.expireIdle()).toBe(false);
    expect(rig.session.current()?.id).toBe('0003');
    rig.advance(1);
    expect(rig.session.current()).toBeNull();
    expect(eventsOf().at(-1)).toEqual(['idle-logout', '0003', 0, null]);
    expect(auditKinds().at(-1)).toBe('idle-logout');
    expect(errorOf(() => rig.session.operator()).code).toBe('E-OPER-0009');
    expect(rig.session.authorise('sale')).toEqual({ kind: 'denied', reason: 'signed-out' });
  });

  it('signs out through the timer\'s call as well as on the next use, once', async () => {
    await rig.session.signIn('0003', 'pw0003');
    rig.advance(5 * MINUTE);
    expect(rig.session.expireIdle()).toBe(true);
    expect(rig.session.expireIdle()).toBe(false);
    expect(rig.session.idleDeadline()).toBeNull();
    expect(rig.events.filter((e) => e.kind === 'idle-logout')).toHaveLength(1);
  });
});

describe('shifts (签到/签退)', () => {
  it('records a shift\'s start and end, and 签退 signs the operator out', async () => {
    await rig.session.signIn('0003', 'pw0003');
    const started = rig.session.startShift();
    expect(started).toEqual({ kind: 'open', id: 1, operatorId: '0003', startedAt: T0 });
    expect(errorOf(() => rig.session.startShift()).code).toBe('E-OPER-0014');
    rig.advance(4 * 60 * MINUTE);
    rig.session.touch();
    // An idle sign-out in between does not end the shift.
    rig.advance(6 * MINUTE);
    expect(rig.session.current()).toBeNull();
    await rig.session.signIn('0003', 'pw0003');
    expect(rig.store.openShift('0003')).toEqual(started);
    const ended = rig.session.endShift();
    expect(ended).toEqual({ kind: 'closed', id: 1, operatorId: '0003', startedAt: T0, endedAt: T0 + 246 * MINUTE });
    expect(rig.session.current()).toBeNull();
    expect(rig.store.shifts('0003')).toEqual([ended]);
    expect(auditKinds().filter((k) => k.startsWith('shift'))).toEqual(['shift-start', 'shift-end']);
  });

  it('ends a shift at a time whose epoch milliseconds pass the Luhn check, its times in the audit entry as ISO text', async () => {
    // 1796116860000 (T0 + 21 min) is 13 digits that pass the Luhn check: as a number in the
    // details the card-data guard refused it (E-AUDIT-0005), and 签退 failed one time in ten.
    await rig.session.signIn('0003', 'pw0003');
    rig.session.startShift();
    for (let m = 0; m < 21; m += 3) {
      rig.advance(3 * MINUTE);
      rig.session.touch();
    }
    expect(rig.session.endShift()).toMatchObject({ kind: 'closed', endedAt: 1_796_116_860_000 });
    expect(rig.session.current()).toBeNull();
    expect(rig.audit.entriesAfter(0, 1000).find((e) => e.kind === 'shift-end')?.details).toEqual({ shift: 1, startedAt: '2026-12-01T09:00:00.000Z', endedAt: '2026-12-01T09:21:00.000Z' });
  });

  it('refuses 签退 without a shift and 签到 without an operator', async () => {
    expect(errorOf(() => rig.session.startShift()).code).toBe('E-OPER-0009');
    await rig.session.signIn('0002', 'pw0002');
    expect(errorOf(() => rig.session.endShift()).code).toBe('E-OPER-0015');
  });
});

describe('supervisor approval on the spot', () => {
  it('lets a cashier refund once a supervisor approves, records both and uses the approval up', async () => {
    await rig.session.signIn('0003', 'pw0003');
    expect(rig.session.authorise('refund')).toEqual({ kind: 'needs-supervisor-approval' });
    expect(errorOf(() => rig.session.permit('refund')).code).toBe('E-OPER-0010');
    const approval = await rig.session.approve('refund', '0002', 'pw0002');
    expect(rig.audit.entriesAfter(approval.auditSeq - 1, 1)[0]).toMatchObject({
      kind: 'approval',
      operatorId: '0003',
      approverId: '0002',
      details: { action: 'refund', approverRole: 'supervisor' },
    });
    expect(errorOf(() => rig.session.permit('void', approval)).code).toBe('E-OPER-0018');
    expect(rig.session.permit('refund', approval)).toEqual({ action: 'refund', operatorId: '0003', approverId: '0002' });
    expect(errorOf(() => rig.session.permit('refund', approval)).code).toBe('E-OPER-0018');
    // The supervisor approved; the cashier is still the one signed in.
    expect(rig.session.operator().id).toBe('0003');
  });

  it('refuses a forged approval', async () => {
    await rig.session.signIn('0003', 'pw0003');
    const forged = { action: 'void' as const, operatorId: '0003', approverId: '0002', auditSeq: 1 };
    expect(errorOf(() => rig.session.permit('void', forged)).code).toBe('E-OPER-0018');
  });

  it('refuses a cashier as approver, and a supervisor for settings, which need an administrator', async () => {
    await rig.session.signIn('0003', 'pw0003');
    const e = await rejectionOf(rig.session.approve('void', '0003', 'pw0003'));
    expect([e.code, e.context.role]).toEqual(['E-OPER-0012', 'cashier']);
    expect(rig.audit.entriesAfter(0, 100).at(-1)).toMatchObject({ kind: 'approval', operatorId: '0003', approverId: '0003', details: { action: 'void', code: 'E-OPER-0012' } });
    expect(rig.session.authorise('settings')).toEqual({ kind: 'needs-admin' });
    expect(errorOf(() => rig.session.permit('settings')).code).toBe('E-OPER-0011');
    expect((await rejectionOf(rig.session.approve('settings', '0002', 'pw0002'))).code).toBe('E-OPER-0012');
    const admin = await rig.session.approve('settings', '0001', 'pw0001');
    expect(rig.session.permit('settings', admin).approverId).toBe('0001');
  });

  it('counts a supervisor\'s wrong password towards their lockout and refuses an approver bound elsewhere', async () => {
    await rig.session.signIn('0003', 'pw0003');
    expect((await rejectionOf(rig.session.approve('void', '0002', 'wrong'))).code).toBe('E-OPER-0005');
    expect(rig.store.failureState('0002').failures).toBe(1);
    rig.session.applyDirectory({ ...(await testDirectory(2n)), operators: [await account('0003', 'cashier', 'pw0003'), await account('0002', 'supervisor', 'pw0002', ['T0000099'])] });
    expect((await rejectionOf(rig.session.approve('void', '0002', 'pw0002'))).code).toBe('E-OPER-0007');
    expect(eventsOf().at(-1)).toEqual(['not-bound', '0002', 0, 'E-OPER-0007']);
  });

  it('lets a supervisor void without anyone else, and forgets approvals at sign-out', async () => {
    await rig.session.signIn('0003', 'pw0003');
    const approval = await rig.session.approve('void', '0002', 'pw0002');
    rig.session.signOut();
    await rig.session.signIn('0003', 'pw0003');
    expect(errorOf(() => rig.session.permit('void', approval)).code).toBe('E-OPER-0018');
    await rig.session.signIn('0002', 'pw0002');
    expect(rig.session.permit('void')).toEqual({ action: 'void', operatorId: '0002', approverId: null });
  });
});

describe('operator–terminal binding (使用者不一致)', () => {
  it('refuses an operator bound to another terminal, reports not-bound for the alert and records it', async () => {
    const e = await rejectionOf(rig.session.signIn('0004', 'pw0004'));
    expect(e.code).toBe('E-OPER-0007');
    expect(e.context).toEqual({ operator: '0004', terminal: TERMINAL_ID });
    expect(e.describe('zh-CN').message).toContain('使用者不一致');
    expect(rig.events).toEqual([
      { eventId: expect.any(String), kind: 'not-bound', operatorId: '0004', occurredAt: T0, failedAttempts: 0, errorCode: 'E-OPER-0007' },
    ]);
    expect(rig.audit.entriesAfter(0, 100).at(-1)).toMatchObject({ kind: 'not-bound', operatorId: '0004', details: { terminal: TERMINAL_ID, code: 'E-OPER-0007' } });
    expect(rig.session.current()).toBeNull();
  });

  it('says nothing about binding to someone who does not know the password', async () => {
    expect((await rejectionOf(rig.session.signIn('0004', 'guess'))).code).toBe('E-OPER-0005');
    expect(eventsOf()).toEqual([['login-failed', '0004', 1, 'E-OPER-0005']]);
  });
});

describe('operator table', () => {
  it('records each change as a permission change and signs out an operator who lost this terminal', async () => {
    await rig.session.signIn('0003', 'pw0003');
    const before = rig.audit.entriesAfter(0, 1000).length;
    const changes = rig.session.applyDirectory({
      version: 2n,
      source: 'backend',
      operators: [
        await account('0001', 'administrator', 'pw0001'),
        await account('0002', 'cashier', 'pw0002'),
        await account('0003', 'cashier', 'pw0003', ['T0000099']),
        await account('0006', 'supervisor', 'pw0006'),
      ],
    });
    expect(changes.map((c) => [c.kind, c.operatorId])).toEqual([
      ['password', '0001'],
      ['role', '0002'],
      ['password', '0002'],
      ['bindings', '0003'],
      ['password', '0003'],
      ['added', '0006'],
      ['bindings', '0006'],
      ['removed', '0004'],
      ['removed', '0005'],
    ]);
    const recorded = rig.audit.entriesAfter(before, 1000);
    expect(recorded.filter((e) => e.kind === 'permission-change').map((e) => e.details)).toContainEqual({
      change: 'role',
      operator: '0002',
      from: 'supervisor',
      to: 'cashier',
      version: 2n,
      source: 'backend',
    });
    expect(recorded.at(-1)).toMatchObject({ kind: 'logout', operatorId: '0003', details: { reason: 'operator-table' } });
    expect(rig.session.current()).toBeNull();
    expect(rig.store.directoryVersion()).toEqual({ version: 2n, source: 'backend' });
  });

  it('refuses a table with a duplicate id and keeps the one in use', async () => {
    const dup = { version: 3n, source: 'backend' as const, operators: [await account('0001', 'cashier', 'a'), await account('0001', 'cashier', 'b')] };
    const e = errorOf(() => rig.session.applyDirectory(dup));
    expect([e.code, e.context.problem]).toEqual(['E-OPER-0013', 'duplicate operator id']);
    expect(rig.store.directoryVersion()?.version).toBe(1n);
    expect(rig.store.accounts().map((a) => a.id)).toEqual(['0001', '0002', '0003', '0004', '0005']);
  });

  it('makes the development set on a terminal that never had a table, and only then', async () => {
    rig.dispose();
    rig = new Rig();
    expect(await useDemoOperatorsIfNone(rig.session, rig.store, TERMINAL_ID)).toBe(true);
    expect(rig.store.directoryVersion()).toEqual({ version: 0n, source: 'demo' });
    for (const demo of DEMO_OPERATORS) {
      const op = await rig.session.signIn(demo.id, demo.password);
      expect([op.id, op.role]).toEqual([demo.id, demo.role]);
    }
    expect(await useDemoOperatorsIfNone(rig.session, rig.store, TERMINAL_ID)).toBe(false);
  });
});

describe('after a restart', () => {
  it('keeps the table, lockouts, open shifts and an intact audit chain across close and reopen', async () => {
    for (let i = 0; i < 5; i++) await rejectionOf(rig.session.signIn('0003', 'wrong'));
    await rig.session.signIn('0002', 'pw0002');
    rig.session.startShift();
    const entries = rig.audit.entriesAfter(0, 1000).length;
    rig.reopen();
    expect(rig.session.current()).toBeNull();
    expect((await rejectionOf(rig.session.signIn('0003', 'pw0003'))).code).toBe('E-OPER-0006');
    expect(rig.store.openShift('0002')).toMatchObject({ kind: 'open', startedAt: T0 });
    expect(rig.audit.verify()).toEqual({ kind: 'intact', entries });
  });
});
