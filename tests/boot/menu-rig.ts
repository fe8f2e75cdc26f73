// The menu's handlers with real parts in process: payment's journal (SQLite, the real outbox
// behind its port) and operator session with the development operators, the screen driver over a
// renderer that records the views and takes keys as the kiosk page sends them, and a registry
// without a printer — only what the menus use of a booted terminal. The journal runs on the
// operators' clock, so a test moves the time of both at once.
import { expect } from 'vitest';
import type { Terminal } from '../../src/boot/terminal.js';
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
  /** Waits until the screen shown is `id` and returns its view. */
  shown(id: string): Promise<View>;
  /** Digits on the keypad, then Enter. */
  type(digits: string): void;
  tap(button: string): void;
  dispose(): void;
}

export async function menuRig(): Promise<MenuRig> {
  const operators = await demoOperators();
  const journal = journalRig({ now: () => operators.clock });
  const views: View[] = [];
  let send: (input: UserInput) => void = () => undefined;
  const driver = createScreenDriver({ render: (v) => void views.push(v), onInput: (l) => (send = l) }, { prefs: { language: 'en', largeType: false, voice: false } });
  const terminal = { display: { driver }, payment: { journal: journal.journal, session: operators.session }, registry: { byKind: () => [] } } as unknown as Terminal;
  return {
    terminal,
    journal: journal.journal,
    session: operators.session,
    operators,
    views,
    async shown(id) {
      await expect.poll(() => views.at(-1)?.id, { timeout: 5_000 }).toBe(id);
      return views.at(-1)!;
    },
    type(digits) {
      for (const d of digits) send({ kind: 'key', key: { kind: 'digit', digits: d as '0' } });
      send({ kind: 'key', key: { kind: 'enter' } });
    },
    tap: (id) => send({ kind: 'key', key: { kind: 'button', id } }),
    dispose() {
      journal.close();
      journal.remove();
      operators.dispose();
    },
  };
}
