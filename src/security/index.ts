// src/security entry point: EMV Book 2 Annex A1 symmetric cryptography and its primitives.
export { desEncryptEcb, desDecryptEcb, desEncryptCbc, desDecryptCbc } from './des.js';
export { DES_BLOCK, tdesEncryptEcb, tdesDecryptEcb, tdesEncryptCbc, tdesDecryptCbc } from './tdes.js';
export { AES_BLOCK, aesEncryptEcb, aesDecryptEcb, aesEncryptCbc, aesDecryptCbc } from './aes.js';
export { aesCmac, tdesCmac } from './cmac.js';
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
export { TDES_KSN_LENGTH, deriveTdesIpek, deriveTdesTransactionKey, deriveTdesWorkingKey, deriveTdesWorkingKeyFromIpek, type TdesDukptUsage } from './dukpt-tdes.js';
export { AES_KSN_LENGTH, deriveAesInitialKey, deriveAesTransactionKey, deriveAesWorkingKey, deriveAesWorkingKeyFromInitialKey, type AesDukptKeyType, type AesDukptUsage } from './dukpt-aes.js';
export { unwrapTr31KeyBlock, type Tr31KeyBlock, type Tr31OptionalBlock } from './tr31.js';
export { ED25519_SEED_LENGTH, ED25519_PUBLIC_KEY_LENGTH, ED25519_SECRET_KEY_LENGTH, ED25519_SIGNATURE_LENGTH, KEY_ID_LENGTH, ed25519KeyPairFromSeed, ed25519PublicKeyOf, signEd25519, verifyEd25519, keyIdOf, type Ed25519KeyPair } from './ed25519.js';
export { findArqcSessionKey, type ArqcToVerify } from './arqc-verification.js';
export { deriveScriptSessionKey, scriptMac, securedScriptCommand, openSecuredCommand, encipherScriptData, decipherScriptData, type ScriptMacContext } from './secure-messaging.js';
export {
  genericIssuerApplicationData,
  parseGenericIad,
  genericCryptogramData,
  cardStatusUpdate,
  csuApproves,
  genericIssuerAuthentication,
  verifyGenericIssuerAuthentication,
  type GenericCvn,
} from './generic-cvn.js';
export { decipherOnlinePin, type EncipheredOnlinePin, type OnlinePinBdks } from './online-pin.js';
export { checkKeyDirectory, readKeyFile, writeNewKeyFile, type KeyFileCodes } from './key-file.js';
export { GENESIS_HASH, entryHash, encodeDetails, type AuditDetails, type AuditValue } from './audit-chain.js';
