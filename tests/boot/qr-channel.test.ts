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
