// Scan-to-pay at the backend (qr.proto): a terminal's QrPaymentRequest or QrPaymentQuery
// answered with a QrPaymentResponse, each payment kept in `repo.qrPayments` before its answer
// leaves. A consumer-presented code is decided once by the wallet simulator
// (wallet-simulator.ts) and the same answer given to a repeat; a merchant-presented request
// registers the order, and a query answers PENDING until the payer's wallet has paid it, then
// the decision stored the first time it was made. A provider that does not answer decides
// nothing, so a later request is decided anew. Each payment is also kept as an authorisation
// answered (repo.authorisations, no card), so the terminal's reversal of a QR sale is matched
// like a card's (reversal-matching.ts): a paid one is refunded, and a pending order reversed
// before its wallet paid it is never paid (declined 17, settled as the reversal arrives).
// A refund (QR_PAYMENT_KIND_REFUND) is decided once per its own transaction id and kept the
// same way: of an approved payment of this terminal named by its id and host reference (else
// 25), not reversed (else 13: the reversal gave it all back), in its currency and at most what
// its approved refunds not reversed have left (else 13); a declined original is 12. Two refunds
// of one payment racing each other on two backends could both pass the check: the simulator
// does not lock the original. A request whose transaction id the terminal reversed before it
// arrived (reversal-matching.ts) is declined 17 undecided and kept nowhere: the kept reversal
// answers a repeat the same.
import { posrt } from '../protos/index.js';
import type { AnsweredOutcome } from './authorisation-store.js';
import type { QrOutcome, StoredQrPayment } from './qr-payment-store.js';
import type { BackendRepository } from './repository.js';
import { REVERSED_FIRST } from './reversal-matching.js';
import { declined, decideCode, decideOrder, decideRefund, type WalletAnswer, type WalletRules } from './wallet-simulator.js';

const v1 = posrt.channel.v1;

type Response = posrt.channel.v1.QrPaymentResponse.$Properties;

const ID = /^[\x21-\x7e]{1,128}$/;
/** EMV QRCPS MPM ID 62 sub-ID 05: at most 25 characters. */
const REFERENCE = /^[\x20-\x7e]{1,25}$/;

function response(transactionId: string, a: WalletAnswer | QrOutcome): Response {
  switch (a.status) {
    case 'pending':
      return { transactionId, status: v1.QrPaymentStatus.QR_PAYMENT_STATUS_PENDING };
    case 'approved':
      return { transactionId, status: v1.QrPaymentStatus.QR_PAYMENT_STATUS_APPROVED, provider: a.provider, authorisationCode: a.authorisationCode, hostReference: a.hostReference };
    case 'declined':
      return { transactionId, status: v1.QrPaymentStatus.QR_PAYMENT_STATUS_DECLINED, provider: a.provider, declineCode: a.declineCode, errorCode: a.errorCode };
    case 'unavailable':
      return { transactionId, status: v1.QrPaymentStatus.QR_PAYMENT_STATUS_UNAVAILABLE, provider: a.provider, errorCode: a.errorCode };
  }
}

/** The first field a request lacks; undefined when it is complete. */
function missing(r: posrt.channel.v1.QrPaymentRequest): string | undefined {
  if (!ID.test(r.transactionId)) return 'transaction_id';
  const amount = BigInt(String(r.amount?.minorUnits ?? 0));
  if (amount <= 0n || !/^\d{3}$/.test(r.amount?.currency ?? '')) return 'amount';
  if (r.kind === v1.QrPaymentKind.QR_PAYMENT_KIND_CONSUMER_PRESENTED) return r.paymentCode === '' ? 'payment_code' : undefined;
  if (r.kind === v1.QrPaymentKind.QR_PAYMENT_KIND_MERCHANT_PRESENTED) return REFERENCE.test(r.orderReference) ? undefined : 'order_reference';
  if (r.kind === v1.QrPaymentKind.QR_PAYMENT_KIND_REFUND) return !ID.test(r.originalTransactionId) || r.originalTransactionId === r.transactionId ? 'original_transaction_id' : r.originalHostReference === '' ? 'original_host_reference' : undefined;
  return 'kind';
}

const ANSWERED: Readonly<Record<QrOutcome['status'], AnsweredOutcome>> = { approved: 'approved', declined: 'declined', pending: 'unavailable' };

export class QrPayments {
  private readonly store: BackendRepository['qrPayments'];

  constructor(
    private readonly repo: Pick<BackendRepository, 'qrPayments' | 'authorisations'>,
    private readonly rules: WalletRules,
    private readonly now: () => number,
  ) {
    this.store = repo.qrPayments;
  }

  /** The answer to a request or a query from the terminal `serial`. */
  answer(serial: string, body: { readonly qrPaymentRequest: posrt.channel.v1.QrPaymentRequest } | { readonly qrPaymentQuery: posrt.channel.v1.QrPaymentQuery }): Promise<Response> {
    return 'qrPaymentRequest' in body ? this.requested(serial, body.qrPaymentRequest) : this.queried(serial, body.qrPaymentQuery);
  }

