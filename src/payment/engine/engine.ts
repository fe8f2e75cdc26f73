// The transaction engine: one method per transaction type, each a short sequence over the
// injected ports — refuse when locked, stamp the operator (and the supervisor who approved on
// the spot), begin in the journal, run the card (contact, or a tap through Entry Point, the
// kernels asking for the PIN pad and the host), end with the journal's outcome, print both
// copies, show the result. The journal is written before every step that can fail
// (journaled-host.ts); its outbox port carries the uploads and reversals.
import { isPosError, PosError } from '../../errors/index.js';
import { STANDING, type BeginInput, type Journal, type JournalTransaction, type TransactionQuery, type TransactionType } from '../journal/index.js';
import type { Action } from '../roles.js';
import type { CardEnd, CardRun } from './card-end.js';
import { identifyCard } from './card-identify.js';
import { waitForCard } from './card-wait.js';
import { runContactCard } from './contact-card.js';
import { runContactlessCard } from './contactless-card.js';
import type { EngineOutcome, Stamp } from './outcome.js';
import type { EnginePorts, EngineScreen, EngineTransactionKind } from './ports.js';
import { nextScan, payScannedCode, refundToWallet, showMerchantQr, walletPaymentOf } from './qr-payments.js';
import { printReceipts } from './receipts.js';
import { runSwipeFallback } from './swipe-fallback.js';

export interface SaleInput {
  /** Minor units of the terminal's currency. */
  readonly amount: bigint;
  /** Stops waiting for the card (the operator cancelled). */
  readonly signal?: AbortSignal;
}

/** How the operator names an original: the host's reference or authorisation code from the
 *  slip, or its voucher (trace) number. */
export type OriginalRef = { readonly reference: string } | { readonly trace: number };

export interface RefundInput {
  readonly amount: bigint;
  /** The sale refunded: named from the slip, or found by the card ('by-card': the card is read
   *  first and the journal's newest standing sale of that card taken); a refund may stand alone. */
  readonly original?: OriginalRef | 'by-card';
  readonly signal?: AbortSignal;
}

export interface QrInput extends SaleInput {
  /** How long the customer has to show or pay the code, ms. */
  readonly timeoutMs: number;
  /** Merchant-presented: also print the code (the customer scans the paper). */
  readonly printCode?: boolean;
}

export interface FollowUpInput {
  readonly original: OriginalRef;
  readonly signal?: AbortSignal;
}

export interface CompletionInput extends FollowUpInput {
  /** At most the pre-authorised amount. */
  readonly amount: bigint;
}

/** The types each follow-up may refer to, and whether the original must be in the open batch. */
const FOLLOWS: Record<'void' | 'refund' | 'pre-auth-completion' | 'pre-auth-cancel', { readonly types: readonly TransactionType[]; readonly sameBatch: boolean }> = {
  void: { types: ['sale', 'qr-sale', 'pre-auth-completion'], sameBatch: true },
  refund: { types: ['sale', 'qr-sale', 'pre-auth-completion'], sameBatch: false },
  'pre-auth-completion': { types: ['pre-auth'], sameBatch: false },
  'pre-auth-cancel': { types: ['pre-auth'], sameBatch: false },
};

export type FollowUpType = keyof typeof FOLLOWS;

/** The journal's transactions (those `query` finds, newest first) that a follow-up of `type`
 *  may refer to: of the types it follows, still standing, in the open batch for a void. */
export function originalsFor(journal: Journal, type: FollowUpType, query: TransactionQuery = {}): JournalTransaction[] {
  const { types, sameBatch } = FOLLOWS[type];
  const openBatch = journal.xReport().batch;
  return journal.query(query).filter((t) => types.includes(t.type) && STANDING.includes(t.phase.kind) && (!sameBatch || t.batch === openBatch));
}

export class PaymentEngine {
  constructor(private readonly ports: EnginePorts) {}

