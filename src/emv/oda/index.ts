// Offline data authentication, EMV Book 2 §5-7 and Book 3 §10.3.
export { performOda, selectOdaMethod, type OdaInput, type OdaMethod, type OdaOutcome } from './oda.js';
export { verifyCdaSignature, type CdaInput, type CdaVerification } from './cda.js';
export { performDda, type DdaInput, type DdaVerification } from './dda.js';
export { verifySignedStaticData, type SdaVerification } from './sda.js';
export { recoverIssuerKey, issuerIdentifierMatches, type IssuerKeyInput } from './issuer-key.js';
export { recoverIccKey, recoverIccPinKey, panMatches, type IccKeyInput } from './icc-key.js';
export type { CertificateFields, OpenedCertificate } from './public-key-certificate.js';
export { staticDataToAuthenticate, type CardData, type StaticData } from './static-data.js';
export { createCaKeyStore, parseCaKeyFile, caKeyChecksum, type CaKey, type CaKeyEntry, type CaKeyStore } from './ca-keys.js';
export { isRevoked, parseRevocationList, type RevocationList, type RevokedCertificate } from './revocation.js';
export { transactionDateKey, type DateKey } from './dates.js';
export { recoverPinEnciphermentKey, type PinKeyInput, type PinKeyResult } from './pin-encipherment-key.js';
export type { OdaFailure } from './failure.js';
export type { RsaPublicKey } from './rsa-recover.js';
