// One tap through Entry Point and the contactless kernels (EMV Contactless Books A and B, C-2,
// C-3, C-7), the card that leaves the field waited for again (presented-card.ts), the Book A
// messages shown as the kernels ask, and the outcome turned into the journal's. An Online
// Request goes through the journaled host (online PIN first when the Outcome's CVM asks);
// contactless has no second GENERATE AC, so the host's approval is final.
import { toHex } from '../../bytes/hex.js';
import { runContactlessTransaction } from '../../emv/contactless/entry-point/index.js';
import { kernelFor } from '../../emv/contactless/kernels.js';
import { sendOnlineRequest } from '../../emv/contactless/online-request.js';
import { PosError } from '../../errors/index.js';
import type { CardReader } from '../../kernel/index.js';
import type { EmvData } from '../journal/index.js';
import { cardReadOnce, type CardEnd, type CardRun } from './card-end.js';
import { panOf } from './card-pan.js';
import { hostAnswer, journaledHost } from './journaled-host.js';
import { presentedCard } from './presented-card.js';
import { schemeOfAid } from './scheme.js';

export async function runContactlessCard(run: CardRun & { readonly emvType: 'purchase' | 'refund' }, reader: CardReader): Promise<CardEnd> {
  const { ports, journal, id } = run;
  const terminal = { ...ports.settings.terminal, currencyCode: ports.settings.currency.code, currencyExponent: ports.settings.currency.exponent };
  const transaction = { type: run.emvType, amount: run.amount, amountOther: 0n };
  const card = presentedCard(reader, await reader.connect(), ports.settings.presentTimeoutMs);
  let result;
  try {
    result = await runContactlessTransaction(card, transaction, {
      terminal,
      combinations: ports.settings.combinations,
      kernelFor,
      caKeys: ports.settings.caKeys,
      revoked: ports.settings.revoked,
      ui: { show: (u) => ports.screens.show({ id: 'book-a', message: u.message, ...(u.value ? { amount: u.value.amount } : {}) }) },
      now: ports.clock.now,
      elapsedMs: ports.clock.elapsedMs,
      random: ports.random,
    });
  } finally {
    await card.close();
  }
  const o = result.outcome;
  if (o.kernel === null) {
    journal.step(id, { to: 'failed', errorCode: o.error.code });
    return { kind: 'failed', error: new PosError('E-TXN-0006', { code: o.error.code }) };
  }
  const record = o.dataRecord ?? new Map<number, Uint8Array>();
  const aid = result.selected?.aid;
  const kernel2MagStripe = o.kernel === 2 && record.has(0x9f6b);
  const emv: EmvData = {
    ...(aid ? { aid } : {}),
    ...(result.selected?.label !== undefined ? { label: result.selected.label } : {}),
    ...optional('tvr', record.get(0x95)),
    ...optional('tsi', record.get(0x9b)),
    ...optional('cvmResults', record.get(0x9f34)),
    ...optional('atc', record.get(0x9f36)),
    ...optional('panSequenceNumber', record.get(0x5f34)),
    ...(o.cryptogram ? { cryptogram: o.cryptogram } : {}),
    signatureRequired: o.outcome.cvm === 'signature',
    iccData: record,
  };
  const cardRead = cardReadOnce(run, kernel2MagStripe ? 'contactless-mag-stripe' : 'contactless', aid ? schemeOfAid(aid) : 'other', emv);
  switch (o.outcome.status) {
    case 'approved':
      cardRead(panOf(record));
      journal.step(id, { to: 'offline-approved', path: 'offline', emv });
      return { kind: 'approved' };
    case 'declined':
      cardRead(panOf(record));
      journal.step(id, { to: 'declined', path: 'offline', emv });
      return { kind: 'declined' };
    case 'try-another-interface':
      journal.step(id, { to: 'failed', errorCode: 'E-TXN-0006' });
      return { kind: 'try-contact' };
    case 'online-request': {
      const host = journaledHost(journal, id, ports.authorisation({ transactionId: id, stan: journal.get(id).stan, entryMode: 'contactless' }), {
        cardRead: (pan) => cardRead(pan),
        secondAc: false,
        onSend: () => ports.screens.show({ id: 'book-a', message: 'authorising-please-wait' }),
      });
      const online = await sendOnlineRequest(o, { ...transaction, currencyCode: terminal.currencyCode.padStart(4, '0'), currencyExponent: terminal.currencyExponent }, { authorisation: host, pinPad: ports.pinPad });
      const answer = host.answer();
      switch (online.kind) {
        case 'approved':
          journal.step(id, { to: 'approved', host: hostAnswer(answer)!, emv });
          return { kind: 'approved' };
        case 'online-declined':
          journal.step(id, { to: 'declined', path: 'online', host: hostAnswer(answer)!, emv });
          return { kind: 'declined' };
        case 'declined':
          if (online.reason === 'online-pin-not-entered') {
            cardRead(panOf(record));
            journal.step(id, { to: 'failed', errorCode: 'E-TXN-0001' });
            return { kind: 'failed', error: new PosError('E-TXN-0001', { step: 'online-pin' }) };
          }
          journal.step(id, { to: 'reversal-pending', reason: 'no-answer', emv });
          return { kind: 'reversed', error: new PosError('E-TXN-0004', { phase: 'authorising' }) };
      }
    }
    default:
      // end-application, select-next, try-again: Entry Point ran out of ways to go on.
      journal.step(id, { to: 'failed', errorCode: o.error?.code ?? 'E-TXN-0006' });
      return { kind: 'failed', error: new PosError('E-TXN-0006', { status: o.outcome.status, ...(o.error ? { code: o.error.code } : {}), aid: aid ? toHex(aid) : '' }) };
  }
}

function optional<K extends string>(key: K, value: Uint8Array | undefined): { [P in K]?: Uint8Array } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: Uint8Array });
}
