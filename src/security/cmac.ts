// CMAC, NIST SP 800-38B, over AES (the same algorithm as RFC 4493, 128-, 192- and 256-bit keys)
// and over TDES (64-bit blocks). Used for the AES key check value of ANSI X9.24-1, and for the
// key derivation and MAC of TR-31 key blocks (versions B and D).
import { AES_BLOCK, aesEncryptCbc, aesEncryptEcb } from './aes.js';
import { DES_BLOCK, tdesEncryptCbc, tdesEncryptEcb } from './tdes.js';
import { xorBytes } from './xor.js';

interface BlockCipher {
  size: number;
  /** SP 800-38B §5.3 R_b: folded in when a subkey shift carries out of the block. */
  rb: number;
  ecb: (key: Uint8Array, data: Uint8Array) => Uint8Array;
  cbc: (key: Uint8Array, data: Uint8Array) => Uint8Array;
}

const AES: BlockCipher = { size: AES_BLOCK, rb: 0x87, ecb: aesEncryptEcb, cbc: aesEncryptCbc };
const TDES: BlockCipher = { size: DES_BLOCK, rb: 0x1b, ecb: tdesEncryptEcb, cbc: tdesEncryptCbc };

/** The full 16-byte tag; truncate at the caller if its protocol says so (SP 800-38B §6.2 step 7). */
export function aesCmac(key: Uint8Array, message: Uint8Array): Uint8Array {
  return cmac(AES, key, message);
}

/** The full 8-byte tag under a 2- or 3-key TDES key. */
export function tdesCmac(key: Uint8Array, message: Uint8Array): Uint8Array {
  return cmac(TDES, key, message);
}

function cmac(cipher: BlockCipher, key: Uint8Array, message: Uint8Array): Uint8Array {
  const k1 = double(cipher.ecb(key, new Uint8Array(cipher.size)), cipher.rb);
  const k2 = double(k1, cipher.rb);
  // SP 800-38B §6.2: a complete final block is masked with K1, a padded one (10*) with K2.
  const complete = message.length > 0 && message.length % cipher.size === 0;
  const blocks = complete ? message.length / cipher.size : Math.floor(message.length / cipher.size) + 1;
  const padded = new Uint8Array(blocks * cipher.size);
  padded.set(message, 0);
  if (!complete) padded[message.length] = 0x80;
  const lastAt = padded.length - cipher.size;
  padded.set(xorBytes(padded.subarray(lastAt), complete ? k1 : k2), lastAt);
  return cipher.cbc(key, padded).slice(lastAt);
}

/** SP 800-38B §6.1: shift the block left by one bit, folding in Rb when the top bit falls out. */
function double(block: Uint8Array, rb: number): Uint8Array {
  const out = new Uint8Array(block.length);
  for (let i = 0; i < block.length; i++) out[i] = ((block[i]! << 1) | ((block[i + 1] ?? 0) >> 7)) & 0xff;
  if ((block[0]! & 0x80) !== 0) out[block.length - 1] = out[block.length - 1]! ^ rb;
  return out;
}
