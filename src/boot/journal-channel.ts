// The composition root's half of the journal's OutboxPort. Payment may not import the channel
// or the protos, so here the journal's messages become the contract's: a decided transaction a
// TransactionUpload of one JournalRecord, a reversal a ReversalRequest, each in the channel's
// durable outbox under the journal's id; and the backend's ReconciliationResult becomes the
// journal's; a closed batch's SettlementRequest goes in the outbox's settlement kind, and the
// operator's report of a result out of balance a MismatchReport in its own kind.
import type { Outbox } from '../channel/outbox.js';
import { PosError } from '../errors/index.js';
import type { DecisionPath, EntryMode, IccObject, JournalMessage, Mismatch, OutboxPort, ReconciliationResult, ReversalReason, SchemeTotal, TransactionType, UploadStatus } from '../payment/journal/index.js';
import type Long from 'long';
import { posrt, toBigInt, toLong } from '../protos/index.js';

const v1 = posrt.channel.v1;

const TYPE_OF: Readonly<Record<TransactionType, posrt.channel.v1.TransactionType>> = {
  sale: v1.TransactionType.TRANSACTION_TYPE_SALE,
  refund: v1.TransactionType.TRANSACTION_TYPE_REFUND,
  void: v1.TransactionType.TRANSACTION_TYPE_VOID,
  'pre-auth': v1.TransactionType.TRANSACTION_TYPE_PRE_AUTH,
  'pre-auth-completion': v1.TransactionType.TRANSACTION_TYPE_COMPLETION,
  // The contract has no cancel: a cancel is a void whose original is a pre-authorisation.
  'pre-auth-cancel': v1.TransactionType.TRANSACTION_TYPE_VOID,
  balance: v1.TransactionType.TRANSACTION_TYPE_BALANCE,
  'qr-sale': v1.TransactionType.TRANSACTION_TYPE_QR,
};

const ENTRY_OF: Readonly<Record<EntryMode, posrt.channel.v1.EntryMode>> = {
  contact: v1.EntryMode.ENTRY_MODE_CONTACT,
  contactless: v1.EntryMode.ENTRY_MODE_CONTACTLESS,
  'contactless-mag-stripe': v1.EntryMode.ENTRY_MODE_CONTACTLESS_MAG_STRIPE,
  'mag-stripe': v1.EntryMode.ENTRY_MODE_MAG_STRIPE,
  fallback: v1.EntryMode.ENTRY_MODE_FALLBACK,
  manual: v1.EntryMode.ENTRY_MODE_MANUAL,
  qr: v1.EntryMode.ENTRY_MODE_QR,
};

const STATUS_OF: Readonly<Record<UploadStatus, posrt.channel.v1.TransactionStatus>> = {
  approved: v1.TransactionStatus.TRANSACTION_STATUS_APPROVED,
  declined: v1.TransactionStatus.TRANSACTION_STATUS_DECLINED,
  failed: v1.TransactionStatus.TRANSACTION_STATUS_FAILED,
};

const PATH_OF: Readonly<Record<DecisionPath, posrt.channel.v1.DecisionPath>> = {
  offline: v1.DecisionPath.DECISION_PATH_OFFLINE,
  online: v1.DecisionPath.DECISION_PATH_ONLINE,
  'unable-to-go-online': v1.DecisionPath.DECISION_PATH_UNABLE_TO_GO_ONLINE,
};

const REASON_OF: Readonly<Record<ReversalReason, posrt.channel.v1.ReversalReason>> = {
  'no-answer': v1.ReversalReason.REVERSAL_REASON_TIMEOUT,
  'card-declined-after-approval': v1.ReversalReason.REVERSAL_REASON_CARD_DECLINED_AFTER_APPROVAL,
  'card-removed': v1.ReversalReason.REVERSAL_REASON_CARD_REMOVED,
  'operator-cancelled': v1.ReversalReason.REVERSAL_REASON_OPERATOR_CANCELLED,
  'terminal-failure': v1.ReversalReason.REVERSAL_REASON_TERMINAL_FAILURE,
};

const MISMATCH_KIND_OF = {
  'missing-at-backend': v1.MismatchKind.MISMATCH_KIND_MISSING_AT_BACKEND,
  'missing-at-terminal': v1.MismatchKind.MISMATCH_KIND_MISSING_AT_TERMINAL,
  'amount-differs': v1.MismatchKind.MISMATCH_KIND_AMOUNT_DIFFERS,
} as const;

