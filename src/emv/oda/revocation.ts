// EMV Book 2 §5.3 step 10 and §11.2.3: the Certification Revocation List names issuer public
// key certificates by RID, CA Public Key Index and Certificate Serial Number; a listed
// certificate fails issuer public key recovery.
import { bytesEqual } from '../../bytes/hex.js';

export interface RevokedCertificate {
  readonly rid: Uint8Array;
  readonly caIndex: number;
  /** 3 bytes, as in the issuer public key certificate. */
  readonly serialNumber: Uint8Array;
}

export type RevocationList = readonly RevokedCertificate[];

export function isRevoked(list: RevocationList, rid: Uint8Array, caIndex: number, serialNumber: Uint8Array): boolean {
  return list.some((r) => r.caIndex === caIndex && bytesEqual(r.rid, rid) && bytesEqual(r.serialNumber, serialNumber));
}
