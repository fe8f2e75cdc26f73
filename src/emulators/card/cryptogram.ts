// The virtual card's Application Cryptogram: EMV Book 2 §8.1 with one generic cryptogram
// version of its own (CVN 01 of posrt; no payment scheme's), which an issuer simulator verifies
// like this:
//   ICC master key  MK = Option A (Book 2 A1.4.1) from the profile's IMK, PAN (5A) and PSN (5F34,
//                   '00' when absent)
//   session key     SK = common session key derivation (Book 2 A1.3.1) with R = ATC || 00x6
//   data            D  = the CDOL data of this GENERATE AC (CDOL1's for the first, CDOL2's for
//                   the second) || AIP (2) || ATC (2) || CVR (4, as in this answer's IAD)
//   AC (9F26)          = ISO/IEC 9797-1 MAC algorithm 3, padding method 2, under SK over D (8 bytes)
//   IAD (9F10)         = DKI (1) || CVN '01' (1) || CVR (4)
// CVR (Card Verification Results), 4 bytes, modelled on M/Chip's byte 1-2 layout:
//   byte 1  b8-b7 AC returned in the second GENERATE AC (00 AAC, 01 TC, 10 not requested)
//           b6-b5 AC returned in the first GENERATE AC (00 AAC, 01 TC, 10 ARQC)
//           b4 CDA performed   b3 offline DDA performed   b2-b1 RFU
//   byte 2  b8-b5 PIN try counter   b4 offline PIN verification performed
//           b3 offline PIN verification failed   b2 PIN try limit exceeded   b1 RFU
//   byte 3  b8 issuer authentication performed   b7 issuer authentication failed   b6-b1 RFU
//   byte 4  RFU (00)
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, generateApplicationCryptogram } from '../../security/index.js';
import { concatBytes, fromHex } from '../../bytes/hex.js';
import type { BuiltApplication } from './application.js';
import type { CardEvent } from './state.js';
import type { CryptogramType } from '../../emv/dictionary/codes/cryptogram.js';

export const GENERIC_CVN = 0x01;

/** What each GENERATE AC returned, as the CVR records it. */
export interface CryptogramHistory {
  readonly first: Exclude<CryptogramType, 'AAR'>;
  readonly second: Exclude<CryptogramType, 'AAR' | 'ARQC'> | 'not-requested';
}

const FIRST_AC_BITS = { AAC: 0x00, TC: 0x10, ARQC: 0x20 } as const;
const SECOND_AC_BITS = { AAC: 0x00, TC: 0x40, 'not-requested': 0x80 } as const;
const EVENT_BITS: Readonly<Record<CardEvent, readonly [byte: 0 | 1 | 2, mask: number]>> = {
  'offline-dda-performed': [0, 0x04],
  'offline-pin-performed': [1, 0x08],
  'offline-pin-failed': [1, 0x04],
  'pin-try-limit-exceeded': [1, 0x02],
  'issuer-authentication-performed': [2, 0x80],
  'issuer-authentication-failed': [2, 0x40],
};
const CDA_PERFORMED = 0x08;

export function cardVerificationResults(history: CryptogramHistory, events: ReadonlySet<CardEvent>, cdaPerformed: boolean, pinTriesLeft: number): Uint8Array {
  const cvr = new Uint8Array(4);
  cvr[0] = SECOND_AC_BITS[history.second] | FIRST_AC_BITS[history.first] | (cdaPerformed ? CDA_PERFORMED : 0);
  cvr[1] = Math.min(pinTriesLeft, 15) << 4;
  for (const event of events) {
    const [byte, mask] = EVENT_BITS[event];
    cvr[byte]! |= mask;
  }
  return cvr;
}

export function issuerApplicationData(app: BuiltApplication, cvr: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(app.profile.cryptogram.derivationKeyIndex, GENERIC_CVN), cvr);
}

export function acSessionKey(app: BuiltApplication, atc: Uint8Array): Uint8Array {
  const masterKey = deriveIccMasterKeyOptionA(fromHex(app.profile.cryptogram.imk), app.pan, app.panSequenceNumber);
  return deriveAcSessionKey(masterKey, { method: 'emv-common', atc });
}

export function applicationCryptogram(app: BuiltApplication, atc: Uint8Array, dolData: Uint8Array, cvr: Uint8Array): Uint8Array {
  return generateApplicationCryptogram(acSessionKey(app, atc), concatBytes(dolData, app.aip, atc, cvr), 'method-2');
}
