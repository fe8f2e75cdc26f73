// Scan-to-pay (EMV QRCPS): the customer's code read by the scanner and sent to the host
// (Consumer-Presented Mode, and the wallets' own codes), or the terminal's dynamic code shown
// for the customer's wallet to scan and pay, the host polled until the wallet has paid
// (Merchant-Presented Mode). Either way the journal has authorising before the code can be
// paid, so a crash or a silent host is reversed like a card's request; a refund of a QR sale goes
// back to its wallet through the host the same way. The scanned code is a
// bearer token: it stays sealed until the one request that carries it.
import { PosError } from '../../errors/index.js';
import type { Scanner, ScannerEvents } from '../../kernel/index.js';
import type { Journal, JournalTransaction } from '../journal/index.js';
import { buildMerchantQr, merchantQrSlipJob, paymentCode, qrMatrix, type PaymentCode } from '../qr/index.js';
import type { CardEnd } from './card-end.js';
import type { EnginePorts, QrHostDecision, QrHostPort } from './ports.js';
import { schemeOfAid } from './scheme.js';

const POLL_MS = 1_000;

/** The next scan, or E-TXN-0003 when none came in time. */
export async function nextScan(scanner: Scanner, timeoutMs: number, signal?: AbortSignal): Promise<ScannerEvents['scan']> {
  await scanner.enable();
  try {
    return await new Promise<ScannerEvents['scan']>((resolve, reject) => {
      const stop = () => {
        off();
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancelled);
      };
      const off = scanner.events.on('scan', (scan) => (stop(), resolve(scan)));
      const cancelled = () => (stop(), reject(new PosError('E-TXN-0003', { waitedFor: 'scan', cancelled: 1 })));
      const timer = setTimeout(() => (stop(), reject(new PosError('E-TXN-0003', { waitedFor: 'scan', waitedMs: timeoutMs }))), timeoutMs);
      signal?.addEventListener('abort', cancelled);
    });
  } finally {
    await scanner.disable();
  }
}

/** The journal's scheme of a scanned code: the wallet's, or the CPM application's network. */
function schemeOfCode(code: PaymentCode): string {
  if (code.kind === 'wallet') return `qr-${code.wallet}`;
  const aid = code.applications[0]?.aid;
  return `qr-${aid === undefined ? 'other' : schemeOfAid(Uint8Array.from(Buffer.from(aid, 'hex')))}`;
}

/** A scanned code through the host: card-read (qr, consumer), authorising, the host's answer. */
export async function payScannedCode(journal: Journal, id: string, host: QrHostPort, scan: ScannerEvents['scan'], currency: string): Promise<CardEnd> {
  let code: PaymentCode;
  try {
    code = paymentCode(scan);
  } catch (e) {
    const error = e instanceof PosError ? e : new PosError('E-TXN-0010', {});
    journal.step(id, { to: 'failed', errorCode: error.code });
    return { kind: 'failed', error };
  }
  journal.step(id, { to: 'card-read', card: { entryMode: 'qr', scheme: schemeOfCode(code), presentedBy: 'consumer' } });
  const t = journal.step(id, { to: 'authorising' });
  const answer = await host.authoriseCode({
    transactionId: id,
    code: code.kind === 'wallet' ? code.code.reveal() : Buffer.from(code.payload.reveal()).toString('base64'),
    amount: t.amount,
    currency,
    operatorId: t.operatorId,
  });
  return journalDecision(journal, id, answer);
}

/** The host's decision on an authorising transaction, journaled: no answer is reversed. */
function journalDecision(journal: Journal, id: string, answer: QrHostDecision): CardEnd {
  switch (answer.kind) {
    case 'approved':
      journal.step(id, { to: 'approved', host: { responseCode: answer.responseCode, ...(answer.authorisationCode ? { authorisationCode: answer.authorisationCode } : {}), ...(answer.hostReference ? { hostReference: answer.hostReference } : {}) } });
      return { kind: 'approved' };
    case 'declined':
      journal.step(id, { to: 'declined', path: 'online', host: { responseCode: answer.responseCode } });
      return { kind: 'declined' };
    case 'unavailable':
      journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
      return { kind: 'reversed', error: new PosError('E-TXN-0004', { phase: 'authorising' }) };
  }
}

/**
 * A refund of the QR sale `original` back to the wallet that paid it, through the host: no code
 * and no card — the wallet is the original's, so the refund is journaled under its scheme and
 * presenter, authorising before the request leaves, and a refund the host did not answer is
 * reversed (it may have been made).
 */
