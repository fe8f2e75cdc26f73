// A refund of a QR sale through the engine goes back to the wallet that paid it, not to a card:
// the sale is a merchant-presented code paid by WeChat Pay at pos backend's wallet simulator (a
// process, over the session client: host.ts), the refund a QR_PAYMENT_KIND_REFUND naming the
// sale's id and host reference through payment's QrHostPort (src/boot/qr-channel.ts). The
// journal, its outbox to the backend and the printer are real; what the backend decided, and how
// it reconciled the batch, is read back from its store.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EngineOutcome, QrHostPort } from '../../../src/payment/engine/index.js';
import type { JournalTransaction } from '../../../src/payment/journal/index.js';
import { readStore, until } from '../../support/backend-process.js';
import { startHost, type Host } from './host.js';
import { engineRig, type EngineRig } from './rig.js';

let host: Host;
let rig: EngineRig;

beforeAll(async () => {
  host = await startHost('SN-ENGINE-QR-REFUND', { paysAfterMs: 200, payer: 'wechat' });
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

afterEach(async () => {
  await rig?.close();
});

const MERCHANT_QR = { accounts: [{ kind: 'primitive', id: '15', value: '6221234567890123' }], categoryCode: '5411', countryCode: 'CN', name: 'FRESH MART', city: 'SHANGHAI' } as const;

/** What the backend's wallet simulator kept of a transaction. */
const kept = (id: string) =>
  readStore<{ kind: string; original_transaction_id: string; amount_minor: string; status: string; provider: string; host_reference: string; decline_code: string }>(
    host.db,
    `SELECT kind, original_transaction_id, amount_minor, status, provider, host_reference, decline_code FROM qr_payments WHERE transaction_id = '${id}'`,
  );

/** A shown code of `amount` paid by the customer's WeChat Pay. */
async function paidSale(amount: bigint): Promise<JournalTransaction> {
  const sale = await rig.engine.merchantQr({ amount, timeoutMs: 10_000 });
  expect(sale).toMatchObject({ kind: 'approved', transaction: { type: 'qr-sale', scheme: 'qr-wechat' } });
  return (sale as Extract<EngineOutcome, { kind: 'approved' }>).transaction;
}

const refund = (amount: bigint, sale: JournalTransaction) => rig.engine.refund({ amount, original: { reference: sale.id } });

const paperText = (): string => rig.printer.receipts.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : []))).join('\n');

