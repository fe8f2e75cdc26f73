// The main menu's card transactions, each run by the payment engine over the terminal's ports:
// sale, balance inquiry, refund (of an original picked from the journal, or without one), void
// (of a sale of the open batch), pre-authorisation, its completion and its cancel. The amount is
// asked on the keypad; the original is picked from the transactions it may refer to (a refund's
// each with what is left to refund of it, the journal's own sum, and no more asked; one with
// nothing left not offered); a supervisor's approval, when the operator's role needs one, is
// asked by the engine on the keypad before anything runs; then the engine's result or error
// screen (code, message, what to do) until the operator's OK. While one runs the terminal is
// busy: no firmware install. The reports and the transaction query are batch-menu.ts's and
// query-menu.ts's.
import type { Logger } from '../kernel/index.js';
import { originalsFor, PaymentEngine, type EngineOutcome, type EngineScreen, type FollowUpType } from '../payment/engine/index.js';
import type { JournalTransaction } from '../payment/journal/index.js';
import { amountScreen, balanceScreen, both, errorScreen, resultScreen, transactionListScreen, transactionSubject, type MenuAction, type QueryRow, type Text, type TransactionKind } from '../ui/index.js';
import { batchMenu } from './batch-menu.js';
import { engineScreens, engineSettings, transactionPorts, type MenuSettings } from './engine-ports.js';
import { queryRowOf, SCREEN_KIND } from './journal-views.js';
import { MAX_AMOUNT, OPERATOR_TIMEOUT_MS, type MenuHandler } from './operator-loop.js';
import { qrMenu } from './qr-menu.js';
import { queryMenu } from './query-menu.js';
import { shiftMenu } from './shift-menu.js';
import type { Terminal } from './terminal.js';

export interface Activity {
  running: boolean;
}

export interface TransactionRun {
  readonly outcome: EngineOutcome;
  /** The result or error screen the engine ended on, for the operator to acknowledge. */
  readonly ending: EngineScreen | null;
}

/** One transaction of `amount` through a new engine (the PIN pad shows that amount); `what`
 *  is what a supervisor is asked to approve. */
async function runEngine(
  terminal: Terminal,
  settings: MenuSettings,
  log: Logger,
  activity: Activity,
  amount: bigint,
  what: Text,
  run: (engine: PaymentEngine) => Promise<EngineOutcome>,
): Promise<TransactionRun> {
  let ending: EngineScreen | null = null;
  const screens = engineScreens(terminal.display.driver, settings.uiCurrency, (s) => (ending = s), what);
  activity.running = true;
  try {
    const outcome = await run(new PaymentEngine(transactionPorts({ terminal, settings, screens, amount, log })));
    return { outcome, ending };
  } finally {
    activity.running = false;
  }
}

/** One card sale of `amount` through the engine (npm run demo's, unattended). */
export function runSale(terminal: Terminal, settings: MenuSettings, log: Logger, activity: Activity, amount: bigint, signal?: AbortSignal): Promise<TransactionRun> {
  return runEngine(terminal, settings, log, activity, amount, transactionSubject('sale', amount, settings.uiCurrency), (engine) => engine.sale({ amount, ...(signal ? { signal } : {}) }));
}

