// What makes the audit log's chain more than a checksum: SHA-256 alone can be recomputed by
// whoever edits the file, so the chain's head (last sequence number and hash) is signed with a
// key the file does not hold. The composition root gives the signer (the device key is the intended
// one); payment only sees this interface.
import { ed25519PublicKeyOf, signEd25519, verifyEd25519 } from '../security/index.js';

export interface AuditSeal {
  sign(domain: string, payload: Uint8Array): Uint8Array;
  verify(domain: string, payload: Uint8Array, signature: Uint8Array): boolean;
}

/** Ed25519 with the domain bound into the input (security/ed25519.ts), over a 64-byte
 *  tweetnacl secret key. */
export function ed25519AuditSeal(secretKey: Uint8Array): AuditSeal {
  const key = Uint8Array.from(secretKey);
  const publicKey = ed25519PublicKeyOf(key)!;
  return Object.freeze({
    sign: (domain: string, payload: Uint8Array) => signEd25519(key, domain, payload),
    verify: (domain: string, payload: Uint8Array, signature: Uint8Array) => verifyEd25519(publicKey, domain, payload, signature),
  });
}
