// The key directory scripts/keygen makes: the release key pair that signs images, and a device
// key pair for a device whose public key is to be registered before it is flashed.
//   release.key  64-byte Ed25519 secret key, 0600      release.pub  32-byte public key
//   device.key   64-byte Ed25519 secret key, 0600      device.pub   32-byte public key
// Stored with security's key-file rules (private directory, O_NOFOLLOW, never replaced). The
// private halves stay here: build-image reads release.key to sign and never copies it, and no
// private key is ever written into an image (a test checks both).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PosError } from '../errors/index.js';
import { ed25519KeyPairFromSeed, ed25519PublicKeyOf, ED25519_PUBLIC_KEY_LENGTH, ED25519_SECRET_KEY_LENGTH, ED25519_SEED_LENGTH, keyIdOf, type Ed25519KeyPair } from '../security/index.js';
import { readKeyFile, writeNewKeyFile, type KeyFileCodes } from '../security/key-file.js';

export const KEY_FILES = { releaseSecret: 'release.key', releasePublic: 'release.pub', deviceSecret: 'device.key', devicePublic: 'device.pub' } as const;

const CODES: KeyFileCodes = { unsafe: 'E-IMAGE-0002', missing: 'E-IMAGE-0002', io: 'E-IMAGE-0002' };

export interface MadeKeys {
  readonly dir: string;
  readonly releaseKeyId: Uint8Array;
  readonly devicePublicKey: Uint8Array;
}

/** Makes both pairs in `dir` (created 0700 when absent); refuses (E-IMAGE-0003) when any of
 *  the four files exists, so a release key is never replaced by accident. */
export function makeKeys(dir: string, random: (n: number) => Uint8Array = (n) => new Uint8Array(randomBytes(n))): MadeKeys {
  const release = ed25519KeyPairFromSeed(random(ED25519_SEED_LENGTH));
  const device = ed25519KeyPairFromSeed(random(ED25519_SEED_LENGTH));
  const files: [string, Uint8Array, number][] = [
    [KEY_FILES.releaseSecret, release.secretKey, 0o600],
    [KEY_FILES.releasePublic, release.publicKey, 0o644],
    [KEY_FILES.deviceSecret, device.secretKey, 0o600],
    [KEY_FILES.devicePublic, device.publicKey, 0o644],
  ];
  const present = files.find(([name]) => existsSync(join(dir, name)));
  if (present) throw new PosError('E-IMAGE-0003', { dir, file: present[0] });
  for (const [name, bytes, mode] of files) {
    if (!writeNewKeyFile(join(dir, name), bytes, mode, CODES)) throw new PosError('E-IMAGE-0003', { dir, file: name });
  }
  return { dir, releaseKeyId: keyIdOf(release.publicKey), devicePublicKey: device.publicKey };
}

/** The release pair for signing: the secret key file private to its owner, whole and matching
 *  its public half. */
export function loadReleaseKey(dir: string): Ed25519KeyPair {
  const secretKey = readKeyFile(join(dir, KEY_FILES.releaseSecret), ED25519_SECRET_KEY_LENGTH, 0o077, CODES);
  const publicKey = secretKey.length === ED25519_SECRET_KEY_LENGTH ? ed25519PublicKeyOf(secretKey) : undefined;
  if (publicKey === undefined) throw new PosError('E-IMAGE-0002', { dir, file: KEY_FILES.releaseSecret, length: secretKey.length });
  return { secretKey, publicKey };
}

/** The release public key a flash expects images to be signed with. */
export function loadReleasePublicKey(dir: string): Uint8Array {
  const key = readKeyFile(join(dir, KEY_FILES.releasePublic), ED25519_PUBLIC_KEY_LENGTH, 0o022, CODES);
  if (key.length !== ED25519_PUBLIC_KEY_LENGTH) throw new PosError('E-IMAGE-0002', { dir, file: KEY_FILES.releasePublic, length: key.length });
  return key;
}
