// AES (FIPS 197) ECB and CBC with 128-, 192- and 256-bit keys over Node's OpenSSL, whole
// blocks only: callers pad by their own standard (CMAC, PIN block format 4, ...).
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { concatBytes } from '../bytes/hex.js';
import { requireBlocks, requireKeyLength, requireLength } from './input-checks.js';

export const AES_BLOCK = 16;
const ZERO_IV = new Uint8Array(AES_BLOCK);

export function aesEncryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return aes('encrypt', 'ecb', key, data, null);
}

export function aesDecryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return aes('decrypt', 'ecb', key, data, null);
}

export function aesEncryptCbc(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  return aes('encrypt', 'cbc', key, data, iv);
}

export function aesDecryptCbc(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  return aes('decrypt', 'cbc', key, data, iv);
}

function aes(direction: 'encrypt' | 'decrypt', mode: 'ecb' | 'cbc', key: Uint8Array, data: Uint8Array, iv: Uint8Array | null): Uint8Array {
  requireKeyLength(key, [16, 24, 32], 'aes');
  requireBlocks(data, AES_BLOCK, `aes-${mode}`);
  if (iv !== null) requireLength('iv', iv, AES_BLOCK);
  const algorithm = `aes-${key.length * 8}-${mode}`;
  const cipher = direction === 'encrypt' ? createCipheriv(algorithm, key, iv) : createDecipheriv(algorithm, key, iv);
  cipher.setAutoPadding(false);
  return concatBytes(cipher.update(data), cipher.final());
}
