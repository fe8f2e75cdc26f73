// EMV Book 2 §6.4 Retrieval of the ICC Public Key (9F46 certificate, 9F48 remainder, 9F47
// exponent; the hash also covers the static data to be authenticated) and §7.1 the ICC PIN
// Encipherment Public Key (9F2D, 9F2E, 9F2F; same format 04, hashed without static data).
// Step 8: the certificate's Application PAN (10 bytes, F padded) equals 5A.
import { nibbles } from './issuer-key.js';
import { openCertificate, type CertificateInput, type OpenedCertificate } from './public-key-certificate.js';

export interface IccKeyInput extends CertificateInput {
  /** 5A, cn (trailing F allowed). */
  readonly pan: Uint8Array;
}

export function recoverIccKey(input: IccKeyInput): OpenedCertificate {
  return openCertificate(input, 0x04, 10, (owner) => panMatches(owner, input.pan), 'pan-mismatch');
}

/** §7.1: the PIN encipherment key is certified like the ICC key, but no static data is hashed. */
export function recoverIccPinKey(input: Omit<IccKeyInput, 'hashedAfter'>): OpenedCertificate {
  return recoverIccKey({ ...input, hashedAfter: new Uint8Array(0) });
}

export function panMatches(certificatePan: Uint8Array, pan: Uint8Array): boolean {
  const a = digitsOf(nibbles(certificatePan));
  const b = digitsOf(nibbles(pan));
  return a !== undefined && b !== undefined && a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The digits before the F padding; undefined when a non-digit or a digit after F appears. */
function digitsOf(n: number[]): number[] | undefined {
  const end = n.indexOf(0xf) === -1 ? n.length : n.indexOf(0xf);
  if (n.slice(0, end).some((d) => d > 9) || n.slice(end).some((d) => d !== 0xf)) return undefined;
  return n.slice(0, end);
}
