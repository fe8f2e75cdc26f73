// The menu's handlers with real parts in process: payment's journal (SQLite, the real outbox
// behind its port) and operator session with the development operators, the screen driver over a
// renderer that records the views and takes keys as the kiosk page sends them, and a registry
// without a printer, or with the ESC/POS driver over TCP to the virtual printer when asked —
// only what the menus use of a booted terminal. The journal runs on the
// operators' clock, so a test moves the time of both at once.
import { expect } from 'vitest';
import type { Terminal } from '../../src/boot/terminal.js';
import { EscPosPrinter, tcpLine } from '../../src/devices/printer/index.js';
import { VirtualPrinter } from '../../src/emulators/printer/virtual-printer.js';
import type { Journal } from '../../src/payment/journal/index.js';
import type { OperatorSession } from '../../src/payment/operator-session.js';
import { createScreenDriver, type UserInput, type View } from '../../src/ui/index.js';
import { demoOperators } from '../fixtures/screen-flows.js';
import { journalRig } from '../payment/journal/rig.js';
import type { Rig as OperatorsRig } from '../payment/operators/rig.js';

export interface MenuRig {
  readonly terminal: Terminal;
  readonly journal: Journal;
  readonly session: OperatorSession;
  /** The operators' files and clock; the journal keeps the same time. */
  readonly operators: OperatorsRig;
  readonly views: View[];
  /** The virtual printer behind the registry's printer, when the rig was asked for one. */
  readonly paper: VirtualPrinter | null;
  /** Waits until the screen shown is `id` and returns its view. */
  shown(id: string): Promise<View>;
  /** Digits on the keypad, then Enter. */
  type(digits: string): void;
  /** Digits on the keypad, no Enter. */
  keys(digits: string): void;
  tap(button: string): void;
  dispose(): Promise<void>;
}

/** The driver's timings shortened: the virtual printer answers at once on loopback. */
const FAST_PRINTER = { pollMs: 50, confirmTimeoutMs: 3_000, answerTimeoutMs: 500, watchMs: 0 };

export interface MenuRigOptions {
  readonly printer?: boolean;
  /** The channel's session client and lock, for menus that run the engine against a backend. */
  readonly channel?: Pick<Terminal['channel'], 'client' | 'lock'>;
}

export async function menuRig(o: MenuRigOptions = {}): Promise<MenuRig> {
  const operators = await demoOperators();
  const paper = o.printer ? new VirtualPrinter() : null;
  const line = paper ? tcpLine('127.0.0.1', await paper.listen(0)) : null;
  const printer = line ? new EscPosPrinter(await line(), line, FAST_PRINTER) : null;
  const journal = journalRig({ now: () => operators.clock });
  const views: View[] = [];
  let send: (input: UserInput) => void = () => undefined;
  const driver = createScreenDriver({ render: (v) => void views.push(v), onInput: (l) => (send = l) }, { prefs: { language: 'en', largeType: false, voice: false } });
  const keys = (digits: string) => {
    for (const d of digits) send({ kind: 'key', key: { kind: 'digit', digits: d as '0' } });
  };
  const terminal = { display: { driver }, payment: { journal: journal.journal, session: operators.session }, registry: { byKind: (kind: string) => (kind === 'printer' && printer ? [printer] : []), find: () => undefined }, channel: o.channel } as unknown as Terminal;
  return {
    terminal,
    journal: journal.journal,
    session: operators.session,
    operators,
    views,
    paper,
    async shown(id) {
      await expect.poll(() => views.at(-1)?.id, { timeout: 5_000 }).toBe(id);
      return views.at(-1)!;
    },
    type(digits) {
      keys(digits);
      send({ kind: 'key', key: { kind: 'enter' } });
    },
    keys,
    tap: (id) => send({ kind: 'key', key: { kind: 'button', id } }),
    async dispose() {
      await printer?.close();
      await paper?.close();
      journal.close();
      journal.remove();
      operators.dispose();
    },
  };
}
