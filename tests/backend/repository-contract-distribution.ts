// The repository contract's cases for what the backend distributes and settles (issue 6):
// parameter sets with one version per kind (repo.parameters), settlements kept once with their
// answer (repo.settlements), authorisations and the reversals matched against them
// (repo.authorisations). Called from repository-contract.ts, so they run on every store.
import { describe, expect, it } from 'vitest';
import type { BackendRepository } from '../../src/backend/repository.js';
import type { StoredReversal } from '../../src/backend/authorisation-store.js';
import { posrt } from '../../src/protos/index.js';

const K = posrt.channel.v1.ParameterKind;

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

const authorisation = (transactionId: string, serial: string, amountMinor: bigint, answeredAt = 1) => ({
  transactionId,
  serial,
  stan: 7,
  amountMinor,
  currency: '156',
  maskedPan: '476173******0119',
  outcome: 'approved' as const,
  arc: '00',
  answeredAt,
});

const reversal = (reversalId: string, serial: string, original: string, match: StoredReversal['match'], receivedAt = 2): StoredReversal => ({
  reversalId,
  serial,
  originalTransactionId: original,
  reason: 'REVERSAL_REASON_TIMEOUT',
  amountMinor: 100n,
  currency: '156',
  match,
  code: match === 'reversed' ? '' : 'E-BACKEND-0201',
  receivedAt,
});

