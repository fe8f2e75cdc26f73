// The virtual card's CVC3 for mag-stripe mode (EMV Contactless Book C-2 §5.2 COMPUTE
// CRYPTOGRAPHIC CHECKSUM), modelled on Mastercard's PayPass Mag Stripe dynamic CVC3: a DES key
// per card derived from an issuer key, a 2-byte initial value per track fixed at
// personalisation, and a TDES block over that value, the terminal's Unpredictable Number
// (Numeric) and the ATC. As the issuer simulator verifies it (TEST derivation of posrt, no
// scheme's keys):
//   KD_CVC3         = Option A (EMV Book 2 A1.4.1) from the profile's IMK_CVC3, PAN and PSN
//                     ('00' when absent)
//   IVCVC3(TrackN)  = the 2 rightmost bytes of ISO/IEC 9797-1 MAC algorithm 3, padding method
//                     2, under KD_CVC3 over the track data as personalised (9F6B for track 2,
//                     56 for track 1: the value bytes, placeholders in the discretionary data)
//   CVC3(TrackN)    = the 2 rightmost bytes of TDES-ECB under KD_CVC3 of
//                     IVCVC3(TrackN) (2) || Unpredictable Number (Numeric) (4) || ATC (2)
import { concatBytes, fromHex } from '../../bytes/hex.js';
import { deriveIccMasterKeyOptionA, macAlgorithm3, tdesEncryptEcb } from '../../security/index.js';

export function cvc3Key(imkCvc3: Uint8Array, pan: string, panSequenceNumber: string): Uint8Array {
  return deriveIccMasterKeyOptionA(imkCvc3, pan, panSequenceNumber);
}

export function cvc3InitialValue(key: Uint8Array, track: Uint8Array): Uint8Array {
  return macAlgorithm3(key, track, 'method-2').slice(6, 8);
}

export function cvc3(key: Uint8Array, initialValue: Uint8Array, unpredictableNumber: Uint8Array, atc: Uint8Array): Uint8Array {
  return tdesEncryptEcb(key, concatBytes(initialValue, unpredictableNumber, atc)).slice(6, 8);
}

/** Default UDOL (Book C-2 Annex A DF811A): the Unpredictable Number (Numeric) alone. */
export const DEFAULT_UDOL = fromHex('9F6A04');
