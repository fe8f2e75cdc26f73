// EMV Contactless Book C-3 (Kernel 3, Visa payWave qVSDC) as one explicit state machine: each
// state names the step it runs, each step returns the next state. The steps are the quick
// flow's (../quick/), shared with Kernel 7; this file only decides what follows what.
//   initiate           §5.2 GPO with the PDOL data: the card answers with its cryptogram
//   read               §5.3 READ RECORD of the AFL
//   authenticate       §5.4 fDDA (offline approvals; online ones when the TTQ asks)
//   restrict           §5.6 expiry
//   verify-cardholder  §5.5 CVM from CTQ and TTQ
//   complete           §5.7-5.8 the decision and its Outcome Parameter Set and Data Record
import { isPosError, PosError } from '../../../errors/index.js';
import type { OdaRecords } from '../../records/index.js';
import type { AflEntry } from '../../records/index.js';
import type { KernelActivation, KernelOutcome } from '../kernel-contract.js';
import { authenticateQuick } from '../quick/authenticate.js';
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
import { visaFlavour } from './flavour.js';

type Fdda = FddaResult | 'not-performed';

type State =
  | { readonly step: 'initiate' }
  | { readonly step: 'read'; readonly afl: readonly AflEntry[] }
  | { readonly step: 'authenticate'; readonly records: OdaRecords }
  | { readonly step: 'restrict'; readonly fdda: Fdda }
  | { readonly step: 'verify-cardholder'; readonly fdda: Fdda; readonly expired: boolean }
  | { readonly step: 'complete'; readonly fdda: Fdda; readonly expired: boolean; readonly cvm: QuickCvm }
  | { readonly step: 'done'; readonly outcome: KernelOutcome };

export async function runKernel3(activation: KernelActivation): Promise<KernelOutcome> {
  const s = newQuickSession(activation, visaFlavour);
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
      return { step: 'authenticate', records: await readQuickRecords(s, s.activation.transport, state.afl) };
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
