// Ed25519 signatures (RFC 8032, through node:crypto's OpenSSL) with the signed thing's type
// bound into the input: signature = Ed25519(UTF-8(domain) || 0x00 || payload). The management
// channel signs every payload this way (protos/posrt/channel/v1/common.proto, Signed), so a
// signature made for one kind of payload never verifies as another kind.
// Keys stay in tweetnacl's layout (the 64-byte secret key is seed || public key), the format of
// every device.key and backend key already on disk. OpenSSL, not tweetnacl's pure JavaScript:
// a signature is ~60x faster, which a terminal's boot (the enrolment and session signatures,
// each parameter set verified, the audit head signed) and the backend's fleet ramp both feel
// (bench/boot, bench/fleet). tweetnacl stays as the tests' independent second implementation.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { PosError } from '../errors/index.js';

export const ED25519_SEED_LENGTH = 32;
export const ED25519_PUBLIC_KEY_LENGTH = 32;
/** The secret key as stored (tweetnacl's layout): the 32-byte seed followed by the public key. */
export const ED25519_SECRET_KEY_LENGTH = 64;
export const ED25519_SIGNATURE_LENGTH = 64;
export const KEY_ID_LENGTH = 8;

export interface Ed25519KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

function checkLength(what: string, bytes: Uint8Array, length: number): void {
  if (bytes.length !== length) throw new PosError('E-CRYPTO-0001', { key: what, length: bytes.length, expected: length });
}

// The fixed DER around a raw key (RFC 8410): PKCS#8 for the seed, SubjectPublicKeyInfo for the
// public key; the OID is 1.3.101.112 (id-Ed25519).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const privateKeyOf = (seed: Uint8Array): KeyObject => createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
const publicKeyObject = (publicKey: Uint8Array): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
const rawPublicKey = (key: KeyObject): Uint8Array => new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length));

/** A process signs with the same few keys (the device's, the backend's) over and over; making
 *  the key object costs ten signatures (OpenSSL derives the public half), so it is made once per
 *  key array. Keys are never changed in place, so the array stands for its bytes. */
const signingKeys = new WeakMap<Uint8Array, KeyObject>();

/** The key pair for a 32-byte seed; the caller supplies the randomness (injected for tests). */
export function ed25519KeyPairFromSeed(seed: Uint8Array): Ed25519KeyPair {
  checkLength('ed25519 seed', seed, ED25519_SEED_LENGTH);
  const publicKey = rawPublicKey(privateKeyOf(seed));
  const secretKey = new Uint8Array(ED25519_SECRET_KEY_LENGTH);
  secretKey.set(seed, 0);
  secretKey.set(publicKey, ED25519_SEED_LENGTH);
  return { publicKey, secretKey };
}

/** The public half of a stored secret key, or undefined when the two halves disagree (a
 *  damaged or hand-made key file). */
export function ed25519PublicKeyOf(secretKey: Uint8Array): Uint8Array | undefined {
  checkLength('ed25519 secret key', secretKey, ED25519_SECRET_KEY_LENGTH);
  const derived = rawPublicKey(privateKeyOf(secretKey.subarray(0, ED25519_SEED_LENGTH)));
  return Buffer.from(derived).equals(secretKey.subarray(ED25519_SEED_LENGTH)) ? derived : undefined;
}

function signingInput(domain: string, payload: Uint8Array): Uint8Array {
  const name = new TextEncoder().encode(domain);
  const input = new Uint8Array(name.length + 1 + payload.length);
  input.set(name, 0);
  input.set(payload, name.length + 1);
  return input;
}

export function signEd25519(secretKey: Uint8Array, domain: string, payload: Uint8Array): Uint8Array {
  checkLength('ed25519 secret key', secretKey, ED25519_SECRET_KEY_LENGTH);
  // From the seed alone (OpenSSL derives the public half; a key file whose halves disagree is
  // refused where it is read, ed25519PublicKeyOf).
  let key = signingKeys.get(secretKey);
  if (!key) signingKeys.set(secretKey, (key = privateKeyOf(secretKey.subarray(0, ED25519_SEED_LENGTH))));
  return new Uint8Array(sign(null, signingInput(domain, payload), key));
}

/** False for a wrong key, a tampered payload or domain, and for a signature or key of the wrong
 *  length (what arrives from the wire is not trusted to be well formed). */
export function verifyEd25519(publicKey: Uint8Array, domain: string, payload: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH || signature.length !== ED25519_SIGNATURE_LENGTH) return false;
  // A 32-byte key that is no point on the curve verifies nothing; OpenSSL says false, not throws.
  return verify(null, signingInput(domain, payload), publicKeyObject(publicKey), signature);
}

/** A public key's short name: the first 8 bytes of its SHA-256. Names a key in messages and
 *  logs without being a secret; never a substitute for verifying. */
export function keyIdOf(publicKey: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(publicKey).digest().subarray(0, KEY_ID_LENGTH));
}
