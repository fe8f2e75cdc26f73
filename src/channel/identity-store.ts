// The terminal's identity on its own storage (issue 6, device identity): the Ed25519 device key
// made at provisioning (`device.key`, the 64-byte tweetnacl secret key, mode 0600) and the
// backend's signing key pinned beside it (`backend.pub`, 32 bytes). A key file others could
// read is refused, not repaired: it may have leaked already, and the operator must know.
// Files are opened once with O_NOFOLLOW and checked on the open descriptor, so a file swapped
// for a symlink between the check and the read is not followed.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { PosError, type ErrorCode } from '../errors/index.js';
import { ED25519_PUBLIC_KEY_LENGTH, ED25519_SECRET_KEY_LENGTH, ED25519_SEED_LENGTH, ed25519KeyPairFromSeed, ed25519PublicKeyOf } from '../security/index.js';
import { deviceIdentityFromSecretKey, type DeviceIdentity } from './device-identity.js';

export const DEVICE_KEY_FILE = 'device.key';
export const BACKEND_KEY_FILE = 'backend.pub';

export interface StoredIdentity {
  readonly device: DeviceIdentity;
  /** The backend's Ed25519 public key, pinned at provisioning. */
  readonly backendKey: Uint8Array;
}

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(4, '0');
const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

function ioError(path: string, e: unknown): PosError {
  return new PosError('E-CHAN-0021', { path, errno: errnoOf(e) ?? 'unknown' }, { cause: e });
}

/** The directory holds what the terminal trusts: only its owner may change what is in it. */
function checkDirectory(dir: string): void {
  let st: Stats;
  try {
    st = statSync(dir);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') throw new PosError('E-CHAN-0003', { path: dir });
    throw ioError(dir, e);
  }
  if (!st.isDirectory()) throw new PosError('E-CHAN-0020', { path: dir, problem: 'not a directory' });
  if (st.uid !== process.getuid!()) throw new PosError('E-CHAN-0020', { path: dir, problem: 'owned by another user', uid: st.uid });
  if ((st.mode & 0o022) !== 0) throw new PosError('E-CHAN-0020', { path: dir, mode: octal(st.mode) });
}

/** Reads a whole small file after checking the open descriptor: a regular file, ours, and no
 *  permission bits in `forbidden`. */
function readChecked(path: string, forbidden: number, unsafe: ErrorCode, missing: ErrorCode): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') throw new PosError(missing, { path });
    if (errnoOf(e) === 'ELOOP') throw new PosError(unsafe, { path, problem: 'a symbolic link' });
    throw ioError(path, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new PosError(unsafe, { path, problem: 'not a regular file' });
    if (st.uid !== process.getuid!()) throw new PosError(unsafe, { path, problem: 'owned by another user', uid: st.uid });
    if ((st.mode & forbidden) !== 0) throw new PosError(unsafe, { path, mode: octal(st.mode) });
    // One byte more than any key file holds: a longer file is reported by its length, not cut.
    const buf = new Uint8Array(ED25519_SECRET_KEY_LENGTH + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof PosError) throw e;
    throw ioError(path, e);
  } finally {
    closeSync(fd);
  }
}

/** Writes a new file durably without ever replacing one: a temporary file, fsync, then a hard
 *  link to the final name (which fails if it exists), so a power cut leaves the key whole or
 *  absent, never half written. Returns false when the name existed. */
function writeNew(dir: string, name: string, bytes: Uint8Array, mode: number): boolean {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  const final = join(dir, name);
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, final);
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
    throw ioError(final, e);
  }
}

function ensureDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw ioError(dir, e);
  }
  checkDirectory(dir);
}

/** Provisioning: makes the device key pair and stores it (mode 0600, whatever the umask).
 *  Refuses with E-CHAN-0016 when the terminal already has a key. Returns the public key, which
 *  enrolment sends to the backend. `random` is injected for tests. */
export function provisionDeviceKey(dir: string, random: (n: number) => Uint8Array = randomBytes): Uint8Array {
  ensureDirectory(dir);
  const pair = ed25519KeyPairFromSeed(random(ED25519_SEED_LENGTH));
  // O_CREAT's mode is masked by the umask, which can only remove bits: 0600 stays 0600 or less.
  if (!writeNew(dir, DEVICE_KEY_FILE, pair.secretKey, 0o600)) throw new PosError('E-CHAN-0016', { path: join(dir, DEVICE_KEY_FILE) });
  return pair.publicKey;
}

/** Pins the backend's signing key, from provisioning or the enrolment response. The same key
 *  again is a no-op; another key is refused (E-CHAN-0019): the channel can never swap it. */
export function pinBackendKey(dir: string, publicKey: Uint8Array): void {
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) throw new PosError('E-CHAN-0005', { length: publicKey.length });
  ensureDirectory(dir);
  if (writeNew(dir, BACKEND_KEY_FILE, publicKey, 0o644)) return;
  const pinned = readBackendKey(dir);
  if (!Buffer.from(pinned).equals(publicKey)) throw new PosError('E-CHAN-0019', { path: join(dir, BACKEND_KEY_FILE) });
}

function readBackendKey(dir: string): Uint8Array {
  const path = join(dir, BACKEND_KEY_FILE);
  const key = readChecked(path, 0o022, 'E-CHAN-0020', 'E-CHAN-0005');
  if (key.length !== ED25519_PUBLIC_KEY_LENGTH) throw new PosError('E-CHAN-0005', { path, length: key.length });
  return key;
}

/** Loads the device key without the pinned backend key (enrolment, before the backend's key
 *  is known). */
export function loadDeviceIdentity(dir: string): DeviceIdentity {
  checkDirectory(dir);
  const path = join(dir, DEVICE_KEY_FILE);
  const secretKey = readChecked(path, 0o077, 'E-CHAN-0002', 'E-CHAN-0003');
  if (secretKey.length !== ED25519_SECRET_KEY_LENGTH) throw new PosError('E-CHAN-0004', { path, length: secretKey.length });
  if (ed25519PublicKeyOf(secretKey) === undefined) throw new PosError('E-CHAN-0004', { path, problem: 'halves disagree' });
  return deviceIdentityFromSecretKey(secretKey);
}

/** Loads the device key and the pinned backend key, checking both files' permissions. */
export function loadStoredIdentity(dir: string): StoredIdentity {
  const device = loadDeviceIdentity(dir);
  return { device, backendKey: readBackendKey(dir) };
}
