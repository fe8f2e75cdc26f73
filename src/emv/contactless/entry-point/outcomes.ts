// EMV Contactless Book B §3.1.1.13, §3.3.2.7 and §3.3.3.5: the Outcomes Entry Point itself
// provides, and the UI Requests of protocol activation (§3.2.1.2, §3.2.1.4-5).
import { OUTCOME_DEFAULTS, type OutcomeParameterSet, type UiMessage, type UiRequest } from '../kernel-contract.js';

export const ui = (message: UiMessage, status: UiRequest['status']): UiRequest => ({ message, status, holdTimeMs: 0 });

function outcome(status: OutcomeParameterSet['status'], onOutcome: UiRequest): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status, uiRequestOnOutcome: onOutcome };
}

/** §3.1.1.13: every combination is out (limit, zero amount): '18' Please Insert or Swipe Card. */
export const tryAnotherInterface = (): OutcomeParameterSet => outcome('try-another-interface', ui('insert-or-swipe-card', 'processing-error'));

/** §3.3.2.7 / §3.3.3.5: nothing left to select: '1C' Insert, Swipe or Try Another Card. */
export const endApplication = (): OutcomeParameterSet => outcome('end-application', ui('insert-swipe-or-try-another-card', 'ready-to-read'));