const money = (amount: bigint, currency: string): posrt.channel.v1.IMoney => ({ minorUnits: toLong(amount), currency });
const tlv = (objects: readonly IccObject[]): posrt.channel.v1.ITlvValue[] => objects.map((o) => ({ tag: o.tag, value: o.value }));
const empty = new Uint8Array(0);

/** A mismatch as the backend's ReconciliationResult said it (mismatchOf, back). */
function mismatchMessage(m: Mismatch): posrt.channel.v1.IMismatch {
  const sides = (terminal: bigint | undefined, backend: bigint | undefined, currency: string) => ({
    ...(terminal !== undefined ? { terminalAmount: money(terminal, currency) } : {}),
    ...(backend !== undefined ? { backendAmount: money(backend, currency) } : {}),
  });
  if (m.kind === 'total-differs') {
    return { kind: v1.MismatchKind.MISMATCH_KIND_TOTAL_DIFFERS, scheme: m.scheme, type: TYPE_OF[m.type], ...sides(m.terminalAmount, m.backendAmount, m.currency) };
  }
  return { kind: MISMATCH_KIND_OF[m.kind], transactionId: m.transactionId, ...sides(m.terminalAmount, m.backendAmount, m.currency ?? '') };
}

/** The journal's messages into the channel's outbox: on disk when `enqueue` returns. */
export function outboxJournalMessages(outbox: Outbox): OutboxPort {
  return {
    enqueue(m: JournalMessage) {
      switch (m.kind) {
        case 'transaction-upload': {
          const record: posrt.channel.v1.IJournalRecord = {
            transactionId: m.id,
            batchNumber: m.batch,
            stan: m.stan,
            type: TYPE_OF[m.type],
            status: STATUS_OF[m.status],
            decisionPath: m.decision === undefined ? v1.DecisionPath.DECISION_PATH_UNSPECIFIED : PATH_OF[m.decision],
            entryMode: m.entryMode === undefined ? v1.EntryMode.ENTRY_MODE_UNSPECIFIED : ENTRY_OF[m.entryMode],
            amount: money(m.amount, m.currency),
            ...(m.otherAmount !== undefined ? { otherAmount: money(m.otherAmount, m.currency) } : {}),
            scheme: m.scheme ?? '',
            aid: m.aid ?? empty,
            maskedPan: m.maskedPan ?? '',
            originalTransactionId: m.originalId ?? '',
            arc: m.responseCode === undefined ? empty : Buffer.from(m.responseCode, 'ascii'),
            authorisationCode: m.authorisationCode ?? '',
            hostReference: m.hostReference ?? '',
            tvr: m.tvr ?? empty,
            tsi: m.tsi ?? empty,
            applicationCryptogram: m.cryptogram ?? empty,
            cid: m.cid ?? 0,
            atc: m.atc ?? empty,
            cvmResults: m.cvmResults ?? empty,
            iccData: tlv(m.iccData),
            operatorId: m.operatorId,
            approverId: m.approverId ?? '',
            startedAtMs: toLong(BigInt(m.startedAt)),
            completedAtMs: toLong(BigInt(m.completedAt)),
            errorCode: m.errorCode ?? '',
          };
          outbox.enqueue('transaction-upload', m.id, v1.TransactionUpload.encode({ records: [record] }).finish());
          return;
        }
        case 'reversal':
          outbox.enqueue(
            'reversal',
            m.id,
            v1.ReversalRequest.encode({
              reversalId: m.id,
              originalTransactionId: m.originalId,
              reason: REASON_OF[m.reason],
              amount: money(m.amount, m.currency),
              iccData: tlv(m.iccData),
              createdAtMs: toLong(BigInt(m.createdAt)),
            }).finish(),
          );
          return;
        case 'settlement':
          // Queued behind the batch's uploads (the outbox sends settlements last), so the backend
          // reconciles against every record the terminal counted.
          outbox.enqueue(
            'settlement',
            m.id,
            v1.SettlementRequest.encode({
              settlementId: m.id,
              batchNumber: m.batch,
              openedAtMs: toLong(BigInt(m.openedAt)),
              closedAtMs: toLong(BigInt(m.closedAt)),
              totals: m.totals.map((t) => ({ scheme: t.scheme, type: TYPE_OF[t.type], count: toLong(BigInt(t.count), true), amount: money(t.amount, t.currency) })),
              transactionIds: [...m.transactionIds],
              operatorId: m.operatorId,
            }).finish(),
          );
          return;
        case 'reconciliation-mismatch':
          outbox.enqueue(
            'mismatch-report',
            m.id,
            v1.MismatchReport.encode({
              reportId: m.id,
              settlementId: m.settlementId,
              batchNumber: m.batch,
              mismatches: m.mismatches.map(mismatchMessage),
              operatorId: m.operatorId,
              seenAtMs: toLong(BigInt(m.seenAt)),
            }).finish(),
          );
          return;
      }
    },
  };
}

