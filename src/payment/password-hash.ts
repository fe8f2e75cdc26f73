// Operator passwords as scrypt verifiers (RFC 7914): the terminal keeps scrypt(password, salt)
// and the parameters beside it, never the password, so the backend can send verifiers
// (parameters.proto Operator.password_verifier) and a stolen file costs an attacker scrypt per
// guess. The parameters travel with each verifier so they can be raised later without making
// the verifiers already issued unusable.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { PosError } from '../errors/index.js';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelisation. */
  readonly p: number;
  readonly keyLength: number;
}

/** What parameters.proto's Operator.password_verifier is made with. */
export const OPERATOR_SCRYPT: ScryptParams = { N: 16384, r: 8, p: 1, keyLength: 32 };

export interface PasswordVerifier {
  readonly hash: Uint8Array;
  readonly salt: Uint8Array;
  readonly params: ScryptParams;
}

export const MIN_SALT_LENGTH = 16;

// Upper bounds, so a verifier from a table (or a tampered file) cannot make one login take
// minutes or take more memory than a terminal has: N = 2^17 with r = 16 is 256 MiB already.
const MAX_N = 2 ** 17;
const MAX_R = 16;
const MAX_P = 4;

/** scrypt over the password's UTF-8 (NFC, so the same characters typed on another keyboard
 *  give the same bytes). */
export function scryptHash(password: string, salt: Uint8Array, params: ScryptParams): Promise<Uint8Array> {
  const { N, r, p, keyLength } = params;
  // Node refuses more than 32 MiB by default; scrypt needs 128·N·r bytes, plus slack.
  const maxmem = 128 * N * r + 2 ** 20;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem }, (e, key) => (e ? reject(e) : resolve(new Uint8Array(key))));
  });
}

/** Throws E-OPER-0017 naming the first parameter out of range. */
export function checkVerifier(v: PasswordVerifier): void {
  const { N, r, p, keyLength } = v.params;
  const bad =
    !Number.isInteger(N) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0 ? 'N'
    : !Number.isInteger(r) || r < 1 || r > MAX_R ? 'r'
    : !Number.isInteger(p) || p < 1 || p > MAX_P ? 'p'
    : !Number.isInteger(keyLength) || keyLength < 32 || keyLength !== v.hash.length ? 'keyLength'
    : v.salt.length < MIN_SALT_LENGTH ? 'salt'
    : undefined;
  if (bad !== undefined) throw new PosError('E-OPER-0017', { parameter: bad });
}

export async function makeVerifier(
  password: string,
  params: ScryptParams = OPERATOR_SCRYPT,
  random: (n: number) => Uint8Array = randomBytes,
): Promise<PasswordVerifier> {
  const salt = random(MIN_SALT_LENGTH);
  const verifier = { hash: await scryptHash(password, salt, params), salt, params };
  checkVerifier(verifier);
  return verifier;
}

/** Compares in constant time, so the time taken says nothing about how much of the hash matched. */
export async function passwordMatches(password: string, verifier: PasswordVerifier): Promise<boolean> {
  const candidate = await scryptHash(password, verifier.salt, verifier.params);
  return timingSafeEqual(candidate, verifier.hash);
}
