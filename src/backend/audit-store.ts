// What the backend keeps of terminals' audit logs (audit.proto), composed into BackendRepository
// as `repo.audit`: each uploaded entry once per terminal and seq, as the terminal hashed it, with
// the verdict of the chain check made as it arrived (audit-upload.ts). The copy an edit on the
// device cannot reach. A terminal's log started anew is another chain (AuditEntryUpload.chain):
// its entries are kept after the earlier chain's, its seq n at the chain's base + n, so one
// terminal's entries stay one ordered list.

/** How an entry fitted the chain kept before it: 'linked' is the only unbroken one. */
export type AuditChainVerdict = 'linked' | 'seq-not-next' | 'prev-hash-differs' | 'hash-differs';

export interface StoredAuditEntry {
  readonly serial: string;
  readonly seq: number;
  /** When the terminal wrote it, ms since the epoch (its clock). */
  readonly at: number;
  readonly kind: string;
  /** '' for nobody (the terminal acted by itself; nobody had to approve). */
  readonly operatorId: string;
  readonly approverId: string;
  /** The details in the chain's canonical text (security's encodeDetails), the bytes hashed. */
  readonly details: string;
  readonly prevHash: Uint8Array;
  readonly hash: Uint8Array;
  readonly verdict: AuditChainVerdict;
  readonly receivedAt: number;
}

export interface AuditStore {
  /** 'duplicate' when the terminal's seq is kept already: nothing changes. */
  storeAuditEntry(entry: StoredAuditEntry): Promise<'stored' | 'duplicate'>;
  auditEntry(serial: string, seq: number): Promise<StoredAuditEntry | undefined>;
  /** The terminal's entry with the highest seq: the one a new entry must follow. */
  lastAuditEntry(serial: string): Promise<StoredAuditEntry | undefined>;
  /** A terminal's `limit` entries with the highest seq, highest first. */
  recentAuditEntries(serial: string, limit: number): Promise<StoredAuditEntry[]>;
  /** The seq after which a terminal's chain is kept; undefined for a chain not seen yet. */
  auditChainBase(serial: string, chain: string): Promise<number | undefined>;
  /** Keeps a chain seen for the first time at `base`; a chain kept already stays as it was. */
  startAuditChain(serial: string, chain: string, base: number, now: number): Promise<void>;
}
