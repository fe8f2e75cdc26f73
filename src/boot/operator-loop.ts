// What the operator goes through on the terminal, from the idle screen: sign in (id, password;
// a refusal is its error screen with code, message and fix), the main menu of what the role
// may do that this terminal runs, each transaction handed to the engine, sign out. Runs until
// stopped; the idle screen comes back after everything.
import { PosError } from '../errors/index.js';
import type { OperatorSession } from '../payment/operator-session.js';
import type { Action } from '../payment/roles.js';
import { errorScreen, mainMenuScreen, passwordScreen, signInScreen, type MenuAction, type ScreenDriver } from '../ui/index.js';
import type { IdleDisplay } from './idle-display.js';

/** A menu entry the terminal runs: the engine's transaction, or a report. */
export type MenuHandler = (signal: AbortSignal) => Promise<void>;

/** How long a screen waits for the operator. */
export const OPERATOR_TIMEOUT_MS = 60_000;
/** The largest amount the keypad takes: 12 digits, as the PIN pad protocol carries. */
export const MAX_AMOUNT = 999_999_999_999n;

/** The permission (payment/roles.ts) each menu entry needs; the rest (QR, the query, the X
 *  report, reprint) any signed-in operator may use. A pre-authorisation's cancel is a void of
 *  it, as the engine stamps it. */
const NEEDS: Partial<Record<MenuAction, Action>> = {
  sale: 'sale',
  balance: 'balance',
  'pre-auth': 'pre-auth',
  completion: 'completion',
  'pre-auth-cancel': 'void',
  refund: 'refund',
  void: 'void',
  settlement: 'settlement',
  settings: 'settings',
  'key-management': 'key-management',
};

/** Whether the operator's shift is open when it is offered: 签到 while none is, 签退 while one is. */
const SHIFT_OPEN: Partial<Record<MenuAction, boolean>> = { 'shift-start': false, 'shift-end': true };

/** Offered when the role may do it, by itself or with a supervisor's approval on the spot
 *  (asked when chosen); hidden when it needs an administrator. Any operator starts and ends
 *  their own shift. */
export function offeredTo(session: OperatorSession, action: MenuAction): boolean {
  const shiftOpen = SHIFT_OPEN[action];
  if (shiftOpen !== undefined) return session.current() !== null && (session.shift() !== null) === shiftOpen;
  const needs = NEEDS[action];
  if (needs === undefined) return session.current() !== null;
  const decision = session.authorise(needs).kind;
  return decision === 'allowed' || decision === 'needs-supervisor-approval';
}

export interface OperatorLoopOptions {
  readonly display: IdleDisplay;
  readonly session: OperatorSession;
  /** What the menu offers beyond sign-out, each with what runs it: a promise, as main loads the
   *  menus and the EMV kernels behind them once the idle screen is up (nobody reaches the menu
   *  before signing in, seconds later). */
  readonly actions: Promise<ReadonlyMap<MenuAction, MenuHandler>>;
  readonly onError: (error: unknown) => void;
}

export interface OperatorLoop {
  stop(): Promise<void>;
}

/** An error's screen: the operator reads it and presses OK. */
export async function showError(driver: ScreenDriver, error: PosError, signal: AbortSignal): Promise<void> {
  await driver.ask(errorScreen(error.code), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
}

export function startOperatorLoop(o: OperatorLoopOptions): OperatorLoop {
  const stopping = new AbortController();
  const { signal } = stopping;
  const driver = o.display.driver;

  const signIn = async (): Promise<void> => {
    const id = await driver.ask(signInScreen(), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
    if (id.kind !== 'entered') return;
    const password = await driver.ask(passwordScreen(id.value), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
    if (password.kind !== 'entered') return;
    try {
      await o.session.signIn(id.value, password.value.reveal());
    } catch (e) {
      if (!(e instanceof PosError)) throw e;
      await showError(driver, e, signal);
    }
  };

  const menu = async (): Promise<void> => {
    const operator = o.session.current();
    if (operator === null) return;
    const actions = await o.actions;
    const offered: MenuAction[] = [...[...actions.keys()].filter((a) => offeredTo(o.session, a)), 'sign-out'];
    const choice = await driver.ask(mainMenuScreen(operator, offered), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
    if (choice.kind !== 'entered') return;
    o.session.touch();
    if (choice.value === 'sign-out') return o.session.signOut();
    const action = offered.find((a) => a === choice.value);
    if (action !== undefined) await actions.get(action)?.(signal);
  };

  const run = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        const answer = await o.display.askIdle(signal);
        if (answer.kind !== 'entered') continue;
        if (answer.value === 'sign-in') await signIn();
        else await menu();
      } catch (e) {
        if (signal.aborted) return;
        o.onError(e);
        if (e instanceof PosError) await showError(driver, e, signal).catch(() => undefined);
      }
    }
  };
  const running = run();
  return {
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
