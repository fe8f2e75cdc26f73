// The transaction query and reprint: the journal searched by date, amount, last four digits or
// reference (the host's RRN, the authorisation code, or the voucher number), the transactions
// found as buttons, the one tapped reprinted (the customer copy, marked as a reprint, counted in
// the journal); and "reprint last", the newest slip. The list stays up after a reprint, saying
// which one printed, so another can be reprinted or the operator goes back.
import { PosError } from '../errors/index.js';
import type { JournalTransaction } from '../payment/journal/index.js';
import { receiptFromJournal, receiptJob } from '../payment/receipt/index.js';
import { both, queryByScreen, queryFieldScreen, transactionListScreen, amountScreen, type MenuAction, type QueryField, type ScreenDriver, type Text } from '../ui/index.js';
import { dayRange, queryRowOf } from './journal-views.js';
import { MAX_AMOUNT, OPERATOR_TIMEOUT_MS, type MenuHandler } from './operator-loop.js';
import type { Terminal } from './terminal.js';
import type { MenuSettings } from './engine-ports.js';

/** The printer the registry holds now; none is E-UI-0007 (before the reprint is counted). */
export function printerOf(terminal: Terminal) {
  const printer = terminal.registry.byKind('printer')[0];
  if (printer === undefined) throw new PosError('E-UI-0007', { job: 'receipt' });
  return printer;
}

export function queryMenu(terminal: Terminal, settings: MenuSettings): [MenuAction, MenuHandler][] {
  const driver: ScreenDriver = terminal.display.driver;
  const journal = terminal.payment.journal;
  const { timeZone } = settings.receipt;
  const ask = { timeoutMs: OPERATOR_TIMEOUT_MS };

  /** Prints the slip again; a printer fault throws its code (the operator loop shows it). */
  const reprint = async (id: string): Promise<Text> => {
    const printer = printerOf(terminal);
    const record = journal.reprint(id);
    const job = receiptJob(receiptFromJournal(record), settings.receipt, { copy: 'customer', language: settings.receiptLanguage, reprint: true });
    const printed = await printer.print(job);
    if (printed.kind === 'failed') throw printed.error;
    const voucher = queryRowOf(record.transaction, timeZone).voucher;
    return both((s) => s.query.reprinted(voucher));
  };

  /** The list until the operator goes back; each tap reprints. */
  const list = async (found: readonly JournalTransaction[], signal: AbortSignal, notice?: Text): Promise<void> => {
    const rows = found.map((t) => queryRowOf(t, timeZone));
    for (let said = notice; ; ) {
      const screen = transactionListScreen('reprint', rows, settings.uiCurrency);
      const shown = said === undefined ? screen : { ...screen, lines: [{ text: said, style: 'ok' as const }, ...screen.lines] };
      const answer = await driver.ask(shown, { ...ask, signal });
      if (answer.kind !== 'entered') return;
      said = await reprint(answer.value);
    }
  };

  const reprintLast: MenuHandler = async (signal) => {
    const last = journal.lastReceipt();
    if (last === undefined) throw new PosError('E-UI-0006', {});
    const notice = await reprint(last.transaction.id);
    await list([journal.get(last.transaction.id)], signal, notice);
  };

  /** The journal's transactions matching what the operator typed for `field`; null if cancelled. */
  const search = async (field: QueryField, signal: AbortSignal): Promise<JournalTransaction[] | null> => {
    if (field === 'amount') {
      const amount = await driver.ask({ ...amountScreen('sale', settings.uiCurrency, MAX_AMOUNT), title: both((s) => s.query.field.amount) }, { ...ask, signal });
      return amount.kind === 'entered' ? journal.query({ amount: amount.value }) : null;
    }
    const typed = await driver.ask(queryFieldScreen(field), { ...ask, signal });
    if (typed.kind !== 'entered') return null;
    const value = typed.value;
    switch (field) {
      case 'date':
        return journal.query(dayRange(value, timeZone));
      case 'last-four':
        return journal.query({ lastFour: value });
      case 'reference': {
        // Six digits or fewer may also be the slip's voucher (trace) number.
        const byTrace = value.length <= 6 ? journal.query({ trace: Number(value) }) : [];
        const byReference = journal.query({ reference: value });
        return [...byReference, ...byTrace.filter((t) => !byReference.some((r) => r.id === t.id))].sort((a, b) => b.startedAt - a.startedAt);
      }
    }
  };

  const query: MenuHandler = async (signal) => {
    const by = await driver.ask(queryByScreen(), { ...ask, signal });
    if (by.kind !== 'entered') return;
    if (by.value === 'reprint-last') return reprintLast(signal);
    const found = await search(by.value as QueryField, signal);
    if (found !== null) await list(found, signal);
  };

  return [
    ['query', query],
    ['reprint-last', reprintLast],
  ];
}
