// The QR host port's reading of the backend's answers to an order's query (qr.proto's
// QrPaymentResponse), over a send that answers as the contract's codec would: the wallet that
// paid or refused a shown code is named for the journal only when slips and reports know it.
// The whole way through the real backend is tests/payment/engine/qr-payments.test.ts.
import { describe, expect, it } from 'vitest';
import { channelQrHostPort } from '../../src/boot/qr-channel.js';
import { posrt } from '../../src/protos/index.js';

const S = posrt.channel.v1.QrPaymentStatus;
const order = { transactionId: 't-1', reference: '000001000042' };
const answering = (answer: posrt.channel.v1.IQrPaymentResponse) => channelQrHostPort(async () => answer);

describe('channelQrHostPort: a merchant-presented order\'s status', () => {
  it('names the wallet that paid or refused it, from the answer\'s provider', async () => {
    expect(await answering({ transactionId: 't-1', status: S.QR_PAYMENT_STATUS_APPROVED, provider: 'wechat', hostReference: 'W42', authorisationCode: 'A1' }).merchantQrStatus(order)).toEqual({
      kind: 'paid',
      hostReference: 'W42',
      authorisationCode: 'A1',
      wallet: 'wechat',
    });
    expect(await answering({ transactionId: 't-1', status: S.QR_PAYMENT_STATUS_DECLINED, provider: 'alipay', declineCode: '51' }).merchantQrStatus(order)).toEqual({ kind: 'declined', responseCode: '51', wallet: 'alipay' });
  });

  it('names none when the answer has no provider or one no slip or report has a name for', async () => {
    for (const provider of ['', 'paypal', 'WeChat', 'qr-wechat']) {
      const status = await answering({ transactionId: 't-1', status: S.QR_PAYMENT_STATUS_APPROVED, provider, hostReference: 'W42' }).merchantQrStatus(order);
      expect(status).toMatchObject({ kind: 'paid', wallet: undefined });
    }
    expect(await answering({ transactionId: 't-1', status: S.QR_PAYMENT_STATUS_PENDING }).merchantQrStatus(order)).toBeUndefined();
  });
});

describe('channelQrHostPort: a refund to the wallet', () => {
  const refund = { transactionId: 'r-1', originalTransactionId: 't-1', originalHostReference: 'W42', amount: 1_200n, currency: '156', operatorId: '0003' };

  it('sends a REFUND naming the original’s id and host reference, and reads the wallet’s answer', async () => {
    const sent: unknown[] = [];
    const port = channelQrHostPort(async (ask) => (sent.push(ask), { transactionId: 'r-1', status: S.QR_PAYMENT_STATUS_APPROVED, provider: 'wechat', hostReference: 'W43', authorisationCode: 'A2' }), () => 7);
    expect(await port.refund(refund)).toEqual({ kind: 'approved', responseCode: '00', authorisationCode: 'A2', hostReference: 'W43' });
    expect(sent).toHaveLength(1);
    const request = (sent[0] as { qrPaymentRequest: posrt.channel.v1.IQrPaymentRequest }).qrPaymentRequest;
    expect(request).toMatchObject({ transactionId: 'r-1', kind: posrt.channel.v1.QrPaymentKind.QR_PAYMENT_KIND_REFUND, originalTransactionId: 't-1', originalHostReference: 'W42', amount: { currency: '156' }, operatorId: '0003' });
    expect(String(request.amount?.minorUnits)).toBe('1200');
    expect(await answering({ transactionId: 'r-1', status: S.QR_PAYMENT_STATUS_DECLINED, declineCode: '13' }).refund(refund)).toEqual({ kind: 'declined', responseCode: '13' });
  });

  it('takes a host not reached, or an UNAVAILABLE wallet, as no answer', async () => {
    expect(await channelQrHostPort(async () => Promise.reject(new Error('E-CHAN-0102'))).refund(refund)).toEqual({ kind: 'unavailable' });
    expect(await answering({ transactionId: 'r-1', status: S.QR_PAYMENT_STATUS_UNAVAILABLE, errorCode: 'E-BACKEND-0304' }).refund(refund)).toEqual({ kind: 'unavailable' });
  });
});
