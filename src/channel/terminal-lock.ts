// The terminal's lock, set and cleared by the operations centre's LockTerminal and
// UnlockTerminal commands and kept in the channel's state directory, so a locked terminal stays
// locked across a restart or a power cut. The payment application asks it before every
// transaction and refuses while locked (E-CHAN-0201).
import { join } from 'node:path';
import { PosError } from '../errors/index.js';
import { readStateFile, replaceStateFile } from './state-file.js';

export const TERMINAL_LOCK_FILE = 'terminal-lock.json';

export type LockState = { readonly locked: false } | { readonly locked: true; readonly reason: string; readonly sinceMs: number };

const UNLOCKED: LockState = Object.freeze({ locked: false });

export class TerminalLock {
  #state: LockState;

  private constructor(
    private readonly path: string,
    state: LockState,
  ) {
    this.#state = state;
  }

  /** Opens the lock kept in `dir` (no file: unlocked). E-CHAN-0202 when it cannot be read. */
  static open(dir: string): TerminalLock {
    const path = join(dir, TERMINAL_LOCK_FILE);
    let text: string | undefined;
    try {
      text = readStateFile(path);
    } catch (e) {
      throw new PosError('E-CHAN-0202', { path, errno: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { cause: e });
    }
    if (text === undefined) return new TerminalLock(path, UNLOCKED);
    let o: { locked?: unknown; reason?: unknown; sinceMs?: unknown };
    try {
      o = JSON.parse(text) as typeof o;
    } catch (e) {
      throw new PosError('E-CHAN-0202', { path, problem: 'not JSON' }, { cause: e });
    }
    if (o.locked === false) return new TerminalLock(path, UNLOCKED);
    // Anything but a well-formed "unlocked" keeps the terminal locked: a damaged file must not
    // open a terminal the operations centre closed.
    return new TerminalLock(path, { locked: true, reason: typeof o.reason === 'string' ? o.reason : '', sinceMs: typeof o.sinceMs === 'number' ? o.sinceMs : 0 });
  }

  get state(): LockState {
    return this.#state;
  }

  lock(reason: string, nowMs: number): void {
    this.save({ locked: true, reason, sinceMs: nowMs });
  }

  unlock(): void {
    this.save(UNLOCKED);
  }

  /** E-CHAN-0201 while locked: what the payment application calls before a transaction. */
  assertUnlocked(): void {
    if (this.#state.locked) throw new PosError('E-CHAN-0201', { sinceMs: this.#state.sinceMs });
  }

  private save(state: LockState): void {
    try {
      replaceStateFile(this.path, JSON.stringify(state));
    } catch (e) {
      throw new PosError('E-CHAN-0202', { path: this.path, errno: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { cause: e });
    }
    this.#state = state;
  }
}
