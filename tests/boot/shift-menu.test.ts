// 签到/签退 from the menu with real parts in process (menu-rig.ts: payment's journal in SQLite and
// the operator session with the development operators, the screen driver over a recording
// renderer). The menu offers Start shift while the operator has none open and End shift while
// one is; an idle sign-out leaves the shift open; End shift shows the operator's approved
// transactions of the shift by type, counted by the real journal, and signs the operator out.
import { afterEach, describe, expect, it } from 'vitest';
import { engineSettings } from '../../src/boot/engine-ports.js';
import { offeredTo, type MenuHandler } from '../../src/boot/operator-loop.js';
import { shiftMenu } from '../../src/boot/shift-menu.js';
import type { TransactionType } from '../../src/payment/journal/index.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../src/payment/operator-credentials.js';
import { arqcSent, contactCard, hostApproval, tcFromCard } from '../payment/journal/rig.js';
import { menuRig, type MenuRig } from './menu-rig.js';

let rig: MenuRig | undefined;
afterEach(() => rig?.dispose());

async function shifts() {
  rig = await menuRig();
  const handlers = new Map(shiftMenu(rig.terminal, engineSettings()));
  return { ...rig, start: handlers.get('shift-start') as MenuHandler, end: handlers.get('shift-end') as MenuHandler, signal: new AbortController().signal };
}

const offered = (t: MenuRig) => (['shift-start', 'shift-end'] as const).filter((a) => offeredTo(t.session, a));

/** A transaction by `operatorId` taken from start to `to` (approved: online, through the host). */
function transaction(t: MenuRig, type: TransactionType, amount: bigint, operatorId: string, to: 'approved' | 'declined' = 'approved', originalId?: string): string {
  const { id } = t.journal.begin({ type, amount, currency: '156', operatorId, ...(originalId ? { originalId } : {}) });
  t.journal.step(id, contactCard);
  if (type !== 'sale') {
    t.journal.step(id, { to: 'authorising' });
    t.journal.step(id, to === 'approved' ? { to: 'approved', host: { responseCode: '00' } } : { to: 'declined', path: 'online', host: { responseCode: '51' } });
    return id;
  }
  t.journal.step(id, arqcSent);
  if (to === 'declined') t.journal.step(id, { to: 'declined', path: 'online', host: { responseCode: '51' } });
  else {
    t.journal.step(id, hostApproval);
    t.journal.step(id, tcFromCard);
  }
  return id;
}

describe('the menu\'s shifts (签到/签退)', () => {
  it('offers Start shift without a shift and End shift with one, to any role; an idle sign-out keeps the shift open', async () => {
    const t = await shifts();
    expect(offered(t)).toEqual([]);
    await t.session.signIn('0003', '333333');
    expect(offered(t)).toEqual(['shift-start']);
    const starting = t.start(t.signal);
    // 09:00 UTC is 17:00 in the terminal's time zone (Asia/Shanghai).
    expect((await t.shown('shift-started')).lines.map((l) => l.text)).toEqual(['Operator 0003', 'Started 12-01 17:00']);
    t.tap('ok');
    await starting;
    expect(offered(t)).toEqual(['shift-end']);
    t.operators.advance(DEFAULT_SIGN_IN_POLICY.idleMs);
    expect(t.session.current()).toBeNull();
    expect(offered(t)).toEqual([]);
    await t.session.signIn('0003', '333333');
    expect(offered(t)).toEqual(['shift-end']);
    // Another operator's shift is theirs: the supervisor has none open.
    await t.session.signIn('0002', '222222');
    expect(offered(t)).toEqual(['shift-start']);
    await expect(t.end(t.signal)).rejects.toMatchObject({ code: 'E-OPER-0015' });
  });

  it('ends the shift with the operator\'s approved transactions of the shift by type, then signs them out', async () => {
    const t = await shifts();
    await t.session.signIn('0003', '333333');
    transaction(t, 'sale', 9_900n, '0003'); // before the shift: not in it
    t.operators.advance(60_000);
    t.session.startShift();
    t.operators.advance(60_000);
    const voided = transaction(t, 'sale', 1_000n, '0003');
    transaction(t, 'sale', 4_900n, '0003');
    transaction(t, 'sale', 2_500n, '0003', 'declined');
    transaction(t, 'sale', 7_700n, '0002'); // another operator's
    transaction(t, 'refund', 500n, '0003');
    transaction(t, 'void', 1_000n, '0003', 'approved', voided);
    t.operators.advance(8 * 3_600_000);
    // Signed out for being idle meanwhile; back in the same shift.
    await t.session.signIn('0003', '333333');
    const ending = t.end(t.signal);
    const summary = await t.shown('shift-summary');
    expect(summary.lines.map((l) => l.text)).toEqual([
      'Operator 0003',
      '12-01 17:01 – 12-02 01:02',
      'Sale: 2 · CN¥59.00',
      'Refund: 1 · CN¥5.00',
      'Void: 1 · CN¥10.00',
      'You are signed out',
    ]);
    expect(t.session.current()).toBeNull();
    t.tap('ok');
    await ending;
    await t.session.signIn('0003', '333333');
    expect(offered(t)).toEqual(['shift-start']);
    expect(t.journal.operatorTotals('0003', 0, Number.MAX_SAFE_INTEGER).map((r) => [r.type, r.count, r.amount])).toEqual([
      ['sale', 3, 15_800n],
      ['refund', 1, 500n],
      ['void', 1, 1_000n],
    ]);
  });

  it('says so when the shift had no approved transaction', async () => {
    const t = await shifts();
    await t.session.signIn('0003', '333333');
    t.session.startShift();
    const ending = t.end(t.signal);
    expect((await t.shown('shift-summary')).lines.map((l) => l.text)).toEqual(['Operator 0003', '12-01 17:00 – 12-01 17:00', 'No approved transactions in this shift', 'You are signed out']);
    t.tap('ok');
    await ending;
  });
});
