// EMV Contactless Book B §3 Entry Point as one state machine: pre-processing (§3.1, Start A),
// protocol activation (§3.2, Start B), combination selection (§3.3, Start C), kernel activation
// (§3.4, Start D) and outcome processing (§3.5). Each state names its step; the loop records
// how long each took. Restarts (Try Again, a communications error during selection, an Online
// Request that asks to come back at B or D with the host's answer) are bounded.
import { isPosError, PosError } from '../../../errors/index.js';
import type { CardTransport } from '../../apdu/index.js';
import type { TerminalConfig } from '../../contact/config.js';
import type { TransactionRequest } from '../../contact/terminal-data.js';
import type { CaKeyStore, RevocationList } from '../../oda/index.js';
import type { ContactlessCombination } from '../config.js';
import type { ContactlessKernel, ContactlessTransaction, ContactlessTransactionType, KernelId, KernelOutcome, OutcomeParameterSet, UiRequest } from '../kernel-contract.js';
import { buildCandidates, chooseCandidate, selectCandidate, selectPpseEntries, type Candidate } from './combination-selection.js';
import { endApplication, tryAnotherInterface, ui } from './outcomes.js';
import { preProcess, type PreProcessed } from './pre-processing.js';
import { kernelTerminalData } from './terminal-data.js';

/** Book A §7.1: where UI Requests go (the display, the status LEDs, the beeper). */
export interface UiPort {
  show(request: UiRequest): void;
}

/** Book B §3.2.1.3-5 / Book D polling, as the reader reports it. A PC/SC reader performs
 *  anti-collision itself and connects only when one card answers, so over PC/SC there is no
 *  probe and the card is taken as alone; a reader driver that sees the collision (or a test)
 *  injects this. */
export type FieldProbe = () => Promise<'one-card' | 'collision'>;

export interface EntryPointEnvironment {
  readonly terminal: TerminalConfig;
  readonly combinations: readonly ContactlessCombination[];
  readonly kernelFor: (id: KernelId) => ContactlessKernel | undefined;
  readonly caKeys: CaKeyStore;
  readonly revoked: RevocationList;
  readonly ui?: UiPort;
  readonly fieldProbe?: FieldProbe;
  /** Book B §3.5.1.2: field off for the hold time; PC/SC offers no such control. */
  readonly fieldOff?: (holdMs: number) => Promise<void>;
  /** The host, for an Online Request whose Start is B or D: the response (8A, 91, 71/72 ...)
   *  the kernel is restarted with, or undefined when the host did not answer. An Online
   *  Request without a restart is the application's to send. */
  readonly online?: (outcome: KernelOutcome) => Promise<Uint8Array | undefined>;
  readonly now: () => Date;
  readonly elapsedMs: () => number;
  readonly random: (length: number) => Uint8Array;
  /** Restarts before the transaction ends with E-CTLS-0003; 3 by default. */
  readonly maxRestarts?: number;
}

/** An Outcome Entry Point gave itself, with no kernel behind it. */
export interface EntryPointOutcome {
  readonly kernel: null;
  readonly outcome: OutcomeParameterSet;
  readonly error: { readonly code: string; readonly message: string };
}

export interface ContactlessResult {
  readonly outcome: KernelOutcome | EntryPointOutcome;
  /** The combination the final outcome came from, when one was selected. */
  readonly selected: { readonly aid: Uint8Array; readonly label: string | undefined; readonly kernel: KernelId } | undefined;
  readonly uiRequests: readonly UiRequest[];
  readonly apdus: number;
  readonly phases: readonly { readonly step: string; readonly ms: number }[];
  /** From the first to the last APDU of the last presentation of the card. */
  readonly cardInFieldMs: number | undefined;
  readonly restarts: number;
}

const COLLISION_PROBES = 20;

type State =
  | { readonly step: 'protocol-activation'; readonly restartUi: UiRequest | undefined; readonly resume: Resume | undefined }
  | { readonly step: 'combination-selection' }
  | { readonly step: 'final-selection'; readonly candidates: readonly Candidate[]; readonly resume: Resume | undefined }
  | { readonly step: 'kernel-activation'; readonly candidate: Candidate; readonly fci: Uint8Array; readonly candidates: readonly Candidate[]; readonly onlineResponse: Uint8Array | undefined }
  | { readonly step: 'done'; readonly outcome: KernelOutcome | EntryPointOutcome };

/** Where a Start B after an online response comes back to (§3.3.2.1): the same combination. */
interface Resume {
  readonly candidate: Candidate;
  readonly onlineResponse: Uint8Array;
}

interface Run {
  readonly env: EntryPointEnvironment;
  readonly card: CountingTransport;
  readonly transaction: ContactlessTransaction;
  readonly combinations: readonly PreProcessed[];
  readonly uiRequests: UiRequest[];
  restarts: number;
  selected: Candidate | undefined;
}

