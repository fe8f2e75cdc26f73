// The transaction journal: every step of every transaction, the batches and their settlement,
// in one SQLite file on the terminal, written before the action that can fail (see
// transaction.ts for the phases). A step's write and the messages it owes the backend commit
// together; the messages then go to the outbox port, and one not yet handed over is handed over
// again at the next open, so a crash between the two loses nothing and the outbox's id
// deduplication absorbs a message handed over twice.
import { randomBytes, randomUUID } from 'node:crypto';
import { PosError, isPosError } from '../../errors/index.js';
import { storedPan } from './card-data.js';
import { countJournalRows, JOURNAL_FILE_CODES, openJournalFile, type Db, type JournalRowCounts } from './journal-file.js';
import { writeTransaction } from '../sqlite-file.js';
import { bindingOf, EMPTY_SEALED, mergeEmv, iccObjects, uploadOf, viewOf, type BoundColumns, type Row, type SealedPart } from './journal-rows.js';
import { prepareStatements, type BatchRow, type MutableColumns, type Statements } from './journal-statements.js';
import type { JournalMessage, OutboxPort, UploadStatus } from './outbox-port.js';
import type { JournalReceipt } from './receipt-record.js';
import { deriveJournalKeys, panHash, sameKey, seal, unseal, SEAL_NONCE_LENGTH, type JournalKeys } from './sealing.js';
import { totalsOf, type ReconciliationResult, type XReport, type ZReport } from './settlement.js';
import { decodeTaggedJson, encodeTaggedJson } from './tagged-json.js';
import { checkBegin, checkOriginal, PRINTABLE_ID } from './follow-ups.js';
import { STANDING, STEP_FROM, type BeginInput, type HostAnswer, type JournalTransaction, type Step, type TransactionType } from './transaction.js';

export interface JournalOptions {
  /** Wall clock, ms since the epoch. */
  readonly now?: () => number;
  /** Randomness for the sealing nonces. */
  readonly random?: (n: number) => Uint8Array;
  /** New transaction, reversal and settlement ids (UUIDs). */
  readonly newId?: () => string;
  /** A message the outbox port refused for now (disk full): it stays in the journal and is
   *  offered again by `handOver()` and at the next open. */
  readonly onHandoffFault?: (error: PosError) => void;
  /** A batch closed (its Z report on disk): the composition root takes a backup then. */
  readonly onBatchClosed?: (report: ZReport) => void;
}

/** What opening the journal found and did. */
export interface RecoveryReport {
  /** Left in started or card-read: nothing went to the host; now failed (E-JOURNAL-0017). */
  readonly failed: readonly string[];
  /** Left in authorising or host-approved: the issuer may have approved; now reversal-pending
   *  (reason no-answer, or terminal-failure after an approval), the reversal queued. */
  readonly reversed: readonly string[];
  /** Messages handed to the outbox again (some may have reached it before the crash). */
  readonly handedOver: number;
}

export interface TransactionQuery {
  /** Started at or after, ms since the epoch. */
  readonly from?: number;
  /** Started before. */
  readonly to?: number;
  readonly amount?: bigint;
  readonly lastFour?: string;
  /** Our transaction id, the host's reference (RRN) or the authorisation code. */
  readonly reference?: string;
  /** The system trace audit number (the slip's voucher number). */
  readonly trace?: number;
  readonly batch?: number;
  /** Newest first; 50 unless said. */
  readonly limit?: number;
}