const TYPE_FROM = new Map<posrt.channel.v1.TransactionType, TransactionType>(
  (Object.entries(TYPE_OF) as [TransactionType, posrt.channel.v1.TransactionType][]).filter(([t]) => t !== 'pre-auth-cancel').map(([t, p]) => [p, t]),
);


const MISMATCH_KIND_FROM = new Map((Object.entries(MISMATCH_KIND_OF) as [keyof typeof MISMATCH_KIND_OF, posrt.channel.v1.MismatchKind][]).map(([k, p]) => [p, k]));

/** A decoded 64-bit field: a Long from the wire, a number when built in-process. */
const int64 = (v: number | Long): bigint => (typeof v === 'number' ? BigInt(v) : toBigInt(v));
const amountOf = (m: posrt.channel.v1.IMoney | null | undefined): bigint | undefined => (m?.minorUnits == null ? undefined : int64(m.minorUnits));

/** A result the journal cannot read is refused whole (E-JOURNAL-0015), never guessed at. */
const unreadable = (problem: string) => new PosError('E-JOURNAL-0015', { problem });

function typeFrom(type: posrt.channel.v1.TransactionType | null | undefined): TransactionType {
  const t = TYPE_FROM.get(type ?? v1.TransactionType.TRANSACTION_TYPE_UNSPECIFIED);
  if (t === undefined) throw unreadable(`transaction type ${type ?? 0}`);
  return t;
}

function totalOf(t: posrt.channel.v1.ISchemeTotal): SchemeTotal {
  return {
    scheme: t.scheme ?? '',
    type: typeFrom(t.type),
    currency: t.amount?.currency ?? '',
    count: Number(t.count ?? 0),
    amount: amountOf(t.amount) ?? 0n,
  };
}

function mismatchOf(m: posrt.channel.v1.IMismatch): Mismatch {
  const terminalAmount = amountOf(m.terminalAmount);
  const backendAmount = amountOf(m.backendAmount);
  const currency = m.terminalAmount?.currency || m.backendAmount?.currency || undefined;
  const kind = m.kind ?? v1.MismatchKind.MISMATCH_KIND_UNSPECIFIED;
  if (kind === v1.MismatchKind.MISMATCH_KIND_TOTAL_DIFFERS) {
    return { kind: 'total-differs', scheme: m.scheme ?? '', type: typeFrom(m.type), currency: currency ?? '', terminalAmount: terminalAmount ?? 0n, backendAmount: backendAmount ?? 0n };
  }
  const named = MISMATCH_KIND_FROM.get(kind);
  if (named === undefined) throw unreadable(`mismatch kind ${kind}`);
  return {
    kind: named,
    transactionId: m.transactionId ?? '',
    ...(terminalAmount !== undefined ? { terminalAmount } : {}),
    ...(backendAmount !== undefined ? { backendAmount } : {}),
    ...(currency !== undefined ? { currency } : {}),
  };
}

const STATUS_FROM = {
  [v1.ReconciliationStatus.RECONCILIATION_STATUS_BALANCED]: 'balanced',
  [v1.ReconciliationStatus.RECONCILIATION_STATUS_OUT_OF_BALANCE]: 'out-of-balance',
} as const;

/** The backend's ReconciliationResult as the journal's, for `Journal.reconcile`; one it cannot
 *  read (an unknown status, kind or type) is E-JOURNAL-0015. */
export function reconciliationResultOf(r: posrt.channel.v1.IReconciliationResult): ReconciliationResult {
  const status = STATUS_FROM[(r.status ?? 0) as keyof typeof STATUS_FROM];
  if (status === undefined) throw unreadable(`status ${r.status ?? 0}`);
  return {
    settlementId: r.settlementId ?? '',
    batch: r.batchNumber ?? 0,
    status,
    backendTotals: (r.backendTotals ?? []).map(totalOf),
    mismatches: (r.mismatches ?? []).map(mismatchOf),
    reconciledAt: r.reconciledAtMs == null ? 0 : Number(int64(r.reconciledAtMs)),
  };
}
