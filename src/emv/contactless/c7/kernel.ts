// EMV Contactless Book C-7 (Kernel 7, UnionPay QuickPass qPBOC) as one explicit state machine,
// over the quick flow it shares with Kernel 3 (../quick/). What it adds is the electronic cash
// balance: a card that did not report it is asked with GET DATA 9F79 while it is still in the
// field, and the balance goes out in the UI Request's value.
//   initiate           GPO with the PDOL data (TTQ, amount, currency, UN ...)
//   read               READ RECORD of the AFL
//   read-balance       GET DATA 9F79 when the card has not said its EC balance
//   authenticate       fDDA for offline approvals
//   restrict           expiry
//   verify-cardholder  CVM from CTQ and TTQ
//   complete           the decision, Outcome Parameter Set and Data Record
import { isPosError, PosError } from '../../../errors/index.js';
import type { AflEntry, OdaRecords } from '../../records/index.js';
import type { KernelActivation, KernelOutcome } from '../kernel-contract.js';
import { authenticateQuick } from '../quick/authenticate.js';
import { readElectronicCashBalance } from '../quick/balance.js';
import { isCardLost } from '../card-lost.js';
import { chooseQuickCvm, type QuickCvm } from '../quick/cvm.js';
import { decideQuick } from '../quick/decision.js';
import { applicationExpired } from '../quick/expiry.js';
import type { FddaResult } from '../quick/fdda.js';
import { initiateQuick } from '../quick/gpo.js';
import { decisionOutcome, earlyOutcome, errorOutcome } from '../quick/outcome.js';
import { readQuickRecords } from '../quick/read-data.js';
import { newQuickSession, type QuickSession } from '../quick/session.js';
import { putQuickTerminalData } from '../quick/terminal-data.js';
import { unionpayFlavour } from './flavour.js';

type Fdda = FddaResult | 'not-performed';

type State =
  | { readonly step: 'initiate' }
  | { readonly step: 'read'; readonly afl: readonly AflEntry[] }
  | { readonly step: 'read-balance'; readonly records: OdaRecords }
  | { readonly step: 'authenticate'; readonly records: OdaRecords }
  | { readonly step: 'restrict'; readonly fdda: Fdda }
  | { readonly step: 'verify-cardholder'; readonly fdda: Fdda; readonly expired: boolean }
  | { readonly step: 'complete'; readonly fdda: Fdda; readonly expired: boolean; readonly cvm: QuickCvm }
  | { readonly step: 'done'; readonly outcome: KernelOutcome };

export async function runKernel7(activation: KernelActivation): Promise<KernelOutcome> {
  const s = newQuickSession(activation, unionpayFlavour);
  let state: State = { step: 'initiate' };
  try {
    putQuickTerminalData(s);
    while (state.step !== 'done') state = await advance(s, state);
  } catch (e) {
    if (!isPosError(e)) throw e;
    const removed = isCardLost(e);
    return errorOutcome(s, removed ? new PosError(s.flavour.errors.removed, { step: state.step, transport: e.code }, { cause: e }) : e, removed);
  }
  return state.outcome;
}

async function advance(s: QuickSession, state: Exclude<State, { step: 'done' }>): Promise<State> {
  switch (state.step) {
    case 'initiate': {
      const gpo = await initiateQuick(s, s.activation.transport);
      return gpo.kind === 'answered' ? { step: 'read', afl: gpo.afl } : { step: 'done', outcome: earlyOutcome(s, gpo.kind) };
    }
    case 'read':
      return { step: 'read-balance', records: await readQuickRecords(s, s.activation.transport, state.afl) };
    case 'read-balance':
      await readElectronicCashBalance(s);
      return { step: 'authenticate', records: state.records };
    case 'authenticate':
      return { step: 'restrict', fdda: authenticateQuick(s, state.records) };
    case 'restrict':
      return { step: 'verify-cardholder', fdda: state.fdda, expired: applicationExpired(s) };
    case 'verify-cardholder':
      return { ...state, step: 'complete', cvm: chooseQuickCvm({ ttq: s.ttq, ctq: s.ctq, cryptogram: s.cryptogram!, cardAuthenticationData: s.data.value(0x9f69) }) };
    case 'complete':
      return { step: 'done', outcome: decisionOutcome(s, decideQuick({ cryptogram: s.cryptogram!, fdda: state.fdda, expired: state.expired, cvm: state.cvm, ttq: s.ttq, ctq: s.ctq })) };
  }
}
