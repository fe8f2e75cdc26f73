// Triple DES (TDEA, NIST SP 800-67 / ISO/IEC 18033-3) ECB and CBC with 2-key (K1 K2 K1) and
// 3-key bundles, over Node's OpenSSL. EMV Book 2 Annex A1.1 uses the 2-key form throughout.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { concatBytes } from '../bytes/hex.js';
import { requireBlocks, requireKeyLength, requireLength } from './input-checks.js';

export const DES_BLOCK = 8;
const ZERO_IV = new Uint8Array(DES_BLOCK);

type Direction = 'encrypt' | 'decrypt';

/** Encrypts whole 8-byte blocks; a 16-byte key is K1 K2 and runs as K1 K2 K1. */
export function tdesEncryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return tdes('encrypt', 'ecb', key, data, null);
}

export function tdesDecryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return tdes('decrypt', 'ecb', key, data, null);
}

/** CBC over whole blocks; the IV defaults to zeros, as every EMV use of CBC has it. */
export function tdesEncryptCbc(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  return tdes('encrypt', 'cbc', key, data, iv);
}

export function tdesDecryptCbc(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  return tdes('decrypt', 'cbc', key, data, iv);
}

function tdes(direction: Direction, mode: 'ecb' | 'cbc', key: Uint8Array, data: Uint8Array, iv: Uint8Array | null): Uint8Array {
  requireKeyLength(key, [16, 24], 'tdes');
  return ede3(direction, mode, key.length === 16 ? expandTwoKey(key) : key, data, iv);
}

/** The one call into OpenSSL for every DES-family operation; single DES runs through it as K K K,
 *  since OpenSSL 3 keeps plain DES in its legacy provider, which Node does not load. */
export function ede3(direction: Direction, mode: 'ecb' | 'cbc', key24: Uint8Array, data: Uint8Array, iv: Uint8Array | null): Uint8Array {
  requireBlocks(data, DES_BLOCK, `des-${mode}`);
  if (iv !== null) requireLength('iv', iv, DES_BLOCK);
  const algorithm = mode === 'ecb' ? 'des-ede3-ecb' : 'des-ede3-cbc';
  const cipher = direction === 'encrypt' ? createCipheriv(algorithm, key24, iv) : createDecipheriv(algorithm, key24, iv);
  cipher.setAutoPadding(false);
  return concatBytes(cipher.update(data), cipher.final());
}

function expandTwoKey(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(24);
  out.set(key, 0);
  out.set(key.subarray(0, 8), 16);
  return out;
}
