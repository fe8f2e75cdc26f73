// Scan-to-pay at the reference backend: `pos backend` as a child process with a wallet section
// in its configuration, a terminal's session over the real gRPC stream (raw-session.ts), and
// each QrPaymentRequest and QrPaymentQuery answered by the wallet simulator. What is checked is
// what a payment engineer expects of a QR gateway: a code routed to its wallet by format, the
// wallet's limit, a repeated request answered as decided the first time (also after a restart),
// a merchant-presented order pending until the wallet pays it, a reversal matched like a card's,
// a refund back to the wallet that paid (full, partial, never more than is left, decided once
// per refund id), and no payment code kept.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posrt, toLong } from '../../src/protos/index.js';
import { readStore } from '../support/backend-process.js';
import { startEnrolledBackend, type EnrolledBackend } from '../support/enrolled-backend.js';

const v1 = posrt.channel.v1;
const S = v1.QrPaymentStatus;
const PAYS_AFTER_MS = 1_500;

let rig: EnrolledBackend;

beforeAll(async () => {
  rig = await startEnrolledBackend({ prefix: 'posrt-wallet-e2e-', serial: 'SN-WALLET', wallet: { amountLimit: '50000', paysAfterMs: PAYS_AFTER_MS, payer: 'unionpay', unavailableProviders: ['mastercard'] }, extra: ['--http-port', '0'] });
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

const money = (minor: bigint) => ({ minorUnits: toLong(minor), currency: '156' });

async function scanned(paymentCode: string, amount: bigint, transactionId: string = randomUUID()): Promise<posrt.channel.v1.QrPaymentResponse> {
  const e = await rig.session.request({ qrPaymentRequest: { transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_CONSUMER_PRESENTED, paymentCode, amount: money(amount), operatorId: '01', startedAtMs: toLong(BigInt(Date.now())) } }, 'qrPaymentResponse');
  return e.qrPaymentResponse as posrt.channel.v1.QrPaymentResponse;
}

async function order(transactionId: string, orderReference: string, amount: bigint): Promise<posrt.channel.v1.QrPaymentResponse> {
  const e = await rig.session.request({ qrPaymentRequest: { transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_MERCHANT_PRESENTED, orderReference, amount: money(amount) } }, 'qrPaymentResponse');
  return e.qrPaymentResponse as posrt.channel.v1.QrPaymentResponse;
}

async function query(transactionId: string, orderReference: string): Promise<posrt.channel.v1.QrPaymentResponse> {
  return (await rig.session.request({ qrPaymentQuery: { transactionId, orderReference } }, 'qrPaymentResponse')).qrPaymentResponse as posrt.channel.v1.QrPaymentResponse;
}

/** An EMV QRCPS CPM payload in base64: '85' CPV01, one Application Template with its ADF Name
 *  and, as a wallet's phone puts them there, a PAN and the application's cryptogram data. */
function cpmPayload(aid: string): string {
  const tlv = (tag: string, value: string) => `${tag}${(value.length / 2).toString(16).padStart(2, '0')}${value}`;
  const app = tlv('4F', aid) + tlv('50', Buffer.from('UNIONPAY').toString('hex')) + tlv('5A', '6212345678901232') + tlv('9F26', '0123456789ABCDEF') + tlv('9F36', '0001');
  return Buffer.from(tlv('85', Buffer.from('CPV01').toString('hex')) + tlv('61', app), 'hex').toString('base64');
}

const WECHAT = '134567890123456789';
const ALIPAY = '284567890123456789';
const UNIONPAY = '6251234567890123456';

describe('consumer-presented codes at the wallet simulator', () => {
  it('approves each wallet’s code, naming the provider by the code’s format, with an authorisation code and a host reference', async () => {
    const answers: posrt.channel.v1.QrPaymentResponse[] = [];
    for (const code of [WECHAT, ALIPAY, UNIONPAY, cpmPayload('A000000333010101'), cpmPayload('A0000000031010')]) answers.push(await scanned(code, 3_800n));
    expect(answers.map((a) => [a.status, a.provider])).toEqual([
      [S.QR_PAYMENT_STATUS_APPROVED, 'wechat'],
      [S.QR_PAYMENT_STATUS_APPROVED, 'alipay'],
      [S.QR_PAYMENT_STATUS_APPROVED, 'unionpay'],
      [S.QR_PAYMENT_STATUS_APPROVED, 'unionpay'],
      [S.QR_PAYMENT_STATUS_APPROVED, 'visa'],
    ]);
    for (const a of answers) {
      expect(a.authorisationCode).toMatch(/^\d{6}$/);
      expect(a.hostReference).toMatch(/^\d{20}$/);
      expect([a.declineCode, a.errorCode]).toEqual(['', '']);
    }
  });

  it('declines an amount over the wallet’s limit with 51, and a code of no wallet’s format with 14 — both with their error codes', async () => {
    expect(await scanned(WECHAT, 50_001n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, provider: 'wechat', declineCode: '51', errorCode: 'E-BACKEND-0302', authorisationCode: '' });
    // Digits of no wallet (a WeChat code one digit short, an Alipay prefix 31), a URL, a CPM payload of an unknown network.
    for (const code of ['13456789012345678', '314567890123456789', 'https://shop.example.cn/item/42', cpmPayload('A000000999101001')]) {
      expect(await scanned(code, 100n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, provider: '', declineCode: '14', errorCode: 'E-BACKEND-0301' });
    }
  });

  it('answers a provider that does not answer as UNAVAILABLE without deciding, and a request lacking its amount as declined 30', async () => {
    expect(await scanned(cpmPayload('A0000000041010'), 100n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_UNAVAILABLE, provider: 'mastercard', errorCode: 'E-BACKEND-0304' });
    expect(await scanned(WECHAT, 0n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '30', errorCode: 'E-BACKEND-0305' });
  });

  it('decides each transaction id once: a repeat — even with another code or amount — gets the first answer, also from a restarted backend', async () => {
    const id = randomUUID();
    const first = await scanned(WECHAT, 4_200n, id);
    expect(first.status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    expect(await scanned(WECHAT, 4_200n, id)).toEqual(first);
    expect(await scanned(ALIPAY, 99_999n, id)).toEqual(first);
    const refused = randomUUID();
    const declined = await scanned(ALIPAY, 70_000n, refused);
    expect(declined.declineCode).toBe('51');

    await rig.restart();
    expect(await scanned(WECHAT, 4_200n, id)).toEqual(first);
    expect(await scanned(ALIPAY, 100n, refused)).toEqual(declined);
  });

  it('keeps no payment code: neither the backend’s log nor its store holds one', async () => {
    const rows = JSON.stringify(readStore(rig.db, 'SELECT * FROM qr_payments'));
    expect(rows).toContain('wechat');
    for (const code of [WECHAT, ALIPAY, UNIONPAY, '6212345678901232']) {
      expect(rows).not.toContain(code);
      expect(rig.backend.stderr).not.toContain(code);
    }
  });
});

describe('merchant-presented orders at the wallet simulator', () => {
  it('registers the order, answers PENDING until the payer’s wallet pays it paysAfterMs later, then APPROVED with the provider and host reference — the same on every query after', async () => {
    const id = randomUUID();
    expect(await order(id, '000001000042', 2_372n)).toMatchObject({ transactionId: id, status: S.QR_PAYMENT_STATUS_PENDING });
    const answers: posrt.channel.v1.QrPaymentResponse[] = [];
    for (;;) {
      answers.push(await query(id, '000001000042'));
      if (answers.at(-1)!.status !== S.QR_PAYMENT_STATUS_PENDING) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(answers[0]!.status).toBe(S.QR_PAYMENT_STATUS_PENDING);
    const paid = answers.at(-1)!;
    expect(paid).toMatchObject({ status: S.QR_PAYMENT_STATUS_APPROVED, provider: 'unionpay', declineCode: '', errorCode: '' });
    expect(paid.hostReference).toMatch(/^\d{20}$/);
    expect(await query(id, '000001000042')).toEqual(paid);
    // The request delivered again (a lost answer) is answered with the order as it stands.
    expect(await order(id, '000001000042', 2_372n)).toEqual(paid);
    const [row] = readStore<{ status: string; amount_minor: string; registered_at: number; decided_at: number }>(rig.db, `SELECT status, amount_minor, registered_at, decided_at FROM qr_payments WHERE transaction_id = '${id}'`);
    expect(row).toMatchObject({ status: 'approved', amount_minor: '2372' });
    expect(row!.decided_at - row!.registered_at).toBeGreaterThanOrEqual(PAYS_AFTER_MS);
  });

  it('declines an order over the wallet’s limit with 51 once the wallet tries to pay it; an order never registered, or asked under another reference, is declined 25', async () => {
    const id = randomUUID();
    expect((await order(id, '000001000043', 60_000n)).status).toBe(S.QR_PAYMENT_STATUS_PENDING);
    let answer = await query(id, '000001000043');
    while (answer.status === S.QR_PAYMENT_STATUS_PENDING) {
      await new Promise((r) => setTimeout(r, 200));
      answer = await query(id, '000001000043');
    }
    expect(answer).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, provider: 'unionpay', declineCode: '51', errorCode: 'E-BACKEND-0302' });
    expect(await query(randomUUID(), '000001000043')).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '25', errorCode: 'E-BACKEND-0303' });
    expect(await query(id, '000001000099')).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '25', errorCode: 'E-BACKEND-0303' });
  });

  it('matches the terminal’s reversal of a QR sale like a card’s: a paid code is reversed, and an order reversed before its wallet paid it is never paid (17)', async () => {
    const reverse = async (originalTransactionId: string, minor: bigint) =>
      (await rig.session.request({ reversalRequest: { reversalId: randomUUID(), originalTransactionId, reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT, amount: money(minor), createdAtMs: toLong(BigInt(Date.now())) } }, 'reversalResponse')).reversalResponse!;
    const paid = randomUUID();
    expect((await scanned(WECHAT, 1_200n, paid)).status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    expect(await reverse(paid, 1_200n)).toMatchObject({ status: v1.ReversalStatus.REVERSAL_STATUS_REVERSED, errorCode: '' });

    const abandoned = randomUUID();
    expect((await order(abandoned, '000001000044', 2_000n)).status).toBe(S.QR_PAYMENT_STATUS_PENDING);
    expect(await reverse(abandoned, 2_000n)).toMatchObject({ status: v1.ReversalStatus.REVERSAL_STATUS_REVERSED });
    // Settled as the reversal arrived, before any query: the centre sees the order closed.
    expect(readStore<{ status: string; decline_code: string }>(rig.db, `SELECT status, decline_code FROM qr_payments WHERE transaction_id = '${abandoned}'`)).toEqual([{ status: 'declined', decline_code: '17' }]);
    await new Promise((r) => setTimeout(r, PAYS_AFTER_MS));
    expect(await query(abandoned, '000001000044')).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '17', errorCode: 'E-BACKEND-0306' });
    expect(readStore<{ status: string }>(rig.db, `SELECT status FROM qr_payments WHERE transaction_id = '${abandoned}'`)).toEqual([{ status: 'declined' }]);

    // Paid before the terminal's reversal arrived (its Cancel raced the wallet): the payment
    // stands as the wallet made it and the reversal, matched, is its refund.
    const raced = randomUUID();
    expect((await order(raced, '000001000045', 700n)).status).toBe(S.QR_PAYMENT_STATUS_PENDING);
    await new Promise((r) => setTimeout(r, PAYS_AFTER_MS));
    expect((await query(raced, '000001000045')).status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    expect(await reverse(raced, 700n)).toMatchObject({ status: v1.ReversalStatus.REVERSAL_STATUS_REVERSED, errorCode: '' });
    expect(readStore<{ status: string }>(rig.db, `SELECT status FROM qr_payments WHERE transaction_id = '${raced}'`)).toEqual([{ status: 'approved' }]);
  });
});