  private async requested(serial: string, r: posrt.channel.v1.QrPaymentRequest): Promise<Response> {
    const now = this.now();
    if (missing(r) !== undefined) return response(r.transactionId, declined('30', 'E-BACKEND-0305', now));
    const stored = await this.store.qrPayment(serial, r.transactionId);
    if (stored !== undefined) return this.outcomeOf(stored);
    if ((await this.repo.authorisations.reversedBeforeDecision(serial, r.transactionId)) !== undefined) return response(r.transactionId, declined(REVERSED_FIRST.arc, REVERSED_FIRST.code, now));
    const amountMinor = BigInt(String(r.amount!.minorUnits));
    const payment = { serial, transactionId: r.transactionId, orderReference: '', originalTransactionId: '', amountMinor, currency: r.amount!.currency ?? '', registeredAt: now } as const;
    if (r.kind === v1.QrPaymentKind.QR_PAYMENT_KIND_REFUND) {
      const answer = await this.refundAnswer(serial, r, amountMinor, now);
      if (answer.status === 'unavailable') return response(r.transactionId, answer);
      return this.keep({ ...payment, kind: 'refund', originalTransactionId: r.originalTransactionId, outcome: answer });
    }
    if (r.kind === v1.QrPaymentKind.QR_PAYMENT_KIND_MERCHANT_PRESENTED) {
      const order = { ...payment, kind: 'merchant-presented', orderReference: r.orderReference, outcome: { status: 'pending' } } as const;
      if ((await this.store.storeQrPayment(order)) === 'stored') await this.answered(order);
      return this.outcomeOf((await this.store.qrPayment(serial, r.transactionId))!);
    }
    const answer = decideCode(this.rules, r.paymentCode, amountMinor, { now });
    if (answer.status === 'unavailable') return response(r.transactionId, answer);
    return this.keep({ ...payment, kind: 'consumer-presented', outcome: answer });
  }

  /** Kept before the answer leaves; a request racing this one finds it and answers the same. */
  private async keep(decided: StoredQrPayment): Promise<Response> {
    if ((await this.store.storeQrPayment(decided)) === 'duplicate') return this.outcomeOf((await this.store.qrPayment(decided.serial, decided.transactionId))!);
    await this.answered(decided);
    return response(decided.transactionId, decided.outcome);
  }

  /** The wallet's answer to a refund of `amount`, after the original and what is left of it. */
  private async refundAnswer(serial: string, r: posrt.channel.v1.QrPaymentRequest, amount: bigint, now: number): Promise<WalletAnswer> {
    const original = await this.store.qrPayment(serial, r.originalTransactionId);
    if (original === undefined || original.kind === 'refund') return declined('25', 'E-BACKEND-0307', now);
    const o = original.outcome;
    if (o.status !== 'approved') return declined('12', 'E-BACKEND-0308', now, o.status === 'declined' ? o.provider : '');
    if (o.hostReference !== r.originalHostReference) return declined('25', 'E-BACKEND-0307', now, o.provider);
    const over = declined('13', 'E-BACKEND-0309', now, o.provider);
    const reversed = async (id: string) => typeof (await this.repo.authorisations.authorisation(serial, id))?.reversedBy === 'string';
    if (original.currency !== r.amount?.currency || (await reversed(original.transactionId))) return over;
    let left = original.amountMinor;
    for (const refund of await this.store.qrRefunds(serial, original.transactionId)) {
      if (refund.outcome.status === 'approved' && !(await reversed(refund.transactionId))) left -= refund.amountMinor;
    }
    return amount > left ? over : decideRefund(this.rules, o.provider, { now });
  }

  private async queried(serial: string, q: posrt.channel.v1.QrPaymentQuery): Promise<Response> {
    const stored = ID.test(q.transactionId) ? await this.store.qrPayment(serial, q.transactionId) : undefined;
    if (stored?.kind !== 'merchant-presented' || stored.orderReference !== q.orderReference) return response(q.transactionId, declined('25', 'E-BACKEND-0303', this.now()));
    return this.outcomeOf(stored);
  }

  /** A merchant-presented order the terminal reversed (the cashier's Cancel while the code was
   *  shown, or a wait that ended) is settled at once: still pending, it is declined 17 and its
   *  wallet can no longer pay it — the centre sees it closed without waiting for a query that
   *  will not come; already paid, it stays paid and the matched reversal is its refund. */
  async reversed(serial: string, transactionId: string): Promise<void> {
    const stored = await this.store.qrPayment(serial, transactionId);
    if (stored?.kind === 'merchant-presented') await this.outcomeOf(stored);
  }

  /** The stored payment's answer; a pending order the payer's wallet has paid by now is decided
   *  (and kept) first. */
  private async outcomeOf(p: StoredQrPayment): Promise<Response> {
    if (p.outcome.status !== 'pending') return response(p.transactionId, p.outcome);
    const now = this.now();
    const reversed = (await this.repo.authorisations.authorisation(p.serial, p.transactionId))?.reversedBy;
    const answer = typeof reversed === 'string' ? declined('17', 'E-BACKEND-0306', now) : decideOrder(this.rules, { amount: p.amountMinor, registeredAt: p.registeredAt }, { now });
    if (answer.status === 'pending' || answer.status === 'unavailable') return response(p.transactionId, answer);
    const decided = (await this.store.decideQrPayment(p.serial, p.transactionId, answer)) ?? { ...p, outcome: answer };
    await this.answered(decided);
    return response(p.transactionId, decided.outcome);
  }

  /** The payment as an authorisation answered, for a reversal to find (an order's decision
   *  replaces its pending answer unless it was reversed meanwhile). */
  private async answered(p: StoredQrPayment): Promise<void> {
    const o = p.outcome;
    await this.repo.authorisations.storeAuthorisation({
      transactionId: p.transactionId,
      serial: p.serial,
      stan: 0,
      amountMinor: p.amountMinor,
      currency: p.currency,
      maskedPan: '',
      outcome: ANSWERED[o.status],
      arc: o.status === 'approved' ? '00' : o.status === 'declined' ? o.declineCode : '',
      answeredAt: this.now(),
    });
  }
}
