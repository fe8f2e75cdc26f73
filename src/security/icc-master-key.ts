// ICC Master Key derivation, EMV Book 2 Annex A1.4: Option A (A1.4.1) from the rightmost 16
// digits of PAN || PAN Sequence Number, and Option B (A1.4.2) through SHA-1 for longer PANs.
import { createHash } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { concatBytes, fromHex } from '../bytes/hex.js';
import { adjustKeyParity } from './key-parity.js';
import { tdesEncryptEcb } from './tdes.js';
import { requireKeyLength } from './input-checks.js';
import { xorBytes } from './xor.js';

const ALL_ONES = new Uint8Array(8).fill(0xff);

/** Option A: Y = rightmost 16 digits of PAN || PSN, zero-filled on the left; the key is
 *  TDES(IMK)[Y] || TDES(IMK)[Y xor FF..FF] with odd parity. An absent PSN counts as '00'. */
export function deriveIccMasterKeyOptionA(issuerMasterKey: Uint8Array, pan: string, panSequenceNumber?: string): Uint8Array {
  requireKeyLength(issuerMasterKey, [16], 'emv-imk');
  const digits = panAndSequence(pan, panSequenceNumber);
  return keyFromBlock(issuerMasterKey, fromHex(digits.slice(-16).padStart(16, '0')));
}

/** Option B: for a PAN of 16 digits or fewer it is Option A. Otherwise X = PAN || PSN (a '0'
 *  in front if odd), SHA-1 over X packed as BCD, decimalised to 16 digits (the digits of the
 *  hash in order, then its letters A-F read as 0-5), and that block goes through Option A's step. */
export function deriveIccMasterKeyOptionB(issuerMasterKey: Uint8Array, pan: string, panSequenceNumber?: string): Uint8Array {
  requireKeyLength(issuerMasterKey, [16], 'emv-imk');
  const digits = panAndSequence(pan, panSequenceNumber);
  if (pan.length <= 16) return keyFromBlock(issuerMasterKey, fromHex(digits.slice(-16).padStart(16, '0')));
  const x = digits.length % 2 === 0 ? digits : `0${digits}`;
  const hash = createHash('sha1').update(fromHex(x)).digest('hex').toUpperCase();
  const decimal = hash.replace(/[A-F]/g, '');
  const fromLetters = hash.replace(/[0-9]/g, '').replace(/[A-F]/g, (c) => String(c.charCodeAt(0) - 65));
  return keyFromBlock(issuerMasterKey, fromHex((decimal + fromLetters).slice(0, 16)));
}

function keyFromBlock(issuerMasterKey: Uint8Array, y: Uint8Array): Uint8Array {
  return adjustKeyParity(tdesEncryptEcb(issuerMasterKey, concatBytes(y, xorBytes(y, ALL_ONES))));
}

function panAndSequence(pan: string, panSequenceNumber: string | undefined): string {
  if (!/^[0-9]{1,19}$/.test(pan)) throw new PosError('E-CRYPTO-0004', { length: pan.length });
  const psn = panSequenceNumber ?? '00';
  if (!/^[0-9]{2}$/.test(psn)) throw new PosError('E-CRYPTO-0005', { length: psn.length });
  return pan + psn;
}
