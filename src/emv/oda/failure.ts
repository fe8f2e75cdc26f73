// Why offline data authentication failed, as a closed set: the TVR says "failed", this says
// which EMV Book 2 check did (§5.3, §5.4, §6.3-§6.6, §7.1) or which Book 3 §10.3 rule.
// Never card data: the reason is a name, nothing more.
export type OdaFailure =
  /** Book 3 §10.3: a required data object (8F, 90, 9F32, 93, 9F46, 9F47, 5A, a needed remainder) is absent. */
  | 'icc-data-missing'
  /** Book 2 §5.2 / §6.2: no CA key for RID and 8F, or it has expired. */
  | 'ca-key-not-found'
  /** Certificate or signature length differs from the recovering key's modulus. */
  | 'length-mismatch'
  /** The RSA public operation recovered nothing (value not below the modulus). */
  | 'recovery-failed'
  | 'trailer-not-bc'
  | 'header-not-6a'
  | 'wrong-format'
  /** Hash Algorithm Indicator other than 01 (SHA-1). */
  | 'unknown-hash-algorithm'
  | 'hash-mismatch'
  /** Issuer Identifier is not the leftmost PAN digits. */
  | 'issuer-identifier-mismatch'
  /** The certificate's Application PAN differs from 5A. */
  | 'pan-mismatch'
  | 'certificate-expired'
  | 'certificate-revoked'
  /** Public Key Algorithm Indicator other than 01 (RSA). */
  | 'unknown-key-algorithm'
  /** Key or exponent lengths in the certificate disagree with the data beside it. */
  | 'key-length-mismatch'
  /** Book 3 §10.3: 9F4A names a tag other than 82. */
  | 'static-data-tag-list-invalid'
  /** Book 3 §10.3: a record marked for ODA (SFI 11-30) is not a 70 template. */
  | 'invalid-oda-record'
  /** The card's DDOL (9F49) is not a valid data object list. */
  | 'ddol-malformed'
  /** Book 2 §6.5.1: the DDOL must ask for the Unpredictable Number (9F37). */
  | 'ddol-without-unpredictable-number'
  /** INTERNAL AUTHENTICATE answered other than 9000. */
  | 'internal-authenticate-refused'
  /** The INTERNAL AUTHENTICATE or GENERATE AC response is not format 1/2 as Book 3 §6.5 says. */
  | 'response-malformed'
  /** ICC Dynamic Data lengths inconsistent with the recovered block. */
  | 'dynamic-data-malformed'
  /** Book 2 §6.6.2: the CID in the signature differs from 9F27 in the response. */
  | 'cid-mismatch'
  /** Book 2 §6.6.2: the Transaction Data Hash Code does not match the terminal's. */
  | 'transaction-data-hash-mismatch';