function epOutcome(outcome: OutcomeParameterSet, error: PosError): EntryPointOutcome {
  return { kernel: null, outcome, error: { code: error.code, message: error.message } };
}

export async function runContactlessTransaction(transport: CardTransport, request: TransactionRequest & { readonly type: ContactlessTransactionType }, env: EntryPointEnvironment): Promise<ContactlessResult> {
  const transaction: ContactlessTransaction = {
    type: request.type,
    amount: request.amount,
    amountOther: request.amountOther,
    currencyCode: env.terminal.currencyCode.padStart(4, '0'),
    currencyExponent: env.terminal.currencyExponent,
  };
  const phases: { step: string; ms: number }[] = [];
  const started = env.elapsedMs();
  const pre = preProcess(env.combinations, transaction);
  phases.push({ step: 'pre-processing', ms: env.elapsedMs() - started });
  const run: Run = { env, card: countingTransport(transport, env.elapsedMs), transaction, combinations: pre.combinations, uiRequests: [], restarts: 0, selected: undefined };

  let state: State = { step: 'protocol-activation', restartUi: undefined, resume: undefined };
  if (!pre.allowed) {
    // §3.1.1.13
    const outcome = tryAnotherInterface();
    show(run, outcome.uiRequestOnOutcome);
    state = { step: 'done', outcome: epOutcome(outcome, new PosError('E-CTLS-0001', { combinations: pre.combinations.length })) };
  }
  while (state.step !== 'done') {
    const t0 = env.elapsedMs();
    const step: string = state.step === 'kernel-activation' ? `kernel-${state.candidate.combination.kernel}` : state.step;
    state = await advance(run, state);
    phases.push({ step, ms: env.elapsedMs() - t0 });
  }
  const s = run.selected;
  return {
    outcome: state.outcome,
    selected: s && state.outcome.kernel !== null ? { aid: s.adfName, label: s.label, kernel: s.combination.kernel } : undefined,
    uiRequests: run.uiRequests,
    apdus: run.card.count,
    phases,
    cardInFieldMs: run.card.span(),
    restarts: run.restarts,
  };
}

function show(run: Run, request: UiRequest | undefined): void {
  if (request === undefined) return;
  run.uiRequests.push(request);
  run.env.ui?.show(request);
}

/** Every restart passes here; past the bound the transaction ends (E-CTLS-0003). */
function restart(run: Run, next: State, why: string): State {
  if (run.restarts >= (run.env.maxRestarts ?? 3)) {
    const outcome = endApplication();
    show(run, outcome.uiRequestOnOutcome);
    return { step: 'done', outcome: epOutcome(outcome, new PosError('E-CTLS-0003', { restarts: run.restarts, last: why })) };
  }
  run.restarts++;
  return next;
}

/** §3.3.3.7: a communications error during protocol activation or selection is Start B. */
function communicationsError(run: Run, e: unknown): State {
  if (!isPosError(e)) throw e;
  return restart(run, { step: 'protocol-activation', restartUi: undefined, resume: undefined }, e.code);
}

async function advance(run: Run, state: Exclude<State, { step: 'done' }>): Promise<State> {
  switch (state.step) {
    case 'protocol-activation':
      return activateProtocol(run, state);
    case 'combination-selection': {
      try {
        const ppse = await selectPpseEntries(run.card);
        const candidates = ppse.kind === 'entries' ? buildCandidates(ppse.entries, run.combinations, (id) => run.env.kernelFor(id) !== undefined) : [];
        return { step: 'final-selection', candidates, resume: undefined };
      } catch (e) {
        return communicationsError(run, e);
      }
    }
    case 'final-selection':
      return finalSelection(run, state);
    case 'kernel-activation':
      return activateKernel(run, state);
  }
}

async function activateProtocol(run: Run, state: Extract<State, { step: 'protocol-activation' }>): Promise<State> {
  // §3.2.1.2: the retained UI Request on Restart, else '15' Present Card.
  show(run, state.restartUi ?? ui('present-card', 'ready-to-read'));
  if (run.env.fieldProbe) {
    let collided = false;
    for (let probe = 0; ; probe++) {
      const found = await run.env.fieldProbe();
      if (found === 'one-card') break;
      // §3.2.1.4: shown once while the collision lasts.
      if (!collided) show(run, ui('present-one-card-only', 'processing-error'));
      collided = true;
      if (probe + 1 >= COLLISION_PROBES) {
        const outcome = endApplication();
        show(run, outcome.uiRequestOnOutcome);
        return { step: 'done', outcome: epOutcome(outcome, new PosError('E-CTLS-0004', { probes: COLLISION_PROBES })) };
      }
    }
    // §3.2.1.5: the collision is over.
    if (collided) show(run, ui('present-one-card-only', 'ready-to-read'));
  }
  run.card.newPresentation();
  // §3.3.2.1: after an online response, Start B goes straight to the combination selected before.
  if (state.resume) return { step: 'final-selection', candidates: [state.resume.candidate], resume: state.resume };
  return { step: 'combination-selection' };
}

