// Terminal action analysis (EMV 4.4 Book 3 §10.7): the TVR is compared with the issuer's and
// the terminal's action codes, denial first, then online, then default, and the result is the
// cryptogram the terminal asks for in the first GENERATE AC.
import type { Tvr } from '../dictionary/index.js';

export type RequestedCryptogram = 'aac' | 'tc' | 'arqc';

/** Why the terminal asks for what it asks for; kept for the journal and `pos txn`. */
export type ActionReason =
  | 'denial-code-matched'
  | 'online-code-matched'
  | 'online-only-terminal'
  | 'no-online-match'
  | 'default-code-matched'
  | 'no-default-match';

export interface ActionDecision {
  readonly request: RequestedCryptogram;
  readonly reason: ActionReason;
}

export interface ActionCodeSet {
  readonly denial?: Uint8Array;
  readonly online?: Uint8Array;
  readonly default?: Uint8Array;
}

export interface ActionAnalysisInput {
  readonly tvr: Tvr;
  /** Terminal Action Codes of the selected AID; absent codes are all zero bits. */
  readonly tac: ActionCodeSet | undefined;
  /** Issuer Action Codes from the card (9F0E denial, 9F0F online, 9F0D default). */
  readonly iac: ActionCodeSet;
  /** 9F35 Terminal Type as a number, e.g. 0x22. */
  readonly terminalType: number;
}

const ZEROS = new Uint8Array(5);
// Book 3 §10.7: an absent IAC-Online or IAC-Default acts as all bits set, so an issuer that
// sends none still sends "go online / decline" for every TVR bit; an absent IAC-Denial is zero.
const ONES = new Uint8Array(5).fill(0xff);

/** Terminal Type (Book 4 Annex A1): the low digit 1/4 is online only, 3/6 offline only. */
export function terminalOperation(terminalType: number): 'online-only' | 'offline-with-online' | 'offline-only' {
  const digit = terminalType & 0x0f;
  if (digit === 1 || digit === 4) return 'online-only';
  if (digit === 3 || digit === 6) return 'offline-only';
  return 'offline-with-online';
}

export function analyseTerminalActions(input: ActionAnalysisInput): ActionDecision {
  const { tvr, tac, iac } = input;
  if (tvr.intersects(iac.denial ?? ZEROS) || tvr.intersects(tac?.denial ?? ZEROS)) {
    return { request: 'aac', reason: 'denial-code-matched' };
  }
  const operation = terminalOperation(input.terminalType);
  if (operation === 'offline-only') return defaultActionWhenOffline(input);
  // An online-only terminal has no offline approval to give: whatever is not denied goes online.
  if (operation === 'online-only') return { request: 'arqc', reason: 'online-only-terminal' };
  if (tvr.intersects(iac.online ?? ONES) || tvr.intersects(tac?.online ?? ZEROS)) {
    return { request: 'arqc', reason: 'online-code-matched' };
  }
  return { request: 'tc', reason: 'no-online-match' };
}

/** The default action codes: for an offline-only terminal, and for any terminal that asked for
 *  an ARQC and could not go online (Book 3 §10.7, last part). Never asks for an ARQC. */
export function defaultActionWhenOffline(input: ActionAnalysisInput): ActionDecision {
  const { tvr, tac, iac } = input;
  if (tvr.intersects(iac.default ?? ONES) || tvr.intersects(tac?.default ?? ZEROS)) {
    return { request: 'aac', reason: 'default-code-matched' };
  }
  return { request: 'tc', reason: 'no-default-match' };
}
