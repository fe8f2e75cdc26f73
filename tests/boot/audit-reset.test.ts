// An audit log started anew (audit.db deleted) while the terminal's outbox still remembers the
// earlier log's acknowledged `audit-<seq>` ids (issue 7): the new log's first entry reuses seq 1
// with other bytes, which the outbox refuses. The composition root's port says what that is,
// E-AUDIT-0007 with the seq, through the log's upload fault (npm start logs it with the code);
// the entry stays in the new log, the outbox keeps the earlier message as it was. Real files:
// the outbox and the audit log in SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxAuditEntries } from '../../src/boot/audit-channel.js';
import { Outbox } from '../../src/channel/outbox.js';
import type { PosError } from '../../src/errors/index.js';
import { AuditLog } from '../../src/payment/audit-log.js';
import { seal } from '../payment/operators/rig.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0).reverse()) c();
});

const login = (operatorId: string) => ({ kind: 'login', operatorId, approverId: null, details: { role: 'cashier' } }) as const;

describe('an audit log started anew while the outbox remembers the earlier one', () => {
  it('reports E-AUDIT-0007 with the seq instead of the outbox refusing in general terms, keeping the entry for later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-audit-reset-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const outbox = Outbox.open(join(dir, 'outbox.db'));
    cleanup.push(() => outbox.close());
    const path = join(dir, 'audit.db');
    const faults: PosError[] = [];
    const options = { seal, upload: outboxAuditEntries(outbox), onUploadFault: (e: PosError) => faults.push(e) };

    const first = AuditLog.open(path, options);
    first.append(login('0001'));
    first.append(login('0002'));
    first.close();
    // Delivered and acknowledged: the outbox remembers both ids for a week.
    expect(outbox.acknowledge(outbox.take(10).map((m) => m.id))).toBe(2);
    expect(faults).toEqual([]);

    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const anew = AuditLog.open(path, options);
    cleanup.push(() => anew.close());
    anew.append(login('0003'));
    expect(faults.map((e) => [e.code, e.context.seq])).toEqual([['E-AUDIT-0007', 1]]);
    expect(faults[0]!.describe('en').fix).toContain('audit-chain-broken');
    // Kept in the new log, not handed over; the outbox's message for seq 1 is the earlier one.
    expect(anew.uploadedThrough()).toBe(0);
    expect(outbox.stats()).toMatchObject({ pending: 0, acknowledged: 2 });
  });
});
