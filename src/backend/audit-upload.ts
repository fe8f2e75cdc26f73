// A terminal's audit entries (audit.proto) checked as a chain as they arrive and kept once per
// seq. The terminal sends them in order through its outbox, so each new entry must be the next
// seq, name the stored previous entry's hash (32 zero bytes before the first) and carry the
// hash recomputed here from its fields with the terminal's own encoding (security's
// audit-chain.ts). An entry that does not is kept all the same, with its verdict, and raises the
// terminal's 'audit-chain-broken' alert: an entry edited or removed on the device before it was
// sent, or an upload that is not the terminal's. An entry delivered again is a no-op unless its
// hash differs from the one kept, which is an edit after the upload: it raises the alert and
// changes nothing. A log the terminal started anew (its file lost) comes as another chain
// (AuditEntryUpload.chain), from seq 1 after the zero hash again: it is kept after the earlier
// chain (at its base + seq) and checked within itself, and `restarted` says the terminal began
// one over entries kept — not an edit, but the entries after the last upload are gone with the
// old file, which the centre must see (fleet-monitor.ts's audit-log-reset).
import { bytesEqual } from '../bytes/hex.js';
import { PosError } from '../errors/index.js';
import { posrt } from '../protos/index.js';
import { encodeDetails, entryHash, GENESIS_HASH, type AuditValue } from '../security/index.js';
import type { AuditChainVerdict, AuditStore } from './audit-store.js';

export type AuditUploadOutcome =
  | { readonly outcome: 'stored'; readonly verdict: AuditChainVerdict; readonly restarted: boolean }
  | { readonly outcome: 'duplicate' }
  /** The seq is kept with another hash: what was uploaded before has been changed. */
  | { readonly outcome: 'changed' };

/** Each detail as the value it was hashed as (a decoded oneof has only its member set); a `big`
 *  that is no integer as its text, and one with no value as '', which leaves the hash to refuse
 *  them. */
function valueOf(d: posrt.channel.v1.IAuditDetail): AuditValue {
  if (d.integer != null) return Number(d.integer.toString());
  if (d.flag != null) return d.flag;
  if (d.big != null) return /^-?\d+$/.test(d.big) ? BigInt(d.big) : d.big;
  if (d.decimal != null) return Number(d.decimal);
  return d.text ?? '';
}

/** The details in the chain's canonical text, as checked and kept. A key sent twice keeps its
 *  last value: the terminal never sends one twice (an entry's details are one object). */
function detailsOf(upload: posrt.channel.v1.AuditEntryUpload): string {
  const details: Record<string, AuditValue> = {};
  for (const d of upload.details) details[d.key ?? ''] = valueOf(d);
  return encodeDetails(details);
}

/** Checks and keeps one entry; E-BACKEND-0012 for a seq that cannot be one (0, beyond 2^53). */
/** Where the chain is kept: a chain not seen yet starts after the terminal's last entry kept (the
 *  legacy chain '' is always the first, at 0); `restarted` when it starts over kept entries. */
async function chainBase(store: AuditStore, serial: string, chain: string, now: number): Promise<{ base: number; restarted: boolean }> {
  const known = await store.auditChainBase(serial, chain);
  if (known !== undefined) return { base: known, restarted: false };
  const last = chain === '' ? undefined : await store.lastAuditEntry(serial);
  await store.startAuditChain(serial, chain, last?.seq ?? 0, now);
  // Another session of the same terminal may have started it between the two calls.
  const base = (await store.auditChainBase(serial, chain))!;
  return { base, restarted: last !== undefined && base === last.seq };
}

/** Checks and keeps one entry; E-BACKEND-0012 for a seq that cannot be one (0, beyond 2^53). */
export async function keepAuditEntry(store: AuditStore, serial: string, upload: posrt.channel.v1.AuditEntryUpload, now: number): Promise<AuditUploadOutcome> {
  const inChain = Number(upload.seq.toString());
  if (inChain < 1 || !Number.isSafeInteger(inChain)) throw new PosError('E-BACKEND-0012', { kind: 'audit entry', seq: upload.seq.toString() });
  const { base, restarted } = await chainBase(store, serial, upload.chain, now);
  const seq = base + inChain;
  const kept = await store.auditEntry(serial, seq);
  if (kept !== undefined) return bytesEqual(kept.hash, upload.hash) ? { outcome: 'duplicate' } : { outcome: 'changed' };
  const last = await store.lastAuditEntry(serial);
  const details = detailsOf(upload);
  const at = Number(upload.atMs.toString());
  // A chain's first entry follows the zero hash, whatever an earlier chain ended with.
  const prevHash = inChain === 1 ? GENESIS_HASH : (last?.hash ?? GENESIS_HASH);
  const verdict: AuditChainVerdict =
    seq !== (last?.seq ?? 0) + 1
      ? 'seq-not-next'
      : !bytesEqual(upload.prevHash, prevHash)
        ? 'prev-hash-differs'
        : !bytesEqual(upload.hash, entryHash(upload.prevHash, inChain, at, upload.kind, upload.operatorId || null, upload.approverId || null, details))
          ? 'hash-differs'
          : 'linked';
  const stored = await store.storeAuditEntry({
    serial,
    seq,
    at,
    kind: upload.kind,
    operatorId: upload.operatorId,
    approverId: upload.approverId,
    details,
    prevHash: upload.prevHash,
    hash: upload.hash,
    verdict,
    receivedAt: now,
  });
  // Another session of the same terminal stored it between the two reads.
  return stored === 'stored' ? { outcome: 'stored', verdict, restarted } : { outcome: 'duplicate' };
}