export async function refundToWallet(journal: Journal, id: string, host: QrHostPort, original: WalletPayment): Promise<CardEnd> {
  journal.step(id, { to: 'card-read', card: { entryMode: 'qr', scheme: original.scheme, presentedBy: original.presentedBy } });
  const t = journal.step(id, { to: 'authorising' });
  const answer = await host.refund({ transactionId: id, originalTransactionId: original.id, originalHostReference: original.hostReference, amount: t.amount, currency: t.currency, operatorId: t.operatorId });
  return journalDecision(journal, id, answer);
}

/** What a refund to the wallet needs of its original QR sale. */
export interface WalletPayment {
  readonly id: string;
  readonly scheme: string;
  readonly presentedBy: 'consumer' | 'merchant';
  /** The wallet's order number the host approved the sale with. */
  readonly hostReference: string;
}

/** The QR sale `t` as a refund to its wallet names it; undefined when the journal lacks what
 *  the host needs (a sale approved without a host reference). */
export function walletPaymentOf(t: JournalTransaction): WalletPayment | undefined {
  const { scheme, qrPresentedBy, hostReference } = t;
  if (t.type !== 'qr-sale' || scheme === undefined || qrPresentedBy === undefined || hostReference === undefined) return undefined;
  return { id: t.id, scheme, presentedBy: qrPresentedBy, hostReference };
}

/** The terminal's reference for a merchant-presented order: batch and trace, twelve digits, as
 *  the payload's reference label (at most 25 characters) and the slip print it. */
export function orderReference(batch: number, stan: number): string {
  return `${String(batch).padStart(6, '0')}${String(stan).padStart(6, '0')}`;
}

/**
 * The order registered with the host, its dynamic code shown (and printed when asked), then the host
 * asked every second whether the wallet paid, until it answers or the wait ends: a code shown
 * may be paid at any moment, so a wait that ends unanswered is reversed (the host cancels the
 * order or refunds it), never just dropped.
 */
export async function showMerchantQr(
  ports: EnginePorts,
  host: QrHostPort,
  id: string,
  options: { readonly timeoutMs: number; readonly printCode?: boolean; readonly signal?: AbortSignal },
): Promise<CardEnd> {
  const { journal, settings } = ports;
  const { timeoutMs, signal } = options;
  const merchant = settings.merchantQr!;
  const t = journal.get(id);
  const reference = orderReference(t.batch, t.stan);
  const payload = buildMerchantQr({
    initiation: 'dynamic',
    accounts: merchant.accounts,
    mcc: merchant.categoryCode,
    currency: Number(settings.currency.code),
    country: merchant.countryCode,
    merchantName: merchant.name,
    city: merchant.city,
    amount: t.amount,
    additional: { referenceLabel: reference, terminalLabel: settings.receipt.merchant.terminalId },
  });
  // UnionPay's QR network until the host names the wallet that paid: any wallet may scan the code.
  journal.step(id, { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-unionpay', presentedBy: 'merchant' } });
  // Registered before the code is shown and the journal says authorising: an order the host did
  // not take was never shown, so no wallet can have paid it.
  if (!(await host.registerOrder({ transactionId: id, reference, amount: t.amount, currency: settings.currency.code, operatorId: t.operatorId }).catch(() => false))) {
    const error = new PosError('E-TXN-0011', { phase: 'order' });
    journal.step(id, { to: 'failed', errorCode: error.code });
    return { kind: 'failed', error };
  }
  journal.step(id, { to: 'authorising' });
  ports.screens.show({ id: 'merchant-qr', payload, matrix: qrMatrix(payload), amount: t.amount, reference });
  // A slip that did not print leaves the code on the screen: the wait goes on either way.
  if (options.printCode === true && ports.printer) await ports.printer.print(merchantQrSlipJob({ payload, amount: t.amount, currency: Number(settings.currency.code), reference }, settings.receipt, settings.receiptLanguage));
  const started = Date.now();
  while (Date.now() - started < timeoutMs && signal?.aborted !== true) {
    const status = await host.merchantQrStatus({ transactionId: id, reference }).catch(() => undefined);
    // Any wallet may scan the code: the one the host says paid or refused it is the sale's scheme.
    const scheme = status?.wallet === undefined ? {} : { scheme: `qr-${status.wallet}` };
    if (status?.kind === 'paid') {
      journal.step(id, { to: 'approved', host: { responseCode: '00', hostReference: status.hostReference, ...(status.authorisationCode ? { authorisationCode: status.authorisationCode } : {}), ...scheme } });
      return { kind: 'approved' };
    }
    if (status?.kind === 'declined') {
      journal.step(id, { to: 'declined', path: 'online', host: { responseCode: status.responseCode, ...scheme } });
      return { kind: 'declined' };
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  journal.step(id, { to: 'reversal-pending', reason: signal?.aborted === true ? 'operator-cancelled' : 'no-answer' });
  return { kind: 'reversed', error: new PosError('E-TXN-0004', { phase: 'authorising', waitedMs: Date.now() - started }) };
}
