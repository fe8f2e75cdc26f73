// The virtual card's Application Cryptogram: EMV Book 2 §8.1 with posrt's generic cryptogram
// versions (src/security/generic-cvn.ts says how an issuer verifies them: Option A master key,
// common session key from the ATC, MAC algorithm 3 over the CDOL data of this GENERATE AC ||
// AIP || ATC || CVR; IAD = DKI || CVN || CVR; CVN 01 checks an ARPC by method 1, CVN 02 by
// method 2). The profile names its CVN. After an ARQC the card also derives its script MAC key
// (src/security/secure-messaging.ts) from the profile's IMK-SMI, and the key a new PIN comes
// enciphered under from its IMK-SMC.
// CVR (Card Verification Results), 4 bytes, modelled on M/Chip's byte 1-2 layout:
//   byte 1  b8-b7 AC returned in the second GENERATE AC (00 AAC, 01 TC, 10 not requested)
//           b6-b5 AC returned in the first GENERATE AC (00 AAC, 01 TC, 10 ARQC)
//           b4 CDA performed   b3 offline DDA performed   b2-b1 RFU
//   byte 2  b8-b5 PIN try counter   b4 offline PIN verification performed
//           b3 offline PIN verification failed   b2 PIN try limit exceeded   b1 RFU
//   byte 3  b8 issuer authentication performed   b7 issuer authentication failed   b6-b1 RFU
//   byte 4  RFU (00)
import {
  deriveAcSessionKey,
  deriveIccMasterKeyOptionA,
  deriveScriptSessionKey,
  generateApplicationCryptogram,
  genericCryptogramData,
  genericIssuerApplicationData,
} from '../../security/index.js';
import { fromHex } from '../../bytes/hex.js';
import type { BuiltApplication } from './application.js';
import type { CardEvent, OnlineContext } from './state.js';
import type { CryptogramType } from '../../emv/dictionary/codes/cryptogram.js';

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
  return genericIssuerApplicationData(app.profile.cryptogram.derivationKeyIndex, app.profile.cryptogram.cvn, cvr);
}

function acSessionKey(app: BuiltApplication, atc: Uint8Array): Uint8Array {
  const masterKey = deriveIccMasterKeyOptionA(fromHex(app.profile.cryptogram.imk), app.pan, app.panSequenceNumber);
  return deriveAcSessionKey(masterKey, { method: 'emv-common', atc });
}

export function applicationCryptogram(app: BuiltApplication, atc: Uint8Array, dolData: Uint8Array, cvr: Uint8Array): Uint8Array {
  return generateApplicationCryptogram(acSessionKey(app, atc), genericCryptogramData(dolData, app.aip, atc, cvr), 'method-2');
}

/** What an ARQC leaves for the rest of the transaction: the keys its ARPC and scripts use. */
export function onlineContext(app: BuiltApplication, atc: Uint8Array, arqc: Uint8Array): OnlineContext {
  const card = { pan: app.pan, panSequenceNumber: app.panSequenceNumber };
  return {
    arqc,
    atc,
    sessionKey: acSessionKey(app, atc),
    smiSessionKey: deriveScriptSessionKey(fromHex(app.profile.cryptogram.imkSmi), card, arqc),
    smcSessionKey: deriveScriptSessionKey(fromHex(app.profile.cryptogram.imkSmc), card, arqc),
  };
}
