// EMV Book 2 §5.3 (and §6.3, which repeats it for DDA/CDA): Retrieval of the Issuer Public
// Key from the Issuer Public Key Certificate (90) with the CA key named by 8F, the Issuer Public
// Key Remainder (92) and Exponent (9F32): steps 1-12, including the Certification Revocation
// List (step 10, Book 2 §11.2.3).
import { openCertificate, type CertificateInput, type OpenedCertificate } from './public-key-certificate.js';
import { isRevoked, type RevocationList } from './revocation.js';

export interface IssuerKeyInput extends Omit<CertificateInput, 'hashedAfter'> {
  /** 5A, cn (trailing F allowed). */
  readonly pan: Uint8Array;
  readonly rid: Uint8Array;
  readonly caIndex: number;
  readonly revoked: RevocationList;
}

export function recoverIssuerKey(input: IssuerKeyInput): OpenedCertificate {
  return openCertificate(
    { ...input, hashedAfter: new Uint8Array(0) },
    0x02,
    4,
    (owner) => issuerIdentifierMatches(owner, input.pan),
    'issuer-identifier-mismatch',
    (fields) => (isRevoked(input.revoked, input.rid, input.caIndex, fields.serialNumber) ? 'certificate-revoked' : undefined),
  );
}

/** Step 8: the Issuer Identifier is the leftmost 3-8 PAN digits, padded to the right with F. */
export function issuerIdentifierMatches(identifier: Uint8Array, pan: Uint8Array): boolean {
  const id = nibbles(identifier);
  const digits = id.indexOf(0xf) === -1 ? id.length : id.indexOf(0xf);
  if (digits < 3 || id.slice(digits).some((n) => n !== 0xf)) return false;
  const panDigits = nibbles(pan);
  for (let i = 0; i < digits; i++) if (panDigits[i] !== id[i] || id[i]! > 9) return false;
  return true;
}

export function nibbles(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (const b of bytes) out.push(b >> 4, b & 0x0f);
  return out;
}
