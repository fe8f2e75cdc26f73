// EMV Book 2 §5.1 and §6.1: recovering data from a certificate or signature is the RSA public
// operation (Annex A2.1), done by Node's crypto with no padding so the recovered block comes
// back whole; Book 2 §5.3 step 2 / §6.3 / §6.4 / §6.5.2 / §6.6.2 then check it.
import { constants, createPublicKey, publicDecrypt, type JsonWebKey } from 'node:crypto';

export interface RsaPublicKey {
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
}

/** The recovered block, or undefined when the input is not a number below the modulus. */
export function recoverBlock(key: RsaPublicKey, signed: Uint8Array): Uint8Array | undefined {
  if (signed.length !== key.modulus.length) return undefined;
  const jwk: JsonWebKey = { kty: 'RSA', n: base64url(stripLeadingZeros(key.modulus)), e: base64url(stripLeadingZeros(key.exponent)) };
  try {
    const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
    return Uint8Array.from(publicDecrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signed));
  } catch {
    // OpenSSL refuses a value at or above the modulus (a corrupted certificate) and a key it
    // cannot use (an exponent of zero): both mean "nothing recovered".
    return undefined;
  }
}

function stripLeadingZeros(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64url');
}
