// The audit log and the operator's mismatch report reach the operations centre (issue 7): the
// terminal's AuditLog and Journal through the composition root's ports, the real durable outbox
// and the session client, to `pos backend` as a process over real gRPC. The backend keeps each
// audit entry once per seq and checks the chain as it arrives; an entry edited or removed on the
// terminal, or an upload that is not the terminal's (a raw session), opens audit-chain-broken,
// shown on the operations-centre page with the entries; entries waiting in the outbox of a
// terminal killed with SIGKILL go when it starts again; a log started anew after its file was lost
// is a new chain, kept after the earlier one and raising audit-log-reset, not audit-chain-broken.
// A report of a settlement out of balance is kept once by its id and shown with the batch's
// reconciliation.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditOutboxId, outboxAuditEntries } from '../../src/boot/audit-channel.js';
import { outboxJournalMessages, reconciliationResultOf } from '../../src/boot/journal-channel.js';
import { Outbox } from '../../src/channel/outbox.js';
import { AuditLog } from '../../src/payment/audit-log.js';
import type { AuditRecord } from '../../src/payment/audit-entry.js';
import { Journal, loadJournalKey } from '../../src/payment/journal/index.js';
import { posrt, toLong } from '../../src/protos/index.js';
import { encodeDetails, entryHash, GENESIS_HASH } from '../../src/security/index.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig, type BackendProcess, type Terminal } from '../support/backend-process.js';
import { killStartedChildren, startChild } from '../support/crash-child.js';
import { openRawSession } from '../support/raw-session.js';
import { seal } from '../payment/operators/rig.js';
import { arqcSent, contactCard, hostApproval, tcFromCard } from '../payment/journal/rig.js';

const v1 = posrt.channel.v1;

const CRASH_CHILD = join(import.meta.dirname, 'audit-crash-child.ts');

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  killStartedChildren();
  for (const c of cleanup.splice(0).reverse()) await c();
});

interface Rig {
  readonly dir: string;
  readonly db: string;
  readonly b: BackendProcess;
  readonly address: string;
  readonly t: Terminal;
}

async function rig(serial: string): Promise<Rig> {
  const dir = tempDir('posrt-audit-channel-');
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'backend.db');
  const b = await startBackend({ db, tokens: ['tok'], config: writeBackendConfig(dir), extra: ['--http-port', '0'] });
  cleanup.push(() => b.kill());
  const address = `127.0.0.1:${b.port}`;
  const t = makeTerminal(dir, serial);
  cleanup.push(() => t.outbox.close());
  await enrol(t, address, 'tok');
  return { dir, db, b, address, t };
}

/** Starts a session client on the terminal's outbox and waits until the outbox is empty. */
async function deliver(r: Rig, outbox: Outbox = r.t.outbox): Promise<void> {
  const client = r.t.client(r.address, { outbox });
  client.start();
  try {
    await until('the outbox is delivered', () => outbox.stats().pending + outbox.stats().inFlight === 0);
  } finally {
    client.stop();
  }
}

const login = (operatorId: string, extra: AuditRecord['details'] = {}): AuditRecord => ({ kind: 'login', operatorId, approverId: null, details: { role: 'cashier', ...extra } });

const stored = (db: string, serial: string) => readStore<{ seq: number; kind: string; operator_id: string; verdict: string }>(db, `SELECT seq, kind, operator_id, verdict FROM audit_entries WHERE serial = '${serial}' ORDER BY seq`);
const openAlerts = (db: string, serial: string) => readStore<{ kind: string }>(db, `SELECT kind FROM alerts WHERE serial = '${serial}' AND cleared_at IS NULL`).map((a) => a.kind);
const page = async (r: Rig, serial: string, lang = 'en') => (await fetch(`http://127.0.0.1:${r.b.httpPort}/terminals/${serial}?lang=${lang}`)).text();