  /** A card sale: insert (chip) or tap (contactless), online PIN through the PIN pad when the
   *  card asks for it, online through the host or approved offline by the card. */
  async sale(input: SaleInput): Promise<EngineOutcome> {
    return this.cardTransaction('sale', 'sale', input.amount, input.signal);
  }

  /** Scan-to-pay, consumer-presented: the customer's wallet code or EMV CPM code read by the
   *  scanner and sent to the host for authorisation. */
  async consumerQr(input: QrInput): Promise<EngineOutcome> {
    const { scanner, qrHost } = this.ports;
    if (scanner === undefined || qrHost === undefined) return this.refused(new PosError('E-TXN-0009', { payment: 'consumer-qr', scanner: scanner ? 1 : 0, host: qrHost ? 1 : 0 }));
    return this.qrSale(input, async (id) => {
      this.ports.screens.show({ id: 'scan-code', amount: input.amount });
      const scan = await nextScan(scanner, input.timeoutMs, input.signal);
      return payScannedCode(this.ports.journal, id, qrHost, scan, this.ports.settings.currency.code);
    });
  }

  /** Scan-to-pay, merchant-presented: the terminal's dynamic EMV MPM code shown for the
   *  customer's wallet, the host asked until the wallet paid. */
  async merchantQr(input: QrInput): Promise<EngineOutcome> {
    const { qrHost, settings } = this.ports;
    if (qrHost === undefined || settings.merchantQr === undefined) return this.refused(new PosError('E-TXN-0009', { payment: 'merchant-qr', host: qrHost ? 1 : 0, merchant: settings.merchantQr ? 1 : 0 }));
    return this.qrSale(input, (id) => showMerchantQr(this.ports, qrHost, id, input));
  }

  private qrSale(input: QrInput, pay: (id: string) => Promise<CardEnd>): Promise<EngineOutcome> {
    return this.run('sale', { type: 'qr-sale', amount: input.amount, currency: this.ports.settings.currency.code }, (begun) => pay(begun.id));
  }

  /** A pre-authorisation: a sale's card flow, the amount held by the issuer until completed. */
  async preAuth(input: SaleInput): Promise<EngineOutcome> {
    return this.cardTransaction('pre-auth', 'pre-auth', input.amount, input.signal);
  }

  /** A refund (EMV transaction type 20) with a supervisor's approval on the spot when the
   *  operator is a cashier; of the sale named, or standing alone (by card). A QR sale named is
   *  refunded to its wallet, not to a card. */
  async refund(input: RefundInput): Promise<EngineOutcome> {
    let originalId: string | undefined;
    if (input.original === 'by-card') {
      const original = await this.originalByCard(input.amount, input.signal);
      if (original instanceof PosError) return this.refused(original);
      originalId = original.id;
    } else if (input.original !== undefined) {
      const original = this.findOriginal('refund', input.original);
      if (original instanceof PosError) return this.refused(original);
      if (input.amount > original.amount) return this.refused(new PosError('E-TXN-0007', { original: original.id, reason: 'amount-over-original' }));
      if (original.type === 'qr-sale') return this.walletRefund(input.amount, original);
      originalId = original.id;
    }
    return this.cardTransaction('refund', 'refund', input.amount, input.signal, originalId);
  }

  /** A refund of a QR sale: back to the wallet that paid it through the QR host, no card asked
   *  (a QR sale has none); journaled under the sale's scheme. */
  private walletRefund(amount: bigint, original: JournalTransaction): Promise<EngineOutcome> {
    const { qrHost, screens } = this.ports;
    if (qrHost === undefined) return Promise.resolve(this.refused(new PosError('E-TXN-0009', { payment: 'qr-refund', host: 0 })));
    const payment = walletPaymentOf(original);
    if (payment === undefined) return Promise.resolve(this.refused(new PosError('E-TXN-0007', { original: original.id, reason: 'no-host-reference' })));
    return this.run('refund', { type: 'refund', amount, currency: original.currency, originalId: original.id }, (begun) => {
      screens.show({ id: 'book-a', message: 'authorising-please-wait', amount });
      return refundToWallet(this.ports.journal, begun.id, qrHost, payment);
    });
  }

