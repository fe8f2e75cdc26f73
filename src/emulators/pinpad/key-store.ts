// The pad's DUKPT keys, one per slot, as a device holds them (ANSI X9.24-1:2009 §A.6 for TDES,
// X9.24-3:2017 §6 for AES): the initial key (IPEK) and the KSN of the last transaction; never
// the BDK. Each PIN takes the next counter value with at most 10 (TDES) or 16 (AES) one bits,
// so host and pad agree on the key for every KSN the pad sends. Keys arrive from the key file
// or in a TR-31 key block under the pad's key block protection key.
import { PosError } from '../../errors/index.js';
import { fromHex } from '../../bytes/hex.js';
// The modules, not security's index (pad.ts says why).
import { AES_KSN_LENGTH, deriveAesWorkingKeyFromInitialKey } from '../../security/dukpt-aes.js';
import { deriveTdesWorkingKeyFromIpek, popcount, TDES_KSN_LENGTH } from '../../security/dukpt-tdes.js';
import { aesKeyCheckValue, tdesKeyCheckValue } from '../../security/key-check-value.js';
import { unwrapTr31KeyBlock } from '../../security/tr31.js';

export type DukptAlgorithm = 'tdes' | 'aes';

export interface DukptKey {
  readonly algorithm: DukptAlgorithm;
  readonly initialKey: Uint8Array;
  /** The KSN of the last PIN enciphered (counter 0 when none yet). */
  ksn: Uint8Array;
}

const RULES: Record<DukptAlgorithm, { ksnLength: number; keyLengths: readonly number[]; counterBytes: number; counterBits: number; maxOnes: number }> = {
  tdes: { ksnLength: TDES_KSN_LENGTH, keyLengths: [16], counterBytes: 3, counterBits: 21, maxOnes: 10 },
  aes: { ksnLength: AES_KSN_LENGTH, keyLengths: [16, 24, 32], counterBytes: 4, counterBits: 32, maxOnes: 16 },
};

/** TR-31:2018 key usage B1: initial DUKPT key; algorithm T (TDES) or A (AES). */
const TR31_USAGE_INITIAL_DUKPT_KEY = 'B1';
const TR31_ALGORITHM: Record<string, DukptAlgorithm> = { T: 'tdes', A: 'aes' };

export interface KeyFileSlot {
  readonly slot: number;
  readonly algorithm: DukptAlgorithm;
  readonly initialKey: string;
  readonly ksn: string;
}

export class KeyStore {
  private readonly slots = new Map<number, DukptKey>();

  constructor(
    slots: readonly KeyFileSlot[],
    /** TR-31 key block protection key; without it the pad refuses key loads. */
    private readonly kbpk: Uint8Array | null,
  ) {
    for (const s of slots) this.slots.set(s.slot, checked(s.algorithm, fromHex(s.initialKey), fromHex(s.ksn), s.slot));
  }

  algorithmOf(slot: number): DukptAlgorithm | null {
    return this.slots.get(slot)?.algorithm ?? null;
  }

  /** Advances the slot's KSN and returns the PIN encryption key for it; null when the slot is
   *  empty or its counter is spent. */
  nextPinKey(slot: number): { key: Uint8Array; ksn: Uint8Array; algorithm: DukptAlgorithm } | null {
    const entry = this.slots.get(slot);
    if (!entry) return null;
    const ksn = nextKsn(entry);
    if (!ksn) return null;
    entry.ksn = ksn;
    const key =
      entry.algorithm === 'tdes' ? deriveTdesWorkingKeyFromIpek(entry.initialKey, ksn, 'pin') : deriveAesWorkingKeyFromInitialKey(entry.initialKey, ksn, 'pin-encryption');
    return { key, ksn: Uint8Array.from(ksn), algorithm: entry.algorithm };
  }

  /** Opens a TR-31 block holding an initial DUKPT key and puts it in the slot with the KSN;
   *  returns its check value. Throws E-PINPAD-0008 for any block the pad will not take. */
  load(slot: number, ksn: Uint8Array, keyBlock: string): Uint8Array {
    if (!this.kbpk) throw new PosError('E-PINPAD-0008', { slot, reason: 'no-kbpk' });
    let block;
    try {
      block = unwrapTr31KeyBlock(this.kbpk, keyBlock);
    } catch (cause) {
      throw new PosError('E-PINPAD-0008', { slot, reason: 'unwrap' }, { cause });
    }
    const algorithm = TR31_ALGORITHM[block.algorithm];
    if (block.keyUsage !== TR31_USAGE_INITIAL_DUKPT_KEY || !algorithm) throw new PosError('E-PINPAD-0008', { slot, reason: 'usage' });
    const key = checked(algorithm, block.key, ksn, slot, 'E-PINPAD-0008');
    this.slots.set(slot, key);
    return checkValue(key);
  }

  check(slot: number): { kcv: Uint8Array; ksn: Uint8Array } | null {
    const entry = this.slots.get(slot);
    return entry ? { kcv: checkValue(entry), ksn: Uint8Array.from(entry.ksn) } : null;
  }
}

function checkValue(key: DukptKey): Uint8Array {
  return key.algorithm === 'tdes' ? tdesKeyCheckValue(key.initialKey) : aesKeyCheckValue(key.initialKey);
}

function checked(algorithm: DukptAlgorithm, initialKey: Uint8Array, ksn: Uint8Array, slot: number, code: 'E-PINPAD-0008' | 'E-PINPAD-0011' = 'E-PINPAD-0011'): DukptKey {
  const rules = RULES[algorithm];
  if (!rules) throw new PosError(code, { slot, field: 'algorithm' });
  if (!rules.keyLengths.includes(initialKey.length)) throw new PosError(code, { slot, field: 'initialKey', length: initialKey.length });
  if (ksn.length !== rules.ksnLength) throw new PosError(code, { slot, field: 'ksn', length: ksn.length });
  return { algorithm, initialKey, ksn: Uint8Array.from(ksn) };
}

/** X9.24-1 A.6 / X9.24-3 §6.5: add one, then while the counter has too many one bits add its
 *  lowest one bit; null once the counter would overflow. */
function nextKsn(key: DukptKey): Uint8Array | null {
  const rules = RULES[key.algorithm];
  const at = key.ksn.length - rules.counterBytes;
  const mask = rules.counterBits === 32 ? 0xffffffff : (1 << rules.counterBits) - 1;
  let raw = 0;
  for (let i = at; i < key.ksn.length; i++) raw = raw * 256 + key.ksn[i]!;
  const low = (raw & mask) >>> 0;
  const high = raw - low;
  let counter = low + 1;
  while (popcount(counter) > rules.maxOnes) counter += (counter & -counter) >>> 0;
  if (counter > mask) return null;
  const out = Uint8Array.from(key.ksn);
  let value = high + counter;
  for (let i = key.ksn.length - 1; i >= at; i--) {
    out[i] = value % 256;
    value = Math.floor(value / 256);
  }
  return out;
}
