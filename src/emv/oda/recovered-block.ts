// EMV Book 2 §5.3 steps 1-4, §6.3 steps 1-4 (and the same steps in §5.4, §6.4, §6.5.2, §6.6.2,
// §7.1): every recovered block is 6A || body || hash (20) || BC, the body starting with the
// format byte. What this module checks is common to all; the caller checks what follows.
import { createHash } from 'node:crypto';
import { bytesEqual } from '../../bytes/hex.js';
import type { OdaFailure } from './failure.js';
import { recoverBlock, type RsaPublicKey } from './rsa-recover.js';

const HEADER = 0x6a;
const TRAILER = 0xbc;
const SHA1_LENGTH = 20;
export const SHA1_INDICATOR = 0x01;
export const RSA_INDICATOR = 0x01;

export type Opened =
  | { readonly kind: 'opened'; readonly body: Uint8Array; readonly hash: Uint8Array }
  | { readonly kind: 'failed'; readonly reason: OdaFailure };

export function openSigned(key: RsaPublicKey, signed: Uint8Array, format: number): Opened {
  if (signed.length !== key.modulus.length) return { kind: 'failed', reason: 'length-mismatch' };
  const block = recoverBlock(key, signed);
  if (block === undefined || block.length < 2 + SHA1_LENGTH + 1) return { kind: 'failed', reason: 'recovery-failed' };
  if (block[block.length - 1] !== TRAILER) return { kind: 'failed', reason: 'trailer-not-bc' };
  if (block[0] !== HEADER) return { kind: 'failed', reason: 'header-not-6a' };
  if (block[1] !== format) return { kind: 'failed', reason: 'wrong-format' };
  const hashAt = block.length - 1 - SHA1_LENGTH;
  return { kind: 'opened', body: block.subarray(1, hashAt), hash: block.subarray(hashAt, block.length - 1) };
}

export function sha1(...parts: readonly Uint8Array[]): Uint8Array {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(p);
  return Uint8Array.from(hash.digest());
}

/** SHA-1 over the parts equals the recovered hash (only SHA-1 is defined, Book 2 Annex B3). */
export function hashMatches(recovered: Uint8Array, ...parts: readonly Uint8Array[]): boolean {
  return bytesEqual(recovered, sha1(...parts));
}