describe('the operations centre', () => {
  it('lists the terminal’s QR payments as the wallet simulator decided them, newest first, and no payment code', async () => {
    const id = randomUUID();
    const paid = await scanned(ALIPAY, 1_234n, id);
    const page = await (await fetch(`http://127.0.0.1:${rig.backend.httpPort}/terminals/SN-WALLET?lang=en`)).text();
    const table = /<table id="qr-payments">.*?<\/table>/s.exec(page)?.[0] ?? '';
    const rows = table.match(/<tr data-status="[a-z]+">.*?<\/tr>/gs) ?? [];
    expect(rows[0]).toContain(`<td>${id}</td><td>customer’s code</td><td></td><td class="num">12.34 156</td><td>approved</td><td>alipay</td><td>${paid.authorisationCode} ${paid.hostReference}</td>`);
    expect(rows.some((r) => r.startsWith('<tr data-status="declined">') && r.includes('<td>51 E-BACKEND-0302</td>'))).toBe(true);
    expect(rows.some((r) => r.includes('<td>terminal’s code</td><td>000001000042</td>'))).toBe(true);
    for (const code of [WECHAT, ALIPAY, UNIONPAY]) expect(page).not.toContain(code);
    expect(await (await fetch(`http://127.0.0.1:${rig.backend.httpPort}/terminals/SN-WALLET?lang=zh-CN`)).text()).toContain('钱包模拟器的扫码支付');
  });
});

