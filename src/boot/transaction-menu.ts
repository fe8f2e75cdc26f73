// The main menu's transactions, each run by the payment engine over the terminal's ports: the
// amount asked on the screen, the sale run, then its result or error screen (code, message,
// what to do) until the operator's OK. While one runs the terminal is busy: no firmware install.
import type { Logger } from '../kernel/index.js';
import type { EngineOutcome, EngineScreen } from '../payment/engine/index.js';
import { PaymentEngine } from '../payment/engine/index.js';
import { amountScreen, errorScreen, resultScreen, type MenuAction } from '../ui/index.js';
import { engineScreens, engineSettings, transactionPorts, type EngineSettings } from './engine-ports.js';
import type { MenuHandler } from './operator-loop.js';
import type { Terminal } from './terminal.js';

/** The largest amount the keypad takes: 12 digits, as the PIN pad protocol carries. */
const MAX_AMOUNT = 999_999_999_999n;

export interface Activity {
  running: boolean;
}

export interface SaleRun {
  readonly outcome: EngineOutcome;
  /** The result or error screen the engine ended on, for the operator to acknowledge. */
  readonly ending: EngineScreen | null;
}

/** One card sale of `amount` through the engine. */
export async function runSale(terminal: Terminal, settings: ReturnType<typeof engineSettings>, log: Logger, activity: Activity, amount: bigint, signal?: AbortSignal): Promise<SaleRun> {
  let ending: EngineScreen | null = null;
  const screens = engineScreens(terminal.display.driver, settings.uiCurrency, (s) => (ending = s));
  activity.running = true;
  try {
    const engine = new PaymentEngine(transactionPorts({ terminal, settings: settings as EngineSettings, screens, amount, log }));
    const outcome = await engine.sale({ amount, ...(signal ? { signal } : {}) });
    return { outcome, ending };
  } finally {
    activity.running = false;
  }
}

/** Puts the engine's last screen up until the operator's OK. */
export async function acknowledge(terminal: Terminal, settings: ReturnType<typeof engineSettings>, ending: EngineScreen | null, signal: AbortSignal): Promise<void> {
  const driver = terminal.display.driver;
  if (ending?.id === 'result') {
    await driver.ask(resultScreen({ kind: ending.kind === 'sale' ? 'sale' : 'refund', amount: ending.amount, currency: settings.uiCurrency, maskedPan: ending.maskedPan, reference: ending.reference, result: ending.result }), { signal, timeoutMs: 60_000 });
  } else if (ending?.id === 'error') {
    await driver.ask(errorScreen(ending.error.code), { signal, timeoutMs: 60_000 });
  }
}

export function transactionMenu(terminal: Terminal, log: Logger, activity: Activity): ReadonlyMap<MenuAction, MenuHandler> {
  const settings = engineSettings();
  const sale: MenuHandler = async (signal) => {
    const amount = await terminal.display.driver.ask(amountScreen('sale', settings.uiCurrency, MAX_AMOUNT), { signal, timeoutMs: 60_000 });
    if (amount.kind !== 'entered') return;
    const run = await runSale(terminal, settings, log, activity, amount.value, signal);
    log.info({ outcome: run.outcome.kind, code: 'error' in run.outcome ? run.outcome.error.code : undefined }, 'sale ended');
    await acknowledge(terminal, settings, run.ending, signal);
  };
  return new Map<MenuAction, MenuHandler>([['sale', sale]]);
}
