// AES DUKPT, ANSI X9.24-3:2017 (the host's view): the initial key from the BDK and Initial Key
// ID, the intermediate derivation key for a transaction counter, and working keys for every key
// usage. Each derivation is AES-ECB under the parent key of 16-byte derivation data blocks:
// version 01 || block counter || key usage || algorithm || length in bits || 8 bytes of context.
import { PosError } from '../errors/index.js';
import { concatBytes } from '../bytes/hex.js';
import { aesEncryptEcb } from './aes.js';
import { requireKeyLength } from './input-checks.js';
import { popcount } from './dukpt-tdes.js';

export const AES_KSN_LENGTH = 12;
const INITIAL_KEY_ID_LENGTH = 8;
/** X9.24-3 §6.1: a transaction counter with more than 16 one bits is never used. */
const MAX_COUNTER_ONES = 16;

export type AesDukptKeyType = 'tdes2' | 'tdes3' | 'aes128' | 'aes192' | 'aes256';

export type AesDukptUsage =
  | 'key-encryption'
  | 'pin-encryption'
  | 'mac-generation'
  | 'mac-verification'
  | 'mac-both'
  | 'data-encrypt'
  | 'data-decrypt'
  | 'data-both';

const ALGORITHM: Record<AesDukptKeyType, { id: number; bits: number }> = {
  tdes2: { id: 0x0000, bits: 128 },
  tdes3: { id: 0x0001, bits: 192 },
  aes128: { id: 0x0002, bits: 128 },
  aes192: { id: 0x0003, bits: 192 },
  aes256: { id: 0x0004, bits: 256 },
};

const USAGE: Record<AesDukptUsage | 'key-derivation' | 'initial-key', number> = {
  'key-encryption': 0x0002,
  'pin-encryption': 0x1000,
  'mac-generation': 0x2000,
  'mac-verification': 0x2001,
  'mac-both': 0x2002,
  'data-encrypt': 0x3000,
  'data-decrypt': 0x3001,
  'data-both': 0x3002,
  'key-derivation': 0x8000,
  'initial-key': 0x8001,
};

/** The initial key loaded into the device: derived from the BDK with the whole Initial Key ID. */
export function deriveAesInitialKey(bdk: Uint8Array, initialKeyId: Uint8Array): Uint8Array {
  const type = bdkType(bdk);
  if (initialKeyId.length !== INITIAL_KEY_ID_LENGTH) throw new PosError('E-CRYPTO-0009', { field: 'initial key id', length: initialKeyId.length, expected: INITIAL_KEY_ID_LENGTH });
  return deriveKey(bdk, 'initial-key', type, initialKeyId);
}

/** The intermediate derivation key for the KSN's counter: one derivation per counter bit set,
 *  highest first, each keyed by the previous one (the host's "future key" path). */
export function deriveAesTransactionKey(initialKey: Uint8Array, ksn: Uint8Array): Uint8Array {
  const type = bdkType(initialKey);
  const { id, counter } = splitKsn(ksn);
  let key = initialKey;
  let working = 0;
  for (let mask = 0x80000000; mask !== 0; mask >>>= 1) {
    if ((counter & mask) === 0) continue;
    working = (working | mask) >>> 0;
    key = deriveKey(key, 'key-derivation', type, context(id, working));
  }
  return key;
}

/** A working key of `keyType` for one usage, from the BDK and the 12-byte KSN. X9.24-3 §6.1.3: a
 *  working key is no stronger than the key it comes from, so an AES working key is no longer than
 *  the BDK, while TDES (at most 112-bit strength) may come from any of them. */
export function deriveAesWorkingKey(bdk: Uint8Array, ksn: Uint8Array, usage: AesDukptUsage, keyType: AesDukptKeyType = bdkType(bdk)): Uint8Array {
  return deriveAesWorkingKeyFromInitialKey(deriveAesInitialKey(bdk, splitKsn(ksn).id), ksn, usage, keyType);
}

/** The same working key from the initial key, as the PIN pad holding it (never the BDK) derives
 *  it; the initial key is as long as the BDK, so the strength rule reads the same on it. */
export function deriveAesWorkingKeyFromInitialKey(initialKey: Uint8Array, ksn: Uint8Array, usage: AesDukptUsage, keyType: AesDukptKeyType = bdkType(initialKey)): Uint8Array {
  const type = bdkType(initialKey);
  if (keyType.startsWith('aes') && ALGORITHM[keyType].bits > ALGORITHM[type].bits) {
    throw new PosError('E-CRYPTO-0010', { bdk: type, workingKey: keyType });
  }
  const { id, counter } = splitKsn(ksn);
  return deriveKey(deriveAesTransactionKey(initialKey, ksn), usage, keyType, context(id, counter));
}

/** X9.24-3 key derivation: as many AES blocks as the derived key needs, numbered from 1. */
function deriveKey(parent: Uint8Array, usage: keyof typeof USAGE, keyType: AesDukptKeyType, context8: Uint8Array): Uint8Array {
  const { id, bits } = ALGORITHM[keyType];
  const blocks: Uint8Array[] = [];
  for (let n = 1; n <= Math.ceil(bits / 128); n++) {
    const data = new Uint8Array(16);
    const view = new DataView(data.buffer);
    data[0] = 0x01;
    data[1] = n;
    view.setUint16(2, USAGE[usage]);
    view.setUint16(4, id);
    view.setUint16(6, bits);
    data.set(context8, 8);
    blocks.push(aesEncryptEcb(parent, data));
  }
  return concatBytes(...blocks).slice(0, bits / 8);
}

/** Context for every key after the initial one: rightmost 4 bytes of the Initial Key ID || counter. */
function context(initialKeyId: Uint8Array, counter: number): Uint8Array {
  const out = new Uint8Array(8);
  out.set(initialKeyId.subarray(4), 0);
  new DataView(out.buffer).setUint32(4, counter);
  return out;
}

function splitKsn(ksn: Uint8Array): { id: Uint8Array; counter: number } {
  if (ksn.length !== AES_KSN_LENGTH) throw new PosError('E-CRYPTO-0009', { length: ksn.length, expected: AES_KSN_LENGTH });
  const counter = new DataView(ksn.buffer, ksn.byteOffset, ksn.length).getUint32(INITIAL_KEY_ID_LENGTH);
  const ones = popcount(counter);
  if (counter === 0 || ones > MAX_COUNTER_ONES) throw new PosError('E-CRYPTO-0009', { counterOnes: ones, maximum: MAX_COUNTER_ONES });
  return { id: ksn.subarray(0, INITIAL_KEY_ID_LENGTH), counter };
}

function bdkType(key: Uint8Array): AesDukptKeyType {
  requireKeyLength(key, [16, 24, 32], 'aes-dukpt');
  return key.length === 16 ? 'aes128' : key.length === 24 ? 'aes192' : 'aes256';
}
