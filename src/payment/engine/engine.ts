// The transaction engine: one method per transaction type, each a short sequence over the
// injected ports — refuse when locked, stamp the operator (and the supervisor who approved on
// the spot), begin in the journal, run the card (contact, or a tap through Entry Point, the
// kernels asking for the PIN pad and the host), end with the journal's outcome, print both
// copies, show the result. The journal is written before every step that can fail
// (journaled-host.ts); its outbox port carries the uploads and reversals.
import { isPosError, PosError } from '../../errors/index.js';
import type { JournalTransaction, TransactionType } from '../journal/index.js';
import type { Action } from '../roles.js';
import type { CardEnd, CardRun } from './card-end.js';
import { waitForCard } from './card-wait.js';
import { runContactCard } from './contact-card.js';
import { runContactlessCard } from './contactless-card.js';
import type { EngineOutcome, Stamp } from './outcome.js';
import type { EnginePorts, EngineScreen, EngineTransactionKind } from './ports.js';
import { printReceipts } from './receipts.js';

export interface SaleInput {
  /** Minor units of the terminal's currency. */
  readonly amount: bigint;
  /** Stops waiting for the card (the operator cancelled). */
  readonly signal?: AbortSignal;
}

export class PaymentEngine {
  constructor(private readonly ports: EnginePorts) {}

  /** A card sale: insert (chip) or tap (contactless), online PIN through the PIN pad when the
   *  card asks for it, online through the host or approved offline by the card. */
  async sale(input: SaleInput): Promise<EngineOutcome> {
    return this.cardTransaction('sale', 'sale', input.amount, input.signal);
  }

  /** Refuses a locked terminal (E-TXN-0002), then the operator's permit for `action`, asking a
   *  supervisor on the spot when the operator's role needs one (E-TXN-0008 when none came). */
  protected async stamp(action: Action): Promise<Stamp> {
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

  private async cardTransaction(type: TransactionType & EngineTransactionKind, action: Action, amount: bigint, signal: AbortSignal | undefined, originalId?: string): Promise<EngineOutcome> {
    let stamp: Stamp;
    try {
      stamp = await this.stamp(action);
    } catch (e) {
      return this.refused(e);
    }
    const { journal, settings, screens } = this.ports;
    const begun = journal.begin({ type, amount, currency: settings.currency.code, operatorId: stamp.operatorId, ...(originalId ? { originalId } : {}) });
    const run: CardRun = { ports: this.ports, journal, id: begun.id, emvType: type === 'refund' ? 'refund' : 'purchase', amount, signal };
    let end: CardEnd;
    try {
      screens.show({ id: 'book-a', message: 'present-card', amount });
      const presented = await waitForCard(this.ports.readers, settings.presentTimeoutMs, signal);
      end = presented.kind === 'contact' ? await runContactCard(run, presented.reader) : await runContactlessCard(run, presented.reader);
      if (end.kind === 'try-contact' && this.ports.readers.contact) {
        screens.show({ id: 'book-a', message: 'please-insert-card', amount });
        const inserted = await waitForCard({ contact: this.ports.readers.contact }, settings.presentTimeoutMs, signal);
        end = await runContactCard(run, inserted.reader);
      }
    } catch (e) {
      if (!isPosError(e)) throw e;
      end = this.failedBeforeHost(begun.id, e);
    }
    return this.finish(type, begun.id, end, stamp);
  }

  /** A coded error thrown outside the kernels (no card in time, the reader gone): failed if
   *  nothing left for the host, else reversed. */
  private failedBeforeHost(id: string, error: PosError): CardEnd {
    const phase = this.ports.journal.get(id).phase.kind;
    if (phase === 'started' || phase === 'card-read') {
      this.ports.journal.step(id, { to: 'failed', errorCode: error.code });
      return { kind: 'failed', error };
    }
    if (phase === 'authorising' || phase === 'host-approved' || phase === 'approved') {
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
        screens.show({ id: 'book-a', message: transaction.emv.signatureRequired === true ? 'approved-please-sign' : 'approved', amount: transaction.amount });
        const receipts = await printReceipts(this.ports.printer, journal, id, settings.receipt, settings.receiptLanguage);
        screens.show(this.resultScreen(kind, transaction));
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
