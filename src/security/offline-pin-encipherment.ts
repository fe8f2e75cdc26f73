// EMV Book 2 §7.1 offline PIN encipherment: 7F || PIN block (format 2) || the ICC's GET
// CHALLENGE answer || random padding, N bytes for an N-byte ICC (PIN encipherment) key, raised
// to the key's public exponent (raw RSA, no padding scheme). Done by the PIN pad: the clear
// PIN never crosses into the kernel.
import { constants, createPublicKey, publicEncrypt } from 'node:crypto';

const HEADER = 0x7f;

export interface RsaKey {
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
}

export function encipherOfflinePin(pinBlock: Uint8Array, challenge: Uint8Array, key: RsaKey, padding: (n: number) => Uint8Array): Uint8Array {
  const n = key.modulus.length;
  const plain = new Uint8Array(n);
  plain[0] = HEADER;
  plain.set(pinBlock, 1);
  plain.set(challenge, 1 + pinBlock.length);
  plain.set(padding(n - 1 - pinBlock.length - challenge.length), 1 + pinBlock.length + challenge.length);
  const publicKey = createPublicKey({
    key: { kty: 'RSA', n: Buffer.from(key.modulus).toString('base64url'), e: Buffer.from(key.exponent).toString('base64url') },
    format: 'jwk',
  });
  return Uint8Array.from(publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, plain));
}
