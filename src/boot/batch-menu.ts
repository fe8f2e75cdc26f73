// The batch's reports from the menu. X report: the open batch's running totals, printed and
// shown, nothing closed. Settlement: the batch closed (Z report) by an operator whose role may
// settle — a cashier's needs a supervisor's id and password on the keypad first — its
// SettlementRequest sent through the outbox, the Z report printed, and the report shown with
// the backend's reconciliation: not answered yet, then redrawn in place when it comes (at once
// online; when the link is back, offline) — balanced, or out of balance with each mismatch.
// Print prints the report again.
import { PosError } from '../errors/index.js';
import type { Approval } from '../payment/operator-session.js';
import { settlementReportJob, xReportFromJournal, zReportFromJournal, type SettlementReport } from '../payment/receipt/index.js';
import { both, reportScreen, type MenuAction, type ReportTotals } from '../ui/index.js';
import { askSupervisor } from './engine-ports.js';
import { reportTotalsOf, voucherOfJournal } from './journal-views.js';
import { OPERATOR_TIMEOUT_MS, type MenuHandler } from './operator-loop.js';
import { printReport } from './report-printing.js';
import type { Terminal } from './terminal.js';
import type { MenuSettings } from './engine-ports.js';

/** How often a report waiting for the backend's reconciliation looks for it in the journal. */
const RECONCILIATION_POLL_MS = 250;

export function batchMenu(terminal: Terminal, settings: MenuSettings): [MenuAction, MenuHandler][] {
  const driver = terminal.display.driver;
  const { journal, session } = terminal.payment;
  const currencyNumber = Number(settings.currency.code);
  const voucherOf = voucherOfJournal((id) => journal.get(id));

  const print = (report: SettlementReport, signal: AbortSignal): Promise<void> =>
    printReport(terminal, () => settlementReportJob(report, settings.receipt, settings.receiptLanguage), signal);

  /** The report on screen until OK; Print prints it again. A reconciliation still pending is
   *  redrawn in place once the journal has it. */
  const show = async (totals: () => ReportTotals, report: SettlementReport, signal: AbortSignal): Promise<void> => {
    await print(report, signal);
    for (;;) {
      const shown = totals();
      const watch =
        shown.reconciliation === 'pending'
          ? setInterval(() => {
              const now = totals();
              if (now.reconciliation === 'pending') return;
              clearInterval(watch);
              driver.update(reportScreen(now));
            }, RECONCILIATION_POLL_MS)
          : undefined;
      let answer;
      try {
        answer = await driver.ask(reportScreen(shown), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
      } finally {
        clearInterval(watch);
      }
      if (answer.kind !== 'entered' || answer.value !== 'print') return;
      await print(report, signal);
    }
  };

  const xReport: MenuHandler = async (signal) => {
    const x = journal.xReport();
    const report = xReportFromJournal(x, session.operator().id, currencyNumber);
    await show(() => reportTotalsOf({ kind: 'x-report', batch: x.batch, totals: x.totals, currency: settings.uiCurrency, voucherOf }), report, signal);
  };

  /** The operator's permit to settle, with a supervisor's approval asked when the role needs it. */
  const permit = async (signal: AbortSignal) => {
    if (session.authorise('settlement').kind !== 'needs-supervisor-approval') return session.permit('settlement');
    const credentials = await askSupervisor(driver, both((s) => s.menu.action.settlement), signal);
    if (credentials === null) throw new PosError('E-TXN-0008', { action: 'settlement' });
    const approval: Approval = await session.approve('settlement', credentials.approverId, credentials.password);
    return session.permit('settlement', approval);
  };

  const settlement: MenuHandler = async (signal) => {
    const { operatorId } = await permit(signal);
    const z = journal.closeBatch(operatorId);
    const totals = (): ReportTotals => {
      const reconciliation = journal.reconciliation(z.batch);
      return reportTotalsOf({ kind: 'settlement', batch: z.batch, totals: z.totals, currency: settings.uiCurrency, ...(reconciliation ? { reconciliation } : {}), voucherOf });
    };
    await show(totals, zReportFromJournal(z, currencyNumber), signal);
  };

  return [
    ['x-report', xReport],
    ['settlement', settlement],
  ];
}
