// Authorisations and reversals in the PostgreSQL store (authorisation-store.ts), on the
// repository's pool: the SQLite store's tables (sqlite-authorisation-store.ts). A reversal that
// undoes its original and the mark on the original commit together, so a reversal delivered
// again finds both or neither.
import type { AnsweredOutcome, AuthorisationStore, ReversalMatch, StoredAuthorisation, StoredReversal } from './authorisation-store.js';
import type { PostgresAccess } from './postgres-access.js';

export const AUTHORISATION_SCHEMA = `
  CREATE TABLE IF NOT EXISTS authorisations (
    serial text NOT NULL, transaction_id text NOT NULL, stan bigint NOT NULL,
    amount_minor bigint NOT NULL, currency text NOT NULL, masked_pan text NOT NULL,
    outcome text NOT NULL, arc text NOT NULL, answered_at bigint NOT NULL, reversed_by text,
    PRIMARY KEY (serial, transaction_id));
  CREATE TABLE IF NOT EXISTS reversals (
    seq bigint GENERATED ALWAYS AS IDENTITY, serial text NOT NULL, reversal_id text NOT NULL,
    original_transaction_id text NOT NULL, reason text NOT NULL, amount_minor bigint NOT NULL,
    currency text NOT NULL, match text NOT NULL, code text NOT NULL, received_at bigint NOT NULL,
    PRIMARY KEY (serial, reversal_id));
  CREATE INDEX IF NOT EXISTS reversals_by_original ON reversals (serial, original_transaction_id);
`;

interface AuthorisationRow {
  serial: string;
  transaction_id: string;
  stan: bigint;
  amount_minor: bigint;
  currency: string;
  masked_pan: string;
  outcome: AnsweredOutcome;
  arc: string;
  answered_at: bigint;
  reversed_by: string | null;
}

interface ReversalRow {
  serial: string;
  reversal_id: string;
  original_transaction_id: string;
  reason: string;
  amount_minor: bigint;
  currency: string;
  match: ReversalMatch;
  code: string;
  received_at: bigint;
}

const REVERSAL_COLUMNS = 'serial, reversal_id, original_transaction_id, reason, amount_minor, currency, match, code, received_at';

const toReversal = (r: ReversalRow): StoredReversal => ({
  reversalId: r.reversal_id,
  serial: r.serial,
  originalTransactionId: r.original_transaction_id,
  reason: r.reason,
  amountMinor: r.amount_minor,
  currency: r.currency,
  match: r.match,
  code: r.code,
  receivedAt: Number(r.received_at),
});

export class PostgresAuthorisationStore implements AuthorisationStore {
  constructor(private readonly db: PostgresAccess) {}

  async storeAuthorisation(a: Omit<StoredAuthorisation, 'reversedBy'>): Promise<void> {
    await this.db.query(
      `INSERT INTO authorisations (serial, transaction_id, stan, amount_minor, currency, masked_pan, outcome, arc, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (serial, transaction_id) DO UPDATE SET stan = excluded.stan,
       amount_minor = excluded.amount_minor, currency = excluded.currency, masked_pan = excluded.masked_pan,
       outcome = excluded.outcome, arc = excluded.arc, answered_at = excluded.answered_at WHERE authorisations.reversed_by IS NULL`,
      [a.serial, a.transactionId, a.stan, a.amountMinor.toString(), a.currency, a.maskedPan, a.outcome, a.arc, a.answeredAt],
    );
  }

  async authorisation(serial: string, transactionId: string): Promise<StoredAuthorisation | undefined> {
    const r = (await this.db.query<AuthorisationRow>('SELECT * FROM authorisations WHERE serial = $1 AND transaction_id = $2', [serial, transactionId])).rows[0];
    return (
      r && {
        transactionId: r.transaction_id,
        serial: r.serial,
        stan: Number(r.stan),
        amountMinor: r.amount_minor,
        currency: r.currency,
        maskedPan: r.masked_pan,
        outcome: r.outcome,
        arc: r.arc,
        answeredAt: Number(r.answered_at),
        reversedBy: r.reversed_by,
      }
    );
  }

  async storeReversal(r: StoredReversal): Promise<'stored' | 'duplicate'> {
    return this.db.transaction(async (c) => {
      const inserted = await c.query(
        `INSERT INTO reversals (serial, reversal_id, original_transaction_id, reason, amount_minor, currency, match, code, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [r.serial, r.reversalId, r.originalTransactionId, r.reason, r.amountMinor.toString(), r.currency, r.match, r.code, r.receivedAt],
      );
      if (inserted.rowCount !== 1) return 'duplicate';
      if (r.match === 'reversed') await c.query('UPDATE authorisations SET reversed_by = $1 WHERE serial = $2 AND transaction_id = $3 AND reversed_by IS NULL', [r.reversalId, r.serial, r.originalTransactionId]);
      return 'stored';
    });
  }

  async reversal(serial: string, reversalId: string): Promise<StoredReversal | undefined> {
    const row = (await this.db.query<ReversalRow>(`SELECT ${REVERSAL_COLUMNS} FROM reversals WHERE serial = $1 AND reversal_id = $2`, [serial, reversalId])).rows[0];
    return row && toReversal(row);
  }

  async reversedBeforeDecision(serial: string, transactionId: string): Promise<StoredReversal | undefined> {
    const row = (
      await this.db.query<ReversalRow>(`SELECT ${REVERSAL_COLUMNS} FROM reversals WHERE serial = $1 AND original_transaction_id = $2 AND match = 'original-not-found' ORDER BY received_at, seq LIMIT 1`, [serial, transactionId])
    ).rows[0];
    return row && toReversal(row);
  }

  async recentReversals(serial: string, limit: number): Promise<StoredReversal[]> {
    return (await this.db.query<ReversalRow>(`SELECT ${REVERSAL_COLUMNS} FROM reversals WHERE serial = $1 ORDER BY received_at DESC, seq DESC LIMIT $2`, [serial, limit])).rows.map(toReversal);
  }
}