describe('the audit log uploaded', () => {
  it('uploads entries in order with every kind of detail, each stored once across a lost acknowledgement and a reconnect, the chain linked', async () => {
    const r = await rig('SN-AUDIT');
    const path = join(r.dir, 'audit.db');
    let audit = AuditLog.open(path, { seal, upload: outboxAuditEntries(r.t.outbox) });
    audit.append(login('0003', { attempts: 2, amount: 12_345n, supervisor: true, ratio: 0.25 }));
    audit.append({ kind: 'refund', operatorId: '0003', approverId: '0002', details: { transaction: 'tx-1', amount: 500n } });
    // Sent once, its acknowledgement lost: the backend has both, the terminal's outbox still has
    // them in flight, and a restart offers them again.
    const raw = await openRawSession(r.address, r.t.identity, 'SN-AUDIT');
    for (const m of r.t.outbox.take(10)) await raw.request({ auditEntryUpload: v1.AuditEntryUpload.decode(m.payload) }, 'ackOnly');
    raw.close();
    audit.close();
    r.t.outbox.close();
    const outbox = Outbox.open(join(r.dir, 'outbox-SN-AUDIT.db'));
    cleanup.push(() => outbox.close());
    expect(outbox.stats().pending).toBe(2);
    audit = AuditLog.open(path, { seal, upload: outboxAuditEntries(outbox) });
    cleanup.push(() => audit.close());
    audit.append({ kind: 'logout', operatorId: '0003', approverId: null, details: {} });
    await deliver(r, outbox);
    expect(stored(r.db, 'SN-AUDIT')).toEqual([
      { seq: 1, kind: 'login', operator_id: '0003', verdict: 'linked' },
      { seq: 2, kind: 'refund', operator_id: '0003', verdict: 'linked' },
      { seq: 3, kind: 'logout', operator_id: '0003', verdict: 'linked' },
    ]);
    expect(openAlerts(r.db, 'SN-AUDIT')).toEqual([]);
    // The details as hashed, so the backend recomputed the same hash from the wire's oneofs.
    expect(readStore<{ details: string }>(r.db, `SELECT details FROM audit_entries WHERE seq = 1`)[0]!.details).toBe(encodeDetails({ attempts: 2, amount: 12_345n, supervisor: true, ratio: 0.25, role: 'cashier' }));
    const html = await page(r, 'SN-AUDIT');
    expect(html).toContain('<table id="audit-entries">');
    expect(html).toContain('amount=12345, attempts=2, ratio=0.25, role=cashier, supervisor=true');
    expect(html.match(/data-verdict="linked"/g)).toHaveLength(3);
  });

  it('keeps a log started anew (audit.db lost) as a new chain after the earlier one: linked, audit-log-reset raised, not audit-chain-broken', async () => {
    const r = await rig('SN-RESET');
    const path = join(r.dir, 'audit.db');
    const first = AuditLog.open(path, { seal, upload: outboxAuditEntries(r.t.outbox) });
    first.append(login('0001'));
    first.append(login('0002'));
    first.close();
    await deliver(r);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const anew = AuditLog.open(path, { seal, upload: outboxAuditEntries(r.t.outbox) });
    cleanup.push(() => anew.close());
    anew.append(login('0003'));
    anew.append({ kind: 'logout', operatorId: '0003', approverId: null, details: {} });
    await deliver(r);
    expect(stored(r.db, 'SN-RESET').map((e) => [e.seq, e.operator_id, e.verdict])).toEqual([
      [1, '0001', 'linked'],
      [2, '0002', 'linked'],
      [3, '0003', 'linked'],
      [4, '0003', 'linked'],
    ]);
    expect(openAlerts(r.db, 'SN-RESET')).toEqual(['audit-log-reset']);
    expect(await page(r, 'SN-RESET')).toContain('Audit log started anew on the terminal');
  });

  it('keeps entries pending in the outbox of a terminal killed with SIGKILL, and sends them when it starts again', async () => {
    const r = await rig('SN-RESTART');
    const outboxPath = join(r.dir, 'outbox-SN-RESTART.db');
    const auditPath = join(r.dir, 'audit.db');
    r.t.outbox.close();
    const run = startChild(CRASH_CHILD, [outboxPath, auditPath, '0001', '0002', '0003']);
    await run.ready;
    expect((await run.exited).signal).toBe('SIGKILL');
    // Started again: the files as the kill left them, nothing handed over twice, three waiting.
    const outbox = Outbox.open(outboxPath);
    cleanup.push(() => outbox.close());
    const audit = AuditLog.open(auditPath, { seal, upload: outboxAuditEntries(outbox) });
    cleanup.push(() => audit.close());
    expect(audit.uploadedThrough()).toBe(3);
    expect(outbox.take(10).map((m) => [m.kind, m.id])).toEqual([1, 2, 3].map((seq) => ['audit-entry', auditOutboxId(seq, audit.chain)]));
    outbox.returnInFlight();
    await deliver(r, outbox);
    expect(stored(r.db, 'SN-RESTART').map((e) => [e.seq, e.operator_id, e.verdict])).toEqual([
      [1, '0001', 'linked'],
      [2, '0002', 'linked'],
      [3, '0003', 'linked'],
    ]);
  });

  it('raises audit-chain-broken for an entry edited on the terminal before it was sent, and for one removed', async () => {
    const r = await rig('SN-EDIT');
    const path = join(r.dir, 'audit.db');
    // Written while nothing uploads, then changed in the file by someone with the device in hand.
    const offline = AuditLog.open(path, { seal });
    for (const id of ['0001', '0002', '0003', '0001', '0002']) offline.append(login(id));
    offline.close();
    const file = new Database(path);
    file.prepare(`UPDATE entries SET operator_id = '0009' WHERE seq = 2`).run();
    file.prepare('DELETE FROM entries WHERE seq = 4').run();
    file.close();
    const audit = AuditLog.open(path, { seal, upload: outboxAuditEntries(r.t.outbox) });
    cleanup.push(() => audit.close());
    await deliver(r);
    expect(stored(r.db, 'SN-EDIT').map((e) => [e.seq, e.operator_id, e.verdict])).toEqual([
      [1, '0001', 'linked'],
      [2, '0009', 'hash-differs'],
      [3, '0003', 'linked'],
      [5, '0002', 'seq-not-next'],
    ]);
    expect(openAlerts(r.db, 'SN-EDIT')).toEqual(['audit-chain-broken']);
    const en = await page(r, 'SN-EDIT');
    expect(en).toContain('Audit log chain broken');
    expect(en).toContain('data-seq="2" data-verdict="hash-differs"');
    expect(await page(r, 'SN-EDIT', 'zh-CN')).toContain('审计日志哈希链断裂');
  });

  it('raises audit-chain-broken for a forged upload over a raw session, and for a kept entry sent again changed', async () => {
    const r = await rig('SN-FORGE');
    const raw = await openRawSession(r.address, r.t.identity, 'SN-FORGE');
    cleanup.push(() => raw.close());
    const entry = (seq: number, prevHash: Uint8Array, operatorId: string, hash?: Uint8Array): posrt.channel.v1.IAuditEntryUpload => ({
      seq: toLong(BigInt(seq), true),
      atMs: toLong(1_764_000_000_000n),
      kind: 'login',
      operatorId,
      details: [{ key: 'role', text: 'cashier' }],
      prevHash,
      hash: hash ?? entryHash(prevHash, seq, 1_764_000_000_000, 'login', operatorId, null, encodeDetails({ role: 'cashier' })),
    });
    const first = entry(1, GENESIS_HASH, '0003');
    await raw.request({ auditEntryUpload: first }, 'ackOnly');
    // The same entry again: a duplicate, no alert.
    await raw.request({ auditEntryUpload: first }, 'ackOnly');
    expect(openAlerts(r.db, 'SN-FORGE')).toEqual([]);
    // Seq 1 again with another operator and its own right hash: the kept entry changed.
    await raw.request({ auditEntryUpload: entry(1, GENESIS_HASH, '0001') }, 'ackOnly');
    expect(openAlerts(r.db, 'SN-FORGE')).toEqual(['audit-chain-broken']);
    expect(stored(r.db, 'SN-FORGE').map((e) => e.operator_id)).toEqual(['0003']);
    // The next seq naming a previous hash that is not the kept one's: kept, marked.
    await raw.request({ auditEntryUpload: entry(2, new Uint8Array(32).fill(7), '0003') }, 'ackOnly');
    expect(stored(r.db, 'SN-FORGE').map((e) => e.verdict)).toEqual(['linked', 'prev-hash-differs']);
    await expect(raw.request({ auditEntryUpload: entry(0, GENESIS_HASH, '0003') }, 'ackOnly')).rejects.toThrow('refused: E-BACKEND-0012');
  });
});

