// One entry of the audit log and its place in the hash chain. The chain's canonical encoding and
// hash live in security's audit-chain.ts, which the backend uses to check each uploaded entry.
import { PosError } from '../errors/index.js';
import { scrubJsonStrings, SENSITIVE_FIELDS } from '../redaction/card-data.js';
import type { AuditDetails, AuditValue } from '../security/audit-chain.js';

export { encodeDetails, entryHash, GENESIS_HASH, type AuditDetails, type AuditValue } from '../security/audit-chain.js';

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

/** A time in an entry's details: ISO-8601 text, never epoch milliseconds. Those are 13 digits
 *  that pass the Luhn check about one time in ten, and checkDetails rightly refuses such a
 *  number as PAN-shaped — so a 签退 or a lockout recording one failed at random (E-AUDIT-0005). */
export function auditTime(ms: number): string {
  return new Date(ms).toISOString();
}

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
