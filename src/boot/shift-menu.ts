// 签到/签退 from the menu; any operator starts and ends their own shift. Start shift: the
// signed-in operator's shift opens (shift-start in the audit log) and its start is shown. End
// shift: it closes (shift-end), the summary — the operator, start and end, and per type the
// count and amount of their transactions approved during it, from the journal — is shown until
// OK, and the operator is signed out. A shift is not a login: an idle sign-out leaves it open
// for when the operator is back. Card transactions do not wait for 签到: the shift is the
// operator's hand-over record, the batch (settlement) is what the host reconciles, and a
// terminal that refused a sale for want of 签到 would stop a cashier the receipt cannot help.
import { shiftStartedScreen, shiftSummaryScreen, type MenuAction } from '../ui/index.js';
import type { MenuSettings } from './engine-ports.js';
import { localTime, SCREEN_KIND } from './journal-views.js';
import { OPERATOR_TIMEOUT_MS, type MenuHandler } from './operator-loop.js';
import type { Terminal } from './terminal.js';

export function shiftMenu(terminal: Terminal, settings: MenuSettings): [MenuAction, MenuHandler][] {
  const driver = terminal.display.driver;
  const { journal, session } = terminal.payment;
  const { timeZone } = settings.receipt;
  const ask = { timeoutMs: OPERATOR_TIMEOUT_MS };

  /** E-OPER-0014 (one already open) comes back from the session as its error screen. */
  const start: MenuHandler = async (signal) => {
    const shift = session.startShift();
    await driver.ask(shiftStartedScreen(shift.operatorId, localTime(shift.startedAt, timeZone)), { ...ask, signal });
  };

  /** E-OPER-0015 (none open) comes back from the session as its error screen. */
  const end: MenuHandler = async (signal) => {
    const shift = session.endShift();
    const totals = journal.operatorTotals(shift.operatorId, shift.startedAt, shift.endedAt).map((t) => ({ kind: SCREEN_KIND[t.type], count: t.count, amount: t.amount }));
    const summary = { operatorId: shift.operatorId, startedAt: localTime(shift.startedAt, timeZone), endedAt: localTime(shift.endedAt, timeZone), currency: settings.uiCurrency, totals };
    await driver.ask(shiftSummaryScreen(summary), { ...ask, signal });
  };

  return [
    ['shift-start', start],
    ['shift-end', end],
  ];
}
