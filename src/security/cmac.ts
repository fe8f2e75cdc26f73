// AES-CMAC, NIST SP 800-38B (the same algorithm as RFC 4493, for 128-, 192- and 256-bit keys).
// Used for the AES key check value of ANSI X9.24-1 and, later, AES DUKPT and TR-31.
import { AES_BLOCK, aesEncryptCbc, aesEncryptEcb } from './aes.js';
import { xorBytes } from './xor.js';

/** SP 800-38B §5.3 R_128: the constant folded in when a subkey shift carries out of the block. */
const RB = 0x87;

/** The full 16-byte tag; truncate at the caller if its protocol says so (SP 800-38B §6.2 step 7). */
export function aesCmac(key: Uint8Array, message: Uint8Array): Uint8Array {
  const k1 = double(aesEncryptEcb(key, new Uint8Array(AES_BLOCK)));
  const k2 = double(k1);
  // SP 800-38B §6.2: a complete final block is masked with K1, a padded one (10*) with K2.
  const complete = message.length > 0 && message.length % AES_BLOCK === 0;
  const blocks = complete ? message.length / AES_BLOCK : Math.floor(message.length / AES_BLOCK) + 1;
  const padded = new Uint8Array(blocks * AES_BLOCK);
  padded.set(message, 0);
  if (!complete) padded[message.length] = 0x80;
  const lastAt = padded.length - AES_BLOCK;
  padded.set(xorBytes(padded.subarray(lastAt), complete ? k1 : k2), lastAt);
  return aesEncryptCbc(key, padded).slice(lastAt);
}

/** SP 800-38B §6.1: shift the block left by one bit, folding in Rb when the top bit falls out. */
function double(block: Uint8Array): Uint8Array {
  const out = new Uint8Array(block.length);
  for (let i = 0; i < block.length; i++) out[i] = ((block[i]! << 1) | ((block[i + 1] ?? 0) >> 7)) & 0xff;
  if ((block[0]! & 0x80) !== 0) out[block.length - 1] = out[block.length - 1]! ^ RB;
  return out;
}
