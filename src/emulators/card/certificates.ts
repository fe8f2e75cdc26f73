// EMV Book 2 §5.3 Table 6 (Issuer Public Key Certificate), §5.4 Table 7 (Signed Static
// Application Data) and §6.4 Table 14 (ICC Public Key Certificate), produced the way an
// issuer's personalisation system would for the virtual card.
import { PosError } from '../../errors/index.js';
import { concatBytes } from '../../bytes/hex.js';
import { padPattern, RSA_INDICATOR, SHA1_INDICATOR, signRecoverable } from './emv-signature.js';
import type { RsaKeyPair } from './keys/test-keys.js';

/** A certificate and the two objects the terminal needs beside it to rebuild the key. */
export interface PublicKeyCertificate {
  readonly certificate: Uint8Array;
  /** Issuer (92) or ICC (9F48) Public Key Remainder; empty when the whole modulus fits. */
  readonly remainder: Uint8Array;
  /** Issuer (9F32) or ICC (9F47) Public Key Exponent. */
  readonly exponent: Uint8Array;
}

export interface CertificateFields {
  /** MMYY, n4. */
  readonly expiry: Uint8Array;
  /** b3, assigned by the certifier. */
  readonly serialNumber: Uint8Array;
}

/** Format 02, signed with the CA key; `issuerIdentifier` is the leftmost 3-8 PAN digits, F-padded (4 bytes). */
export function issuerCertificate(ca: RsaKeyPair, issuer: RsaKeyPair, issuerIdentifier: Uint8Array, fields: CertificateFields): PublicKeyCertificate {
  requireLength('issuer identifier', issuerIdentifier, 4);
  return certify(ca, issuer, Uint8Array.of(0x02), issuerIdentifier, fields, 36, new Uint8Array(0));
}

/** Format 04, signed with the issuer key; the hash also covers the static data to be authenticated. */
export function iccCertificate(issuer: RsaKeyPair, icc: RsaKeyPair, paddedPan: Uint8Array, fields: CertificateFields, staticData: Uint8Array): PublicKeyCertificate {
  requireLength('application PAN', paddedPan, 10);
  return certify(issuer, icc, Uint8Array.of(0x04), paddedPan, fields, 42, staticData);
}

/** Format 03 Signed Static Application Data (tag 93), signed with the issuer key. */
export function signedStaticData(issuer: RsaKeyPair, dataAuthenticationCode: Uint8Array, staticData: Uint8Array): Uint8Array {
  requireLength('data authentication code', dataAuthenticationCode, 2);
  const body = concatBytes(Uint8Array.of(0x03, SHA1_INDICATOR), dataAuthenticationCode, padPattern(issuer.modulus.length - 26));
  return signRecoverable(issuer, body, staticData);
}

// Tables 6 and 14 differ only in format, the owner field and how much of the modulus the
// certificate holds (N - 36 for the issuer's, N - 42 for the ICC's, N the certifier's length).
function certify(
  certifier: RsaKeyPair,
  subject: RsaKeyPair,
  format: Uint8Array,
  owner: Uint8Array,
  fields: CertificateFields,
  overhead: number,
  hashedAfter: Uint8Array,
): PublicKeyCertificate {
  requireLength('certificate expiry', fields.expiry, 2);
  requireLength('certificate serial number', fields.serialNumber, 3);
  const room = certifier.modulus.length - overhead;
  const key = subject.modulus;
  if (key.length > certifier.modulus.length) throw new PosError('E-EMU-0003', { field: 'key length', length: key.length, certifierLength: certifier.modulus.length });
  const leftmost = key.length >= room ? key.subarray(0, room) : concatBytes(key, padPattern(room - key.length));
  const remainder = key.length > room ? Uint8Array.from(key.subarray(room)) : new Uint8Array(0);
  const body = concatBytes(
    format,
    owner,
    fields.expiry,
    fields.serialNumber,
    Uint8Array.of(SHA1_INDICATOR, RSA_INDICATOR, key.length, subject.exponent.length),
    leftmost,
  );
  const certificate = signRecoverable(certifier, body, concatBytes(remainder, subject.exponent, hashedAfter));
  return { certificate, remainder, exponent: subject.exponent };
}

function requireLength(field: string, bytes: Uint8Array, expected: number): void {
  if (bytes.length !== expected) throw new PosError('E-EMU-0003', { field, length: bytes.length, expected });
}
