// What the terminal page shows of scan-to-pay (qr-payment-store.ts): each payment the wallet
// simulator was asked about, newest first — whose code it was (or a refund, referring to its
// original's transaction id), the order's reference, the amount,
// how it stands and, once decided, the wallet and its reference or decline. Nothing here holds
// a payment code: the store has none.
import type { StoredQrPayment } from '../qr-payment-store.js';
import { amountText, timestamp } from './fleet-view.js';
import { label, type Strings } from './strings.js';

export interface QrRow {
  readonly transactionId: string;
  readonly status: StoredQrPayment['outcome']['status'];
  readonly text: { readonly registeredAt: string; readonly kind: string; readonly reference: string; readonly amount: string; readonly status: string; readonly provider: string; readonly result: string };
}

export function qrRow(p: StoredQrPayment, s: Strings): QrRow {
  const o = p.outcome;
  return {
    transactionId: p.transactionId,
    status: o.status,
    text: {
      registeredAt: timestamp(p.registeredAt),
      kind: label(s.qrKind, p.kind),
      reference: p.kind === 'refund' ? p.originalTransactionId : p.orderReference,
      amount: `${amountText(p.amountMinor)} ${p.currency}`,
      status: label(s.qrStatus, o.status),
      provider: o.status === 'pending' ? '' : o.provider,
      result: o.status === 'approved' ? `${o.authorisationCode} ${o.hostReference}` : o.status === 'declined' ? `${o.declineCode} ${o.errorCode}` : '',
    },
  };
}
