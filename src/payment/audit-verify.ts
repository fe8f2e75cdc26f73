// The audit log's verifier: walks the entries in sequence order and names the first one that
// does not check out. The chain (each entry names the hash before it) catches an entry edited,
// removed or moved; the signed head catches entries cut off the end, which leave a chain that is
// whole as far as it goes, and a chain rewritten with every hash after the edit recomputed,
// which no longer ends in the signed hash. Only the head is signed: an Ed25519 verification
// takes about 1 ms even through OpenSSL, and a signature per entry would make checking a year of
// entries take half a minute; SHA-256 over the chain takes milliseconds.
import { PosError } from '../errors/index.js';
import { entryHash, GENESIS_HASH } from './audit-entry.js';
import type { AuditSeal } from './audit-seal.js';

export const HEAD_DOMAIN = 'posrt.payment.AuditHead.v1';

/** One row as the file keeps it. */
export interface StoredEntry {
  readonly seq: number;
  readonly at: number;
  readonly kind: string;
  readonly operatorId: string | null;
  readonly approverId: string | null;
  readonly details: string;
  readonly prevHash: Uint8Array;
  readonly hash: Uint8Array;
}

/** The last entry's sequence number and hash, signed: where the chain must end. */
export interface StoredHead {
  readonly seq: number;
  readonly hash: Uint8Array;
  readonly signature: Uint8Array;
}

export type AuditProblem =
  /** Its fields or hash do not match. */
  | 'edited'
  /** A sequence number is missing. */
  | 'removed'
  /** It names as its predecessor an entry that is elsewhere in the log. */
  | 'reordered'
  /** The signed head says the log went on after the last entry. */
  | 'truncated'
  /** The chain holds together but does not end in the signed hash: entries were changed and
   *  every hash after them recomputed. Which entry cannot be told from the file alone (compare
   *  with the uploaded copy), so the first bad sequence number given is 1. */
  | 'rewritten'
  /** The signed head is missing, does not verify, or is behind the entries. */
  | 'head';

export type AuditVerdict =
  | { readonly kind: 'intact'; readonly entries: number }
  | { readonly kind: 'tampered'; readonly firstBadSeq: number; readonly problem: AuditProblem; readonly error: PosError };

export function headPayload(seq: number, hash: Uint8Array): Uint8Array {
  const out = Buffer.alloc(8 + hash.length);
  out.writeBigUInt64BE(BigInt(seq));
  out.set(hash, 8);
  return out;
}

/** `entries` in ascending seq order. Only the seal's verify is used, so a copy of the file can be
 *  checked where the device's public key is known and its secret key is not. */
export function verifyAuditChain(entries: readonly StoredEntry[], head: StoredHead | null, seal: Pick<AuditSeal, 'verify'>): AuditVerdict {
  let prev: Uint8Array = GENESIS_HASH;
  let expected = 1;
  for (const e of entries) {
    if (e.seq !== expected) return tampered(expected, 'removed');
    if (!Buffer.from(e.prevHash).equals(prev)) return tampered(e.seq, entries.some((other) => Buffer.from(other.hash).equals(e.prevHash)) ? 'reordered' : 'edited');
    const hash = entryHash(prev, e.seq, e.at, e.kind, e.operatorId, e.approverId, e.details);
    if (!Buffer.from(hash).equals(e.hash)) return tampered(e.seq, 'edited');
    prev = hash;
    expected++;
  }
  const last = expected - 1;
  if (head === null) return last === 0 ? { kind: 'intact', entries: 0 } : tampered(last + 1, 'head');
  if (!seal.verify(HEAD_DOMAIN, headPayload(head.seq, head.hash), head.signature)) return tampered(Math.min(head.seq, last) + 1, 'head');
  if (head.seq > last) return tampered(last + 1, 'truncated');
  if (head.seq < last) return tampered(head.seq + 1, 'head');
  if (!Buffer.from(head.hash).equals(prev)) return tampered(1, 'rewritten');
  return { kind: 'intact', entries: last };
}

function tampered(seq: number, problem: AuditProblem): AuditVerdict {
  return { kind: 'tampered', firstBadSeq: seq, problem, error: new PosError('E-AUDIT-0006', { seq, problem }) };
}
