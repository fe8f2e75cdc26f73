// The menu's settlement with real parts in process (menu-rig.ts: payment's journal and operator
// session, the screen driver over a recording renderer, no printer). A cashier's settlement asks the supervisor on the keypad first; with no printer the Z report's E-UI-0007
// is shown and the report still comes; the report waits for the backend's reconciliation and is
// redrawn in place when the journal stores it, an out-of-balance one with each mismatch.
import { afterEach, describe, expect, it } from 'vitest';
import { batchMenu } from '../../src/boot/batch-menu.js';
import { engineSettings } from '../../src/boot/engine-ports.js';
import type { MenuHandler } from '../../src/boot/operator-loop.js';
import { menuRig, type MenuRig } from './menu-rig.js';

let rig: MenuRig | undefined;
afterEach(() => rig?.dispose());

async function settle() {
  rig = await menuRig();
  return { ...rig, settlement: new Map(batchMenu(rig.terminal, engineSettings())).get('settlement') as MenuHandler };
}

describe('the menu\'s settlement', () => {
  it('asks a cashier\'s supervisor, closes the batch, and redraws the report when the backend\'s reconciliation arrives', async () => {
    const t = await settle();
    await t.session.signIn('0003', '333333');
    const running = t.settlement(new AbortController().signal);
    expect((await t.shown('supervisor-id')).lines.map((l) => l.text)).toEqual(['Settlement needs a supervisor\'s approval']);
    t.type('0002');
    await t.shown('supervisor-password');
    t.type('222222');
    // No printer: the Z report's error screen, then the report.
    expect((await t.shown('error')).lines[0]!.text).toBe('Error code E-UI-0007');
    t.tap('ok');
    const pending = await t.shown('report');
    expect(pending.lines.map((l) => l.text)).toEqual(['Batch 1', 'Net: CN¥0.00', 'Sent to the host: no reconciliation yet, the operations centre will show it']);
    const z = t.journal.zReport(1)!;
    expect(z.closedBy).toBe('0003');
    t.journal.reconcile({ settlementId: z.settlementId, batch: 1, status: 'out-of-balance', backendTotals: [], mismatches: [{ kind: 'missing-at-terminal', transactionId: 'txn-the-host-has', backendAmount: 1200n, currency: '156' }], reconciledAt: 1 }, '0003');
    await expect.poll(() => t.views.at(-1)?.lines.map((l) => l.text), { timeout: 5_000 }).toEqual([
      'Batch 1',
      'Net: CN¥0.00',
      'Totals differ from the host: the batch was uploaded for reconciliation',
      "txn-the-host-has: not in the terminal's totals (host CN¥12.00)",
    ]);
    expect(t.views.at(-1)!.id).toBe('report');
    t.tap('ok');
    await running;
  });

  it('refuses without the supervisor (E-TXN-0008) and leaves the batch open', async () => {
    const t = await settle();
    await t.session.signIn('0003', '333333');
    const running = t.settlement(new AbortController().signal);
    await t.shown('supervisor-id');
    t.tap('cancel');
    await expect(running).rejects.toMatchObject({ code: 'E-TXN-0008' });
    expect(t.journal.zReport(1)).toBeUndefined();
    expect(t.journal.xReport().batch).toBe(1);
  });
});
