// EMV Contactless Book C-2 §3.2 / §4.2 (Outcome Parameter Set, User Interface Request Data,
// Error Indication) as Kernel 2 fills them at each exit: S910.74-75 for a cryptogram the card
// returned, the L1/L2/L3 error exits of S3-S11, and S456.15 for the transaction limit.
import { OUTCOME_DEFAULTS, type OutcomeParameterSet, type UiMessage, type UiRequest } from '../kernel-contract.js';

type Cvm = OutcomeParameterSet['cvm'];

/** Book C-2 Annex A (DF8115 Error Indication) byte 2: the L2 errors this kernel reports. */
export type L2Error = 'ok' | 'card-data-missing' | 'cam-failed' | 'status-bytes' | 'parsing-error' | 'max-limit-exceeded' | 'card-data-error' | 'magstripe-not-supported';

const L2_CODE: Readonly<Record<L2Error, number>> = {
  ok: 0x00,
  'card-data-missing': 0x01,
  'cam-failed': 0x02,
  'status-bytes': 0x03,
  'parsing-error': 0x04,
  'max-limit-exceeded': 0x05,
  'card-data-error': 0x06,
  'magstripe-not-supported': 0x07,
};

/** Book A §9.4 Table 9-1 message identifiers, for Error Indication byte 6 (Msg On Error). */
const MESSAGE_ID: Partial<Readonly<Record<UiMessage, number>>> = {
  'insert-swipe-or-try-another-card': 0x1c,
  'present-card-again': 0x21,
};

export interface ErrorIndication {
  readonly l1: 'ok' | 'transmission-error';
  readonly l2: L2Error;
  readonly sw?: number;
  readonly messageOnError?: UiMessage;
}

/** DF8115: L1 (00 ok, 02 transmission error), L2, L3 (00), SW1 SW2, Msg On Error (FF n/a). */
export function encodeErrorIndication(e: ErrorIndication): Uint8Array {
  const sw = e.sw ?? 0;
  const msg = e.messageOnError === undefined ? 0xff : (MESSAGE_ID[e.messageOnError] ?? 0xff);
  return Uint8Array.of(e.l1 === 'ok' ? 0x00 : 0x02, L2_CODE[e.l2], 0x00, sw >> 8, sw & 0xff, msg);
}

function ui(message: UiMessage, status: UiRequest['status'], holdTimeMs: number): UiRequest {
  return { message, status, holdTimeMs };
}


/** S910.74-75 for a TC: APPROVED; 'approved, please sign' when the CVM is a signature. */
export function approved(cvm: Cvm, receipt: boolean, holdMs: number): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status: 'approved', cvm, receipt, uiRequestOnOutcome: ui(cvm === 'signature' ? 'approved-please-sign' : 'approved', 'not-ready', holdMs) };
}

/** S910.74-75 for an ARQC: ONLINE REQUEST, 'authorising, please wait'. */
export function onlineRequest(cvm: Cvm, receipt: boolean): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status: 'online-request', cvm, receipt, uiRequestOnOutcome: ui('authorising-please-wait', 'not-ready', 0) };
}

/** S910.74-75 for an AAC on a purchase, cash or cashback: TRY ANOTHER INTERFACE (contact chip)
 *  when the terminal has a contact reader and the device is a card; DECLINED otherwise. */
export function declinedByCard(cvm: Cvm, kind: 'try-another-interface' | 'declined', holdMs: number): OutcomeParameterSet {
  return kind === 'declined'
    ? { ...OUTCOME_DEFAULTS, status: 'declined', cvm, uiRequestOnOutcome: ui('not-authorised', 'not-ready', holdMs) }
    : { ...OUTCOME_DEFAULTS, status: 'try-another-interface', cvm, alternateInterfacePreference: 'contact-chip', uiRequestOnOutcome: ui('please-insert-card', 'not-ready', holdMs) };
}

/** S910.74 for an AAC on any other transaction type (e.g. a refund): END APPLICATION. */
export function endedByCard(cvm: Cvm): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status: 'end-application', cvm, uiRequestOnOutcome: ui('no-message', 'not-ready', 0) };
}

/** L2 errors (S4.27, S456.17, S910.50 ...): END APPLICATION, 'insert, swipe or try another card'. */
export function endApplication(holdMs: number): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status: 'end-application', uiRequestOnOutcome: ui('insert-swipe-or-try-another-card', 'not-ready', holdMs) };
}

/** L1 errors (S3.5, S4.6, S9.9-10): the card left the field; restart at B with 'present card
 *  again' once the field is back. Book C-2 names this END APPLICATION with Start B past GPO and
 *  TRY AGAIN at GPO; Book A calls both Try Again, and Entry Point handles them alike. */
export function tryAgain(): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status: 'try-again', start: 'B', uiRequestOnRestart: ui('present-card-again', 'ready-to-read', 0) };
}

/** S13.44-45 / S14 (a phone that wants the cardholder to act on it: POS Cardholder Interaction
 *  Information asks for a second tap) and S910.72-73: the Phone Message Table's message ('see
 *  phone'), the field off for the hold time, then 'present card' for the second tap. Book C-2
 *  names it END APPLICATION with Start B; Entry Point restarts at B on Try Again. */
export function seePhone(holdMs: number): OutcomeParameterSet {
  return {
    ...OUTCOME_DEFAULTS,
    status: 'try-again',
    start: 'B',
    uiRequestOnOutcome: ui('see-phone', 'not-ready', holdMs),
    uiRequestOnRestart: ui('present-card', 'ready-to-read', 0),
    fieldOffHoldMs: holdMs,
  };
}

/** S3.9-S3.12: GPO refused: SELECT NEXT, Start C (the next combination). */
export function selectNext(): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status: 'select-next', start: 'C' };
}
