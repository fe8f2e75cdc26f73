// Visa Cryptogram Version Numbers 10 and 18 (Visa Integrated Circuit Card Specification, as
// implemented and published with test vectors by pyemv): which key, which data, which padding.
// CVN 10: the ICC master key itself; data = Book 2 §8.1.1 set || CVR (4 bytes); padding method 1;
//         ARPC method 1 under the ICC master key.
// CVN 18: Common Session Key (R = ATC || '00'x6); data = the set || the whole Issuer Application
//         Data (9F10); padding method 2; ARPC method 2 under the session key.
import { concatBytes } from '../bytes/hex.js';
import { generateApplicationCryptogram } from './application-cryptogram.js';
import { generateArpc } from './arpc.js';
import { recommendedCryptogramData, type CryptogramTransactionData } from './cryptogram-data.js';
import { deriveAcSessionKey } from './session-key.js';
import { requireLength } from './input-checks.js';

export type VisaCryptogramVersion =
  | { cvn: 10; cardVerificationResults: Uint8Array }
  | { cvn: 18; issuerApplicationData: Uint8Array };

export type VisaArpcInput =
  | { cvn: 10; arqc: Uint8Array; authorisationResponseCode: Uint8Array }
  | { cvn: 18; atc: Uint8Array; arqc: Uint8Array; cardStatusUpdate: Uint8Array; proprietaryAuthenticationData?: Uint8Array };

export function visaApplicationCryptogram(iccMasterKey: Uint8Array, transaction: CryptogramTransactionData, version: VisaCryptogramVersion): Uint8Array {
  const data = recommendedCryptogramData(transaction);
  switch (version.cvn) {
    case 10:
      requireLength('card verification results', version.cardVerificationResults, 4);
      return generateApplicationCryptogram(
        deriveAcSessionKey(iccMasterKey, { method: 'none' }),
        concatBytes(data, version.cardVerificationResults),
        'method-1',
      );
    case 18:
      return generateApplicationCryptogram(
        deriveAcSessionKey(iccMasterKey, { method: 'emv-common', atc: transaction.applicationTransactionCounter }),
        concatBytes(data, version.issuerApplicationData),
        'method-2',
      );
  }
}

export function visaArpc(iccMasterKey: Uint8Array, input: VisaArpcInput): Uint8Array {
  switch (input.cvn) {
    case 10:
      return generateArpc(deriveAcSessionKey(iccMasterKey, { method: 'none' }), {
        method: 1,
        arqc: input.arqc,
        authorisationResponseCode: input.authorisationResponseCode,
      });
    case 18:
      return generateArpc(deriveAcSessionKey(iccMasterKey, { method: 'emv-common', atc: input.atc }), {
        method: 2,
        arqc: input.arqc,
        cardStatusUpdate: input.cardStatusUpdate,
        proprietaryAuthenticationData: input.proprietaryAuthenticationData,
      });
  }
}
