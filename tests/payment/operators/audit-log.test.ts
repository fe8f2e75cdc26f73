// The audit log's hash chain on a real SQLite file: entries written, closed, then the file edited
// with SQL as someone with the device in hand would — an entry changed, deleted, two swapped, the
// tail cut off, the whole chain rewritten with its hashes recomputed, the head forged — and the
// verifier naming the first sequence number that does not check out.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditDetails, AuditRecord } from '../../../src/payment/audit-entry.js';
import { AuditLog } from '../../../src/payment/audit-log.js';
import { ed25519AuditSeal } from '../../../src/payment/audit-seal.js';
import { ed25519KeyPairFromSeed } from '../../../src/security/index.js';
import { encodeDetails, entryHash } from '../../../src/payment/audit-entry.js';
import { PosError } from '../../../src/errors/index.js';
import { errorOf } from '../../support/pos-error.js';
import { Rig, seal, T0 } from './rig.js';

let rig: Rig;

beforeEach(() => {
  rig = new Rig();
});

afterEach(() => {
  rig.dispose();
});

const voidOf = (n: number): AuditRecord => ({ kind: 'void', operatorId: '0003', approverId: '0002', details: { transaction: `txn-${n}`, amount: BigInt(n * 100), currency: '156' } });

/** Six entries written, the log closed, `sql` run on the file, the log opened again. */
function tamperWith(sql: string): ReturnType<AuditLog['verify']> {
  for (let n = 1; n <= 6; n++) {
    rig.advance(1000);
    rig.audit.append(voidOf(n));
  }
  expect(rig.audit.verify()).toEqual({ kind: 'intact', entries: 6 });
  rig.closeFiles();
  const db = new Database(rig.auditPath);
  db.exec(sql);
  db.close();
  rig.open();
  return rig.audit.verify();
}

