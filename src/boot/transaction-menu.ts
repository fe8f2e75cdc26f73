// The main menu's transactions, each run by the payment engine over the terminal's ports.
import type { Logger } from '../kernel/index.js';
import type { MenuAction } from '../ui/index.js';
import type { MenuHandler } from './operator-loop.js';
import type { Terminal } from './terminal.js';

export function transactionMenu(_terminal: Terminal, _log: Logger, _activity: { running: boolean }): ReadonlyMap<MenuAction, MenuHandler> {
  return new Map();
}
