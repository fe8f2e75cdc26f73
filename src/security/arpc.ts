// Authorisation Response Cryptogram, EMV Book 2 §8.2 (issuer authentication).
// Method 1 (§8.2.1): ARPC = TDES(SK)[ARQC xor (ARC || '00'x6)], 8 bytes; tag 91 = ARPC || ARC.
// Method 2 (§8.2.2): ARPC = MAC(SK)[ARQC || CSU || Proprietary Authentication Data], the first
// 4 bytes of the Annex A1.2 MAC with padding method 2; tag 91 = ARPC || CSU || { PAD }.
import { timingSafeEqual } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { concatBytes } from '../bytes/hex.js';
import { macAlgorithm3 } from './mac.js';
import { tdesEncryptEcb } from './tdes.js';
import { requireLength } from './input-checks.js';
import { xorBytes } from './xor.js';

export type ArpcInput =
  | { method: 1; arqc: Uint8Array; authorisationResponseCode: Uint8Array }
  | { method: 2; arqc: Uint8Array; cardStatusUpdate: Uint8Array; proprietaryAuthenticationData?: Uint8Array };

export function generateArpc(sessionKey: Uint8Array, input: ArpcInput): Uint8Array {
  requireLength('arqc', input.arqc, 8);
  switch (input.method) {
    case 1:
      requireLength('authorisation response code', input.authorisationResponseCode, 2);
      return tdesEncryptEcb(sessionKey, xorBytes(input.arqc, input.authorisationResponseCode));
    case 2: {
      requireLength('card status update', input.cardStatusUpdate, 4);
      const pad = proprietaryData(input);
      return macAlgorithm3(sessionKey, concatBytes(input.arqc, input.cardStatusUpdate, pad), 'method-2', 4);
    }
  }
}

/** The card's check of the ARPC it receives, in constant time. */
export function verifyArpc(sessionKey: Uint8Array, input: ArpcInput, arpc: Uint8Array): boolean {
  const expected = generateArpc(sessionKey, input);
  return arpc.length === expected.length && timingSafeEqual(expected, arpc);
}

/** The value of tag 91 (Issuer Authentication Data) the issuer returns for this ARPC. */
export function issuerAuthenticationData(sessionKey: Uint8Array, input: ArpcInput): Uint8Array {
  const arpc = generateArpc(sessionKey, input);
  switch (input.method) {
    case 1:
      return concatBytes(arpc, input.authorisationResponseCode);
    case 2:
      return concatBytes(arpc, input.cardStatusUpdate, proprietaryData(input));
  }
}

function proprietaryData(input: Extract<ArpcInput, { method: 2 }>): Uint8Array {
  const pad = input.proprietaryAuthenticationData ?? new Uint8Array(0);
  if (pad.length > 8) throw new PosError('E-CRYPTO-0003', { field: 'proprietary authentication data', length: pad.length, maximum: 8 });
  return pad;
}
