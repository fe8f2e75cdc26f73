// A change to who works at the terminal and its audit entry are one: when the log refuses the
// entry, the change does not happen and the log's code is thrown. On real SQLite files: the log
// refused by a detail its card-data guard will not keep (a shift id shaped like a PAN, put in
// the operator file by hand) or by its signed head removed by hand (E-AUDIT-0006, every append
// refused) while the session lives on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf, errorOf } from '../../support/pos-error.js';
import { Rig, testDirectory } from './rig.js';

let rig: Rig;

beforeEach(async () => {
  rig = new Rig();
  rig.session.applyDirectory(await testDirectory());
});

afterEach(() => {
  rig.dispose();
});

/** Everything an auditor would compare the log with: the operator file, who is signed in, the
 *  log itself and what the backend was told. */
function snapshot() {
  return {
    entries: rig.audit.entriesAfter(0, 1000).map((e) => e.seq),
    shifts: rig.store.shifts('0003'),
    failures: rig.store.failureState('0003'),
    directory: rig.store.directoryVersion(),
    accounts: rig.store.accounts().map((a) => [a.id, a.role, a.active, a.terminals.join(',')]),
    signedIn: rig.session.current()?.id ?? null,
    events: rig.events.length,
  };
}

const removeAuditHead = () => rig.editFile('audit', 'DELETE FROM head');

describe('签退 (ending a shift)', () => {
  it('keeps the shift open and the operator signed in when the log refuses the entry\'s detail (E-AUDIT-0005)', async () => {
    await rig.session.signIn('0003', 'pw0003');
    rig.session.startShift();
    // A Luhn-valid 16-digit id: the guard refuses it as a PAN in the shift-end entry.
    rig.editFile('store', 'UPDATE shifts SET id = 4111111111111111');
    const before = snapshot();
    const e = errorOf(() => rig.session.endShift());
    expect([e.code, e.context.field]).toEqual(['E-AUDIT-0005', 'shift']);
    expect(snapshot()).toEqual(before);
    expect(rig.session.shift()).toMatchObject({ kind: 'open', id: 4111111111111111 });
    expect(before.signedIn).toBe('0003');
  });

  it('keeps the shift open and the operator signed in when the log cannot append (E-AUDIT-0006)', async () => {
    await rig.session.signIn('0003', 'pw0003');
    const shift = rig.session.startShift();
    removeAuditHead();
    const before = snapshot();
    expect(errorOf(() => rig.session.endShift()).code).toBe('E-AUDIT-0006');
    expect(snapshot()).toEqual(before);
    expect(rig.session.shift()).toEqual(shift);
  });

  it('records the shift\'s end and the sign-out together when the log takes them', async () => {
    await rig.session.signIn('0003', 'pw0003');
    rig.session.startShift();
    const ended = rig.session.endShift();
    const [shiftEnd, logout] = rig.audit.entriesAfter(0, 1000).slice(-2);
    expect([shiftEnd?.kind, shiftEnd?.details.shift, logout?.kind, logout?.details.reason]).toEqual(['shift-end', ended.id, 'logout', 'shift-end']);
    expect(logout!.seq).toBe(shiftEnd!.seq + 1);
    expect(rig.session.current()).toBeNull();
    expect(rig.events.at(-1)).toMatchObject({ kind: 'logout', operatorId: '0003' });
  });
});

describe('the other changes, with the log refusing every append', () => {
  it('签到 opens no shift', async () => {
    await rig.session.signIn('0003', 'pw0003');
    removeAuditHead();
    const before = snapshot();
    expect(errorOf(() => rig.session.startShift()).code).toBe('E-AUDIT-0006');
    expect(snapshot()).toEqual(before);
    expect(before.shifts).toEqual([]);
  });

  it('a wrong password is not counted, and a lockout does not begin', async () => {
    for (let i = 1; i <= 4; i++) await rejectionOf(rig.session.signIn('0003', `wrong${i}`));
    removeAuditHead();
    const before = snapshot();
    expect(before.failures).toEqual({ failures: 4, lockedUntil: null });
    expect((await rejectionOf(rig.session.signIn('0003', 'wrong5'))).code).toBe('E-AUDIT-0006');
    expect(snapshot()).toEqual(before);
  });

  it('a right password signs nobody in, signs nobody out and leaves the count of wrong ones', async () => {
    await rejectionOf(rig.session.signIn('0003', 'wrong1'));
    await rig.session.signIn('0002', 'pw0002');
    removeAuditHead();
    const before = snapshot();
    expect((await rejectionOf(rig.session.signIn('0003', 'pw0003'))).code).toBe('E-AUDIT-0006');
    expect(snapshot()).toEqual(before);
    expect([before.signedIn, before.failures.failures]).toEqual(['0002', 1]);
  });

  it('a supervisor\'s approval is not given', async () => {
    await rig.session.signIn('0003', 'pw0003');
    removeAuditHead();
    expect((await rejectionOf(rig.session.approve('refund', '0002', 'pw0002'))).code).toBe('E-AUDIT-0006');
    expect(errorOf(() => rig.session.permit('refund')).code).toBe('E-OPER-0010');
  });

  it('a new operator table is not taken, and the operator it would sign out stays', async () => {
    await rig.session.signIn('0003', 'pw0003');
    removeAuditHead();
    const before = snapshot();
    const table = await testDirectory(2n);
    const unbound = { ...table, operators: table.operators.map((o) => (o.id === '0003' ? { ...o, terminals: ['T0000099'] } : o)) };
    expect(errorOf(() => rig.session.applyDirectory(unbound)).code).toBe('E-AUDIT-0006');
    expect(snapshot()).toEqual(before);
  });

  it('sign-out by hand and the idle sign-out leave the operator signed in, and nobody acts in their name', async () => {
    await rig.session.signIn('0003', 'pw0003');
    removeAuditHead();
    expect(errorOf(() => rig.session.signOut()).code).toBe('E-AUDIT-0006');
    expect(rig.session.current()?.id).toBe('0003');
    rig.advance(rig.session.idleDeadline()! - rig.clock);
    expect(errorOf(() => rig.session.permit('sale')).code).toBe('E-AUDIT-0006');
  });
});

describe('the audit log', () => {
  it('writes a batch of entries whole or not at all', () => {
    const before = rig.audit.entriesAfter(0, 1000).length;
    const e = errorOf(() =>
      rig.audit.appendAll([
        { kind: 'settings', operatorId: '0001', approverId: null, details: { setting: 'volume' } },
        { kind: 'settings', operatorId: '0001', approverId: null, details: { note: '4111111111111111' } },
      ]),
    );
    expect(e.code).toBe('E-AUDIT-0005');
    expect(rig.audit.entriesAfter(0, 1000)).toHaveLength(before);
    const written = rig.audit.appendAll([
      { kind: 'settings', operatorId: '0001', approverId: null, details: { setting: 'volume' } },
      { kind: 'settings', operatorId: '0001', approverId: null, details: { setting: 'contrast' } },
    ]);
    expect(written.map((w) => w.seq)).toEqual([before + 1, before + 2]);
    expect(rig.audit.verify()).toMatchObject({ kind: 'intact' });
  });
});
