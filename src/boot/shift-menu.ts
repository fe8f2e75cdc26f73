// 签到/签退 from the menu; any operator starts and ends their own shift. Start shift: the
// signed-in operator's shift opens (shift-start in the audit log) and its start is shown. End
// shift: it closes (shift-end), the operator is signed out, and the summary — the operator, start
// and end, and per type the count and amount of their transactions approved during it, from the
// journal — is printed (the hand-over slip, receipt/shift-summary.ts) and shown until OK. A
// shift is not a login: an idle sign-out leaves it open for when the operator is back. Card
// transactions do not wait for 签到: the shift is the operator's hand-over record, the batch
// (settlement) is what the host reconciles, and a terminal that refused a sale for want of 签到
// would stop a cashier the receipt cannot help.
import { shiftSummaryJob } from '../payment/receipt/index.js';
import { shiftStartedScreen, shiftSummaryScreen, type MenuAction } from '../ui/index.js';
import type { MenuSettings } from './engine-ports.js';
import { localTime, SCREEN_KIND } from './journal-views.js';
import { OPERATOR_TIMEOUT_MS, type MenuHandler } from './operator-loop.js';
import { printReport } from './report-printing.js';
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

  /** E-OPER-0015 (none open) comes back from the session as its error screen. The shift is
   *  closed and the operator signed out before the summary prints: a printer fault is shown
   *  with its code (report-printing.ts) and changes neither. */
  const end: MenuHandler = async (signal) => {
    const shift = session.endShift();
    const totals = journal.operatorTotals(shift.operatorId, shift.startedAt, shift.endedAt);
    const printed = { shift: shift.id, operator: shift.operatorId, startedAt: new Date(shift.startedAt), endedAt: new Date(shift.endedAt), currency: Number(settings.currency.code), totals: totals.map((t) => ({ kind: t.type, count: t.count, amount: t.amount })) };
    await printReport(terminal, () => shiftSummaryJob(printed, settings.receipt, settings.receiptLanguage), signal);
    const shown = { operatorId: shift.operatorId, startedAt: localTime(shift.startedAt, timeZone), endedAt: localTime(shift.endedAt, timeZone), currency: settings.uiCurrency, totals: totals.map((t) => ({ kind: SCREEN_KIND[t.type], count: t.count, amount: t.amount })) };
    await driver.ask(shiftSummaryScreen(shown), { ...ask, signal });
  };

  return [
    ['shift-start', start],
    ['shift-end', end],
  ];
}
