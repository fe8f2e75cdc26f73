// One contact card through the EMV kernel (Books 3 and 4, src/emv/contact/kernel.ts) with the
// journal written ahead of each step that can fail, and the kernel's outcome turned into the
// journal's: approved online (TC after an approval), offline (TC at the first GENERATE AC),
// declined by the card or the issuer, or — when the request may have reached the issuer and the
// transaction cannot stand — a reversal.
//
// Decision (the spec leaves it to the acquirer): a host that did not answer once the ARQC left
// is an uncertain outcome, reversed, whatever the card does at the second GENERATE AC; the
// terminal does not keep "unable to go online" approvals (Y3) of a request that may have left.
import { runContactTransaction } from '../../emv/contact/kernel.js';
import type { TransactionRecord } from '../../emv/contact/outcome.js';
import { PosError } from '../../errors/index.js';
import type { CardReader } from '../../kernel/index.js';
import { emvDataOfRecord } from '../journal/index.js';
import { cardReadOnce, type CardEnd, type CardRun } from './card-end.js';
import { listenForPan } from './card-pan.js';
import { hostAnswer, journaledHost } from './journaled-host.js';
import { schemeOfAid } from './scheme.js';

export async function runContactCard(run: CardRun, reader: CardReader): Promise<CardEnd> {
  const { ports, journal, id } = run;
  const session = await reader.connect();
  const card = listenForPan(session);
  // The scheme is the selected AID's: the host port's card-read takes it from the request's ICC
  // data, an offline decision's from the record.
  let cardRead: ((pan: string | undefined) => void) | undefined;
  const readWith = (aid: Uint8Array | undefined) => (cardRead ??= cardReadOnce(run, 'contact', aid ? schemeOfAid(aid) : 'other'));
  const host = journaledHost(journal, id, ports.authorisation({ transactionId: id, stan: journal.get(id).stan, entryMode: 'contact' }), {
    cardRead: (pan, aid) => readWith(aid)(pan),
    secondAc: true,
    onSend: () => ports.screens.show({ id: 'book-a', message: 'authorising-please-wait' }),
  });
  let result;
  try {
    result = await runContactTransaction(
      card,
      { type: run.emvType, amount: run.amount, amountOther: 0n },
      {
        terminal: { ...ports.settings.terminal, currencyCode: ports.settings.currency.code, currencyExponent: ports.settings.currency.exponent },
        aids: ports.settings.aids,
        caKeys: ports.settings.caKeys,
        revoked: ports.settings.revoked,
        pinPad: ports.pinPad,
        authorisation: host,
        now: ports.clock.now,
        elapsedMs: ports.clock.elapsedMs,
        random: ports.random,
      },
    );
  } finally {
    await session.close();
  }
  const o = result.outcome;
  const phase = journal.get(id).phase.kind;
  const answer = host.answer();
  const recordEmv = (r: TransactionRecord | undefined) => (r ? emvDataOfRecord(r) : undefined);
  switch (o.kind) {
    case 'try-another-interface':
      return { kind: 'chip-unreadable', error: o.error };
    case 'end-application':
      journal.step(id, { to: 'failed', errorCode: 'E-TXN-0006' });
      return { kind: 'failed', error: new PosError('E-TXN-0006', { reason: o.reason }) };
    case 'aborted':
      return abort(run, phase, o.error, recordEmv(o.record));
    case 'approved':
    case 'declined':
    case 'online-declined': {
      const emv = emvDataOfRecord(o.record);
      readWith(o.record.aid)(card.pan());
      if (phase === 'card-read' || phase === 'started') {
        // The card decided at its first GENERATE AC: nothing went to the host.
        if (o.kind === 'approved') journal.step(id, { to: 'offline-approved', path: 'offline', emv });
        else journal.step(id, { to: 'declined', path: 'offline', emv });
        return { kind: o.kind === 'approved' ? 'approved' : 'declined' };
      }
      if (answer === undefined || answer.kind === 'unavailable') return reverse(run, 'no-answer', new PosError('E-TXN-0004', { phase }), emv);
      if (answer.kind === 'declined') {
        journal.step(id, { to: 'declined', path: 'online', host: hostAnswer(answer)!, emv });
        return { kind: 'declined' };
      }
      // The issuer approved: the card's TC completes it; its AAC is a decline after approval.
      if (o.kind === 'approved') {
        journal.step(id, { to: 'approved', emv });
        return { kind: 'approved' };
      }
      return reverse(run, 'card-declined-after-approval', new PosError('E-TXN-0005', {}), emv);
    }
  }
}

/** An abort after the request may have left is reversed; before it, the transaction failed. */
export function abort(run: CardRun, phase: string, error: PosError, emv: ReturnType<typeof emvDataOfRecord> | undefined): CardEnd {
  if (phase === 'started' || phase === 'card-read') {
    run.journal.step(run.id, { to: 'failed', errorCode: error.code });
    return { kind: 'failed', error };
  }
  return reverse(run, phase === 'authorising' ? 'no-answer' : 'terminal-failure', error, emv);
}

function reverse(run: CardRun, reason: 'no-answer' | 'card-declined-after-approval' | 'terminal-failure', error: PosError, emv: ReturnType<typeof emvDataOfRecord> | undefined): CardEnd {
  run.journal.step(run.id, { to: 'reversal-pending', reason, ...(emv ? { emv } : {}) });
  return { kind: 'reversed', error };
}