  /** Undoes a sale of the open batch, with a supervisor's approval on the spot; the same card is
   *  presented and read (not charged). */
  async void(input: FollowUpInput): Promise<EngineOutcome> {
    return this.followUp('void', 'void', input.original, undefined, input.signal);
  }

  /** Completes a pre-authorisation for at most its amount, with the same card. */
  async completion(input: CompletionInput): Promise<EngineOutcome> {
    return this.followUp('pre-auth-completion', 'completion', input.original, input.amount, input.signal);
  }

  /** Cancels a pre-authorisation, with the same card (a void of it: its own approval rule). */
  async cancelPreAuth(input: FollowUpInput): Promise<EngineOutcome> {
    return this.followUp('pre-auth-cancel', 'void', input.original, undefined, input.signal);
  }

  /** Refuses a locked terminal (E-TXN-0002), then the operator's permit for `action`, asking a
   *  supervisor on the spot when the operator's role needs one (E-TXN-0008 when none came). */
  private async stamp(action: Action): Promise<Stamp> {
    const lock = this.ports.lock.state;
    if (lock.locked) throw new PosError('E-TXN-0002', { reason: lock.reason });
    const operators = this.ports.operators;
    const decision = operators.authorise(action);
    if (decision.kind !== 'needs-supervisor-approval') {
      const permit = operators.permit(action);
      return { operatorId: permit.operatorId, approverId: permit.approverId };
    }
    const credentials = await this.ports.screens.askSupervisor(action);
    if (credentials === null) throw new PosError('E-TXN-0008', { action });
    const approval = await operators.approve(action, credentials.approverId, credentials.password);
    const permit = operators.permit(action, approval);
    return { operatorId: permit.operatorId, approverId: permit.approverId };
  }

  /**
   * A balance inquiry (EMV 9C 31, amount zero): the chip read, the cardholder verified as its
   * CVM list says, the issuer always asked; its available balance is journaled (type balance,
   * counted in no total), shown on the balance screen and printed on the cardholder's slip (the
   * merchant's copy withholds it). By chip, or the stripe after a chip that cannot be read: the
   * contactless kernels' rules are for payments.
   */
  async balance(input: { readonly signal?: AbortSignal } = {}): Promise<EngineOutcome> {
    const { settings, screens, readers, magStripe } = this.ports;
    if (readers.contact === undefined) return this.refused(new PosError('E-TXN-0009', { payment: 'balance', contact: 0 }));
    const contact = readers.contact;
    return this.run('balance', { type: 'balance', amount: 0n, currency: settings.currency.code }, async (begun) => {
      const run: CardRun = { ports: this.ports, journal: this.ports.journal, id: begun.id, emvType: 'balance', amount: 0n };
      screens.show({ id: 'book-a', message: 'please-insert-card' });
      let end = await runContactCard(run, (await waitForCard({ contact }, settings.presentTimeoutMs, input.signal)).reader);
      if (end.kind === 'chip-unreadable' && magStripe) end = await runSwipeFallback(run, magStripe);
      return end;
    });
  }

  private cardTransaction(type: TransactionType, action: Action, amount: bigint, signal: AbortSignal | undefined, originalId?: string): Promise<EngineOutcome> {
    const { settings, screens, readers } = this.ports;
    return this.run(action, { type, amount, currency: settings.currency.code, ...(originalId ? { originalId } : {}) }, async (begun) => {
      const run: CardRun & { readonly emvType: 'purchase' | 'refund' } = { ports: this.ports, journal: this.ports.journal, id: begun.id, emvType: type === 'refund' ? 'refund' : 'purchase', amount };
      screens.show({ id: 'book-a', message: 'present-card', amount });
      const presented = await waitForCard(readers, settings.presentTimeoutMs, signal);
      let end = presented.kind === 'contact' ? await runContactCard(run, presented.reader) : await runContactlessCard(run, presented.reader);
      if (end.kind === 'try-contact' && readers.contact) {
        screens.show({ id: 'book-a', message: 'please-insert-card', amount });
        end = await runContactCard(run, (await waitForCard({ contact: readers.contact }, settings.presentTimeoutMs, signal)).reader);
      }
      if (end.kind === 'chip-unreadable' && this.ports.magStripe) {
        end = await runSwipeFallback(run, this.ports.magStripe);
      }
      return end;
    });
  }

