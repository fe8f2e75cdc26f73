// The audit log's hash chain (payment's audit-entry.ts): hash = SHA-256 over a canonical encoding
// of the previous entry's hash and this entry's fields, so editing, removing or reordering any
// entry changes every hash after it. Here, not in payment, because the backend recomputes each
// uploaded entry's hash with the same bytes and may not import payment. The encoding is explicit
// (lengths, fixed widths, keys sorted), never JSON.stringify of an object whose key order could
// differ.
import { createHash } from 'node:crypto';

export type AuditValue = string | number | boolean | bigint;
/** Ids, amounts, codes and names: never card data, a password or a key (payment's checkDetails). */
export type AuditDetails = Readonly<Record<string, AuditValue>>;

/** The first entry's previous hash. */
export const GENESIS_HASH = new Uint8Array(32);

const DOMAIN_BYTES = Buffer.from('posrt.payment.AuditEntry.v1', 'utf8');
const TYPE_TAG: Record<'string' | 'number' | 'boolean' | 'bigint', number> = { string: 1, number: 2, boolean: 3, bigint: 4 };

/** The hash of one entry, from the fields as the file keeps them (details as encodeDetails
 *  wrote them), so the verifier checks the stored bytes without decoding anything. */
export function entryHash(prevHash: Uint8Array, seq: number, at: number, kind: string, operatorId: string | null, approverId: string | null, details: string): Uint8Array {
  // Ids are never empty (OPERATOR_ID), so '' stands unambiguously for "nobody".
  const texts = [kind, operatorId ?? '', approverId ?? '', details].map((t) => Buffer.from(t, 'utf8'));
  // One buffer and one digest: a verifier hashes every entry of the file.
  const input = Buffer.alloc(DOMAIN_BYTES.length + 1 + prevHash.length + 16 + texts.reduce((n, t) => n + 4 + t.length, 0));
  input.set(DOMAIN_BYTES, 0);
  // A zero byte ends the domain (Buffer.alloc zeroed it).
  let offset = DOMAIN_BYTES.length + 1;
  input.set(prevHash, offset);
  offset = input.writeBigUInt64BE(BigInt(seq), offset + prevHash.length);
  offset = input.writeBigInt64BE(BigInt(at), offset);
  for (const t of texts) {
    offset = input.writeUInt32BE(t.length, offset);
    input.set(t, offset);
    offset += t.length;
  }
  return new Uint8Array(createHash('sha256').update(input).digest());
}

/** The details as [key, type, text] triples sorted by key: one text for one set of details,
 *  whatever order the caller's object had its keys in. */
export function encodeDetails(details: AuditDetails): string {
  const fields = Object.keys(details)
    .sort()
    .map((k) => {
      const v = details[k]!;
      return [k, TYPE_TAG[typeof v as keyof typeof TYPE_TAG], String(v)];
    });
  return JSON.stringify(fields);
}
