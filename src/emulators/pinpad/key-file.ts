// The emulator's key file (JSON): what a key-injection room would have put in the pad — the
// initial DUKPT key and KSN of each slot, and the TR-31 key block protection key for later
// loads. Test keys only; a wrong shape is E-PINPAD-0011 naming the field, never a value.
import { readFileSync } from 'node:fs';
import { PosError } from '../../errors/index.js';
import { fromHex } from '../../bytes/hex.js';
import { KeyStore, type KeyFileSlot } from './key-store.js';
import type { PadIdentity } from './pad.js';

export interface KeyFile {
  readonly identity?: Partial<PadIdentity>;
  /** Hex; absent: the pad refuses TR-31 loads. */
  readonly kbpk?: string;
  readonly slots: readonly KeyFileSlot[];
}

const DEFAULT_IDENTITY: PadIdentity = { model: 'posrt virtual PIN pad', serial: 'VPP-00000001', firmware: '1.0.0' };
const HEX = /^(?:[0-9A-Fa-f]{2})+$/;

export function readKeyFile(path: string): { identity: PadIdentity; keys: KeyStore } {
  let file: KeyFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch (cause) {
    throw new PosError('E-PINPAD-0011', { path, field: 'file' }, { cause });
  }
  if (!Array.isArray(file.slots)) throw new PosError('E-PINPAD-0011', { path, field: 'slots' });
  for (const [i, s] of file.slots.entries()) {
    if (!Number.isInteger(s.slot) || s.slot < 0 || s.slot > 0xff) throw new PosError('E-PINPAD-0011', { path, slot: i, field: 'slot' });
    for (const field of ['initialKey', 'ksn'] as const) if (typeof s[field] !== 'string' || !HEX.test(s[field])) throw new PosError('E-PINPAD-0011', { path, slot: s.slot, field });
  }
  if (file.kbpk !== undefined && !HEX.test(file.kbpk)) throw new PosError('E-PINPAD-0011', { path, field: 'kbpk' });
  return {
    identity: { ...DEFAULT_IDENTITY, ...file.identity },
    keys: new KeyStore(file.slots, file.kbpk === undefined ? null : fromHex(file.kbpk)),
  };
}
