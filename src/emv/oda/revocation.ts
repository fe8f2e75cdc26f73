// EMV Book 2 §5.3 step 10 and §11.2.3: the Certification Revocation List names issuer public
// key certificates by RID, CA Public Key Index and Certificate Serial Number; a listed
// certificate fails issuer public key recovery.
import { bytesEqual, fromHex } from '../../bytes/hex.js';
import { PosError } from '../../errors/index.js';

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

/**
 * The revocation list file (config/revocation.json), as the acquirer distributes it:
 * `{ "revoked": [{ "rid": "A000000003", "caIndex": "F1", "serialNumber": "0000A5" }] }`,
 * hex throughout (Book 2 §11.2.3: RID 5 bytes, CA Public Key Index 1, Certificate Serial
 * Number 3). A malformed entry is E-ODA-0008 naming the entry and field, never a shorter list.
 */
export function parseRevocationList(json: unknown): RevocationList {
  const list = typeof json === 'object' && json !== null ? (json as { revoked?: unknown }).revoked : undefined;
  if (!Array.isArray(list)) throw new PosError('E-ODA-0008', { field: 'revoked' });
  return list.map((item: unknown, entry) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const hex = (field: string, bytes: number): Uint8Array => {
      const value = record[field];
      if (typeof value !== 'string' || value.length !== bytes * 2 || !/^[0-9a-fA-F]+$/.test(value)) throw new PosError('E-ODA-0008', { entry, field });
      return fromHex(value);
    };
    return { rid: hex('rid', 5), caIndex: hex('caIndex', 1)[0]!, serialNumber: hex('serialNumber', 3) };
  });
}