/** Trace and batch numbers are six digits on the slip and in the messages: 1..999999, then 1. */
export const MAX_COUNTER = 999_999;
const SCHEME = /^[a-z0-9-]{1,32}$/;
const ERROR_CODE = /^E-[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{4}$/;

/** One type's line of an operator's totals (Journal.operatorTotals). */
export interface OperatorTotal {
  readonly type: TransactionType;
  readonly count: number;
  /** Minor units. */
  readonly amount: bigint;
}

export class Journal {
  readonly recovery: RecoveryReport;
  private readonly s: Statements;
  private readonly now: () => number;
  private readonly random: (n: number) => Uint8Array;
  private readonly newId: () => string;
  private readonly onHandoffFault: (error: PosError) => void;
  private readonly onBatchClosed: (report: ZReport) => void;
  /** Messages the port took since the last write: their rows go in the next one, so a sale
   *  costs no extra fsync for it (a crash before then hands them over again, harmlessly). */
  private handed: string[] = [];

  private constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly keys: JournalKeys,
    private readonly outbox: OutboxPort,
    options: JournalOptions,
  ) {
    this.s = prepareStatements(db);
    this.now = options.now ?? Date.now;
    this.random = options.random ?? randomBytes;
    this.newId = options.newId ?? randomUUID;
    this.onHandoffFault = options.onHandoffFault ?? (() => undefined);
    this.onBatchClosed = options.onBatchClosed ?? (() => undefined);
    this.recovery = this.recover();
  }

  /**
   * Opens the journal at `path` with the device's journal key (journal-key.ts) and recovers what
   * a crash left: see RecoveryReport. A key other than the journal's is E-JOURNAL-0005; the file
   * codes are openJournalFile's.
   */
  static open(path: string, deviceKey: Uint8Array, outbox: OutboxPort, options: JournalOptions = {}): Journal {
    const keys = deriveJournalKeys(deviceKey);
    const db = openJournalFile(path);
    try {
      return new Journal(db, path, keys, outbox, options);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  close(): void {
    if (this.handed.length > 0) this.write(() => undefined);
    this.db.close();
  }

  /**
   * Copies the journal into the new file `path` as it is at rest (sealed columns stay sealed,
   * nothing is decrypted) and returns the rows it copied, for the copy's verification. VACUUM INTO
   * runs on this connection, which holds the file EXCLUSIVE, between two writes: the copy is one
   * committed state, and it carries no free pages. A SQLite failure is thrown as it is.
   */
  copyTo(path: string): JournalRowCounts {
    const counts = countJournalRows(this.db);
    this.db.prepare('VACUUM INTO ?').run(path);
    return counts;
  }

  /** Rows this connection has written since it opened: unchanged means no backup is owed. */
  changes(): number {
    return Number(this.db.prepare('SELECT total_changes()').pluck().get());
  }

  /** Starts a transaction in the open batch with the next trace number; on disk when it returns. */
  begin(input: BeginInput): JournalTransaction {
    checkBegin(input);
    const id = this.newId();
    return this.write(() => {
      const batch = this.openBatch();
      if (input.originalId !== undefined) {
        const original = this.row(input.originalId);
        checkOriginal(input, original, Number(batch.number), this.leftToRefund(original));
      }
      const stan = this.nextStan();
      this.s.insert.run(id, Number(batch.number), stan, input.type, input.amount, input.otherAmount ?? null, input.currency, input.operatorId, input.approverId ?? null, input.originalId ?? null, this.now());
      // Sealed from the start, so every row's clear columns are bound to a blob.
      const row = this.row(id);
      this.update(row, mutableOf(row), EMPTY_SEALED);
      return this.view(this.row(id));
    });
  }

  /** Moves a transaction on by one step (transaction.ts: Step, STEP_FROM); on disk, with the
   *  messages it owes, when it returns. A step its phase does not allow is E-JOURNAL-0007. */
  step(id: string, step: Step): JournalTransaction {
    const messages: JournalMessage[] = [];
    const view = this.write(() => {
      const row = this.row(id);
      if (!STEP_FROM[step.to].includes(row.phase)) throw new PosError('E-JOURNAL-0007', { transaction: id, phase: row.phase, step: step.to });
      // Once the request may have left, the decision is the host's, or the card's only when the
      // request never left (unable to go online); before it, no host has answered.
      if ((step.to === 'offline-approved' || step.to === 'declined') && (row.phase === 'authorising' ? step.path === 'offline' : step.path === 'online')) {
        throw new PosError('E-JOURNAL-0007', { transaction: id, phase: row.phase, step: `${step.to} ${step.path}` });
      }
      if (step.to === 'failed' && !ERROR_CODE.test(step.errorCode)) throw new PosError('E-JOURNAL-0009', { field: 'errorCode' });
      const now = this.now();
      const cols = mutableOf(row);
      let sealed = this.unsealRow(row);
      let upload: UploadStatus | undefined;
      const host = (answer: HostAnswer | undefined) => {
        if (answer === undefined) return;
        cols.response_code = answer.responseCode;
        cols.authorisation_code = answer.authorisationCode ?? cols.authorisation_code;
        cols.host_reference = answer.hostReference ?? cols.host_reference;
        if (answer.balance !== undefined) sealed = { ...sealed, balance: answer.balance };
        if (answer.scheme !== undefined) {
          // A card's scheme is its own (its AID); only a QR payment's may be the host's to name.
          if (!SCHEME.test(answer.scheme) || cols.entry_mode !== 'qr') throw new PosError('E-JOURNAL-0009', { field: 'scheme' });
          cols.scheme = answer.scheme;
        }
      };
      switch (step.to) {
        case 'card-read': {
          const card = step.card;
          if (!SCHEME.test(card.scheme)) throw new PosError('E-JOURNAL-0009', { field: 'scheme' });
          cols.scheme = card.scheme;
          cols.entry_mode = card.entryMode;
          if (card.entryMode === 'qr') sealed = { ...sealed, qrPresentedBy: card.presentedBy };
          else {
            const pan = storedPan(card.pan);
            cols.last_four = pan.lastFour;
            cols.pan_hash = panHash(this.keys, card.pan);
            this.checkSameCard(row, cols.pan_hash);
            sealed = { ...sealed, maskedPan: pan.masked, emv: mergeEmv(sealed.emv, card.emv) };
          }
          break;
        }
        case 'authorising':
          sealed = { ...sealed, emv: mergeEmv(sealed.emv, step.emv) };
          break;
        case 'host-approved':
          host(step.host);
          break;
        case 'approved':
          host(step.host);
          sealed = { ...sealed, emv: mergeEmv(sealed.emv, step.emv) };
          cols.decision = 'online';
          upload = 'approved';
          break;
        case 'offline-approved':
          sealed = { ...sealed, emv: mergeEmv(sealed.emv, step.emv) };
          cols.decision = step.path;
          upload = 'approved';
          break;
        case 'declined':
          host(step.host);
          sealed = { ...sealed, emv: mergeEmv(sealed.emv, step.emv) };
          cols.decision = step.path;
          upload = 'declined';
          break;
        case 'failed':
          cols.error_code = step.errorCode;
          upload = 'failed';
          break;
        case 'reversal-pending':
          sealed = { ...sealed, emv: mergeEmv(sealed.emv, step.emv) };
          cols.reason = step.reason;
          cols.reversal_id = this.newId();
          break;
        case 'reversed':
          break;
      }
      cols.phase = step.to;
      if (step.to !== 'card-read' && step.to !== 'authorising' && step.to !== 'host-approved') cols.completed_at ??= now;
      this.update(row, cols, sealed);
      const after = this.view(this.row(id));
      if (upload !== undefined) {
        messages.push(uploadOf(after, upload, now));
        if (upload === 'approved') this.applyToOriginal(after);
      }
      if (step.to === 'reversal-pending') {
        messages.push({
          kind: 'reversal',
          id: cols.reversal_id!,
          originalId: id,
          reason: step.reason,
          amount: row.amount,
          currency: row.currency,
          iccData: iccObjects(after.emv.iccData),
          createdAt: now,
        });
      }
      this.keep(messages);
      return after;
    });
    this.deliver(messages);
    return view;
  }

  /**
   * The backend has these messages (the ids the channel's outbox saw acknowledged): a reversal
   * among them ends its transaction's reversal-pending (reversed); other ids are not the
   * journal's concern here. Returns the transactions reversed; an id seen again changes nothing.
   */
  acknowledged(ids: readonly string[]): string[] {
    const reversed: string[] = [];
    for (const id of ids) {
      const row = this.s.byReversalId.get(id);
      if (row?.phase !== 'reversal-pending') continue;
      this.step(row.id, { to: 'reversed' });
      reversed.push(row.id);
    }
    return reversed;
  }

  get(id: string): JournalTransaction {
    return this.view(this.row(id));
  }

  /** What refunds may still take of a transaction: its amount less the refunds standing or under
   *  way against it — the most a refund of it may be (more is E-JOURNAL-0011). Whether it may be
   *  refunded at all (its type, its phase) is the follow-up's rule, not this sum's. */
  refundable(id: string): bigint {
    return this.leftToRefund(this.row(id));
  }

  private leftToRefund(original: Row): bigint {
    return original.amount - (this.s.refunded.get(original.id) ?? 0n);
  }

  /** The transactions made with this card, newest first, matched by the keyed PAN hash: how a
   *  refund finds its original without the journal ever holding the PAN. */
  findByPan(pan: string): JournalTransaction[] {
    storedPan(pan);
    return this.s.byPanHash.all(panHash(this.keys, pan)).map((r) => this.view(r));
  }

  query(q: TransactionQuery): JournalTransaction[] {
    if (q.lastFour !== undefined && !/^\d{4}$/.test(q.lastFour)) throw new PosError('E-JOURNAL-0009', { field: 'lastFour' });
    return this.s.query
      .all({
        from: q.from ?? null,
        to: q.to ?? null,
        amount: q.amount ?? null,
        lastFour: q.lastFour ?? null,
        reference: q.reference ?? null,
        trace: q.trace ?? null,
        batch: q.batch ?? null,
        limit: q.limit ?? 50,
      })
      .map((r) => this.view(r));
  }

  /** A shift's summary (签退): `operatorId`'s transactions started from `from` to `to` (ms, both
   *  included) that were approved (since voided or captured too; a void is its own type), each
   *  type's count and amount, in the order first done. */
  operatorTotals(operatorId: string, from: number, to: number): OperatorTotal[] {
    return this.s.operatorTotals.all({ operator: operatorId, from, to }).map((r) => ({ type: r.type, count: Number(r.count), amount: r.amount }));
  }

  /** What a slip for this transaction prints, without counting a print. */
  receipt(id: string): JournalReceipt {
    const t = this.get(id);
    const original = t.originalId === undefined ? undefined : this.get(t.originalId);
    return {
      transaction: t,
      original: original && { id: original.id, stan: original.stan, hostReference: original.hostReference, authorisationCode: original.authorisationCode },
      reprint: t.reprints,
    };
  }

  /** The newest transaction that printed a slip (approved, since voided or captured or not). */
  lastReceipt(): JournalReceipt | undefined {
    const row = this.s.lastReceipt.get();
    return row && this.receipt(row.id);
  }

  /** Counts a reprint of the slip (the slip says which copy it is) and returns what it prints. */
  reprint(id: string): JournalReceipt {
    this.write(() => {
      if (this.s.reprinted.run(id).changes !== 1) throw new PosError('E-JOURNAL-0008', { transaction: id });
    });
    return this.receipt(id);
  }

  /** Running totals of the open batch (X report); changes nothing. */
  xReport(): XReport {
    const batch = this.openBatch();
    return { batch: Number(batch.number), openedAt: Number(batch.opened_at), takenAt: this.now(), totals: totalsOf(this.counted(Number(batch.number))) };
  }

  /**
   * Closes the open batch (Z report): its totals frozen, the settlement queued for the backend
   * and the next batch opened, in one write. Refused with E-JOURNAL-0010 while one of its
   * transactions is in progress.
   */
  closeBatch(operatorId: string): ZReport {
    if (!PRINTABLE_ID.test(operatorId)) throw new PosError('E-JOURNAL-0009', { field: 'operatorId' });
    const messages: JournalMessage[] = [];
    const report = this.write(() => {
      const batch = this.openBatch();
      const number = Number(batch.number);
      const busy = this.s.inProgressInBatch.get(number)!;
      if (busy > 0n) throw new PosError('E-JOURNAL-0010', { batch: number, inProgress: Number(busy) });
      const now = this.now();
      const counted = this.counted(number);
      const z: ZReport = {
        batch: number,
        openedAt: Number(batch.opened_at),
        closedAt: now,
        closedBy: operatorId,
        settlementId: this.newId(),
        totals: totalsOf(counted),
        transactionIds: counted.map((t) => t.id),
        nextBatch: number === MAX_COUNTER ? 1 : number + 1,
      };
      this.s.closeBatch.run(now, operatorId, z.settlementId, encodeTaggedJson(z).toString('utf8'), number);
      this.s.openNewBatch.run(z.nextBatch, now);
      messages.push({ kind: 'settlement', id: z.settlementId, batch: number, openedAt: z.openedAt, closedAt: now, totals: z.totals, transactionIds: z.transactionIds, operatorId });
      this.keep(messages);
      return z;
    });
    this.deliver(messages);
    this.onBatchClosed(report);
    return report;
  }

  /** The Z report of a closed batch, as frozen when it closed. */
  zReport(batch: number): ZReport | undefined {
    const row = this.s.batch.get(batch);
    return row?.totals == null ? undefined : decodeTaggedJson<ZReport>(Buffer.from(row.totals, 'utf8'));
  }

  /**
   * Stores the backend's reconciliation of a settlement with its batch; an out-of-balance result
   * queues its mismatches for the operations centre, with the operator it is shown to (`shownTo`:
   * the one signed in when it arrives; null when nobody is, and then the operator who closed the
   * batch, whose settlement it answers) and the time it was taken. A result for a settlement this
   * journal never sent, or naming another batch, is E-JOURNAL-0015 and is not stored.
   */
  reconcile(result: ReconciliationResult, shownTo: string | null): void {
    const messages: JournalMessage[] = [];
    this.write(() => {
      const batch = this.s.batchBySettlement.get(result.settlementId);
      if (batch === undefined || Number(batch.number) !== result.batch) {
        throw new PosError('E-JOURNAL-0015', { settlement: result.settlementId, batch: result.batch });
      }
      this.s.setReconciliation.run(encodeTaggedJson(result).toString('utf8'), result.batch);
      if (result.status === 'out-of-balance') {
        messages.push({
          kind: 'reconciliation-mismatch',
          id: `reconciliation-${result.settlementId}-${result.reconciledAt}`,
          settlementId: result.settlementId,
          batch: result.batch,
          mismatches: result.mismatches,
          reconciledAt: result.reconciledAt,
          operatorId: shownTo ?? batch.closed_by ?? '',
          seenAt: this.now(),
        });
      }
      this.keep(messages);
    });
    this.deliver(messages);
  }

  /** The backend's last reconciliation of a batch, if it answered. */
  reconciliation(batch: number): ReconciliationResult | undefined {
    const row = this.s.batch.get(batch);
    return row?.reconciliation == null ? undefined : decodeTaggedJson<ReconciliationResult>(Buffer.from(row.reconciliation, 'utf8'));
  }

  /** Offers the outbox every message it has not taken yet; returns how many it took. */
  handOver(): number {
    if (this.handed.length > 0) this.write(() => undefined);
    const due = this.s.due.all().map((r) => decodeTaggedJson<JournalMessage>(unseal(this.keys, handoffBinding(r.message_id), r.sealed, r.message_id)));
    return this.deliver(due);
  }

  // One IMMEDIATE transaction per call: one fsync, and a failure (E-JOURNAL-0004) leaves nothing
  // half written.
  private write<T>(work: () => T): T {
    return writeTransaction(this.db, this.path, JOURNAL_FILE_CODES, () => {
      for (const id of this.handed) this.s.handedOver.run(id);
      const result = work();
      this.handed = [];
      return result;
    });
  }

  private recover(): RecoveryReport {
    const failed: string[] = [];
    const reversed: string[] = [];
    this.write(() => {
      const check = this.s.meta.get('key-check');
      if (check === undefined) {
        this.s.setMeta.run('key-check', this.keys.check);
        this.s.setMeta.run('next-stan', 1);
        this.s.openNewBatch.run(1, this.now());
      } else if (!(check instanceof Buffer) || !sameKey(this.keys, check)) {
        throw new PosError('E-JOURNAL-0005', { path: this.path });
      }
    });
    for (const row of this.s.inProgress.all()) {
      if (row.phase === 'started' || row.phase === 'card-read') {
        this.step(row.id, { to: 'failed', errorCode: 'E-JOURNAL-0017' });
        failed.push(row.id);
      } else {
        // No answer was seen to a request that may have left; after an approval, the terminal
        // failed before the card completed (ReversalRequest's TIMEOUT and TERMINAL_FAILURE).
        this.step(row.id, { to: 'reversal-pending', reason: row.phase === 'authorising' ? 'no-answer' : 'terminal-failure' });
        reversed.push(row.id);
      }
    }
    return { failed, reversed, handedOver: this.handOver() };
  }

  private keep(messages: readonly JournalMessage[]): void {
    for (const m of messages) {
      this.s.handoff.run(m.id, m.kind, seal(this.keys, handoffBinding(m.id), encodeTaggedJson(m), this.random(SEAL_NONCE_LENGTH)), this.now());
    }
  }

  private deliver(messages: readonly JournalMessage[]): number {
    let taken = 0;
    for (const m of messages) {
      try {
        this.outbox.enqueue(m);
      } catch (e) {
        if (!isPosError(e)) throw e;
        this.onHandoffFault(e);
        continue;
      }
      this.handed.push(m.id);
      taken++;
    }
    return taken;
  }

  /** A void, cancel or completion approved: its original leaves the totals. Checked at begin;
   *  if the original changed since (two voids at once), the host has approved this one anyway
   *  and the original keeps its phase. */
  private applyToOriginal(t: JournalTransaction): void {
    if (t.originalId === undefined || t.type === 'refund') return;
    const original = this.row(t.originalId);
    if (!STANDING.includes(original.phase)) return;
    const cols = mutableOf(original);
    cols.phase = t.type === 'pre-auth-completion' ? 'captured' : 'voided';
    cols.linked_id = t.id;
    this.update(original, cols, this.unsealRow(original));
  }

  /** A void, refund, completion or cancel is made with the card of its original, when the
   *  original had one (a refund without an original, or of a QR sale, takes any card). */
  private checkSameCard(row: Row, hash: Buffer): void {
    if (row.original_id === null) return;
    const original = this.row(row.original_id);
    if (original.pan_hash !== null && !original.pan_hash.equals(hash)) {
      throw new PosError('E-JOURNAL-0011', { transaction: original.id, type: row.type, rule: 'card is not the original card' });
    }
  }

  /** The batch's counted transactions, each read through its seal: a row whose amount or phase
   *  was changed in the file stops the report with E-JOURNAL-0006 rather than settling it. */
  private counted(batch: number): JournalTransaction[] {
    return this.s.counted.all(batch).map((r) => this.view(r));
  }

  private openBatch(): BatchRow {
    return this.s.openBatch.get()!;
  }

  private nextStan(): number {
    const stan = Number(this.s.meta.get('next-stan'));
    this.s.setMeta.run('next-stan', stan === MAX_COUNTER ? 1 : stan + 1);
    return stan;
  }

  private row(id: string): Row {
    const row = this.s.row.get(id);
    if (row === undefined) throw new PosError('E-JOURNAL-0008', { transaction: id });
    return row;
  }

  /** Writes the row's new columns with its sealed part sealed again, bound to them. */
  private update(row: Row, cols: MutableColumns, part: SealedPart): void {
    cols.sealed = seal(this.keys, bindingOf({ ...row, ...cols } as BoundColumns), encodeTaggedJson(part), this.random(SEAL_NONCE_LENGTH));
    if (this.s.update.run({ ...cols, id: row.id, from: row.phase }).changes !== 1) {
      throw new PosError('E-JOURNAL-0007', { transaction: row.id, phase: row.phase, step: cols.phase });
    }
  }

  private view(row: Row): JournalTransaction {
    return viewOf(row, this.unsealRow(row));
  }

  private unsealRow(row: Row): SealedPart {
    return decodeTaggedJson<SealedPart>(unseal(this.keys, bindingOf(row), row.sealed ?? Buffer.alloc(0), row.id));
  }
}

const handoffBinding = (messageId: string): string => `handoff/${messageId}`;


function mutableOf(r: Row): MutableColumns {
  return {
    phase: r.phase,
    decision: r.decision,
    reason: r.reason,
    reversal_id: r.reversal_id,
    linked_id: r.linked_id,
    error_code: r.error_code,
    scheme: r.scheme,
    entry_mode: r.entry_mode,
    last_four: r.last_four,
    pan_hash: r.pan_hash,
    response_code: r.response_code,
    authorisation_code: r.authorisation_code,
    host_reference: r.host_reference,
    completed_at: r.completed_at,
    sealed: r.sealed,
  };
}
