// The composition root's half of payment's QrHostPort over the channel contract (qr.proto):
// a scanned code becomes a consumer-presented QrPaymentRequest, a merchant-presented order a
// request that registers it and then QrPaymentQuery after query, a refund of a QR sale a REFUND
// request naming the sale's id and host reference, each answered by the backend's
// wallet simulator with a QrPaymentResponse matched by transaction id (the session client's
// qrPayment). A host that cannot be reached or does not answer in time is "unavailable" for a
// code or a refund — the engine reverses it — and "not paid yet" for an order, which the engine asks again.
// The payment code is a bearer token: nothing here logs or keeps it.
import type { QrPaymentAsk } from '../channel/session-client.js';
import type { QrHostDecision, QrHostPort } from '../payment/engine/index.js';
import { SCHEMES } from '../payment/receipt/index.js';
import { posrt, toLong } from '../protos/index.js';

const v1 = posrt.channel.v1;
const S = v1.QrPaymentStatus;

export type SendQrPayment = (ask: QrPaymentAsk) => Promise<posrt.channel.v1.IQrPaymentResponse>;

/** The contract's decline code, or "05" (do not honour) when the backend gave none. */
const responseCodeOf = (r: posrt.channel.v1.IQrPaymentResponse): string => (r.declineCode?.length === 2 ? r.declineCode : '05');

/** The wallet that decided a merchant-presented order (qr.proto's provider), when it is one the
 *  slips and reports have a name for (the journal keeps it as "qr-<provider>"): another is
 *  dropped — the money has moved either way, and the sale stays under the code's network rather
 *  than be journaled under a scheme no slip or report could print. */
const walletOf = (r: posrt.channel.v1.IQrPaymentResponse): string | undefined => SCHEMES.find((s) => s === r.provider);

/** A code's or a refund's answer, decided at once: a host not reached counts as no answer. */
async function decided(asked: Promise<posrt.channel.v1.IQrPaymentResponse>): Promise<QrHostDecision> {
  let answer: posrt.channel.v1.IQrPaymentResponse;
  try {
    answer = await asked;
  } catch {
    return { kind: 'unavailable' };
  }
  switch (answer.status) {
    case S.QR_PAYMENT_STATUS_APPROVED:
      return { kind: 'approved', responseCode: '00', authorisationCode: answer.authorisationCode || undefined, hostReference: answer.hostReference || undefined };
    case S.QR_PAYMENT_STATUS_DECLINED:
      return { kind: 'declined', responseCode: responseCodeOf(answer) };
    default:
      // UNAVAILABLE, or PENDING where a code or refund is decided at once: nothing is known to be done.
      return { kind: 'unavailable' };
  }
}

export function channelQrHostPort(send: SendQrPayment, now: () => number = Date.now): QrHostPort {
  const request = (r: Omit<posrt.channel.v1.QrPaymentRequest.$Properties, 'startedAtMs'>): Promise<posrt.channel.v1.IQrPaymentResponse> => send({ qrPaymentRequest: { ...r, startedAtMs: toLong(BigInt(now())) } });
  return {
    authoriseCode(r) {
      return decided(request({ transactionId: r.transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_CONSUMER_PRESENTED, paymentCode: r.code, amount: { minorUnits: toLong(r.amount), currency: r.currency }, operatorId: r.operatorId }));
    },
    refund(r) {
      const { originalTransactionId, originalHostReference } = r;
      return decided(request({ transactionId: r.transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_REFUND, originalTransactionId, originalHostReference, amount: { minorUnits: toLong(r.amount), currency: r.currency }, operatorId: r.operatorId }));
    },
    async registerOrder(o) {
      const answer = await request({ transactionId: o.transactionId, kind: v1.QrPaymentKind.QR_PAYMENT_KIND_MERCHANT_PRESENTED, orderReference: o.reference, amount: { minorUnits: toLong(o.amount), currency: o.currency }, operatorId: o.operatorId });
      return answer.status === S.QR_PAYMENT_STATUS_PENDING;
    },
    async merchantQrStatus(o) {
      const answer = await send({ qrPaymentQuery: { transactionId: o.transactionId, orderReference: o.reference } });
      switch (answer.status) {
        case S.QR_PAYMENT_STATUS_APPROVED:
          return { kind: 'paid', hostReference: answer.hostReference ?? '', authorisationCode: answer.authorisationCode || undefined, wallet: walletOf(answer) };
        case S.QR_PAYMENT_STATUS_DECLINED:
          return { kind: 'declined', responseCode: responseCodeOf(answer), wallet: walletOf(answer) };
        default:
          return undefined;
      }
    },
  };
}
