// EMV Book 2 §5 and §6: every signature the card's data carries (issuer and ICC public key
// certificates, Signed Static and Signed Dynamic Application Data) is the RSA private operation
// over 6A || body || SHA-1(body || hashed extra) || BC, where the body runs from the format byte
// to the end of the key part or pad pattern and the extra data is hashed but not recovered.
import { constants, createHash, privateDecrypt } from 'node:crypto';
import { PosError } from '../../errors/index.js';
import { concatBytes } from '../../bytes/hex.js';
import type { RsaKeyPair } from './keys/test-keys.js';

export const RECOVERED_DATA_HEADER = 0x6a;
export const RECOVERED_DATA_TRAILER = 0xbc;
export const SHA1_INDICATOR = 0x01;
export const RSA_INDICATOR = 0x01;
export const PAD_BYTE = 0xbb;
const SHA1_LENGTH = 20;

/** Header, hash and trailer: what the body leaves of the modulus length. */
export const SIGNATURE_OVERHEAD = 2 + SHA1_LENGTH;

export function sha1(...parts: readonly Uint8Array[]): Uint8Array {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(p);
  return Uint8Array.from(hash.digest());
}

/** Signs a body that, with header, hash and trailer, fills the signer's modulus exactly. */
export function signRecoverable(signer: RsaKeyPair, body: Uint8Array, hashedExtra: Uint8Array): Uint8Array {
  if (body.length + SIGNATURE_OVERHEAD !== signer.modulus.length) {
    throw new PosError('E-EMU-0003', { field: 'signature body', length: body.length, modulusLength: signer.modulus.length });
  }
  const block = concatBytes(Uint8Array.of(RECOVERED_DATA_HEADER), body, sha1(body, hashedExtra), Uint8Array.of(RECOVERED_DATA_TRAILER));
  // Raw RSA (no padding): the block's leading 6A keeps it below any full-length modulus.
  return Uint8Array.from(privateDecrypt({ key: signer.privateKey, padding: constants.RSA_NO_PADDING }, block));
}

export function padPattern(length: number): Uint8Array {
  return new Uint8Array(length).fill(PAD_BYTE);
}
