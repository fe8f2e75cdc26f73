// Application Cryptogram session keys. EMV Book 2 Annex A1.3.1 Common Session Key Derivation:
// SK = TDES(MK)[R0 R1 'F0' R3..R7] || TDES(MK)[R0 R1 '0F' R3..R7], odd parity, with
// R = ATC || '00'x6 for the AC key (Book 2 §8.1.2). Mastercard's SKD (M/Chip, also Interac
// CVN 133) runs the same function with R = ATC || '0000' || Unpredictable Number.
import { concatBytes } from '../bytes/hex.js';
import { adjustKeyParity } from './key-parity.js';
import { tdesEncryptEcb } from './tdes.js';
import { requireKeyLength, requireLength } from './input-checks.js';

/** Which session key a cryptogram version uses. 'none' is Visa CVN 10: the ICC master key itself. */
export type AcSessionKeyDerivation =
  | { method: 'emv-common'; atc: Uint8Array }
  | { method: 'mastercard'; atc: Uint8Array; unpredictableNumber: Uint8Array }
  | { method: 'none' };

/** The A1.3.1 function over any 8-byte diversification value R (the AC key, or R = ARQC for the
 *  secure-messaging keys of Book 2 §9.2). */
export function deriveCommonSessionKey(iccMasterKey: Uint8Array, r: Uint8Array): Uint8Array {
  requireKeyLength(iccMasterKey, [16], 'emv-icc-mk');
  requireLength('diversification value', r, 8);
  const left = Uint8Array.from(r);
  left[2] = 0xf0;
  const right = Uint8Array.from(r);
  right[2] = 0x0f;
  return adjustKeyParity(tdesEncryptEcb(iccMasterKey, concatBytes(left, right)));
}

export function deriveAcSessionKey(iccMasterKey: Uint8Array, derivation: AcSessionKeyDerivation): Uint8Array {
  switch (derivation.method) {
    case 'emv-common':
      requireLength('atc', derivation.atc, 2);
      return deriveCommonSessionKey(iccMasterKey, concatBytes(derivation.atc, new Uint8Array(6)));
    case 'mastercard':
      requireLength('atc', derivation.atc, 2);
      requireLength('unpredictable number', derivation.unpredictableNumber, 4);
      return deriveCommonSessionKey(iccMasterKey, concatBytes(derivation.atc, new Uint8Array(2), derivation.unpredictableNumber));
    case 'none':
      requireKeyLength(iccMasterKey, [16], 'emv-icc-mk');
      return Uint8Array.from(iccMasterKey);
  }
}
