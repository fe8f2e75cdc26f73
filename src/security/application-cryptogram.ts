// Application Cryptogram (ARQC, TC, AAC) generation, EMV Book 2 §8.1.2: the MAC of Annex A1.2
// (ISO/IEC 9797-1 algorithm 3 over DES) under the AC session key, 8 bytes. The data is whatever
// the cryptogram version selects (Book 2 §8.1.1); padding is method 2 unless the version says 1.
import { timingSafeEqual } from 'node:crypto';
import { macAlgorithm3, type MacPadding } from './mac.js';
import { requireLength } from './input-checks.js';

export const CRYPTOGRAM_LENGTH = 8;

export function generateApplicationCryptogram(sessionKey: Uint8Array, data: Uint8Array, padding: MacPadding = 'method-2'): Uint8Array {
  return macAlgorithm3(sessionKey, data, padding, CRYPTOGRAM_LENGTH);
}

/** Compares in constant time: an issuer answering faster on a near miss would leak the cryptogram. */
export function verifyApplicationCryptogram(sessionKey: Uint8Array, data: Uint8Array, cryptogram: Uint8Array, padding: MacPadding = 'method-2'): boolean {
  requireLength('cryptogram', cryptogram, CRYPTOGRAM_LENGTH);
  return timingSafeEqual(generateApplicationCryptogram(sessionKey, data, padding), cryptogram);
}
