// The channel's small state files (the command ledger, the lock, a firmware download's offer),
// each written whole through a temporary file, fsync and rename, so a power cut leaves the old
// content or the new one, never half of either. System errors are left to the caller, which
// turns them into its own coded error naming the file.
import { closeSync, constants, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

export function replaceStateFile(path: string, body: string | Uint8Array): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o600);
  try {
    if (typeof body === 'string') writeSync(fd, body);
    else writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The file's text, or undefined when it does not exist. */
export function readStateFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
