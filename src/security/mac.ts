// ISO/IEC 9797-1:2011 MAC algorithms 1 (CBC-MAC) and 3 (the "retail MAC" of ANSI X9.19) over
// DES, with padding methods 1 and 2. EMV Book 2 Annex A1.2.1 computes every AC and script MAC
// with algorithm 3 and padding method 2; Visa CVN 10 pads its cryptogram data with method 1.
import { PosError } from '../errors/index.js';
import { desEncryptCbc } from './des.js';
import { DES_BLOCK, tdesEncryptCbc, tdesEncryptEcb } from './tdes.js';
import { requireKeyLength } from './input-checks.js';
import { xorBytes } from './xor.js';

/** Method 1: zero bits up to a whole block (at least one block). Method 2: one '1' bit, then zeros. */
export type MacPadding = 'method-1' | 'method-2';

/** ISO/IEC 9797-1 §6.3 padding to a multiple of `blockSize` bytes. */
export function padIso9797(data: Uint8Array, padding: MacPadding, blockSize: number = DES_BLOCK): Uint8Array {
  const minimum = padding === 'method-2' ? data.length + 1 : Math.max(data.length, 1);
  const out = new Uint8Array(Math.ceil(minimum / blockSize) * blockSize);
  out.set(data, 0);
  if (padding === 'method-2') out[data.length] = 0x80;
  return out;
}

/** Algorithm 1: CBC-MAC under DES (8-byte key) or TDES (16- or 24-byte key), no final step. */
export function macAlgorithm1(key: Uint8Array, data: Uint8Array, padding: MacPadding, length: number = DES_BLOCK): Uint8Array {
  requireKeyLength(key, [8, 16, 24], 'iso9797-1-mac-1');
  requireMacLength(length);
  const padded = padIso9797(data, padding);
  const chain = key.length === 8 ? desEncryptCbc(key, padded) : tdesEncryptCbc(key, padded);
  return chain.slice(chain.length - DES_BLOCK, chain.length - DES_BLOCK + length);
}

/** Algorithm 3: single-DES CBC under K over all blocks but the last, then the last block under
 *  the 2-key TDES K K' (ISO/IEC 9797-1 §7.4 output transformation 3 folded into the last step). */
export function macAlgorithm3(key: Uint8Array, data: Uint8Array, padding: MacPadding, length: number = DES_BLOCK): Uint8Array {
  requireKeyLength(key, [16], 'iso9797-1-mac-3');
  requireMacLength(length);
  const padded = padIso9797(data, padding);
  const lastAt = padded.length - DES_BLOCK;
  const last = padded.subarray(lastAt);
  const chained = lastAt === 0 ? last : xorBytes(last, desEncryptCbc(key.subarray(0, 8), padded.subarray(0, lastAt)).subarray(lastAt - DES_BLOCK));
  return tdesEncryptEcb(key, chained).slice(0, length);
}

/** ISO/IEC 9797-1 lets a MAC be truncated; below 4 bytes it no longer protects anything in EMV. */
function requireMacLength(length: number): void {
  if (!Number.isInteger(length) || length < 4 || length > DES_BLOCK) throw new PosError('E-CRYPTO-0006', { length, minimum: 4, maximum: DES_BLOCK });
}
