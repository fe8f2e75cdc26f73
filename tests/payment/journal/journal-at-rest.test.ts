// The journal at rest: no PAN or track 2 in the file bytes after transactions (PCI DSS req. 3.2,
// 3.4), a wrong device key or an altered row (its sealed data, or a clear column bound to it)
// refused with a code (never garbage), and a key file others could read refused.
import Database from 'better-sqlite3';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal, loadJournalKey } from '../../../src/payment/journal/index.js';
import { errorOf } from '../../support/pos-error.js';
import { arqcSent, cardDataIn, contactCard, hostApproval, journalRig, tcFromCard, TEST_PAN, TEST_TRACK2_HEX, type Rig } from './rig.js';

let rig: Rig;
afterEach(() => {
  rig.close();
  rig.remove();
});

function sale(): string {
  const { id } = rig.journal.begin({ type: 'sale', amount: 4_900n, currency: '156', operatorId: 'op-01' });
  rig.journal.step(id, contactCard);
  rig.journal.step(id, arqcSent);
  rig.journal.step(id, hostApproval);
  rig.journal.step(id, tcFromCard);
  return id;
}

const fileBytes = (path: string): Buffer => (existsSync(path) ? readFileSync(path) : Buffer.alloc(0));

describe('journal at rest', () => {
  it('holds no PAN or track 2 in the database file or its WAL after sales, a reversal and a refund by card', () => {
    rig = journalRig();
    const first = sale();
    sale();
    const { id } = rig.journal.begin({ type: 'sale', amount: 100n, currency: '156', operatorId: 'op-01' });
    rig.journal.step(id, contactCard);
    rig.journal.step(id, arqcSent);
    rig.journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
    rig.journal.findByPan(TEST_PAN);
    rig.journal.begin({ type: 'refund', amount: 100n, currency: '156', operatorId: 'op-01', originalId: first });
    // Looked at while open (the WAL holds the newest pages) and after close (checkpointed).
    expect(cardDataIn(fileBytes(`${rig.journalPath}-wal`))).toEqual([]);
    expect(cardDataIn(fileBytes(rig.journalPath))).toEqual([]);
    // The test can fail: the masked PAN is sealed too, so not even its digits are in clear.
    expect(fileBytes(`${rig.journalPath}-wal`).includes(Buffer.from('476173******0119'))).toBe(false);
    rig.close();
    expect(cardDataIn(fileBytes(rig.journalPath))).toEqual([]);
    expect(cardDataIn(fileBytes(rig.outboxPath))).toEqual([]);
    expect(cardDataIn(fileBytes(`${rig.outboxPath}-wal`))).toEqual([]);
    rig.reopen();
  });

  it('finds the needles when they are there (the scan itself works)', () => {
    rig = journalRig();
    expect(cardDataIn(Buffer.concat([Buffer.from('xx'), Buffer.from(TEST_TRACK2_HEX, 'hex')]))).toContain('track 2 bytes');
  });

  it('refuses another device key with E-JOURNAL-0005 before reading any row', () => {
    rig = journalRig();
    sale();
    rig.close();
    const other = new Uint8Array(32).fill(7);
    const e = errorOf(() => Journal.open(rig.journalPath, other, rig.port));
    expect(e.code).toBe('E-JOURNAL-0005');
    rig.reopen();
  });

  it('refuses a row whose sealed data was altered, or moved from another row, naming the row', () => {
    rig = journalRig();
    const a = sale();
    const b = sale();
    rig.close();
    const db = new Database(rig.journalPath);
    const sealedOf = (id: string) => db.prepare<[string], { sealed: Buffer }>('SELECT sealed FROM transactions WHERE id = ?').get(id)!.sealed;
    const fromA = sealedOf(a);
    db.prepare('UPDATE transactions SET sealed = ? WHERE id = ?').run(fromA, b);
    const flipped = Buffer.from(fromA);
    flipped[flipped.length - 1]! ^= 0x01;
    db.prepare('UPDATE transactions SET sealed = ? WHERE id = ?').run(flipped, a);
    db.close();
    const journal = rig.reopen();
    expect(errorOf(() => journal.get(b))).toMatchObject({ code: 'E-JOURNAL-0006', context: { row: b, problem: 'authentication' } });
    expect(errorOf(() => journal.get(a))).toMatchObject({ code: 'E-JOURNAL-0006', context: { row: a } });
  });

  it('refuses a row whose clear amount or phase was changed in the file, and will not total or settle it', () => {
    rig = journalRig();
    const a = sale();
    const { id: declined } = rig.journal.begin({ type: 'sale', amount: 9_000n, currency: '156', operatorId: 'op-01' });
    rig.journal.step(declined, contactCard);
    rig.journal.step(declined, { to: 'declined', path: 'offline' });
    rig.close();
    const db = new Database(rig.journalPath);
    db.prepare('UPDATE transactions SET amount = 1 WHERE id = ?').run(a);
    db.prepare("UPDATE transactions SET phase = 'offline-approved', decision = 'offline' WHERE id = ?").run(declined);
    db.close();
    const journal = rig.reopen();
    expect(errorOf(() => journal.get(a))).toMatchObject({ code: 'E-JOURNAL-0006', context: { row: a, problem: 'authentication' } });
    expect(errorOf(() => journal.get(declined))).toMatchObject({ code: 'E-JOURNAL-0006', context: { row: declined } });
    expect(errorOf(() => journal.xReport()).code).toBe('E-JOURNAL-0006');
    expect(errorOf(() => journal.closeBatch('op-01')).code).toBe('E-JOURNAL-0006');
  });

  it('refuses a second runtime on the same journal (E-JOURNAL-0003) and a damaged file (E-JOURNAL-0002), writing nothing', () => {
    rig = journalRig();
    sale();
    const key = loadJournalKey(rig.keyPath, { provision: false });
    expect(errorOf(() => Journal.open(rig.journalPath, key, rig.port)).code).toBe('E-JOURNAL-0003');
    const garbage = `${rig.journalPath}.garbage`;
    writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    expect(errorOf(() => Journal.open(garbage, key, rig.port)).code).toBe('E-JOURNAL-0002');
    expect(readFileSync(garbage)).toEqual(Buffer.alloc(8192, 0x5a));
  });

  it('makes the key file 0600 and refuses one others may read, a missing one and a short one', () => {
    rig = journalRig();
    expect(readFileSync(rig.keyPath)).toHaveLength(32);
    expect(loadJournalKey(rig.keyPath, { provision: true })).toEqual(new Uint8Array(readFileSync(rig.keyPath)));
    chmodSync(rig.keyPath, 0o644);
    expect(errorOf(() => loadJournalKey(rig.keyPath, { provision: false })).code).toBe('E-JOURNAL-0012');
    chmodSync(rig.keyPath, 0o600);
    expect(errorOf(() => loadJournalKey(`${rig.keyPath}.absent`, { provision: false })).code).toBe('E-JOURNAL-0016');
    writeFileSync(`${rig.keyPath}.short`, Buffer.alloc(16), { mode: 0o600 });
    expect(errorOf(() => loadJournalKey(`${rig.keyPath}.short`, { provision: false })).code).toBe('E-JOURNAL-0013');
  });
});
