// What the terminal page shows of its audit log (audit-store.ts): each entry kept, newest first,
// with the verdict the chain check gave it as it arrived, and the details read back from the
// chain's canonical text ([key, type, text] triples) as key=value.
import type { StoredAuditEntry } from '../audit-store.js';
import { timestamp } from './fleet-view.js';
import { label, type Strings } from './strings.js';

export interface AuditRow {
  readonly seq: number;
  readonly verdict: string;
  readonly text: { readonly at: string; readonly kind: string; readonly operator: string; readonly approver: string; readonly details: string; readonly verdict: string };
}

/** key=value, …; text that is not the triples (an upload that is not the terminal's) as it is. */
function detailsText(canonical: string): string {
  try {
    const fields: unknown = JSON.parse(canonical);
    if (Array.isArray(fields) && fields.every((f) => Array.isArray(f) && f.length === 3)) return (fields as unknown[][]).map(([k, , v]) => `${String(k)}=${String(v)}`).join(', ');
  } catch {
    // Shown as received below.
  }
  return canonical;
}

export function auditRow(e: StoredAuditEntry, s: Strings): AuditRow {
  return {
    seq: e.seq,
    verdict: e.verdict,
    text: { at: timestamp(e.at), kind: label(s.auditKind, e.kind), operator: e.operatorId, approver: e.approverId, details: detailsText(e.details), verdict: label(s.auditVerdict, e.verdict) },
  };
}
