// An operator's report on paper (X/Z report, shift summary). The paper is a copy of what the
// journal holds and the screen shows next, so a printer fault — none attached (E-UI-0007), out
// of paper, cover open — must not hold up the settlement or the sign-out: it is shown with its
// code and fix, and the caller goes on to show the report; Print on that screen, where offered,
// tries again once the paper is in.
import { PosError } from '../errors/index.js';
import type { PrintJob } from '../kernel/index.js';
import { showError } from './operator-loop.js';
import { printerOf } from './query-menu.js';
import type { Terminal } from './terminal.js';

/** Prints `job()`; a coded fault (the job's own E-RECEIPT-* included) is shown until OK. */
export async function printReport(terminal: Terminal, job: () => PrintJob, signal: AbortSignal): Promise<void> {
  try {
    const printed = await printerOf(terminal).print(job());
    if (printed.kind === 'failed') throw printed.error;
  } catch (e) {
    if (!(e instanceof PosError)) throw e;
    await showError(terminal.display.driver, e, signal);
  }
}
