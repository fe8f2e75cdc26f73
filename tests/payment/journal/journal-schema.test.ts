// The journal file's schema versions (src/payment/journal/journal-file.ts): a file written under
// schema 1, before the approver's column, opens under schema 2 with its rows readable through
// their seals, takes approvers from then on, and opens again (or after a rollback wrote version 1
// back) without migrating twice. The version 1 file is made the way version 1 left it: the same
// table without approver_id, user_version 1.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { journalRig, TEST_PAN, type Rig } from './rig.js';

let rig: Rig;

afterEach(() => rig?.remove());

/** Runs `work` on the closed journal's file with SQLite alone, as another program would. */
function onFile<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const columns = (db: Database.Database): string[] => db.prepare<[], { name: string }>('PRAGMA table_info(transactions)').all().map((c) => c.name);

describe('journal schema versions', () => {
  it('opens a schema 1 journal: its sale still reads through the seal, the approver column is added once, and a refund approved on the spot keeps its supervisor', () => {
    rig = journalRig();
    const old = rig.journal.begin({ type: 'sale', amount: 4_900n, currency: '156', operatorId: '0003' });
    rig.journal.step(old.id, { to: 'card-read', card: { entryMode: 'contact', scheme: 'visa', pan: TEST_PAN } });
    rig.journal.step(old.id, { to: 'offline-approved', path: 'offline' });
    rig.close();
    onFile(rig.journalPath, (db) => {
      db.exec('ALTER TABLE transactions DROP COLUMN approver_id');
      db.pragma('user_version = 1');
      expect(columns(db)).not.toContain('approver_id');
    });

    const journal = rig.reopen();
    expect(journal.get(old.id)).toMatchObject({ phase: { kind: 'offline-approved' }, operatorId: '0003', approverId: undefined, maskedPan: '476173******0119' });
    const refund = journal.begin({ type: 'refund', amount: 900n, currency: '156', operatorId: '0003', approverId: '0002', originalId: old.id });
    expect(journal.get(refund.id)).toMatchObject({ operatorId: '0003', approverId: '0002' });
    rig.close();
    onFile(rig.journalPath, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(columns(db).filter((c) => c === 'approver_id')).toHaveLength(1);
      // An older runtime (a rolled-back image) writes its own version back over the new column.
      db.pragma('user_version = 1');
    });
    const again = rig.reopen();
    expect(again.get(refund.id).approverId).toBe('0002');
    expect(again.get(old.id).approverId).toBeUndefined();
  });

  it('binds the approver to the row: taken out of the file, or put on a row that had none, the row no longer opens (E-JOURNAL-0006)', () => {
    rig = journalRig();
    const approved = rig.journal.begin({ type: 'refund', amount: 900n, currency: '156', operatorId: '0003', approverId: '0002' });
    const plain = rig.journal.begin({ type: 'sale', amount: 100n, currency: '156', operatorId: '0002' });
    // Ended, so the next open's recovery leaves them to the reads below.
    for (const { id } of [approved, plain]) rig.journal.step(id, { to: 'failed', errorCode: 'E-TXN-0001' });
    rig.close();
    onFile(rig.journalPath, (db) => {
      db.prepare('UPDATE transactions SET approver_id = NULL WHERE id = ?').run(approved.id);
      db.prepare("UPDATE transactions SET approver_id = '0001' WHERE id = ?").run(plain.id);
    });
    const journal = rig.reopen();
    expect(() => journal.get(approved.id)).toThrow(expect.objectContaining({ code: 'E-JOURNAL-0006' }));
    expect(() => journal.get(plain.id)).toThrow(expect.objectContaining({ code: 'E-JOURNAL-0006' }));
  });

  it('refuses an approver id a message could not carry (E-JOURNAL-0009)', () => {
    rig = journalRig();
    expect(() => rig.journal.begin({ type: 'refund', amount: 900n, currency: '156', operatorId: '0003', approverId: 'two words' })).toThrow(expect.objectContaining({ code: 'E-JOURNAL-0009' }));
  });
});
