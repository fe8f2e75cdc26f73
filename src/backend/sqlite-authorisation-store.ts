// Authorisations and reversals in the SQLite store (authorisation-store.ts). A reversal that
// undoes its original and the mark on the original commit together, so a reversal delivered
// again finds both or neither.
import type Database from 'better-sqlite3';
import type { AnsweredOutcome, AuthorisationStore, ReversalMatch, StoredAuthorisation, StoredReversal } from './authorisation-store.js';
import type { SqliteAccess } from './sqlite-command-store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS authorisations (
    serial TEXT NOT NULL, transaction_id TEXT NOT NULL, stan INTEGER NOT NULL,
    amount_minor TEXT NOT NULL, currency TEXT NOT NULL, masked_pan TEXT NOT NULL,
    outcome TEXT NOT NULL, arc TEXT NOT NULL, answered_at INTEGER NOT NULL, reversed_by TEXT,
    PRIMARY KEY (serial, transaction_id));
  CREATE TABLE IF NOT EXISTS reversals (
    serial TEXT NOT NULL, reversal_id TEXT NOT NULL, original_transaction_id TEXT NOT NULL,
    reason TEXT NOT NULL, amount_minor TEXT NOT NULL, currency TEXT NOT NULL, match TEXT NOT NULL,
    code TEXT NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY (serial, reversal_id));
  CREATE INDEX IF NOT EXISTS reversals_by_original ON reversals (serial, original_transaction_id);
`;

interface AuthorisationRow {
  serial: string;
  transaction_id: string;
  stan: number;
  amount_minor: string;
  currency: string;
  masked_pan: string;
  outcome: AnsweredOutcome;
  arc: string;
  answered_at: number;
  reversed_by: string | null;
}

interface ReversalRow {
  serial: string;
  reversal_id: string;
  original_transaction_id: string;
  reason: string;
  amount_minor: string;
  currency: string;
  match: ReversalMatch;
  code: string;
  received_at: number;
}

const toReversal = (r: ReversalRow): StoredReversal => ({
  reversalId: r.reversal_id,
  serial: r.serial,
  originalTransactionId: r.original_transaction_id,
  reason: r.reason,
  amountMinor: BigInt(r.amount_minor),
  currency: r.currency,
  match: r.match,
  code: r.code,
  receivedAt: r.received_at,
});

export class SqliteAuthorisationStore implements AuthorisationStore {
  constructor(
    db: Database.Database,
    private readonly sql: SqliteAccess,
  ) {
    db.exec(SCHEMA);
  }

  async storeAuthorisation(a: Omit<StoredAuthorisation, 'reversedBy'>): Promise<void> {
    this.sql.write(() =>
      this.sql
        .prepare(
          `INSERT INTO authorisations (serial, transaction_id, stan, amount_minor, currency, masked_pan, outcome, arc, answered_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (serial, transaction_id) DO UPDATE SET stan = excluded.stan,
           amount_minor = excluded.amount_minor, currency = excluded.currency, masked_pan = excluded.masked_pan,
           outcome = excluded.outcome, arc = excluded.arc, answered_at = excluded.answered_at WHERE reversed_by IS NULL`,
        )
        .run(a.serial, a.transactionId, a.stan, a.amountMinor.toString(), a.currency, a.maskedPan, a.outcome, a.arc, a.answeredAt),
    );
  }

  async authorisation(serial: string, transactionId: string): Promise<StoredAuthorisation | undefined> {
    const r = this.sql.prepare<[string, string], AuthorisationRow>('SELECT * FROM authorisations WHERE serial = ? AND transaction_id = ?').get(serial, transactionId);
    return (
      r && {
        transactionId: r.transaction_id,
        serial: r.serial,
        stan: r.stan,
        amountMinor: BigInt(r.amount_minor),
        currency: r.currency,
        maskedPan: r.masked_pan,
        outcome: r.outcome,
        arc: r.arc,
        answeredAt: r.answered_at,
        reversedBy: r.reversed_by,
      }
    );
  }

  async storeReversal(r: StoredReversal): Promise<'stored' | 'duplicate'> {
    return this.sql.write(() => {
      const inserted = this.sql
        .prepare(
          `INSERT INTO reversals (serial, reversal_id, original_transaction_id, reason, amount_minor, currency, match, code, received_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(r.serial, r.reversalId, r.originalTransactionId, r.reason, r.amountMinor.toString(), r.currency, r.match, r.code, r.receivedAt).changes;
      if (inserted === 0) return 'duplicate';
      if (r.match === 'reversed') this.sql.prepare('UPDATE authorisations SET reversed_by = ? WHERE serial = ? AND transaction_id = ? AND reversed_by IS NULL').run(r.reversalId, r.serial, r.originalTransactionId);
      return 'stored';
    });
  }

  async reversal(serial: string, reversalId: string): Promise<StoredReversal | undefined> {
    const row = this.sql.prepare<[string, string], ReversalRow>('SELECT * FROM reversals WHERE serial = ? AND reversal_id = ?').get(serial, reversalId);
    return row && toReversal(row);
  }

  async reversedBeforeDecision(serial: string, transactionId: string): Promise<StoredReversal | undefined> {
    const row = this.sql
      .prepare<[string, string], ReversalRow>("SELECT * FROM reversals WHERE serial = ? AND original_transaction_id = ? AND match = 'original-not-found' ORDER BY received_at, rowid LIMIT 1")
      .get(serial, transactionId);
    return row && toReversal(row);
  }

  async recentReversals(serial: string, limit: number): Promise<StoredReversal[]> {
    return this.sql.prepare<[string, number], ReversalRow>('SELECT * FROM reversals WHERE serial = ? ORDER BY received_at DESC, rowid DESC LIMIT ?').all(serial, limit).map(toReversal);
  }
}
