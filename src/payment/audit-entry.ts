// One entry of the audit log and its place in the hash chain: hash = SHA-256 over a canonical
// encoding of the previous entry's hash and this entry's fields, so editing, removing or
// reordering any entry changes every hash after it. The encoding is explicit (lengths, fixed
// widths, keys sorted), never JSON.stringify of an object whose key order could differ.
import { createHash } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { scrubJsonStrings, SENSITIVE_FIELDS } from '../redaction/card-data.js';

export const AUDIT_KINDS = [
  'login',
  'logout',
  'idle-logout',
  'login-failed',
  'lockout',
  'not-bound',
  'shift-start',
  'shift-end',
  'approval',
  'permission-change',
  'void',
  'refund',
  'settings',
  'key-event',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export type AuditValue = string | number | boolean | bigint;
/** Ids, amounts, codes and names: never card data, a password or a key (checkDetails). */
export type AuditDetails = Readonly<Record<string, AuditValue>>;

/** What a caller records. */
export interface AuditRecord {
  readonly kind: AuditKind;
  /** The operator who acted (or tried to); null for what the terminal did by itself, such as
   *  taking a new operator table. */
  readonly operatorId: string | null;
  /** The supervisor or administrator who approved it on the spot, if anyone did. */
  readonly approverId: string | null;
  readonly details: AuditDetails;
}

export interface AuditEntry extends AuditRecord {
  /** 1, 2, 3… with no gaps. */
  readonly seq: number;
  /** ms since the epoch. */
  readonly at: number;
  readonly prevHash: Uint8Array;
  readonly hash: Uint8Array;
}

/** The first entry's previous hash. */
export const GENESIS_HASH = new Uint8Array(32);

const DOMAIN_BYTES = Buffer.from('posrt.payment.AuditEntry.v1', 'utf8');
const TYPE_TAG: Record<'string' | 'number' | 'boolean' | 'bigint', number> = { string: 1, number: 2, boolean: 3, bigint: 4 };
const FORBIDDEN_KEYS = new Set([...SENSITIVE_FIELDS, 'password', 'passwordVerifier', 'salt'].map((k) => k.toLowerCase()));

/** Throws E-AUDIT-0005 for a field named like card data or a secret, or a value holding a
 *  PAN-shaped number (the same Luhn rule the logs apply), before anything is written. */
export function checkDetails(details: AuditDetails): void {
  for (const [key, value] of Object.entries(details)) {
    if (FORBIDDEN_KEYS.has(key.toLowerCase())) throw new PosError('E-AUDIT-0005', { field: key });
    const text = JSON.stringify(String(value));
    if (scrubJsonStrings(text) !== text) throw new PosError('E-AUDIT-0005', { field: key, problem: 'PAN-shaped number' });
  }
}

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

/** The stored text back into values. Whatever a tamperer wrote is read as text and left for
 *  the hash to refuse: a value of an unknown type comes back as a string. */
export function decodeDetails(stored: string): AuditDetails {
  const out: Record<string, AuditValue> = {};
  let fields: unknown;
  try {
    fields = JSON.parse(stored);
  } catch {
    return { '': stored };
  }
  if (!Array.isArray(fields)) return { '': stored };
  for (const f of fields as unknown[]) {
    const [key, tag, text] = Array.isArray(f) ? f.map(String) : ['', '', String(f)];
    out[key!] = tag === '2' ? Number(text) : tag === '3' ? text === 'true' : tag === '4' && /^-?\d+$/.test(text!) ? BigInt(text!) : text!;
  }
  return out;
}
