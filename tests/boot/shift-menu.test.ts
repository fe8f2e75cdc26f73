// 签到/签退 from the menu with real parts in process (menu-rig.ts: payment's journal in SQLite and
// the operator session with the development operators, the screen driver over a recording
// renderer). The menu offers Start shift while the operator has none open and End shift while
// one is; an idle sign-out leaves the shift open; End shift prints (the ESC/POS driver to the
// virtual printer over TCP) and shows the operator's approved transactions of the shift by type,
// counted by the real journal, and signs the operator out — out of paper too.
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
  rig = await menuRig({ printer: true });
  const handlers = new Map(shiftMenu(rig.terminal, engineSettings()));
  return { ...rig, start: handlers.get('shift-start') as MenuHandler, end: handlers.get('shift-end') as MenuHandler, signal: new AbortController().signal };
}

/** The last slip the virtual printer took, as its text lines with runs of spaces squeezed. */
function lastSlip(t: MenuRig): string[] {
  const receipt = t.paper!.receipts.at(-1)!;
  return receipt.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((r) => r.text).join('').replace(/ {2,}/g, ' ').trim()] : []));
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
    transaction(t, 'balance', 0n, '0003'); // moves no money: in no total
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
    // Printed before it is shown: the hand-over slip, the same numbers with the net, no card data.
    expect(t.paper!.receipts).toHaveLength(1);
    const slip = lastSlip(t);
    expect(slip).toEqual(expect.arrayContaining(['签退汇总 SHIFT SUMMARY', '操作员 OPERATOR 0003', '签到时间 SHIFT START 2026-12-01 17:01:00', '签退时间 SHIFT END 2026-12-02 01:02:00']));
    expect(slip).toEqual(expect.arrayContaining(['消费 SALE 2 CNY 59.00', '退货 REFUND 1 CNY -5.00', '撤销 VOID 1 CNY -10.00', '净额 NET CNY 44.00']));
    expect(slip.join('\n')).not.toMatch(/\d{6}\*+\d{4}|卡号|CARD NO/);
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
    expect(lastSlip(t)).toContain('本班次无成功交易 NONE APPROVED IN THIS SHIFT');
    t.tap('ok');
    await ending;
  });

  it('signs out and shows the summary though the printer is out of paper, after the fault\'s code screen', async () => {
    const t = await shifts();
    await t.session.signIn('0003', '333333');
    t.session.startShift();
    t.paper!.setPaper('out');
    const ending = t.end(t.signal);
    const fault = await t.shown('error');
    expect(fault.lines[0]!.text).toBe('Error code E-PRINTER-0004');
    // The shift is closed and the operator out whatever the printer does next.
    expect(t.session.current()).toBeNull();
    await t.session.signIn('0003', '333333');
    expect(offered(t)).toEqual(['shift-start']);
    t.tap('ok');
    expect((await t.shown('shift-summary')).lines.at(-1)!.text).toBe('You are signed out');
    t.tap('ok');
    await ending;
    expect(t.paper!.receipts).toHaveLength(0);
  });
});