async function finalSelection(run: Run, state: Extract<State, { step: 'final-selection' }>): Promise<State> {
  const candidate = chooseCandidate(state.candidates);
  if (candidate === undefined) {
    // §3.3.2.7
    const outcome = endApplication();
    show(run, outcome.uiRequestOnOutcome);
    return { step: 'done', outcome: epOutcome(outcome, new PosError('E-CTLS-0002', { candidates: 0 })) };
  }
  const rest = state.candidates.filter((c) => c !== candidate);
  let chosen;
  try {
    chosen = await selectCandidate(run.card, candidate);
  } catch (e) {
    return communicationsError(run, e);
  }
  if (chosen.kind === 'refused') {
    // §3.3.3.5: with the host's answer pending the transaction cannot move to another application.
    if (state.resume) {
      const outcome = endApplication();
      show(run, outcome.uiRequestOnOutcome);
      return { step: 'done', outcome: epOutcome(outcome, new PosError('E-CTLS-0002', { reason: chosen.reason })) };
    }
    return { step: 'final-selection', candidates: rest, resume: undefined };
  }
  run.selected = candidate;
  return { step: 'kernel-activation', candidate, fci: chosen.fci, candidates: rest, onlineResponse: state.resume?.onlineResponse };
}

async function activateKernel(run: Run, state: Extract<State, { step: 'kernel-activation' }>): Promise<State> {
  const { env } = run;
  const c = state.candidate;
  // buildCandidates admitted only combinations whose kernel is registered.
  const kernel = env.kernelFor(c.combination.kernel)!;
  let result: KernelOutcome;
  try {
    result = await kernel.run({
      transport: run.card,
      aid: c.adfName,
      fci: state.fci,
      indicators: c.indicators,
      transaction: run.transaction,
      terminalData: kernelTerminalData(env.terminal, c),
      kernelConfig: c.combination.kernelConfig,
      caKeys: env.caKeys,
      revoked: env.revoked,
      now: env.now,
      elapsedMs: env.elapsedMs,
      random: env.random,
      ...(state.onlineResponse ? { restart: { onlineResponse: state.onlineResponse } } : {}),
    });
  } catch (e) {
    if (!isPosError(e)) throw e;
    // A kernel ends with an Outcome; one that threw is ended here, its code kept.
    const outcome = endApplication();
    show(run, outcome.uiRequestOnOutcome);
    return { step: 'done', outcome: epOutcome(outcome, e) };
  }
  return processOutcome(run, state, result);
}

/** §3.5.1: UI Request on Outcome, field off, then where (if anywhere) to start again. */
async function processOutcome(run: Run, state: Extract<State, { step: 'kernel-activation' }>, result: KernelOutcome): Promise<State> {
  const o = result.outcome;
  show(run, o.uiRequestOnOutcome);
  if (o.fieldOffHoldMs !== undefined) await run.env.fieldOff?.(o.fieldOffHoldMs);
  switch (o.status) {
    case 'try-again':
      // §3.5.1.3
      return restart(run, { step: 'protocol-activation', restartUi: o.uiRequestOnRestart ?? ui('present-card-again', 'ready-to-read'), resume: undefined }, 'try-again');
    case 'select-next':
      // §3.5.1.4: Start C without this combination.
      return { step: 'final-selection', candidates: state.candidates, resume: undefined };
    case 'online-request': {
      if ((o.start !== 'B' && o.start !== 'D') || o.onlineResponseData === 'n/a' || run.env.online === undefined) return { step: 'done', outcome: result };
      const response = await run.env.online(result);
      if (response === undefined) return { step: 'done', outcome: result };
      if (o.start === 'D') return restart(run, { ...state, onlineResponse: response }, 'online-response');
      return restart(run, { step: 'protocol-activation', restartUi: o.uiRequestOnRestart, resume: { candidate: state.candidate, onlineResponse: response } }, 'online-response');
    }
    case 'approved':
    case 'declined':
    case 'end-application':
    case 'try-another-interface':
      return { step: 'done', outcome: result };
  }
}

interface CountingTransport extends CardTransport {
  readonly count: number;
  newPresentation(): void;
  span(): number | undefined;
}

/** Counts APDUs and times the card's presence: first to last APDU of the latest presentation. */
function countingTransport(inner: CardTransport, elapsedMs: () => number): CountingTransport {
  let count = 0;
  let first: number | undefined;
  let last: number | undefined;
  return {
    get count() {
      return count;
    },
    newPresentation() {
      first = undefined;
      last = undefined;
    },
    span: () => (first === undefined || last === undefined ? undefined : last - first),
    async transmit(capdu) {
      count++;
      first ??= elapsedMs();
      try {
        return await inner.transmit(capdu);
      } finally {
        last = elapsedMs();
      }
    },
  };
}