describe('the mismatch report uploaded', () => {
  it('sends the operator-seen report of a settlement out of balance, kept once by its id and shown with the batch', async () => {
    const r = await rig('SN-MISMATCH');
    const outbox = r.t.outbox;
    const journal = Journal.open(join(r.dir, 'journal.db'), loadJournalKey(join(r.dir, 'keys', 'journal.key'), { provision: true }), outboxJournalMessages(outbox), { now: () => 1_764_000_000_000 });
    cleanup.push(() => journal.close());
    const { id } = journal.begin({ type: 'sale', amount: 4_900n, currency: '156', operatorId: '0003' });
    journal.step(id, contactCard);
    journal.step(id, arqcSent);
    journal.step(id, hostApproval);
    journal.step(id, tcFromCard);
    // Its upload never reaches the backend: the batch is out of balance there.
    outbox.acknowledge(outbox.take(10).map((m) => m.id));
    const z = journal.closeBatch('0003');
    const results: posrt.channel.v1.ReconciliationResult[] = [];
    const client = r.t.client(r.address, { onReconciliation: (x) => results.push(x) });
    client.start();
    cleanup.push(() => client.stop());
    await until('the reconciliation', () => results.length === 1);
    expect(v1.ReconciliationStatus[results[0]!.status]).toBe('RECONCILIATION_STATUS_OUT_OF_BALANCE');
    // Shown to the supervisor signed in when it arrived.
    journal.reconcile(reconciliationResultOf(results[0]!), '0002');
    client.kick();
    await until('the report is delivered', () => outbox.stats().pending + outbox.stats().inFlight === 0);
    const kept = () => readStore<{ id: string; body: Buffer }>(r.db, `SELECT id, body FROM received WHERE kind = 'mismatch-report' AND serial = 'SN-MISMATCH'`);
    await until('the report is kept', () => kept().length === 1);
    const report = v1.MismatchReport.decode(kept()[0]!.body);
    expect(report).toMatchObject({ settlementId: z.settlementId, batchNumber: 1, operatorId: '0002' });
    expect(Number(report.seenAtMs)).toBe(1_764_000_000_000);
    expect(report.mismatches.map((m) => [v1.MismatchKind[m.kind ?? 0], m.transactionId])).toEqual([['MISMATCH_KIND_MISSING_AT_BACKEND', id]]);
    // Delivered again (an acknowledgement lost): kept once.
    const raw = await openRawSession(r.address, r.t.identity, 'SN-MISMATCH');
    cleanup.push(() => raw.close());
    await raw.request({ mismatchReport: report }, 'ackOnly');
    expect(kept()).toHaveLength(1);
    const html = await page(r, 'SN-MISMATCH');
    const section = html.slice(html.indexOf(`data-settlement="${z.settlementId}"`));
    expect(section).toContain(`<tr data-report="${report.reportId}"><td>0002</td><td>2025-11-24 16:00:00 UTC</td>`);
  });
});