/** Puts the engine's last screen up until the operator's OK. */
export async function acknowledge(terminal: Terminal, settings: MenuSettings, ending: EngineScreen | null, signal: AbortSignal): Promise<void> {
  const driver = terminal.display.driver;
  if (ending?.id === 'result') {
    await driver.ask(resultScreen({ kind: SCREEN_KIND[ending.kind], amount: ending.amount, currency: settings.uiCurrency, maskedPan: ending.maskedPan, reference: ending.reference, result: ending.result }), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
  } else if (ending?.id === 'balance') {
    await driver.ask(balanceScreen({ maskedPan: ending.maskedPan, balance: ending.balance, currency: settings.uiCurrency, reference: ending.reference }), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
  } else if (ending?.id === 'error') {
    await driver.ask(errorScreen(ending.error.code), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
  }
}

/** The follow-ups' originals as the screens name them. */
const PICK: Readonly<Record<FollowUpType, 'refund' | 'void' | 'completion' | 'pre-auth-cancel'>> = {
  refund: 'refund',
  void: 'void',
  'pre-auth-completion': 'completion',
  'pre-auth-cancel': 'pre-auth-cancel',
};

export function transactionMenu(terminal: Terminal, log: Logger, activity: Activity): ReadonlyMap<MenuAction, MenuHandler> {
  const settings = engineSettings();
  const driver = terminal.display.driver;
  const journal = terminal.payment.journal;
  const currency = settings.uiCurrency;
  const ask = { timeoutMs: OPERATOR_TIMEOUT_MS };

  const askAmount = async (kind: TransactionKind, signal: AbortSignal, max = MAX_AMOUNT): Promise<bigint | null> => {
    const amount = await driver.ask(amountScreen(kind, currency, max), { ...ask, signal });
    return amount.kind === 'entered' ? amount.value : null;
  };

  /** An original as a row of the list; a refund's with what refunds may still take of it when
   *  some was refunded already, and none when nothing is left (the journal would refuse it). */
  const rowOf = (type: FollowUpType, t: JournalTransaction): QueryRow | null => {
    const row = queryRowOf(t, settings.receipt.timeZone);
    if (type !== 'refund') return row;
    const refundable = journal.refundable(t.id);
    return refundable <= 0n ? null : refundable < t.amount ? { ...row, refundable } : row;
  };

  /** The original picked from those the follow-up may refer to; 'none' for a refund without one. */
  const pickOriginal = async (type: FollowUpType, signal: AbortSignal): Promise<JournalTransaction | 'none' | null> => {
    const candidates = originalsFor(journal, type).flatMap((t) => {
      const row = rowOf(type, t);
      return row === null ? [] : [{ t, row }];
    });
    const answer = await driver.ask(transactionListScreen(PICK[type], candidates.map((c) => c.row), currency), { ...ask, signal });
    if (answer.kind !== 'entered') return null;
    if (answer.value === 'without-original') return 'none';
    return candidates.find((c) => c.t.id === answer.value)?.t ?? null;
  };

  const finish = async (name: string, run: TransactionRun, signal: AbortSignal): Promise<void> => {
    const o = run.outcome;
    log.info({ transaction: name, outcome: o.kind, code: 'error' in o ? o.error.code : undefined }, 'transaction ended');
    await acknowledge(terminal, settings, run.ending, signal);
  };

  const sale: MenuHandler = async (signal) => {
    const amount = await askAmount('sale', signal);
    if (amount === null) return;
    await finish('sale', await runSale(terminal, settings, log, activity, amount, signal), signal);
  };

  /** The card's available balance from its issuer; no amount, no supervisor. */
  const balance: MenuHandler = async (signal) => {
    const run = await runEngine(terminal, settings, log, activity, 0n, both((s) => s.menu.action.balance), (e) => e.balance({ signal }));
    await finish('balance', run, signal);
  };

  const preAuth: MenuHandler = async (signal) => {
    const amount = await askAmount('pre-auth', signal);
    if (amount === null) return;
    const run = await runEngine(terminal, settings, log, activity, amount, transactionSubject('pre-auth', amount, currency), (e) => e.preAuth({ amount, signal }));
    await finish('pre-auth', run, signal);
  };

  const refund: MenuHandler = async (signal) => {
    const original = await pickOriginal('refund', signal);
    if (original === null) return;
    const amount = await askAmount('refund', signal, original === 'none' ? MAX_AMOUNT : journal.refundable(original.id));
    if (amount === null) return;
    const run = await runEngine(terminal, settings, log, activity, amount, transactionSubject('refund', amount, currency), (e) =>
      e.refund({ amount, ...(original === 'none' ? {} : { original: { reference: original.id } }), signal }),
    );
    await finish('refund', run, signal);
  };

  /** Void and cancel take the original's amount; a completion asks for its own. */
  const followUp =
    (type: 'void' | 'pre-auth-completion' | 'pre-auth-cancel'): MenuHandler =>
    async (signal) => {
      const original = await pickOriginal(type, signal);
      if (original === null || original === 'none') return;
      const kind = SCREEN_KIND[type];
      const amount = type === 'pre-auth-completion' ? await askAmount(kind, signal) : original.amount;
      if (amount === null) return;
      const ref = { original: { reference: original.id }, signal };
      const run = await runEngine(terminal, settings, log, activity, amount, transactionSubject(kind, amount, currency), (e) =>
        type === 'void' ? e.void(ref) : type === 'pre-auth-cancel' ? e.cancelPreAuth(ref) : e.completion({ ...ref, amount }),
      );
      await finish(type, run, signal);
    };

  return new Map<MenuAction, MenuHandler>([
    ...shiftMenu(terminal, settings),
    ['sale', sale],
    ['balance', balance],
    ['qr', qrMenu(terminal, settings, log, activity)],
    ['refund', refund],
    ['void', followUp('void')],
    ['pre-auth', preAuth],
    ['completion', followUp('pre-auth-completion')],
    ['pre-auth-cancel', followUp('pre-auth-cancel')],
    ...queryMenu(terminal, settings),
    ...batchMenu(terminal, settings),
  ]);
}
