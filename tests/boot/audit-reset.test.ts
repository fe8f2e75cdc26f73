// An audit log started anew or put back while the terminal's outbox still remembers the earlier
// log's acknowledged ids (issue 7), on real files (the outbox and the audit log in SQLite). A
// log whose file was lost is made with a new chain id: its entries go under ids of their own,
// seq 1 again, and are not refused as the earlier log's. A log replaced by an older copy of
// itself (same chain) writes seqs the outbox holds with other bytes: the composition root's port
// says so, E-AUDIT-0007 with the seq, through the log's upload fault (npm start logs it with the
// code); the entry stays in the log and the outbox keeps the earlier message.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditOutboxId, outboxAuditEntries } from '../../src/boot/audit-channel.js';
import { Outbox } from '../../src/channel/outbox.js';
import type { PosError } from '../../src/errors/index.js';
import { AuditLog, type AuditLogOptions } from '../../src/payment/audit-log.js';
import { posrt } from '../../src/protos/index.js';
import { seal } from '../payment/operators/rig.js';

const v1 = posrt.channel.v1;

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0).reverse()) c();
});

const login = (operatorId: string) => ({ kind: 'login', operatorId, approverId: null, details: { role: 'cashier' } }) as const;

function rig() {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-audit-reset-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const outbox = Outbox.open(join(dir, 'outbox.db'));
  cleanup.push(() => outbox.close());
  const faults: PosError[] = [];
  let chains = 0;
  const options: AuditLogOptions = { seal, upload: outboxAuditEntries(outbox), onUploadFault: (e) => faults.push(e), newChainId: () => `chain-${++chains}` };
  return { dir, path: join(dir, 'audit.db'), outbox, faults, options };
}

const removeLog = (path: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

describe('an audit log started anew while the outbox remembers the earlier one', () => {
  it('is a new chain: its entries go under their own ids from seq 1, none refused', () => {
    const r = rig();
    const first = AuditLog.open(r.path, r.options);
    expect(first.chain).toBe('chain-1');
    first.append(login('0001'));
    first.append(login('0002'));
    first.close();
    // Delivered and acknowledged: the outbox remembers both ids for a week.
    expect(r.outbox.acknowledge(r.outbox.take(10).map((m) => m.id))).toBe(2);

    removeLog(r.path);
    const anew = AuditLog.open(r.path, r.options);
    cleanup.push(() => anew.close());
    expect(anew.chain).toBe('chain-2');
    anew.append(login('0003'));
    expect(r.faults).toEqual([]);
    expect(anew.uploadedThrough()).toBe(1);
    const [m] = r.outbox.take(10);
    expect(m!.id).toBe(auditOutboxId(1, 'chain-2'));
    expect(v1.AuditEntryUpload.decode(m!.payload)).toMatchObject({ chain: 'chain-2', operatorId: '0003' });
    expect(Number(v1.AuditEntryUpload.decode(m!.payload).seq)).toBe(1);
  });

  it('keeps the chain id across opens, and a log from before chains keeps chain "" and its ids', () => {
    const r = rig();
    AuditLog.open(r.path, r.options).close();
    const again = AuditLog.open(r.path, r.options);
    expect(again.chain).toBe('chain-1');
    again.close();
    expect(auditOutboxId(3)).toBe('audit-3');
    expect(auditOutboxId(3, '')).toBe('audit-3');
  });

  it('replaced by an older copy of itself, reports E-AUDIT-0007 with the seq instead of the outbox refusing in general terms, keeping the entry for later', () => {
    const r = rig();
    const log = AuditLog.open(r.path, r.options);
    log.append(login('0001'));
    log.close();
    copyFileSync(r.path, join(r.dir, 'older.db'));
    const later = AuditLog.open(r.path, r.options);
    later.append(login('0002'));
    later.close();
    expect(r.outbox.acknowledge(r.outbox.take(10).map((m) => m.id))).toBe(2);

    removeLog(r.path);
    copyFileSync(join(r.dir, 'older.db'), r.path);
    const put = AuditLog.open(r.path, r.options);
    cleanup.push(() => put.close());
    expect(put.chain).toBe('chain-1');
    put.append(login('0003'));
    expect(r.faults.map((e) => [e.code, e.context.seq])).toEqual([['E-AUDIT-0007', 2]]);
    expect(r.faults[0]!.describe('en').fix).toContain('audit-chain-broken');
    // Kept in the log, not handed over; the outbox's message for seq 2 is the earlier one.
    expect(put.uploadedThrough()).toBe(1);
    expect(r.outbox.stats()).toMatchObject({ pending: 0, acknowledged: 2 });
  });
});
