// The repository contract's cases for the terminals' audit logs (repo.audit, issue 7): each
// entry kept once per terminal and seq, whatever arrives again or at once, and read back as
// kept. Called from repository-contract.ts, so they run on every store.
import { describe, expect, it } from 'vitest';
import type { AuditChainVerdict, StoredAuditEntry } from '../../src/backend/audit-store.js';
import type { BackendRepository } from '../../src/backend/repository.js';

const entry = (serial: string, seq: number, fill: number, verdict: AuditChainVerdict = 'linked'): StoredAuditEntry => ({
  serial,
  seq,
  at: 1_764_000_000_000 + seq,
  kind: 'login',
  operatorId: '0003',
  approverId: '',
  details: '[["role","1","cashier"]]',
  prevHash: new Uint8Array(32).fill(fill - 1),
  hash: new Uint8Array(32).fill(fill),
  verdict,
  receivedAt: 10 + seq,
});

export function defineAuditContract(repoWith: (...serials: string[]) => Promise<BackendRepository>): void {
  describe('audit entries (repo.audit)', () => {
    it('keeps an entry once per terminal and seq: the same seq again changes nothing, another terminal’s is its own', async () => {
      const repo = await repoWith('T-A', 'T-B');
      expect(await repo.audit.storeAuditEntry(entry('T-A', 1, 1))).toBe('stored');
      expect(await repo.audit.storeAuditEntry({ ...entry('T-A', 1, 9), verdict: 'hash-differs' })).toBe('duplicate');
      expect(await repo.audit.storeAuditEntry(entry('T-B', 1, 5))).toBe('stored');
      expect(await repo.audit.auditEntry('T-A', 1)).toEqual(entry('T-A', 1, 1));
      expect(await repo.audit.auditEntry('T-A', 2)).toBeUndefined();
    });

    it('keeps where each chain of a terminal starts, the first base given kept', async () => {
      const repo = await repoWith('T-A', 'T-B');
      expect(await repo.audit.auditChainBase('T-A', 'c-1')).toBeUndefined();
      await repo.audit.startAuditChain('T-A', 'c-1', 0, 5);
      await repo.audit.startAuditChain('T-A', 'c-2', 7, 6);
      await repo.audit.startAuditChain('T-A', 'c-2', 9, 7);
      expect([await repo.audit.auditChainBase('T-A', 'c-1'), await repo.audit.auditChainBase('T-A', 'c-2'), await repo.audit.auditChainBase('T-B', 'c-2')]).toEqual([0, 7, undefined]);
    });

    it('keeps an entry delivered twice at once once', async () => {
      const repo = await repoWith('T-A');
      const outcomes = await Promise.all([repo.audit.storeAuditEntry(entry('T-A', 1, 1)), repo.audit.storeAuditEntry(entry('T-A', 1, 1))]);
      expect(outcomes.sort()).toEqual(['duplicate', 'stored']);
    });

    it('gives the entry with the highest seq as the last, and the highest first up to the limit, with their verdicts', async () => {
      const repo = await repoWith('T-A', 'T-B');
      expect(await repo.audit.lastAuditEntry('T-A')).toBeUndefined();
      for (const seq of [1, 2, 10, 3]) await repo.audit.storeAuditEntry(entry('T-A', seq, seq, seq === 10 ? 'seq-not-next' : 'linked'));
      await repo.audit.storeAuditEntry(entry('T-B', 50, 50));
      expect((await repo.audit.lastAuditEntry('T-A'))?.seq).toBe(10);
      const recent = await repo.audit.recentAuditEntries('T-A', 3);
      expect(recent.map((e) => [e.seq, e.verdict])).toEqual([[10, 'seq-not-next'], [3, 'linked'], [2, 'linked']]);
      expect(Buffer.from(recent[0]!.hash)).toEqual(Buffer.alloc(32, 10));
    });
  });
}
