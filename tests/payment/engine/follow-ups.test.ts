// Refunds, voids and pre-authorisations through the engine with real parts (rig.ts, host.ts):
// the supervisor's approval on the spot through the real OperatorSession (0003 cashier, 0002
// supervisor), the original found in the real journal by its reference or voucher number, the
// same card presented again, both operators stamped.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readStore, until } from '../../support/backend-process.js';
import { startHost, type Host } from './host.js';
import { engineRig, type EngineRig } from './rig.js';

let host: Host;
let rig: EngineRig;

beforeAll(async () => {
  host = await startHost('SN-ENGINE-FOLLOW');
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

afterEach(async () => {
  await rig?.close();
});

async function approvedSale(r: EngineRig, amount = 20_000n) {
  r.insert('unionpay');
  const sale = await r.engine.sale({ amount });
  if (sale.kind !== 'approved') throw new Error(`the sale ended ${sale.kind}`);
  return sale.transaction;
}

describe('refunds, voids and pre-authorisations', () => {
  it('a cashier\'s refund is refused without a supervisor (E-TXN-0008, nothing journaled) and goes ahead with 0002\'s approval, stamped with both', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    const sale = await approvedSale(rig);
    const before = rig.journal.query({}).length;
    rig.supervisor = null;
    const refused = await rig.engine.refund({ amount: 5_000n, original: { trace: sale.stan } });
    expect(refused).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0008' } });
    expect(rig.asked).toEqual(['refund']);
    expect(rig.journal.query({})).toHaveLength(before);

    rig.supervisor = { approverId: '0002', password: 'wrong' };
    expect(await rig.engine.refund({ amount: 5_000n, original: { trace: sale.stan } })).toMatchObject({ kind: 'refused', error: { code: 'E-OPER-0005' } });

    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    const refund = await rig.engine.refund({ amount: 5_000n, original: { trace: sale.stan } });
    expect(refund.kind).not.toBe('refused');
    if (refund.kind === 'refused') return;
    expect(refund.stamp).toEqual({ operatorId: '0003', approverId: '0002' });
    expect(refund.transaction.type).toBe('refund');
    expect(refund.transaction.originalId).toBe(sale.id);
    expect(refund.transaction.operatorId).toBe('0003');
    // The supervisor who approved on the spot is on the journal's row too, not only in the audit log.
    expect(rig.journal.get(refund.transaction.id).approverId).toBe('0002');
    // The card asks to go online for the refund (9C 20, sent as the contract's REFUND), the issuer
    // approves it and the card closes it with a TC.
    expect(refund.kind).toBe('approved');
    expect(refund.transaction).toMatchObject({ phase: { kind: 'approved' }, decision: 'online', amount: 5_000n });
    expect(refund.transaction.emv.cryptogram?.type).toBe('TC');
    // The approval is in the tamper-evident audit log with both operators.
    expect(rig.operators.uploaded.filter((e) => e.kind === 'approval').map((e) => [e.operatorId, e.approverId, e.details['action']])).toContainEqual(['0003', '0002', 'refund']);
  });

  it('a refund finds its original by the card presented (the journal matches its keyed PAN hash) and refers to it; another card finds none', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    const sale = await approvedSale(rig, 30_000n);
    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    const refund = await rig.engine.refund({ amount: 10_000n, original: 'by-card' });
    expect(refund).toMatchObject({ kind: 'approved', transaction: { type: 'refund', originalId: sale.id }, stamp: { approverId: '0002' } });
    rig.contact.remove();
    rig.insert('visa');
    expect(await rig.engine.refund({ amount: 10_000n, original: 'by-card' })).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0007', context: { original: 'by-card', scheme: 'visa' } } });
  });

  it('a refund naming no sale of this terminal is refused with E-TXN-0007 before anyone is asked', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    expect(await rig.engine.refund({ amount: 100n, original: { reference: 'NO-SUCH-RRN' } })).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0007' } });
    expect(rig.asked).toEqual([]);
  });

  it('a void of a sale in the open batch, approved by the supervisor and with the same card, voids the original and is uploaded; another card is refused', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    const sale = await approvedSale(rig);
    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    rig.contact.remove();
    rig.insert('visa');
    const wrongCard = await rig.engine.void({ original: { trace: sale.stan } });
    expect(wrongCard.kind).toBe('failed');
    expect(rig.journal.get(sale.id).phase.kind).toBe('approved');

    rig.contact.remove();
    rig.insert('unionpay');
    const voided = await rig.engine.void({ original: { trace: sale.stan } });
    expect(voided.kind).toBe('approved');
    if (voided.kind !== 'approved') return;
    expect(voided.stamp).toEqual({ operatorId: '0003', approverId: '0002' });
    expect(voided.transaction).toMatchObject({ type: 'void', amount: 20_000n, originalId: sale.id, operatorId: '0003', approverId: '0002' });
    expect(rig.journal.get(sale.id).approverId).toBeUndefined();
    expect(rig.journal.get(sale.id).phase).toEqual({ kind: 'voided', by: voided.transaction.id });
    await until('the void reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${voided.transaction.id}'`).length === 1);
    // A voided sale cannot be voided again.
    expect(await rig.engine.void({ original: { trace: sale.stan } })).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0007' } });
  });

  it('a pre-authorisation is cancelled with the same card and a supervisor, and cannot then be completed', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    rig.insert('unionpay');
    const pre = await rig.engine.preAuth({ amount: 10_000n });
    if (pre.kind !== 'approved') throw new Error(`the pre-auth ended ${pre.kind}`);
    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    const cancel = await rig.engine.cancelPreAuth({ original: { trace: pre.transaction.stan } });
    expect(cancel).toMatchObject({ kind: 'approved', stamp: { operatorId: '0003', approverId: '0002' }, transaction: { type: 'pre-auth-cancel', amount: 10_000n } });
    expect(rig.asked).toEqual(['void']);
    expect(rig.journal.get(pre.transaction.id).phase.kind).toBe('voided');
    expect(await rig.engine.completion({ original: { trace: pre.transaction.stan }, amount: 5_000n })).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0007' } });
  });

  it('a pre-authorisation approved online is completed for less with the same card and captured', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    rig.insert('unionpay');
    const pre = await rig.engine.preAuth({ amount: 30_000n });
    expect(pre.kind).toBe('approved');
    if (pre.kind !== 'approved') return;
    expect(pre.transaction).toMatchObject({ type: 'pre-auth', decision: 'online' });
    expect(await rig.engine.completion({ original: { trace: pre.transaction.stan }, amount: 40_000n })).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0007' } });
    const done = await rig.engine.completion({ original: { trace: pre.transaction.stan }, amount: 25_000n });
    expect(done.kind).toBe('approved');
    if (done.kind !== 'approved') return;
    expect(done.transaction).toMatchObject({ type: 'pre-auth-completion', amount: 25_000n, originalId: pre.transaction.id });
    expect(rig.journal.get(pre.transaction.id).phase).toEqual({ kind: 'captured', by: done.transaction.id });
    expect(done.receipts?.merchant.kind).toBe('printed');
  });
});