describe('a refund of a QR sale goes back to its wallet', () => {
  it('refunds a WeChat Pay sale in full through the wallet simulator: no card asked, journaled as a refund under qr-wechat with the wallet’s refund number, both slips printed, uploaded', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, qrHost: host.qrHost, merchantQr: MERCHANT_QR });
    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    const sale = await paidSale(2_000n);
    rig.shown.length = 0;
    rig.printer.receipts.length = 0;
    const outcome = await refund(2_000n, sale);
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(rig.asked).toEqual(['refund']);
    expect(rig.shown.some((s) => s.id === 'book-a' && (s.message === 'present-card' || s.message === 'please-insert-card'))).toBe(false);
    const [row] = kept(outcome.transaction.id);
    expect(row).toMatchObject({ kind: 'refund', original_transaction_id: sale.id, amount_minor: '2000', status: 'approved', provider: 'wechat' });
    expect(row!.host_reference).not.toBe(sale.hostReference);
    expect(outcome.transaction).toMatchObject({ type: 'refund', originalId: sale.id, entryMode: 'qr', scheme: 'qr-wechat', qrPresentedBy: 'merchant', responseCode: '00', hostReference: row!.host_reference, maskedPan: undefined });
    expect(rig.shown.at(-1)).toMatchObject({ id: 'result', kind: 'refund', amount: 2_000n, maskedPan: null, reference: row!.host_reference, result: { outcome: 'approved' } });
    expect(outcome.receipts?.merchant.kind).toBe('printed');
    expect(outcome.receipts?.customer.kind).toBe('printed');
    const paper = paperText();
    expect(paper).toContain('退货');
    expect(paper).toContain('微信支付 WeChat Pay');
    expect(paper).toContain(row!.host_reference);
    await until('the refund reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
    expect(readStore(host.db, `SELECT scheme, masked_pan FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`)).toEqual([{ scheme: 'qr-wechat', masked_pan: '' }]);
  });

  it('refunds part of a sale, then the rest; one more is refused by the journal before anything leaves, and the wallet would refuse it too (13)', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, qrHost: host.qrHost, merchantQr: MERCHANT_QR });
    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    const sale = await paidSale(3_000n);
    expect(await refund(1_000n, sale)).toMatchObject({ kind: 'approved', transaction: { amount: 1_000n, scheme: 'qr-wechat' } });
    expect(await refund(2_000n, sale)).toMatchObject({ kind: 'approved', transaction: { amount: 2_000n } });
    const before = rig.journal.query({}).length;
    const beyond = await refund(1n, sale);
    expect(beyond).toMatchObject({ kind: 'refused', error: { code: 'E-JOURNAL-0011', context: { rule: 'refund exceeds what is left' } } });
    expect(rig.journal.query({})).toHaveLength(before);
    expect(readStore<{ n: number }>(host.db, `SELECT count(*) AS n FROM qr_payments WHERE original_transaction_id = '${sale.id}'`)).toEqual([{ n: 2 }]);
    // The wallet's own rule, asked directly as a terminal with another journal would.
    const answer = await host.qrHost.refund({ transactionId: crypto.randomUUID(), originalTransactionId: sale.id, originalHostReference: sale.hostReference!, amount: 1n, currency: '156', operatorId: '0003' });
    expect(answer).toEqual({ kind: 'declined', responseCode: '13' });
  });

  it('a refund whose answer was lost is sent again under its id and decided once; one never answered is reversed, and the wallet takes it back so the sale can be refunded again', async () => {
    let lose = 'answer';
    const sent: string[] = [];
    // The same channel, with the first answer to each refund dropped as a lost one would be.
    const lossy: QrHostPort = {
      ...host.qrHost,
      async refund(r) {
        sent.push(r.transactionId);
        const first = await host.qrHost.refund(r);
        if (lose === 'answer') return host.qrHost.refund(r);
        return lose === 'all' ? { kind: 'unavailable' } : first;
      },
    };
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, qrHost: lossy, merchantQr: MERCHANT_QR });
    rig.supervisor = { approverId: '0002', password: 'pw0002' };
    const sale = await paidSale(1_500n);
    const resent = await refund(1_500n, sale);
    expect(resent.kind).toBe('approved');
    if (resent.kind !== 'approved') return;
    expect(sent).toEqual([resent.transaction.id]);
    const rows = kept(resent.transaction.id);
    expect(rows).toHaveLength(1);
    expect(resent.transaction.hostReference).toBe(rows[0]!.host_reference);

    const other = await paidSale(800n);
    lose = 'all';
    const silent = await refund(800n, other);
    expect(silent).toMatchObject({ kind: 'reversed', error: { code: 'E-TXN-0004' }, transaction: { type: 'refund', phase: { kind: 'reversal-pending', reason: 'no-answer' } } });
    if (silent.kind !== 'reversed') return;
    // The wallet refunded it; the terminal's reversal, through the outbox, takes it back.
    expect(kept(silent.transaction.id)).toMatchObject([{ kind: 'refund', status: 'approved' }]);
    await until('the reversal of the refund was matched', () => readStore(host.db, `SELECT 1 FROM reversals WHERE original_transaction_id = '${silent.transaction.id}' AND match = 'reversed'`).length === 1);
    lose = 'none';
    expect(await refund(800n, other)).toMatchObject({ kind: 'approved', transaction: { amount: 800n } });
  });

  it('a batch with a QR sale and its refund closes balanced with the backend: the refund counted as a refund under the wallet’s scheme', async () => {
    // A terminal of its own: the backend reconciles the batch against every upload of its number.
    const own = await startHost('SN-ENGINE-QR-REFUND-Z', { paysAfterMs: 200, payer: 'wechat' });
    try {
      rig = await engineRig({ terminal: own.terminal, host: own.authorisation, qrHost: own.qrHost, merchantQr: MERCHANT_QR });
      rig.supervisor = { approverId: '0002', password: 'pw0002' };
      const sale = await paidSale(5_000n);
      expect((await refund(1_200n, sale)).kind).toBe('approved');
      const z = rig.journal.closeBatch('0003');
      expect(z.totals.map((t) => [t.scheme, t.type, t.count, t.amount])).toEqual(expect.arrayContaining([['qr-wechat', 'qr-sale', 1, 5_000n], ['qr-wechat', 'refund', 1, 1_200n]]));
      await until('the backend reconciled the batch', () => readStore(own.db, `SELECT 1 FROM settlements WHERE settlement_id = '${z.settlementId}'`).length === 1);
      expect(readStore(own.db, `SELECT balanced FROM settlements WHERE settlement_id = '${z.settlementId}'`)).toEqual([{ balanced: 1 }]);
    } finally {
      await own.stop();
    }
  }, 60_000);
});