async function refund(transactionId: string, original: { readonly transactionId: string; readonly hostReference: string }, amount: bigint, currency = '156'): Promise<posrt.channel.v1.QrPaymentResponse> {
  const request = { transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_REFUND, originalTransactionId: original.transactionId, originalHostReference: original.hostReference, amount: { ...money(amount), currency }, operatorId: '01' };
  return (await rig.session.request({ qrPaymentRequest: request }, 'qrPaymentResponse')).qrPaymentResponse as posrt.channel.v1.QrPaymentResponse;
}

/** An approved WeChat Pay code of `amount`: the original a refund names. */
async function paidCode(amount: bigint): Promise<{ readonly transactionId: string; readonly hostReference: string }> {
  const transactionId = randomUUID();
  const paid = await scanned(WECHAT, amount, transactionId);
  expect(paid.status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
  return { transactionId, hostReference: paid.hostReference };
}

const OVER = { status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '13', errorCode: 'E-BACKEND-0309' } as const;

describe('refunds at the wallet simulator', () => {
  it('refunds a paid code in full to the wallet that paid it, with the wallet’s own refund number; a repeat of the refund id gets the same answer, also from a restarted backend; another refund of it is declined 13', async () => {
    const original = await paidCode(3_000n);
    const id = randomUUID();
    const first = await refund(id, original, 3_000n);
    expect(first).toMatchObject({ transactionId: id, status: S.QR_PAYMENT_STATUS_APPROVED, provider: 'wechat', declineCode: '', errorCode: '' });
    expect(first.hostReference).toMatch(/^\d{20}$/);
    expect(first.hostReference).not.toBe(original.hostReference);
    expect(await refund(id, original, 3_000n)).toEqual(first);
    expect(await refund(randomUUID(), original, 1n)).toMatchObject({ ...OVER, provider: 'wechat' });

    await rig.restart();
    expect(await refund(id, original, 3_000n)).toEqual(first);
    expect(await refund(randomUUID(), original, 1n)).toMatchObject(OVER);
    expect(readStore<{ kind: string; original_transaction_id: string; amount_minor: string; status: string }>(rig.db, `SELECT kind, original_transaction_id, amount_minor, status FROM qr_payments WHERE transaction_id = '${id}'`)).toEqual([
      { kind: 'refund', original_transaction_id: original.transactionId, amount_minor: '3000', status: 'approved' },
    ]);
  });

  it('refunds part of a payment, then at most what is left: 1000 and 2000 of 3000 approved, 1 more declined 13, as is 3001 at first', async () => {
    const original = await paidCode(3_000n);
    expect(await refund(randomUUID(), original, 3_001n)).toMatchObject(OVER);
    expect((await refund(randomUUID(), original, 1_000n)).status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    expect(await refund(randomUUID(), original, 2_001n)).toMatchObject(OVER);
    expect((await refund(randomUUID(), original, 2_000n)).status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    expect(await refund(randomUUID(), original, 1n)).toMatchObject(OVER);
  });

  it('gives back what a reversed refund took from what is left, and refunds nothing of a reversed payment', async () => {
    const reverse = async (originalTransactionId: string, minor: bigint) =>
      (await rig.session.request({ reversalRequest: { reversalId: randomUUID(), originalTransactionId, reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT, amount: money(minor), createdAtMs: toLong(BigInt(Date.now())) } }, 'reversalResponse')).reversalResponse!;
    const original = await paidCode(1_000n);
    const lost = randomUUID();
    expect((await refund(lost, original, 1_000n)).status).toBe(S.QR_PAYMENT_STATUS_APPROVED);
    // The terminal heard no answer and reversed the refund: the wallet takes the money back.
    expect(await reverse(lost, 1_000n)).toMatchObject({ status: v1.ReversalStatus.REVERSAL_STATUS_REVERSED });
    expect((await refund(randomUUID(), original, 1_000n)).status).toBe(S.QR_PAYMENT_STATUS_APPROVED);

    const reversed = await paidCode(500n);
    expect(await reverse(reversed.transactionId, 500n)).toMatchObject({ status: v1.ReversalStatus.REVERSAL_STATUS_REVERSED });
    expect(await refund(randomUUID(), reversed, 1n)).toMatchObject(OVER);
  });

  it('declines a refund of no payment of this terminal’s, or under another host reference, or of a refund with 25; of a declined payment with 12; in another currency with 13; without its original with 30', async () => {
    const original = await paidCode(2_000n);
    const unknown = { status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '25', errorCode: 'E-BACKEND-0307' } as const;
    expect(await refund(randomUUID(), { transactionId: randomUUID(), hostReference: original.hostReference }, 100n)).toMatchObject(unknown);
    expect(await refund(randomUUID(), { ...original, hostReference: '20260101000000000000' }, 100n)).toMatchObject(unknown);
    const first = randomUUID();
    const refunded = await refund(first, original, 100n);
    expect(await refund(randomUUID(), { transactionId: first, hostReference: refunded.hostReference }, 100n)).toMatchObject(unknown);
    const refused = randomUUID();
    expect((await scanned(WECHAT, 70_000n, refused)).declineCode).toBe('51');
    expect(await refund(randomUUID(), { transactionId: refused, hostReference: 'none' }, 100n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '12', errorCode: 'E-BACKEND-0308' });
    expect(await refund(randomUUID(), original, 100n, '840')).toMatchObject(OVER);
    expect(await refund(randomUUID(), { transactionId: '', hostReference: original.hostReference }, 100n)).toMatchObject({ status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '30', errorCode: 'E-BACKEND-0305' });
  });

  it('shows a refund on the operations centre’s page, naming its original where an order has its reference', async () => {
    const original = await paidCode(800n);
    const id = randomUUID();
    const refunded = await refund(id, original, 300n);
    const page = await (await fetch(`http://127.0.0.1:${rig.backend.httpPort}/terminals/SN-WALLET?lang=en`)).text();
    const table = /<table id="qr-payments">.*?<\/table>/s.exec(page)?.[0] ?? '';
    expect(table.match(/<tr data-status="[a-z]+">.*?<\/tr>/gs)?.[0]).toContain(`<td>${id}</td><td>refund to the wallet</td><td>${original.transactionId}</td><td class="num">3.00 156</td><td>approved</td><td>wechat</td><td>${refunded.authorisationCode} ${refunded.hostReference}</td>`);
    expect(await (await fetch(`http://127.0.0.1:${rig.backend.httpPort}/terminals/SN-WALLET?lang=zh-CN`)).text()).toContain('退款至钱包');
  });
});
