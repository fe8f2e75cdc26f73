// What the operator's menu offers each role (payment's permission matrix through the real
// OperatorSession with the development operators), and the journal's records in the screens'
// words: a typed date as the terminal's local day, the report's totals, net and mismatches.
import { afterEach, describe, expect, it } from 'vitest';
import { offeredTo } from '../../src/boot/operator-loop.js';
import { dayRange, reportTotalsOf } from '../../src/boot/journal-views.js';
import type { MenuAction } from '../../src/ui/index.js';
import { demoOperators } from '../fixtures/screen-flows.js';
import type { Rig } from '../payment/operators/rig.js';

const CNY = { alpha: 'CNY', exponent: 2 };
const ALL: MenuAction[] = ['sale', 'balance', 'refund', 'void', 'pre-auth', 'completion', 'pre-auth-cancel', 'query', 'reprint-last', 'x-report', 'settlement', 'settings', 'key-management'];
let rig: Rig | undefined;
afterEach(() => rig?.dispose());

describe('the menu by role', () => {
  it('offers a cashier the supervisor\'s actions (approved on the spot) but not an administrator\'s; nothing to nobody', async () => {
    rig = await demoOperators();
    const { session } = rig;
    expect(ALL.filter((a) => offeredTo(session, a))).toEqual([]);
    await session.signIn('0003', '333333');
    expect(ALL.filter((a) => offeredTo(session, a))).toEqual(['sale', 'balance', 'refund', 'void', 'pre-auth', 'completion', 'pre-auth-cancel', 'query', 'reprint-last', 'x-report', 'settlement']);
    session.signOut();
    await session.signIn('0001', '111111');
    expect(ALL.filter((a) => offeredTo(session, a))).toEqual(ALL);
  });
});

describe('the journal in the screens\' words', () => {
  it('takes a typed date as that day in the terminal\'s time zone, and refuses one that is not a date with E-UI-0005', () => {
    expect(dayRange('20261201', 'Asia/Shanghai')).toEqual({ from: Date.UTC(2026, 10, 30, 16), to: Date.UTC(2026, 11, 1, 16) });
    expect(dayRange('20260329', 'Europe/Berlin')).toEqual({ from: Date.UTC(2026, 2, 28, 23), to: Date.UTC(2026, 2, 29, 22) });
    for (const bad of ['20260229', '20261301', '20261200', '19991231']) expect(() => dayRange(bad, 'Asia/Shanghai'), bad).toThrow(expect.objectContaining({ code: 'E-UI-0005' }));
  });

  it('adds the schemes up per type, nets refunds out, and names a mismatched transaction by its voucher number', () => {
    const totals = reportTotalsOf({
      kind: 'settlement',
      batch: 3,
      currency: CNY,
      totals: [
        { scheme: 'unionpay', type: 'sale', currency: '156', count: 2, amount: 3000n },
        { scheme: 'visa', type: 'sale', currency: '156', count: 1, amount: 500n },
        { scheme: 'visa', type: 'refund', currency: '156', count: 1, amount: 200n },
      ],
      reconciliation: {
        settlementId: 's',
        batch: 3,
        status: 'out-of-balance',
        backendTotals: [],
        mismatches: [
          { kind: 'missing-at-backend', transactionId: 'known', terminalAmount: 500n, currency: '156' },
          { kind: 'total-differs', scheme: 'visa', type: 'sale', currency: '156', terminalAmount: 500n, backendAmount: 0n },
        ],
        reconciledAt: 0,
      },
      voucherOf: (id) => (id === 'known' ? '000007' : id),
    });
    expect(totals).toEqual({
      kind: 'settlement',
      batch: 3,
      currency: CNY,
      totals: [
        { kind: 'sale', count: 3, amount: 3500n },
        { kind: 'refund', count: 1, amount: 200n },
      ],
      net: 3300n,
      reconciliation: 'unbalanced',
      mismatches: [
        { kind: 'missing-at-backend', what: '000007', terminal: 500n },
        { kind: 'total-differs', what: 'visa sale', terminal: 500n, host: 0n },
      ],
    });
    expect(reportTotalsOf({ kind: 'settlement', batch: 3, currency: CNY, totals: [], voucherOf: String }).reconciliation).toBe('pending');
    expect(reportTotalsOf({ kind: 'x-report', batch: 3, currency: CNY, totals: [], voucherOf: String }).reconciliation).toBeNull();
  });
});
