// The quick flow of Kernel 3 (EMV Contactless Book C-3, Visa qVSDC) and Kernel 7 (Book C-7,
// UnionPay QuickPass qPBOC) as one explicit state machine: each state names the step it runs,
// each step returns the next state. The books specify the same flow; what differs is the
// flavour (c3/flavour.ts, c7/flavour.ts), and Kernel 7's reading of the EC balance.
//   initiate           C-3 §5.2: GPO with the PDOL data; the card answers with its cryptogram
//   read               C-3 §5.3: READ RECORD of the AFL
//   read-balance       C-7 only: GET DATA 9F79 when the card has not said its EC balance
//   authenticate       C-3 §5.4: fDDA (offline approvals; online ones when the TTQ asks)
//   restrict           C-3 §5.6: expiry
//   verify-cardholder  C-3 §5.5: CVM from CTQ and TTQ
//   complete           C-3 §5.7-5.8: the decision and its Outcome Parameter Set and Data Record
import { isPosError, PosError } from '../../../errors/index.js';
import type { AflEntry, OdaRecords } from '../../records/index.js';
import { isCardLost } from '../card-lost.js';
import type { KernelActivation, KernelOutcome } from '../kernel-contract.js';
import { authenticateQuick } from './authenticate.js';
import { readElectronicCashBalance } from './balance.js';
import { chooseQuickCvm, type QuickCvm } from './cvm.js';
import { decideQuick } from './decision.js';
import { applicationExpired } from './expiry.js';
import type { FddaResult } from './fdda.js';
import { initiateQuick } from './gpo.js';
import { decisionOutcome, earlyOutcome, errorOutcome } from './outcome.js';
import { readQuickRecords } from './read-data.js';
import { newQuickSession, type QuickFlavour, type QuickSession } from './session.js';
import { putQuickTerminalData } from './terminal-data.js';

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

export async function runQuickKernel(activation: KernelActivation, flavour: QuickFlavour): Promise<KernelOutcome> {
  const s = newQuickSession(activation, flavour);
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
    case 'read': {
      const records = await readQuickRecords(s, s.activation.transport, state.afl);
      return s.flavour.readsElectronicCashBalance ? { step: 'read-balance', records } : { step: 'authenticate', records };
    }
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
