// EMV Book 2 §5.3 Table 6 (Issuer Public Key Certificate, format 02), §6.3 Table 14 (ICC
// Public Key Certificate, format 04) and §7.1 Table 24 (ICC PIN Encipherment Public Key
// Certificate, format 04) share one layout after the owner field:
//   format | owner (4 or 10) | expiry MMYY | serial (3) | hash alg | key alg | key length |
//   exponent length | leftmost key digits (N - 36 or N - 42, BB padded) | hash | trailer
// and one hash input: the body || remainder || exponent || (ICC key only) static data. This
// module opens such a certificate and rebuilds the key; the checks on the owner field, the
// revocation list and the order of failures are its callers'.
import { concatBytes } from '../../bytes/hex.js';
import { certificateExpiryKey, type DateKey } from './dates.js';
import type { OdaFailure } from './failure.js';
import { hashMatches, openSigned, RSA_INDICATOR, SHA1_INDICATOR } from './recovered-block.js';
import type { RsaPublicKey } from './rsa-recover.js';

export interface CertificateFields {
  readonly format: number;
  /** Issuer Identifier (4 bytes) or Application PAN (10 bytes), F padded. */
  readonly owner: Uint8Array;
  /** MMYY. */
  readonly expiry: Uint8Array;
  readonly serialNumber: Uint8Array;
  readonly hashAlgorithm: number;
  readonly keyAlgorithm: number;
  /** Of the certified key's modulus, in bytes. */
  readonly keyLength: number;
  readonly exponentLength: number;
}

export interface CertificateInput {
  readonly certifier: RsaPublicKey;
  readonly certificate: Uint8Array;
  /** Absent when the card sent none (92, 9F48, 9F2E). */
  readonly remainder: Uint8Array | undefined;
  readonly exponent: Uint8Array;
  /** Hashed after the exponent: the static data to be authenticated for the ICC key, else empty. */
  readonly hashedAfter: Uint8Array;
  readonly date: DateKey;
}

export type OpenedCertificate =
  | { readonly result: 'ok'; readonly fields: CertificateFields; readonly key: RsaPublicKey }
  /** `fields` when the block opened far enough to read them (for diagnosis, `pos oda`). */
  | { readonly result: 'failed'; readonly reason: OdaFailure; readonly fields?: CertificateFields };

const FIXED_FIELDS = 1 + 2 + 3 + 4;

export function openCertificate(
  input: CertificateInput,
  format: 0x02 | 0x04,
  ownerLength: 4 | 10,
  ownerMatches: (owner: Uint8Array) => boolean,
  ownerFailure: OdaFailure,
  afterExpiry: (fields: CertificateFields) => OdaFailure | undefined = () => undefined,
): OpenedCertificate {
  const opened = openSigned(input.certifier, input.certificate, format);
  if (opened.kind === 'failed') return { result: 'failed', reason: opened.reason };
  const { body } = opened;
  if (body.length < 1 + ownerLength + FIXED_FIELDS) return { result: 'failed', reason: 'length-mismatch' };
  const at = 1 + ownerLength;
  const fields: CertificateFields = {
    format,
    owner: body.slice(1, at),
    expiry: body.slice(at, at + 2),
    serialNumber: body.slice(at + 2, at + 5),
    hashAlgorithm: body[at + 5]!,
    keyAlgorithm: body[at + 6]!,
    keyLength: body[at + 7]!,
    exponentLength: body[at + 8]!,
  };
  const fail = (reason: OdaFailure): OpenedCertificate => ({ result: 'failed', reason, fields });
  const leftmost = body.subarray(at + 9);
  const remainder = input.remainder ?? new Uint8Array(0);
  if (fields.hashAlgorithm !== SHA1_INDICATOR) return fail('unknown-hash-algorithm');
  // Book 3 §10.3: a key longer than the certificate holds needs the remainder; without it the
  // card left out data ODA requires, which the TVR records as "ICC data missing".
  if (fields.keyLength > leftmost.length && input.remainder === undefined) return fail('icc-data-missing');
  if (!hashMatches(opened.hash, body, remainder, input.exponent, input.hashedAfter)) return fail('hash-mismatch');
  if (!ownerMatches(fields.owner)) return fail(ownerFailure);
  const expiry = certificateExpiryKey(fields.expiry);
  if (expiry === undefined || expiry < input.date) return fail('certificate-expired');
  const later = afterExpiry(fields);
  if (later !== undefined) return fail(later);
  if (fields.keyAlgorithm !== RSA_INDICATOR) return fail('unknown-key-algorithm');
  if (fields.exponentLength !== input.exponent.length) return fail('key-length-mismatch');
  const modulus = fields.keyLength <= leftmost.length ? leftmost.slice(0, fields.keyLength) : concatBytes(leftmost, remainder);
  if (modulus.length !== fields.keyLength) return fail('key-length-mismatch');
  return { result: 'ok', fields, key: { modulus, exponent: input.exponent } };
}
