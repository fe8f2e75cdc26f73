// The device's journal key: 32 random bytes made on the terminal the first time its journal is
// created, in a file only posrt may read (0600, in a directory only posrt may change). It never
// leaves the device; a journal copied off the terminal is unreadable without it.
import { randomBytes } from 'node:crypto';
import { PosError } from '../../errors/index.js';
import { readKeyFile, writeNewKeyFile, type KeyFileCodes } from '../../security/index.js';
import { JOURNAL_KEY_LENGTH } from './sealing.js';

const CODES: KeyFileCodes = { unsafe: 'E-JOURNAL-0012', missing: 'E-JOURNAL-0016', io: 'E-JOURNAL-0014' };

/**
 * Reads the key at `path`. With `provision` (the composition root passes it when no journal
 * exists yet) a missing key is made first; without it a missing key is E-JOURNAL-0016, because a
 * new key would never open the journal that exists. A file others may read or change is
 * E-JOURNAL-0012, one of another length E-JOURNAL-0013.
 */
export function loadJournalKey(path: string, options: { provision: boolean; random?: (n: number) => Uint8Array }): Uint8Array {
  if (options.provision) writeNewKeyFile(path, (options.random ?? randomBytes)(JOURNAL_KEY_LENGTH), 0o600, CODES);
  const key = readKeyFile(path, JOURNAL_KEY_LENGTH, 0o077, CODES);
  if (key.length !== JOURNAL_KEY_LENGTH) throw new PosError('E-JOURNAL-0013', { path, length: key.length });
  return key;
}
