// TDES DUKPT, ANSI X9.24-1:2009 Annex A (the host's view): the Initial PIN Encryption Key from the
// BDK and KSN, the current transaction key by the non-reversible key generation process over
// the KSN's counter bits, and the request/response variants of Annex A.2 / A.4 applied to it.
import { PosError } from '../errors/index.js';
import { concatBytes, fromHex } from '../bytes/hex.js';
import { desEncryptEcb } from './des.js';
import { tdesEncryptEcb } from './tdes.js';
import { requireKeyLength } from './input-checks.js';
import { xorBytes } from './xor.js';

export const TDES_KSN_LENGTH = 10;

/** The 21-bit transaction counter at the right of the KSN; at most 10 of its bits may be set. */
const COUNTER_BITS = 21;
const MAX_COUNTER_ONES = 10;
const KEY_MASK = fromHex('C0C0C0C000000000C0C0C0C000000000');

export type TdesDukptUsage = 'pin' | 'mac-request' | 'mac-response' | 'data-request' | 'data-response';

/** Variant masks XORed onto the current key (X9.24-1:2009 Table A-1 and the data variants). */
const VARIANTS: Record<TdesDukptUsage, Uint8Array> = {
  pin: fromHex('00000000000000FF00000000000000FF'),
  'mac-request': fromHex('000000000000FF00000000000000FF00'),
  'mac-response': fromHex('00000000FF00000000000000FF000000'),
  'data-request': fromHex('0000000000FF00000000000000FF0000'),
  'data-response': fromHex('000000FF00000000000000FF00000000'),
};

/** IPEK: TDES under the BDK, and under BDK XOR C0C0C0C0 00000000 ..., of the leftmost 8 bytes of
 *  the KSN with its counter cleared. */
export function deriveTdesIpek(bdk: Uint8Array, ksn: Uint8Array): Uint8Array {
  requireKeyLength(bdk, [16], 'tdes-dukpt-bdk');
  const base = initialKsn(requireTdesKsn(ksn)).subarray(0, 8);
  return concatBytes(tdesEncryptEcb(bdk, base), tdesEncryptEcb(xorBytes(bdk, KEY_MASK), base));
}

/** The current transaction key: starting from the IPEK, one non-reversible step for each counter
 *  bit set, highest first, the KSN register gaining that bit before the step. */
export function deriveTdesTransactionKey(ipek: Uint8Array, ksn: Uint8Array): Uint8Array {
  requireKeyLength(ipek, [16], 'tdes-dukpt-ipek');
  const register = initialKsn(requireTdesKsn(ksn)).slice(2);
  const counter = counterOf(ksn);
  let key = ipek;
  for (let bit = COUNTER_BITS - 1; bit >= 0; bit--) {
    if ((counter & (1 << bit)) === 0) continue;
    const at = register.length - 1 - (bit >> 3);
    register[at] = register[at]! | (1 << (bit & 7));
    key = nonReversibleKey(key, register);
  }
  return key;
}

/** The working key for a usage: the variant of the transaction key; the data keys are then
 *  encrypted under themselves (X9.24-1:2009 A.4 data encryption key). */
export function deriveTdesWorkingKey(bdk: Uint8Array, ksn: Uint8Array, usage: TdesDukptUsage): Uint8Array {
  return deriveTdesWorkingKeyFromIpek(deriveTdesIpek(bdk, ksn), ksn, usage);
}

/** The same working key from the IPEK, as the PIN pad holding it (never the BDK) derives it. */
export function deriveTdesWorkingKeyFromIpek(ipek: Uint8Array, ksn: Uint8Array, usage: TdesDukptUsage): Uint8Array {
  const variant = xorBytes(deriveTdesTransactionKey(ipek, ksn), VARIANTS[usage]);
  if (usage !== 'data-request' && usage !== 'data-response') return variant;
  return concatBytes(tdesEncryptEcb(variant, variant.subarray(0, 8)), tdesEncryptEcb(variant, variant.subarray(8)));
}

/** X9.24-1:2009 A.2 "non-reversible key generation process" over the 8-byte crypto register. */
function nonReversibleKey(key: Uint8Array, register: Uint8Array): Uint8Array {
  const half = (k: Uint8Array) => xorBytes(desEncryptEcb(k.subarray(0, 8), xorBytes(register, k.subarray(8))), k.subarray(8));
  return concatBytes(half(xorBytes(key, KEY_MASK)), half(key));
}

function requireTdesKsn(ksn: Uint8Array): Uint8Array {
  if (ksn.length !== TDES_KSN_LENGTH) throw new PosError('E-CRYPTO-0009', { length: ksn.length, expected: TDES_KSN_LENGTH });
  const ones = popcount(counterOf(ksn));
  if (ones > MAX_COUNTER_ONES) throw new PosError('E-CRYPTO-0009', { counterOnes: ones, maximum: MAX_COUNTER_ONES });
  return ksn;
}

function counterOf(ksn: Uint8Array): number {
  return ((ksn[7]! & 0x1f) << 16) | (ksn[8]! << 8) | ksn[9]!;
}

function initialKsn(ksn: Uint8Array): Uint8Array {
  const out = Uint8Array.from(ksn);
  out[7] = out[7]! & 0xe0;
  out[8] = 0;
  out[9] = 0;
  return out;
}

export function popcount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v !== 0; v &= v - 1) count++;
  return count;
}
