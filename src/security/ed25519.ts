// Ed25519 signatures (RFC 8032, through tweetnacl) with the signed thing's type bound into the
// input: signature = Ed25519(UTF-8(domain) || 0x00 || payload). The management channel signs
// every payload this way (protos/posrt/channel/v1/common.proto, Signed), so a signature made
// for one kind of payload never verifies as another kind.
import { createHash } from 'node:crypto';
import nacl from 'tweetnacl';
import { PosError } from '../errors/index.js';

export const ED25519_SEED_LENGTH = 32;
export const ED25519_PUBLIC_KEY_LENGTH = 32;
/** tweetnacl's secret key: the 32-byte seed followed by the public key. */
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

/** The key pair for a 32-byte seed; the caller supplies the randomness (injected for tests). */
export function ed25519KeyPairFromSeed(seed: Uint8Array): Ed25519KeyPair {
  checkLength('ed25519 seed', seed, ED25519_SEED_LENGTH);
  return nacl.sign.keyPair.fromSeed(seed);
}

/** The public half of a tweetnacl secret key, or undefined when the two halves disagree (a
 *  damaged or hand-made key file). */
export function ed25519PublicKeyOf(secretKey: Uint8Array): Uint8Array | undefined {
  checkLength('ed25519 secret key', secretKey, ED25519_SECRET_KEY_LENGTH);
  const derived = nacl.sign.keyPair.fromSeed(secretKey.subarray(0, ED25519_SEED_LENGTH)).publicKey;
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
  return nacl.sign.detached(signingInput(domain, payload), secretKey);
}

/** False for a wrong key, a tampered payload or domain, and for a signature or key of the wrong
 *  length (what arrives from the wire is not trusted to be well formed). */
export function verifyEd25519(publicKey: Uint8Array, domain: string, payload: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH || signature.length !== ED25519_SIGNATURE_LENGTH) return false;
  return nacl.sign.detached.verify(signingInput(domain, payload), signature, publicKey);
}

/** A public key's short name: the first 8 bytes of its SHA-256. Names a key in messages and
 *  logs without being a secret; never a substitute for verifying. */
export function keyIdOf(publicKey: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(publicKey).digest().subarray(0, KEY_ID_LENGTH));
}
