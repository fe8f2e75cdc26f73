// The ids of remote commands this terminal has accepted, kept on its storage until each
// command's expiry has passed: a signed command replayed after a reboot (a Reboot command
// above all) must still be refused, and once expired it is refused by its time anyway, so the
// file stays small. Written whole (state-file.ts), so a power cut leaves the old list or the new.
import { join } from 'node:path';
import { PosError } from '../errors/index.js';
import { readStateFile, replaceStateFile } from './state-file.js';

export const COMMAND_LEDGER_FILE = 'commands-seen.json';

export class CommandLedger {
  readonly #path: string;
  readonly #seen = new Map<string, bigint>();

  private constructor(path: string) {
    this.#path = path;
  }

  /** Opens the ledger in the identity directory (an absent file is an empty ledger). */
  static open(dir: string): CommandLedger {
    const ledger = new CommandLedger(join(dir, COMMAND_LEDGER_FILE));
    let text: string | undefined;
    try {
      text = readStateFile(ledger.#path);
    } catch (e) {
      throw new PosError('E-CHAN-0021', { path: ledger.#path, errno: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { cause: e });
    }
    if (text === undefined) return ledger;
    let entries: unknown;
    try {
      entries = JSON.parse(text);
    } catch (e) {
      throw new PosError('E-CHAN-0021', { path: ledger.#path, problem: 'not JSON' }, { cause: e });
    }
    if (!Array.isArray(entries)) throw new PosError('E-CHAN-0021', { path: ledger.#path, problem: 'not a list' });
    for (const entry of entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || !/^-?\d+$/.test(entry[1])) {
        throw new PosError('E-CHAN-0021', { path: ledger.#path, problem: 'bad entry' });
      }
      ledger.#seen.set(entry[0], BigInt(entry[1]));
    }
    return ledger;
  }

  has(commandId: string): boolean {
    return this.#seen.has(commandId);
  }

  /** Records an accepted command durably before it runs (at most once, even across a crash),
   *  forgetting those expired before `forgetBeforeMs`. */
  record(commandId: string, expiresAtMs: bigint, forgetBeforeMs: bigint): void {
    for (const [id, expiry] of this.#seen) if (expiry < forgetBeforeMs) this.#seen.delete(id);
    this.#seen.set(commandId, expiresAtMs);
    const body = JSON.stringify([...this.#seen].map(([id, expiry]) => [id, expiry.toString()]));
    try {
      replaceStateFile(this.#path, body);
    } catch (e) {
      this.#seen.delete(commandId);
      throw new PosError('E-CHAN-0021', { path: this.#path, errno: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { cause: e });
    }
  }
}
