// Key storage on the terminal's own disk: a secret key in a file only its owner may read, in a
// directory only its owner may change. A key file others could read is refused, not repaired:
// it may have leaked already, and the operator must know. Files are opened once with
// O_NOFOLLOW and checked on the open descriptor, so a file swapped for a symlink between the
// check and the read is not followed; a new file goes through a temporary file, fsync and a
// hard link, so a power cut leaves the key whole or absent, never half written and never
// replaced. The caller names its own codes: the journal and the channel report in their areas.
import { closeSync, constants, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PosError, type ErrorCode } from '../errors/index.js';

export interface KeyFileCodes {
  /** The file or its directory is not private to this user (or is a link, or not a file). */
  readonly unsafe: ErrorCode;
  readonly missing: ErrorCode;
  /** Any other system error, with its errno. */
  readonly io: ErrorCode;
}

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(4, '0');
const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

function ioError(code: ErrorCode, path: string, e: unknown): PosError {
  return new PosError(code, { path, errno: errnoOf(e) ?? 'unknown' }, { cause: e });
}

/** The directory holds what the terminal trusts: only its owner may change what is in it. */
export function checkKeyDirectory(dir: string, codes: KeyFileCodes): void {
  let st: Stats;
  try {
    st = statSync(dir);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') throw new PosError(codes.missing, { path: dir });
    throw ioError(codes.io, dir, e);
  }
  if (!st.isDirectory()) throw new PosError(codes.unsafe, { path: dir, problem: 'not a directory' });
  if (st.uid !== process.getuid!()) throw new PosError(codes.unsafe, { path: dir, problem: 'owned by another user', uid: st.uid });
  if ((st.mode & 0o022) !== 0) throw new PosError(codes.unsafe, { path: dir, mode: octal(st.mode) });
}

/** Reads a whole small file after checking its directory and the open descriptor: a regular
 *  file, ours, and no permission bits in `forbidden`. Reads at most `maxLength + 1` bytes, so a
 *  longer file is reported by the caller's length check rather than cut to size. */
export function readKeyFile(path: string, maxLength: number, forbidden: number, codes: KeyFileCodes): Uint8Array {
  checkKeyDirectory(dirname(path), codes);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') throw new PosError(codes.missing, { path });
    if (errnoOf(e) === 'ELOOP') throw new PosError(codes.unsafe, { path, problem: 'a symbolic link' });
    throw ioError(codes.io, path, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new PosError(codes.unsafe, { path, problem: 'not a regular file' });
    if (st.uid !== process.getuid!()) throw new PosError(codes.unsafe, { path, problem: 'owned by another user', uid: st.uid });
    if ((st.mode & forbidden) !== 0) throw new PosError(codes.unsafe, { path, mode: octal(st.mode) });
    const buf = new Uint8Array(maxLength + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof PosError) throw e;
    throw ioError(codes.io, path, e);
  } finally {
    closeSync(fd);
  }
}

/** Writes a new key file durably without ever replacing one, making its directory (0700) when
 *  absent. Returns false when the name existed: the caller reads that one instead. */
export function writeNewKeyFile(path: string, bytes: Uint8Array, mode: number, codes: KeyFileCodes): boolean {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw ioError(codes.io, dir, e);
  }
  checkKeyDirectory(dir, codes);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    // O_CREAT's mode is masked by the umask, which can only remove bits: 0600 stays 0600 or less.
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, path);
    } catch (e) {
      if (errnoOf(e) === 'EEXIST') return false;
      throw e;
    } finally {
      unlinkSync(tmp);
    }
    const dfd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
    return true;
  } catch (e) {
    throw ioError(codes.io, path, e);
  }
}
