// A request that reaches the backend only after the terminal's reversal of it (it was in flight
// when the link dropped and went again once it came back), against pos backend as a process over
// the real gRPC stream: the reversal, finding no original, is answered ORIGINAL_NOT_FOUND and
// kept; the late card authorisation, QR payment, QR order or QR refund is declined 17
// (E-BACKEND-0204) without reaching the issuer or wallet simulator — also again, and from a
// restarted backend — and nothing is paid or refunded. The usual order (request, then reversal)
// is answered as before.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posrt, toLong } from '../../src/protos/index.js';
import { cardRequest } from '../support/issuer-cards.js';
import { readStore } from '../support/backend-process.js';
import { startEnrolledBackend, type EnrolledBackend } from '../support/enrolled-backend.js';

const v1 = posrt.channel.v1;
const S = v1.QrPaymentStatus;
const PAN = '4761739001010119';
const WECHAT = '134567890123456789';

let rig: EnrolledBackend;

beforeAll(async () => {
  rig = await startEnrolledBackend({ prefix: 'posrt-reversed-first-', serial: 'SN-REVFIRST', wallet: { amountLimit: '50000', paysAfterMs: 0, payer: 'unionpay', unavailableProviders: [] } });
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

const money = (minor: bigint) => ({ minorUnits: toLong(minor), currency: '156' });

async function reverse(originalTransactionId: string, minor: bigint): Promise<[string, string]> {
  const r = (await rig.session.request({ reversalRequest: { reversalId: randomUUID(), originalTransactionId, reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT, amount: money(minor), createdAtMs: toLong(BigInt(Date.now())) } }, 'reversalResponse')).reversalResponse!;
  return [v1.ReversalStatus[r.status ?? 0] ?? '', r.errorCode ?? ''];
}

async function authorise(transactionId: string, minor: bigint): Promise<{ outcome: string; arc: string; declineCode: string; arpc: number }> {
  const { request } = cardRequest(PAN, minor);
  request.transactionId = transactionId;
  const r = (await rig.session.request({ authorisationRequest: request }, 'authorisationResponse')).authorisationResponse!;
  return { outcome: v1.AuthorisationOutcome[r.outcome ?? 0] ?? '', arc: Buffer.from(r.arc ?? []).toString('ascii'), declineCode: r.declineCode ?? '', arpc: (r.arpc ?? []).length };
}

async function qr(request: posrt.channel.v1.IQrPaymentRequest): Promise<posrt.channel.v1.QrPaymentResponse> {
  return (await rig.session.request({ qrPaymentRequest: request }, 'qrPaymentResponse')).qrPaymentResponse as posrt.channel.v1.QrPaymentResponse;
}

const scanned = (transactionId: string, amount: bigint) => qr({ transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_CONSUMER_PRESENTED, paymentCode: WECHAT, amount: money(amount), operatorId: '01' });
const order = (transactionId: string, amount: bigint) => qr({ transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_MERCHANT_PRESENTED, orderReference: transactionId.slice(0, 25), amount: money(amount) });
const refund = (transactionId: string, original: { transactionId: string; hostReference: string }, amount: bigint) =>
  qr({ transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_REFUND, originalTransactionId: original.transactionId, originalHostReference: original.hostReference, amount: money(amount), operatorId: '01' });

const NOT_FOUND = ['REVERSAL_STATUS_ORIGINAL_NOT_FOUND', 'E-BACKEND-0201'];
const CARD_REVERSED_FIRST = { outcome: 'AUTHORISATION_OUTCOME_DECLINED', arc: '17', declineCode: 'E-BACKEND-0204', arpc: 0 };
const QR_REVERSED_FIRST = { status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '17', errorCode: 'E-BACKEND-0204', hostReference: '', authorisationCode: '' };
const qrRows = (transactionId: string) => readStore(rig.db, `SELECT transaction_id FROM qr_payments WHERE transaction_id = '${transactionId}'`);

describe('a card authorisation after its reversal', () => {
  it('is declined 17 without the issuer, again when sent again and from a restarted backend; one reversed after its answer is answered as before', async () => {
    const late = randomUUID();
    expect(await reverse(late, 1234n)).toEqual(NOT_FOUND);
    expect(await authorise(late, 1234n)).toEqual(CARD_REVERSED_FIRST);
    expect(await authorise(late, 1234n)).toEqual(CARD_REVERSED_FIRST);

    const usual = randomUUID();
    expect(await authorise(usual, 1000n)).toMatchObject({ outcome: 'AUTHORISATION_OUTCOME_APPROVED', arc: '00' });
    expect(await reverse(usual, 1000n)).toEqual(['REVERSAL_STATUS_REVERSED', '']);
    expect(await authorise(usual, 1000n)).toMatchObject({ outcome: 'AUTHORISATION_OUTCOME_APPROVED', arc: '00' });

    await rig.restart();
    expect(await authorise(late, 1234n)).toEqual(CARD_REVERSED_FIRST);
    expect(readStore(rig.db, `SELECT outcome, arc FROM authorisations WHERE transaction_id = '${late}'`)).toEqual([{ outcome: 'declined', arc: '17' }]);
  });
});

describe('a QR payment, order or refund after its reversal', () => {
  it('declines a scanned code and a merchant-presented order 17 without the wallet and keeps no payment, also from a restarted backend', async () => {
    const code = randomUUID();
    const shown = randomUUID();
    expect(await reverse(code, 500n)).toEqual(NOT_FOUND);
    expect(await reverse(shown, 500n)).toEqual(NOT_FOUND);
    expect(await scanned(code, 500n)).toMatchObject({ transactionId: code, ...QR_REVERSED_FIRST });
    expect(await order(shown, 500n)).toMatchObject({ transactionId: shown, ...QR_REVERSED_FIRST });
    await rig.restart();
    expect(await scanned(code, 500n)).toMatchObject(QR_REVERSED_FIRST);
    expect(await order(shown, 500n)).toMatchObject(QR_REVERSED_FIRST);
    expect([...qrRows(code), ...qrRows(shown)]).toEqual([]);
  });

  it('refunds nothing for a refund the terminal reversed before it arrived: declined 17, and the payment still has all of its amount to give back', async () => {
    const paid = await scanned(randomUUID(), 3_000n);
    expect(paid.status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    const late = randomUUID();
    expect(await reverse(late, 3_000n)).toEqual(NOT_FOUND);
    expect(await refund(late, paid, 3_000n)).toMatchObject({ transactionId: late, ...QR_REVERSED_FIRST });
    await rig.restart();
    expect(await refund(late, paid, 3_000n)).toMatchObject(QR_REVERSED_FIRST);
    expect(qrRows(late)).toEqual([]);
    // The cashier refunds again under a new id: the whole amount is still there to give back.
    expect(await refund(randomUUID(), paid, 3_000n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_APPROVED });
  });

  it('answers a refund decided before its reversal as decided, also when it is sent again after the reversal', async () => {
    const paid = await scanned(randomUUID(), 2_000n);
    const id = randomUUID();
    const first = await refund(id, paid, 2_000n);
    expect(first.status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    expect(await reverse(id, 2_000n)).toEqual(['REVERSAL_STATUS_REVERSED', '']);
    expect(await refund(id, paid, 2_000n)).toEqual(first);
  });
});
