// A transactions row as SQLite returns it (integers as bigint), its sealed part, and the view the
// journal hands out. The one place that knows which column holds what.
import { withoutCardData } from './card-data.js';
import type { IccObject, TransactionUpload, UploadStatus } from './outbox-port.js';
import type { DecisionPath, EmvData, EntryMode, JournalTransaction, Phase, PhaseKind, ReversalReason, TransactionType } from './transaction.js';

export interface Row {
  seq: bigint;
  id: string;
  batch: bigint;
  stan: bigint;
  type: TransactionType;
  phase: PhaseKind;
  decision: DecisionPath | null;
  reason: ReversalReason | null;
  reversal_id: string | null;
  linked_id: string | null;
  error_code: string | null;
  amount: bigint;
  other_amount: bigint | null;
  currency: string;
  operator_id: string;
  approver_id: string | null;
  original_id: string | null;
  scheme: string | null;
  entry_mode: EntryMode | null;
  last_four: string | null;
  pan_hash: Buffer | null;
  response_code: string | null;
  authorisation_code: string | null;
  host_reference: string | null;
  started_at: bigint;
  completed_at: bigint | null;
  reprints: bigint;
  sealed: Buffer | null;
}

/** The sealed part of a row: what identifies the card or the cardholder. */
export interface SealedPart {
  readonly maskedPan?: string;
  readonly qrPresentedBy?: 'consumer' | 'merchant';
  readonly balance?: bigint;
  readonly emv: EmvData;
}

export const EMPTY_SEALED: SealedPart = { emv: {} };

/** Every column but the sequence, the reprint count and the blob itself. */
export type BoundColumns = Omit<Row, 'seq' | 'reprints' | 'sealed'>;

const BOUND: readonly (keyof BoundColumns)[] = [
  'id', 'batch', 'stan', 'type', 'phase', 'decision', 'reason', 'reversal_id', 'linked_id', 'error_code', 'amount', 'other_amount', 'currency',
  'operator_id', 'original_id', 'scheme', 'entry_mode', 'last_four', 'pan_hash', 'response_code', 'authorisation_code', 'host_reference',
  'started_at', 'completed_at',
];

/** The associated data a row's blob is sealed with: its clear columns in a fixed order, numbers
 *  the same whether SQLite handed them back as bigint or the journal wrote them as number. The
 *  approver (schema 2) comes last and only when there is one, so a row sealed before the column
 *  existed still opens, and one with an approver does not open without it. */
export function bindingOf(r: BoundColumns): string {
  const values = BOUND.map((k) => {
    const v = r[k];
    return typeof v === 'bigint' || typeof v === 'number' ? String(v) : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v;
  });
  return `row/${JSON.stringify(r.approver_id === null ? values : [...values, r.approver_id])}`;
}

export function phaseOf(r: Row): Phase {
  switch (r.phase) {
    case 'offline-approved':
      return { kind: r.phase, path: r.decision as 'offline' | 'unable-to-go-online' };
    case 'declined':
      return { kind: r.phase, path: r.decision! };
    case 'failed':
      return { kind: r.phase, errorCode: r.error_code! };
    case 'reversal-pending':
    case 'reversed':
      return { kind: r.phase, reason: r.reason!, reversalId: r.reversal_id! };
    case 'voided':
    case 'captured':
      return { kind: r.phase, by: r.linked_id! };
    case 'started':
    case 'card-read':
    case 'authorising':
    case 'host-approved':
    case 'approved':
      return { kind: r.phase };
  }
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export function viewOf(r: Row, s: SealedPart): JournalTransaction {
  return {
    id: r.id,
    batch: Number(r.batch),
    stan: Number(r.stan),
    type: r.type,
    phase: phaseOf(r),
    decision: opt(r.decision),
    amount: r.amount,
    otherAmount: opt(r.other_amount),
    currency: r.currency,
    operatorId: r.operator_id,
    approverId: opt(r.approver_id),
    originalId: opt(r.original_id),
    scheme: opt(r.scheme),
    entryMode: opt(r.entry_mode),
    maskedPan: s.maskedPan,
    lastFour: opt(r.last_four),
    qrPresentedBy: s.qrPresentedBy,
    responseCode: opt(r.response_code),
    authorisationCode: opt(r.authorisation_code),
    hostReference: opt(r.host_reference),
    balance: s.balance,
    emv: s.emv,
    startedAt: Number(r.started_at),
    completedAt: r.completed_at === null ? undefined : Number(r.completed_at),
    reprints: Number(r.reprints),
  };
}

/** Later values win; undefined never overwrites; card data tags never get in. */
export function mergeEmv(old: EmvData, added: EmvData | undefined): EmvData {
  if (added === undefined) return old;
  const merged: Record<string, unknown> = { ...old };
  for (const [k, v] of Object.entries(added)) if (v !== undefined && k !== 'iccData') merged[k] = v;
  const icc = new Map(old.iccData ?? []);
  for (const [tag, value] of added.iccData ?? []) icc.set(tag, value);
  merged.iccData = withoutCardData(icc);
  return merged as EmvData;
}

export const iccObjects = (icc: ReadonlyMap<number, Uint8Array> | undefined): IccObject[] =>
  [...(icc ?? [])].map(([tag, value]) => ({ tag, value }));

export function uploadOf(t: JournalTransaction, status: UploadStatus, completedAt: number): TransactionUpload {
  return {
    kind: 'transaction-upload',
    id: t.id,
    batch: t.batch,
    stan: t.stan,
    type: t.type,
    status,
    decision: t.decision,
    entryMode: t.entryMode,
    amount: t.amount,
    otherAmount: t.otherAmount,
    currency: t.currency,
    scheme: t.scheme,
    aid: t.emv.aid,
    maskedPan: t.maskedPan,
    originalId: t.originalId,
    responseCode: t.responseCode,
    authorisationCode: t.authorisationCode,
    hostReference: t.hostReference,
    tvr: t.emv.tvr,
    tsi: t.emv.tsi,
    cryptogram: t.emv.cryptogram?.value,
    cid: t.emv.cid,
    atc: t.emv.atc,
    cvmResults: t.emv.cvmResults,
    iccData: iccObjects(t.emv.iccData),
    operatorId: t.operatorId,
    approverId: t.approverId,
    startedAt: t.startedAt,
    completedAt,
    errorCode: t.phase.kind === 'failed' ? t.phase.errorCode : undefined,
  };
}
