// Every SQL statement the journal runs, compiled once when it opens: a sale's steps then cost a
// bind and a step each, not a parse (bench/sale measures journal writes per second).
import type { Db } from './journal-file.js';
import type { Row } from './journal-rows.js';
import { SETTLED_TYPES } from './settlement.js';
import { IN_PROGRESS, STANDING, type TransactionType } from './transaction.js';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
const IN_PROGRESS_SQL = list(IN_PROGRESS);
/** What batch totals count: approved, still standing, money-moving (settlement.ts). */
const COUNTED_SQL = `phase IN (${list(STANDING)}) AND type IN (${list(SETTLED_TYPES)})`;
/** Approved when it ran, whether since voided or captured or not: what an operator did. */
const APPROVED_SQL = list([...STANDING, 'voided', 'captured']);

/** The columns a step may change, in the order `update` binds them. */
export interface MutableColumns {
  phase: string;
  decision: string | null;
  reason: string | null;
  reversal_id: string | null;
  linked_id: string | null;
  error_code: string | null;
  scheme: string | null;
  entry_mode: string | null;
  last_four: string | null;
  pan_hash: Buffer | null;
  response_code: string | null;
  authorisation_code: string | null;
  host_reference: string | null;
  completed_at: number | bigint | null;
  sealed: Buffer | null;
}

export interface QueryParams {
  from: number | null;
  to: number | null;
  amount: bigint | null;
  lastFour: string | null;
  reference: string | null;
  trace: number | null;
  batch: number | null;
  limit: number;
}

export interface BatchRow {
  number: bigint;
  opened_at: bigint;
  closed_at: bigint | null;
  closed_by: string | null;
  settlement_id: string | null;
  totals: string | null;
  reconciliation: string | null;
}

export function prepareStatements(db: Db) {
  return {
    /** key-check: a Buffer; next-stan: an integer (bigint as read). */
    meta: db.prepare<[string], Buffer | bigint>('SELECT value FROM meta WHERE key = ?').pluck(),
    setMeta: db.prepare<[string, Buffer | number | bigint]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    insert: db.prepare<[string, number, number, string, bigint, bigint | null, string, string, string | null, string | null, number]>(
      `INSERT INTO transactions (id, batch, stan, type, phase, amount, other_amount, currency, operator_id, approver_id, original_id, started_at)
       VALUES (?, ?, ?, ?, 'started', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    row: db.prepare<[string], Row>('SELECT * FROM transactions WHERE id = ?'),
    update: db.prepare<[MutableColumns & { id: string; from: string }]>(
      `UPDATE transactions SET phase = @phase, decision = @decision, reason = @reason, reversal_id = @reversal_id,
         linked_id = @linked_id, error_code = @error_code, scheme = @scheme, entry_mode = @entry_mode, last_four = @last_four,
         pan_hash = @pan_hash, response_code = @response_code, authorisation_code = @authorisation_code,
         host_reference = @host_reference, completed_at = @completed_at, sealed = @sealed
       WHERE id = @id AND phase = @from`,
    ),
    inProgress: db.prepare<[], Row>(`SELECT * FROM transactions WHERE phase IN (${IN_PROGRESS_SQL}) ORDER BY seq`),
    inProgressInBatch: db
      .prepare<[number], bigint>(`SELECT count(*) FROM transactions WHERE batch = ? AND phase IN (${IN_PROGRESS_SQL})`)
      .pluck(),
    refunded: db
      .prepare<[string], bigint | null>(
        `SELECT sum(amount) FROM transactions WHERE original_id = ? AND type = 'refund'
         AND phase IN (${IN_PROGRESS_SQL}, ${list(STANDING)})`,
      )
      .pluck(),
    byReversalId: db.prepare<[string], Row>('SELECT * FROM transactions WHERE reversal_id = ?'),
    byPanHash: db.prepare<[Buffer], Row>('SELECT * FROM transactions WHERE pan_hash = ? ORDER BY seq DESC'),
    query: db.prepare<[QueryParams], Row>(
      `SELECT * FROM transactions
       WHERE (@from IS NULL OR started_at >= @from) AND (@to IS NULL OR started_at < @to)
         AND (@amount IS NULL OR amount = @amount) AND (@lastFour IS NULL OR last_four = @lastFour)
         AND (@reference IS NULL OR id = @reference OR host_reference = @reference OR authorisation_code = @reference)
         AND (@trace IS NULL OR stan = @trace) AND (@batch IS NULL OR batch = @batch)
       ORDER BY seq DESC LIMIT @limit`,
    ),
    lastReceipt: db.prepare<[], Row>(
      `SELECT * FROM transactions WHERE phase IN (${APPROVED_SQL}) ORDER BY seq DESC LIMIT 1`,
    ),
    // A balance inquiry moves no money and counts in no total (its amount is zero): a hand-over
    // summary that listed it would show a line of CN¥0.00 among the till's sums.
    operatorTotals: db.prepare<[{ operator: string; from: number; to: number }], { type: TransactionType; count: bigint; amount: bigint }>(
      `SELECT type, count(*) AS count, sum(amount) AS amount FROM transactions
       WHERE operator_id = @operator AND started_at >= @from AND started_at <= @to AND phase IN (${APPROVED_SQL})
         AND type <> 'balance'
       GROUP BY type ORDER BY min(seq)`,
    ),
    reprinted: db.prepare<[string]>('UPDATE transactions SET reprints = reprints + 1 WHERE id = ?'),
    openBatch: db.prepare<[], BatchRow>('SELECT * FROM batches WHERE closed_at IS NULL'),
    batch: db.prepare<[number], BatchRow>('SELECT * FROM batches WHERE number = ?'),
    batchBySettlement: db.prepare<[string], BatchRow>('SELECT * FROM batches WHERE settlement_id = ?'),
    openNewBatch: db.prepare<[number, number]>('INSERT INTO batches (number, opened_at) VALUES (?, ?)'),
    closeBatch: db.prepare<[number, string, string, string, number]>(
      'UPDATE batches SET closed_at = ?, closed_by = ?, settlement_id = ?, totals = ? WHERE number = ? AND closed_at IS NULL',
    ),
    setReconciliation: db.prepare<[string, number]>('UPDATE batches SET reconciliation = ? WHERE number = ?'),
    counted: db.prepare<[number], Row>(`SELECT * FROM transactions WHERE batch = ? AND ${COUNTED_SQL} ORDER BY seq`),
    handoff: db.prepare<[string, string, Buffer, number]>(
      'INSERT INTO handoffs (message_id, kind, sealed, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING',
    ),
    handedOver: db.prepare<[string]>('DELETE FROM handoffs WHERE message_id = ?'),
    due: db.prepare<[], { message_id: string; sealed: Buffer }>('SELECT message_id, sealed FROM handoffs ORDER BY rowid'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
