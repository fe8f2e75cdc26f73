// The composition root's half of the audit log's AuditUploadPort. Payment may not import the
// channel or the protos, so here each entry becomes the contract's AuditEntryUpload in the
// channel's durable outbox, under an id made from its chain and seq: the log hands an entry over
// again after a crash, and the outbox keeps one message per id; a log started anew is another
// chain, so its seq 1 is not taken for the earlier log's. Each detail keeps the type it was
// hashed with (security's audit-chain.ts), so the backend rebuilds the same bytes and checks the
// hash. The outbox refusing a chain's seq it knows with other bytes means the log was replaced by
// an older copy of itself: that is E-AUDIT-0007, said with the seq, not left as the outbox's
// generic program error.
import type { Outbox } from '../channel/outbox.js';
import { isPosError, PosError } from '../errors/index.js';
import type { AuditUploadPort } from '../payment/audit-log.js';
import type { AuditValue } from '../payment/audit-entry.js';
import { posrt, toLong } from '../protos/index.js';

const v1 = posrt.channel.v1;

/** The outbox id of the entry with this seq in this chain (one outbox per terminal); a log from
 *  before chains ('') keeps the ids it had. */
export const auditOutboxId = (seq: number, chain = ''): string => (chain === '' ? `audit-${seq}` : `audit-${chain}-${seq}`);

/** A detail as the contract's oneof: a number that is a safe integer travels as one, any other
 *  as its shortest decimal text, which String() gave the hash too. */
function detailOf(key: string, value: AuditValue): posrt.channel.v1.IAuditDetail {
  switch (typeof value) {
    case 'string':
      return { key, text: value };
    case 'boolean':
      return { key, flag: value };
    case 'bigint':
      return { key, big: value.toString() };
    case 'number':
      return Number.isSafeInteger(value) ? { key, integer: toLong(BigInt(value)) } : { key, decimal: String(value) };
  }
}

/** The audit log's entries into the outbox, kind 'audit-entry': on disk when this returns. */
export function outboxAuditEntries(outbox: Outbox): AuditUploadPort {
  return {
    uploadAuditEntry(entry, chain) {
      const bytes = v1.AuditEntryUpload.encode({
        seq: toLong(BigInt(entry.seq), true),
        atMs: toLong(BigInt(entry.at)),
        kind: entry.kind,
        operatorId: entry.operatorId ?? '',
        approverId: entry.approverId ?? '',
        details: Object.entries(entry.details).map(([k, v]) => detailOf(k, v)),
        prevHash: entry.prevHash,
        hash: entry.hash,
        chain,
      }).finish();
      try {
        outbox.enqueue('audit-entry', auditOutboxId(entry.seq, chain), bytes);
      } catch (e) {
        if (isPosError(e) && e.code === 'E-OUTBOX-0004') throw new PosError('E-AUDIT-0007', { seq: entry.seq }, { cause: e });
        throw e;
      }
    },
  };
}
