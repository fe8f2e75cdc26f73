// src/security entry point: EMV Book 2 Annex A1 symmetric cryptography and its primitives.
export { desEncryptEcb, desDecryptEcb, desEncryptCbc, desDecryptCbc } from './des.js';
export { DES_BLOCK, tdesEncryptEcb, tdesDecryptEcb, tdesEncryptCbc, tdesDecryptCbc } from './tdes.js';
export { AES_BLOCK, aesEncryptEcb, aesDecryptEcb, aesEncryptCbc, aesDecryptCbc } from './aes.js';
export { aesCmac } from './cmac.js';
export { adjustKeyParity, hasOddParity } from './key-parity.js';
export { tdesKeyCheckValue, aesKeyCheckValue } from './key-check-value.js';
export { padIso9797, macAlgorithm1, macAlgorithm3, type MacPadding } from './mac.js';
export { deriveIccMasterKeyOptionA, deriveIccMasterKeyOptionB } from './icc-master-key.js';
export { deriveCommonSessionKey, deriveAcSessionKey, type AcSessionKeyDerivation } from './session-key.js';
export { CRYPTOGRAM_LENGTH, generateApplicationCryptogram, verifyApplicationCryptogram } from './application-cryptogram.js';
export { generateArpc, verifyArpc, issuerAuthenticationData, type ArpcInput } from './arpc.js';
export { recommendedCryptogramData, type CryptogramTransactionData } from './cryptogram-data.js';
export { visaApplicationCryptogram, visaArpc, type VisaCryptogramVersion, type VisaArpcInput } from './visa-cvn.js';
export { pinBlockFormat0, encodePinBlock, decodePinBlock, type PinBlockFormat } from './pin-block.js';
export { encodePinFieldFormat4, encodePanFieldFormat4, decodePinFieldFormat4, encipherPinBlockFormat4, decipherPinBlockFormat4 } from './pin-block-format4.js';
export { pinBlockFormat2 } from './pin-block-format2.js';
export { encipherOfflinePin, type RsaKey } from './offline-pin-encipherment.js';
export { TDES_KSN_LENGTH, deriveTdesIpek, deriveTdesTransactionKey, deriveTdesWorkingKey, type TdesDukptUsage } from './dukpt-tdes.js';