describe('audit log', () => {
  it('chains each entry to the one before and hands each to the upload port once written', () => {
    const a = rig.audit.append(voidOf(1));
    rig.advance(5);
    const b = rig.audit.append({ kind: 'settings', operatorId: '0001', approverId: null, details: { setting: 'language', value: 'zh-CN' } });
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(a.prevHash).toEqual(new Uint8Array(32));
    expect(b.prevHash).toEqual(a.hash);
    expect(rig.uploaded.map((e) => [e.seq, e.kind, e.details])).toEqual([
      [1, 'void', { amount: 100n, currency: '156', transaction: 'txn-1' }],
      [2, 'settings', { setting: 'language', value: 'zh-CN' }],
    ]);
    expect(rig.audit.uploadedThrough()).toBe(2);
  });

  it('hashes details the same whatever order their keys were given in', () => {
    expect(encodeDetails({ b: 'y', a: 1n, c: true, d: 2 })).toBe('[["a",4,"1"],["b",1,"y"],["c",3,"true"],["d",2,"2"]]');
    const entry = rig.audit.append({ kind: 'void', operatorId: '0003', approverId: null, details: { b: 'y', a: 'x' } });
    expect(entry.hash).toEqual(entryHash(new Uint8Array(32), 1, T0, 'void', '0003', null, '[["a",1,"x"],["b",1,"y"]]'));
    expect(rig.audit.entriesAfter(0, 1)[0]!.details).toEqual({ a: 'x', b: 'y' });
  });

  it('finds an entry edited in the file', () => {
    const verdict = tamperWith(`UPDATE entries SET details = replace(details, '"400"', '"4"') WHERE seq = 4`);
    expect(verdict).toMatchObject({ kind: 'tampered', firstBadSeq: 4, problem: 'edited' });
  });

  it('finds an entry whose operator was changed', () => {
    expect(tamperWith(`UPDATE entries SET operator_id = '0002' WHERE seq = 2`)).toMatchObject({ firstBadSeq: 2, problem: 'edited' });
  });

  it('finds an entry removed from the middle', () => {
    expect(tamperWith('DELETE FROM entries WHERE seq = 3')).toMatchObject({ kind: 'tampered', firstBadSeq: 3, problem: 'removed' });
  });

  it('finds the first entry removed', () => {
    expect(tamperWith('DELETE FROM entries WHERE seq = 1')).toMatchObject({ firstBadSeq: 1, problem: 'removed' });
  });

  it('finds two entries swapped', () => {
    const verdict = tamperWith(`
      UPDATE entries SET seq = -seq WHERE seq IN (3, 4);
      UPDATE entries SET seq = CASE seq WHEN -3 THEN 4 WHEN -4 THEN 3 END WHERE seq < 0;`);
    expect(verdict).toMatchObject({ kind: 'tampered', firstBadSeq: 3, problem: 'reordered' });
  });

  it('finds the tail cut off, though what is left is a whole chain', () => {
    expect(tamperWith('DELETE FROM entries WHERE seq > 4')).toMatchObject({ kind: 'tampered', firstBadSeq: 5, problem: 'truncated' });
  });

  it('finds a head moved back to match a cut-off tail, since its signature no longer holds', () => {
    const verdict = tamperWith(`
      DELETE FROM entries WHERE seq > 4;
      UPDATE head SET seq = 4, hash = (SELECT hash FROM entries WHERE seq = 4);`);
    expect(verdict).toMatchObject({ kind: 'tampered', firstBadSeq: 5, problem: 'head' });
  });

  it('finds the head deleted', () => {
    expect(tamperWith('DELETE FROM head')).toMatchObject({ kind: 'tampered', firstBadSeq: 7, problem: 'head' });
  });

  it('refuses to append after a head removed by hand, naming the tampering rather than a write failure', () => {
    tamperWith('DELETE FROM head');
    const e = errorOf(() => rig.audit.append(voidOf(7)));
    expect([e.code, e.context.seq, e.context.problem]).toEqual(['E-AUDIT-0006', 1, 'head']);
  });

  it('finds a chain rewritten with every hash recomputed, which no longer ends in the signed head', () => {
    for (let n = 1; n <= 4; n++) rig.audit.append(voidOf(n));
    rig.closeFiles();
    const db = new Database(rig.auditPath);
    db.prepare(`UPDATE entries SET details = ? WHERE seq = 2`).run(JSON.stringify([['amount', 4, '1'], ['currency', 1, '156'], ['transaction', 1, 'txn-2']]));
    let prev = Buffer.alloc(32);
    for (const row of db.prepare('SELECT * FROM entries ORDER BY seq').all() as { seq: number; at: number; kind: string; operator_id: string; approver_id: string; details: string }[]) {
      const hash = Buffer.from(entryHash(prev, row.seq, row.at, row.kind, row.operator_id, row.approver_id, row.details));
      db.prepare('UPDATE entries SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
      prev = hash;
    }
    db.close();
    rig.open();
    expect(rig.audit.verify()).toMatchObject({ kind: 'tampered', firstBadSeq: 1, problem: 'rewritten' });
  });

  it('gives the tampering as E-AUDIT-0006 with the sequence number for the screen', () => {
    const verdict = tamperWith('DELETE FROM entries WHERE seq = 5');
    if (verdict.kind !== 'tampered') throw new Error('expected tampered');
    expect(verdict.error.code).toBe('E-AUDIT-0006');
    expect(verdict.error.context).toEqual({ seq: 5, problem: 'removed' });
    expect(verdict.error.describe('zh-CN').message).toContain('篡改');
  });

  it('does not verify under another device key', () => {
    rig.audit.append(voidOf(1));
    rig.closeFiles();
    const other = ed25519AuditSeal(ed25519KeyPairFromSeed(new Uint8Array(32).fill(1)).secretKey);
    const log = AuditLog.open(rig.auditPath, { seal: other });
    expect(log.verify()).toMatchObject({ kind: 'tampered', problem: 'head' });
    log.close();
    rig.open();
  });

  it('refuses details carrying card data or a secret before writing anything', () => {
    const pan = '4761739001010010'; // Visa test card (Luhn-valid)
    const refused: AuditDetails[] = [{ pan: '476173******0010' }, { note: `card ${pan}` }, { reference: BigInt(pan) }, { password: 'x' }, { PinBlock: '00' }];
    for (const details of refused) {
      expect(errorOf(() => rig.audit.append({ kind: 'refund', operatorId: '0002', approverId: null, details })).code).toBe('E-AUDIT-0005');
    }
    expect(rig.audit.entriesAfter(0, 10)).toEqual([]);
    expect(errorOf(() => rig.audit.append({ kind: 'refund', operatorId: '0002', approverId: null, details: { note: `card ${pan}` } })).message).not.toContain(pan);
  });

  it('carries on when the port refuses an entry, and hands it over again at the next append', () => {
    rig.closeFiles();
    let refuse = true;
    const got: number[] = [];
    const faults: string[] = [];
    const log = AuditLog.open(rig.auditPath, {
      seal,
      upload: {
        uploadAuditEntry: (e) => {
          if (refuse) throw new PosError('E-OUTBOX-0006', { path: 'outbox.db' });
          got.push(e.seq);
        },
      },
      onUploadFault: (e) => void faults.push(e.code),
    });
    expect(log.append(voidOf(1)).seq).toBe(1);
    expect(log.append(voidOf(2)).seq).toBe(2);
    expect([faults, log.uploadedThrough()]).toEqual([['E-OUTBOX-0006', 'E-OUTBOX-0006'], 0]);
    refuse = false;
    log.append(voidOf(3));
    expect(got).toEqual([1, 2, 3]);
    expect(log.uploadedThrough()).toBe(3);
    expect(log.verify()).toEqual({ kind: 'intact', entries: 3 });
    log.close();
    rig.open();
  });

  it('lets a port\'s program error through', () => {
    rig.closeFiles();
    const log = AuditLog.open(rig.auditPath, { seal, upload: { uploadAuditEntry: () => { throw new TypeError('bug'); } } });
    expect(() => log.append(voidOf(1))).toThrow(TypeError);
    log.close();
    rig.open();
  });

  it('keeps entries made without a port and hands them over once one is given', () => {
    rig.closeFiles();
    const quiet = AuditLog.open(rig.auditPath, { seal });
    quiet.append(voidOf(1));
    quiet.append(voidOf(2));
    quiet.close();
    rig.open();
    expect(rig.uploaded.map((e) => e.seq)).toEqual([1, 2]);
    expect(rig.uploaded[1]!.prevHash).toEqual(rig.uploaded[0]!.hash);
  });

  it('refuses the append that does not fit on a full disk with E-AUDIT-0004 and keeps a whole chain of those that returned', () => {
    rig.closeFiles();
    // ulimit -f makes writes past 512 KiB fail with EFBIG, as a full partition fails them with
    // ENOSPC; SIGXFSZ is ignored so the write returns the error instead of killing the process.
    const fill = join(import.meta.dirname, 'audit-full.ts');
    const out = execFileSync('bash', ['-c', `trap '' XFSZ; ulimit -f 512; exec "${process.execPath}" --import tsx "${fill}" "${rig.auditPath}"`], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    const [what, refused, code] = lines.at(-1)!.split(' ');
    expect([what, code]).toEqual(['refused', 'E-AUDIT-0004']);
    const stored = Number(refused) - 1;
    expect(lines.slice(0, -1)).toEqual(Array.from({ length: stored }, (_, n) => `stored ${n + 1}`));
    expect(stored).toBeGreaterThan(10);
    rig.open();
    expect(rig.audit.verify()).toEqual({ kind: 'intact', entries: stored });
    expect(rig.audit.append(voidOf(1)).seq).toBe(stored + 1);
  });
});
