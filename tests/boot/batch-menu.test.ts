// The menu's settlement with real parts in process: payment's journal (SQLite, the real outbox
// behind its port) and operator session with the development operators, the screen driver over a
// renderer that records the views and takes keys as the kiosk page sends them. A cashier's
// settlement asks the supervisor on the keypad first; with no printer the Z report's E-UI-0007
// is shown and the report still comes; the report waits for the backend's reconciliation and is
// redrawn in place when the journal stores it, an out-of-balance one with each mismatch.
import { afterEach, describe, expect, it } from 'vitest';
import { batchMenu } from '../../src/boot/batch-menu.js';
import { engineSettings } from '../../src/boot/engine-ports.js';
import type { MenuHandler } from '../../src/boot/operator-loop.js';
import type { Terminal } from '../../src/boot/terminal.js';
import { createScreenDriver, type UserInput, type View } from '../../src/ui/index.js';
import { demoOperators } from '../fixtures/screen-flows.js';
import { journalRig, type Rig as JournalRig } from '../payment/journal/rig.js';
import type { Rig as OperatorsRig } from '../payment/operators/rig.js';

let journal: JournalRig | undefined;
let operators: OperatorsRig | undefined;
afterEach(() => {
  journal?.close();
  journal?.remove();
  operators?.dispose();
});

async function settle() {
  journal = journalRig();
  operators = await demoOperators();
  const views: View[] = [];
  let send: (input: UserInput) => void = () => undefined;
  const driver = createScreenDriver({ render: (v) => void views.push(v), onInput: (l) => (send = l) }, { prefs: { language: 'en', largeType: false, voice: false } });
  // Only what the batch menu uses of the booted terminal: the display, the journal and operators,
  // and a registry without a printer.
  const terminal = { display: { driver }, payment: { journal: journal.journal, session: operators.session }, registry: { byKind: () => [] } } as unknown as Terminal;
  const settlement = new Map(batchMenu(terminal, engineSettings())).get('settlement') as MenuHandler;
  const shown = async (id: string): Promise<View> => {
    await expect.poll(() => views.at(-1)?.id, { timeout: 5_000 }).toBe(id);
    return views.at(-1)!;
  };
  const type = (digits: string): void => {
    for (const d of digits) send({ kind: 'key', key: { kind: 'digit', digits: d as '0' } });
    send({ kind: 'key', key: { kind: 'enter' } });
  };
  const tap = (id: string): void => send({ kind: 'key', key: { kind: 'button', id } });
  return { journal: journal.journal, session: operators.session, settlement, views, shown, type, tap };
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
