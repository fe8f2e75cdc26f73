// The terminal's identity on its own storage (issue 6, device identity): the Ed25519 device key
// made at provisioning (`device.key`, the 64-byte tweetnacl secret key, mode 0600) and the
// backend's signing key pinned beside it (`backend.pub`, 32 bytes). A key file others could
// read is refused, not repaired: it may have leaked already, and the operator must know.
// The files are kept by security's key-file rules (opened once with O_NOFOLLOW and checked on
// the descriptor, written new through a hard link, never replaced) under the channel's codes.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { PosError, type ErrorCode } from '../errors/index.js';
import { ED25519_PUBLIC_KEY_LENGTH, ED25519_SECRET_KEY_LENGTH, ED25519_SEED_LENGTH, ed25519KeyPairFromSeed, ed25519PublicKeyOf, checkKeyDirectory, readKeyFile, writeNewKeyFile, type KeyFileCodes } from '../security/index.js';
import { deviceIdentityFromSecretKey, type DeviceIdentity } from './device-identity.js';

export const DEVICE_KEY_FILE = 'device.key';
export const BACKEND_KEY_FILE = 'backend.pub';

export interface StoredIdentity {
  readonly device: DeviceIdentity;
  /** The backend's Ed25519 public key, pinned at provisioning. */
  readonly backendKey: Uint8Array;
}

/** The identity directory's own codes: missing (not provisioned), unsafe, and any other error. */
const DIRECTORY: KeyFileCodes = { unsafe: 'E-CHAN-0020', missing: 'E-CHAN-0003', io: 'E-CHAN-0021' };

/** security's key-file rules (O_NOFOLLOW, checked on the descriptor, never replaced), under the
 *  channel's codes: the directory first with its own, then the file with the file's. */
function readChecked(path: string, forbidden: number, unsafe: ErrorCode, missing: ErrorCode): Uint8Array {
  checkKeyDirectory(dirname(path), DIRECTORY);
  return readKeyFile(path, ED25519_SECRET_KEY_LENGTH, forbidden, { unsafe, missing, io: DIRECTORY.io });
}

const writeNew = (dir: string, name: string, bytes: Uint8Array, mode: number): boolean => writeNewKeyFile(join(dir, name), bytes, mode, DIRECTORY);

/** Provisioning: makes the device key pair and stores it (mode 0600, whatever the umask).
 *  Refuses with E-CHAN-0016 when the terminal already has a key. Returns the public key, which
 *  enrolment sends to the backend. `random` is injected for tests. */
export function provisionDeviceKey(dir: string, random: (n: number) => Uint8Array = randomBytes): Uint8Array {
  const pair = ed25519KeyPairFromSeed(random(ED25519_SEED_LENGTH));
  // O_CREAT's mode is masked by the umask, which can only remove bits: 0600 stays 0600 or less.
  if (!writeNew(dir, DEVICE_KEY_FILE, pair.secretKey, 0o600)) throw new PosError('E-CHAN-0016', { path: join(dir, DEVICE_KEY_FILE) });
  return pair.publicKey;
}

/** Pins the backend's signing key, from provisioning or the enrolment response. The same key
 *  again is a no-op; another key is refused (E-CHAN-0019): the channel can never swap it. */
export function pinBackendKey(dir: string, publicKey: Uint8Array): void {
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) throw new PosError('E-CHAN-0005', { length: publicKey.length });
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
  checkKeyDirectory(dir, DIRECTORY);
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