  /**
   * What every transaction shares: the operator stamped (refused before the journal when it
   * cannot be), begun in the journal, `work` run, a coded error on the way ended in the journal
   * (failed, or reversed once the request may have left), then finished.
   */
  private async run(action: Action, begin: Omit<BeginInput, 'operatorId'>, work: (begun: JournalTransaction) => Promise<CardEnd>): Promise<EngineOutcome> {
    let stamp: Stamp;
    let begun: JournalTransaction;
    try {
      stamp = await this.stamp(action);
      begun = this.ports.journal.begin({ ...begin, operatorId: stamp.operatorId, ...(stamp.approverId === null ? {} : { approverId: stamp.approverId }) });
    } catch (e) {
      return this.refused(e);
    }
    let end: CardEnd;
    try {
      end = await work(begun);
    } catch (e) {
      if (!isPosError(e)) throw e;
      end = this.failedBeforeHost(begun.id, e);
    }
    return this.finish(begin.type, begun.id, end, stamp);
  }

  /** The newest sale of the card presented that a refund of `amount` may refer to. The card's
   *  PAN is only matched against the journal's keyed hashes, then dropped. */
  private async originalByCard(amount: bigint, signal: AbortSignal | undefined): Promise<JournalTransaction | PosError> {
    try {
      this.ports.screens.show({ id: 'book-a', message: 'present-card', amount });
      const card = await identifyCard(this.ports, await waitForCard(this.ports.readers, this.ports.settings.presentTimeoutMs, signal));
      const { types } = FOLLOWS.refund;
      const found = this.ports.journal.findByPan(card.pan).find((t) => types.includes(t.type) && STANDING.includes(t.phase.kind) && t.amount >= amount);
      return found ?? new PosError('E-TXN-0007', { original: 'by-card', scheme: card.scheme });
    } catch (e) {
      if (!isPosError(e)) throw e;
      return e;
    }
  }

  private findOriginal(type: FollowUpType, ref: OriginalRef): JournalTransaction | PosError {
    const found = originalsFor(this.ports.journal, type, 'reference' in ref ? { reference: ref.reference } : { trace: ref.trace })[0];
    return found ?? new PosError('E-TXN-0007', { ...('reference' in ref ? { reference: ref.reference } : { trace: ref.trace }), type });
  }

  /**
   * A void, completion or cancel: the original found, the operator stamped, the same card read,
   * then decided by the terminal within its batch and uploaded through the outbox. The backend
   * answers no void, completion or cancel online today (its issuer simulator authorises ARQCs):
   * the upload and the settlement carry them.
   */
  private followUp(type: 'void' | 'pre-auth-completion' | 'pre-auth-cancel', action: Action, ref: OriginalRef, amount: bigint | undefined, signal: AbortSignal | undefined): Promise<EngineOutcome> {
    const original = this.findOriginal(type, ref);
    if (original instanceof PosError) return Promise.resolve(this.refused(original));
    if (amount !== undefined && amount > original.amount) return Promise.resolve(this.refused(new PosError('E-TXN-0007', { original: original.id, reason: 'amount-over-original' })));
    const { journal, settings, screens } = this.ports;
    return this.run(action, { type, amount: amount ?? original.amount, currency: original.currency, originalId: original.id }, async (begun) => {
      screens.show({ id: 'book-a', message: 'present-card', amount: begun.amount });
      const card = await identifyCard(this.ports, await waitForCard(this.ports.readers, settings.presentTimeoutMs, signal));
      journal.step(begun.id, { to: 'card-read', card });
      journal.step(begun.id, { to: 'offline-approved', path: 'offline' });
      return { kind: 'approved' };
    });
  }

