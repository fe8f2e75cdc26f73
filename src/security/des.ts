// Single DES (FIPS 46-3, withdrawn; still the inner step of ISO/IEC 9797-1 MAC algorithm 3) as
// TDES with K1 = K2 = K3, which equals single DES and needs no OpenSSL legacy provider.
import { DES_BLOCK, ede3 } from './tdes.js';
import { requireKeyLength } from './input-checks.js';

const ZERO_IV = new Uint8Array(DES_BLOCK);

export function desEncryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return ede3('encrypt', 'ecb', tripled(key), data, null);
}

export function desDecryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return ede3('decrypt', 'ecb', tripled(key), data, null);
}

export function desEncryptCbc(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  return ede3('encrypt', 'cbc', tripled(key), data, iv);
}

export function desDecryptCbc(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  return ede3('decrypt', 'cbc', tripled(key), data, iv);
}

function tripled(key: Uint8Array): Uint8Array {
  requireKeyLength(key, [8], 'des');
  const out = new Uint8Array(24);
  out.set(key, 0);
  out.set(key, 8);
  out.set(key, 16);
  return out;
}