export function defineDistributionContract(repoWith: (...serials: string[]) => Promise<BackendRepository>): void {
  describe('parameter sets (repo.parameters)', () => {
    it('raises a kind’s version only when its content changes, and gives the content back with it', async () => {
      const repo = await repoWith();
      expect(await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_AID_TABLE, [{ scope: '', body: bytes(1, 2) }], 1)).toEqual({ changed: true, version: 1n });
      expect(await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_AID_TABLE, [{ scope: '', body: bytes(1, 2) }], 2)).toEqual({ changed: false, version: 1n });
      expect(await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_AID_TABLE, [{ scope: '', body: bytes(1, 3) }], 3)).toEqual({ changed: true, version: 2n });
      expect(await repo.parameters.parameterContent(K.PARAMETER_KIND_AID_TABLE, '')).toEqual({ kind: K.PARAMETER_KIND_AID_TABLE, scope: '', body: bytes(1, 3), version: 2n });
      expect(await repo.parameters.parameterContent(K.PARAMETER_KIND_CA_KEYS, '')).toBeUndefined();
      expect([...(await repo.parameters.parameterVersions())]).toEqual([[K.PARAMETER_KIND_AID_TABLE, 2n]]);
    });

    it('keeps merchant data per merchant and replaces the kind whole: a merchant left out is gone', async () => {
      const repo = await repoWith();
      const a = { scope: '000000000000001', body: bytes(0xa) };
      const b = { scope: '000000000000002', body: bytes(0xb) };
      await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_MERCHANT, [b, a], 1);
      // The same merchants in another order are the same content.
      expect(await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_MERCHANT, [a, b], 2)).toEqual({ changed: false, version: 1n });
      expect((await repo.parameters.parameterContent(K.PARAMETER_KIND_MERCHANT, b.scope))?.body).toEqual(bytes(0xb));
      expect(await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_MERCHANT, [a], 3)).toEqual({ changed: true, version: 2n });
      expect(await repo.parameters.parameterContent(K.PARAMETER_KIND_MERCHANT, b.scope)).toBeUndefined();
    });

    it('moves a terminal to another merchant once, raising the terminal and merchant versions with it', async () => {
      const repo = await repoWith('SN-M');
      await repo.parameters.replaceParameterContent(K.PARAMETER_KIND_TERMINAL, [{ scope: '', body: bytes(1) }], 1);
      expect(await repo.parameters.assignMerchant('SN-NOBODY', '000000000000002', 2)).toBe('unknown-terminal');
      expect(await repo.parameters.assignMerchant('SN-M', '000000000000001', 2)).toBe('unchanged');
      expect(await repo.parameters.assignMerchant('SN-M', '000000000000002', 2)).toBe('moved');
      expect((await repo.terminal('SN-M'))?.merchantId).toBe('000000000000002');
      expect([...(await repo.parameters.parameterVersions())]).toEqual([
        [K.PARAMETER_KIND_TERMINAL, 2n],
        [K.PARAMETER_KIND_MERCHANT, 1n],
      ]);
      expect(await repo.parameters.assignMerchant('SN-M', '000000000000002', 3)).toBe('unchanged');
    });
  });

  describe('settlements (repo.settlements)', () => {
    it('lists one terminal’s uploads of one batch in arrival order, nothing of other batches or terminals', async () => {
      const repo = await repoWith('SN-A', 'SN-B');
      const row = (id: string, serial: string, batchNumber: number, receivedAt: number) => ({ transactionId: id, serial, batchNumber, status: 'TRANSACTION_STATUS_APPROVED', amountMinor: 100n, currency: '156', scheme: 'visa', maskedPan: '476173******0119', approverId: null, record: bytes(1), receivedAt });
      for (const t of [row('t-2', 'SN-A', 1, 20), row('t-1', 'SN-A', 1, 10), row('t-3', 'SN-A', 2, 5), row('t-4', 'SN-B', 1, 1)]) await repo.storeTransaction(t);
      expect((await repo.settlements.batchTransactions('SN-A', 1)).map((t) => [t.transactionId, t.amountMinor])).toEqual([
        ['t-1', 100n],
        ['t-2', 100n],
      ]);
    });

    it('keeps a settlement once per terminal and id with its answer; the newest first in the listing', async () => {
      const repo = await repoWith('SN-A', 'SN-B');
      const s = (id: string, serial: string, receivedAt: number, balanced: boolean) => ({ settlementId: id, serial, batchNumber: 3, balanced, request: bytes(1), result: bytes(2, receivedAt), receivedAt });
      expect(await repo.settlements.storeSettlement(s('set-1', 'SN-A', 10, true))).toBe('stored');
      expect(await repo.settlements.storeSettlement(s('set-1', 'SN-A', 11, false))).toBe('duplicate');
      // Another terminal's settlement with the same id is its own.
      expect(await repo.settlements.storeSettlement(s('set-1', 'SN-B', 12, false))).toBe('stored');
      expect(await repo.settlements.storeSettlement(s('set-2', 'SN-A', 20, false))).toBe('stored');
      expect(await repo.settlements.settlement('SN-A', 'set-1')).toEqual(s('set-1', 'SN-A', 10, true));
      expect(await repo.settlements.settlement('SN-A', 'set-9')).toBeUndefined();
      expect((await repo.settlements.recentSettlements('SN-A', 5)).map((x) => [x.settlementId, x.balanced])).toEqual([
        ['set-2', false],
        ['set-1', true],
      ]);
    });
  });

  describe('authorisations and reversals (repo.authorisations)', () => {
    it('keeps an authorisation’s answer, replaced by a later answer for the same id until it is reversed', async () => {
      const repo = await repoWith('SN-A');
      await repo.authorisations.storeAuthorisation(authorisation('txn-1', 'SN-A', 100n));
      await repo.authorisations.storeAuthorisation(authorisation('txn-1', 'SN-A', 150n, 2));
      expect(await repo.authorisations.authorisation('SN-A', 'txn-1')).toEqual({ ...authorisation('txn-1', 'SN-A', 150n, 2), reversedBy: null });
      expect(await repo.authorisations.authorisation('SN-B', 'txn-1')).toBeUndefined();
      expect(await repo.authorisations.storeReversal(reversal('rev-1', 'SN-A', 'txn-1', 'reversed'))).toBe('stored');
      await repo.authorisations.storeAuthorisation(authorisation('txn-1', 'SN-A', 999n, 3));
      expect(await repo.authorisations.authorisation('SN-A', 'txn-1')).toEqual({ ...authorisation('txn-1', 'SN-A', 150n, 2), reversedBy: 'rev-1' });
    });

    it('keeps a reversal once by id; only a reversed match marks its original', async () => {
      const repo = await repoWith('SN-A');
      await repo.authorisations.storeAuthorisation(authorisation('txn-1', 'SN-A', 100n));
      await repo.authorisations.storeAuthorisation(authorisation('txn-2', 'SN-A', 100n));
      expect(await repo.authorisations.storeReversal(reversal('rev-x', 'SN-A', 'txn-2', 'amount-mismatch', 1))).toBe('stored');
      expect((await repo.authorisations.authorisation('SN-A', 'txn-2'))?.reversedBy).toBeNull();
      expect(await repo.authorisations.storeReversal(reversal('rev-1', 'SN-A', 'txn-1', 'reversed', 2))).toBe('stored');
      expect(await repo.authorisations.storeReversal(reversal('rev-1', 'SN-A', 'txn-2', 'reversed', 3))).toBe('duplicate');
      expect((await repo.authorisations.authorisation('SN-A', 'txn-2'))?.reversedBy).toBeNull();
      expect(await repo.authorisations.reversal('SN-A', 'rev-1')).toEqual(reversal('rev-1', 'SN-A', 'txn-1', 'reversed', 2));
      expect((await repo.authorisations.recentReversals('SN-A', 5)).map((r) => [r.reversalId, r.match])).toEqual([
        ['rev-1', 'reversed'],
        ['rev-x', 'amount-mismatch'],
      ]);
    });
  });
}