  /** A coded error thrown outside the kernels (no card in time, the reader gone): failed if
   *  nothing left for the host, else reversed. */
  private failedBeforeHost(id: string, error: PosError): CardEnd {
    const phase = this.ports.journal.get(id).phase.kind;
    if (phase === 'started' || phase === 'card-read') {
      this.ports.journal.step(id, { to: 'failed', errorCode: error.code });
      return { kind: 'failed', error };
    }
    if (phase === 'authorising' || phase === 'host-approved') {
      this.ports.journal.step(id, { to: 'reversal-pending', reason: phase === 'authorising' ? 'no-answer' : 'terminal-failure' });
      return { kind: 'reversed', error };
    }
    return { kind: 'failed', error };
  }

  private async finish(kind: EngineTransactionKind, id: string, end: CardEnd, stamp: Stamp): Promise<EngineOutcome> {
    const { journal, screens, settings } = this.ports;
    const transaction = journal.get(id);
    switch (end.kind) {
      case 'approved': {
        if (kind === 'balance') screens.show({ id: 'book-a', message: 'approved' });
        else screens.show({ id: 'book-a', message: transaction.emv.signatureRequired === true ? 'approved-please-sign' : 'approved', amount: transaction.amount });
        const receipts = await printReceipts(this.ports.printer, journal, id, settings.receipt, settings.receiptLanguage);
        screens.show(kind === 'balance' ? balanceScreen(transaction) : this.resultScreen(kind, transaction));
        return { kind: 'approved', transaction, stamp, receipts };
      }
      case 'declined':
        screens.show({ id: 'book-a', message: 'not-authorised' });
        screens.show(this.resultScreen(kind, transaction));
        return { kind: 'declined', transaction, stamp };
      case 'reversed':
        screens.show({ id: 'error', error: end.error });
        return { kind: 'reversed', transaction, stamp, error: end.error };
      case 'failed':
        screens.show({ id: 'error', error: end.error });
        return { kind: 'failed', transaction, stamp, error: end.error };
      case 'chip-unreadable':
      case 'try-contact': {
        const error = end.kind === 'chip-unreadable' && end.error ? end.error : new PosError('E-TXN-0006', { ending: end.kind });
        if (journal.get(id).phase.kind === 'started') journal.step(id, { to: 'failed', errorCode: error.code });
        screens.show({ id: 'error', error });
        return { kind: 'failed', transaction: journal.get(id), stamp, error };
      }
    }
  }

  private resultScreen(kind: EngineTransactionKind, t: JournalTransaction): EngineScreen {
    const approved = t.phase.kind === 'approved' || t.phase.kind === 'offline-approved';
    return {
      id: 'result',
      kind,
      amount: t.amount,
      maskedPan: t.maskedPan ?? null,
      reference: t.hostReference ?? null,
      result: approved ? { outcome: 'approved', authCode: t.authorisationCode ?? null } : { outcome: 'declined', responseCode: t.responseCode ?? null },
    };
  }

  private refused(e: unknown): EngineOutcome {
    if (!isPosError(e)) throw e;
    this.ports.screens.show({ id: 'error', error: e });
    return { kind: 'refused', error: e };
  }
}

/** The issuer's answer to a balance inquiry for the operator and cardholder to read: null when
 *  the issuer approved without a balance this terminal can show (none, or another currency). */
function balanceScreen(t: JournalTransaction): EngineScreen {
  return { id: 'balance', maskedPan: t.maskedPan ?? null, balance: t.balance ?? null, reference: t.hostReference ?? null };
}
