// The Outcome Parameter Set, UI Requests and Data Record of the quick kernels, EMV Contactless
// Book A §6.2 and Book C-3 §5.8 (Book C-7 alike):
//   approved         UI "Approved" ("Approved, please sign" with signature, which also asks
//                    for a receipt), status Card Read Successfully;
//   declined         UI "Not Authorised";
//   online request   UI "Authorising, please wait"; no issuer update here, so Online Response
//                    Data and Start are N/A;
//   try another interface  UI "Insert or swipe card", contact chip preferred;
//   select next      Start C, no UI (Entry Point goes on with the next combination);
//   try again        Start B: "See Phone" with a field off, or the card lost from the field,
//                    "Present card again" on restart;
//   end application  UI "Insert, swipe or try another card" (a card fault).
// A balance the card reports (9F5D / 9F79) travels as the UI Request's value. The Data Record
// holds the flavour's tags from the session's store (raw; printing masks them), and the TVR.
import { toHex } from '../../../bytes/hex.js';
import type { PosError } from '../../../errors/index.js';
import { maskPan } from '../../dictionary/index.js';
import { panDigits } from '../../contact/completion.js';
import { OUTCOME_DEFAULTS, type KernelOutcome, type OutcomeParameterSet, type UiRequest } from '../kernel-contract.js';
import type { QuickDecision } from './decision.js';
import type { QuickSession } from './session.js';


/** Book A §9.2: the default message hold time, 1.3 s, unless the kernel configuration says. */
const DEFAULT_HOLD_MS = 1300;

export function holdTimeMs(s: QuickSession): number {
  const configured = s.activation.kernelConfig['messageHoldTimeMs'];
  return typeof configured === 'number' && configured >= 0 ? configured : DEFAULT_HOLD_MS;
}

export function decisionOutcome(s: QuickSession, decision: QuickDecision): KernelOutcome {
  const ui = (message: UiRequest['message'], status: UiRequest['status']): UiRequest => ({ message, status, holdTimeMs: holdTimeMs(s), ...balance(s) });
  let outcome: OutcomeParameterSet;
  switch (decision.kind) {
    case 'approved':
      outcome = {
        ...OUTCOME_DEFAULTS,
        status: 'approved',
        cvm: decision.cvm,
        receipt: decision.cvm === 'signature',
        uiRequestOnOutcome: ui(decision.cvm === 'signature' ? 'approved-please-sign' : 'approved', 'card-read-successfully'),
      };
      break;
    case 'online-request':
      outcome = { ...OUTCOME_DEFAULTS, status: 'online-request', cvm: decision.cvm, receipt: decision.cvm === 'signature', uiRequestOnOutcome: ui('authorising-please-wait', 'card-read-successfully') };
      break;
    case 'declined':
      outcome = { ...OUTCOME_DEFAULTS, status: 'declined', uiRequestOnOutcome: ui('not-authorised', 'card-read-successfully') };
      break;
    case 'try-another-interface':
      outcome = { ...OUTCOME_DEFAULTS, status: 'try-another-interface', alternateInterfacePreference: 'contact-chip', uiRequestOnOutcome: ui('insert-or-swipe-card', 'processing-error') };
      break;
  }
  const cryptogram = s.cryptogram === undefined ? undefined : { type: s.cryptogram, value: s.data.require(0x9f26, 'outcome') };
  return { kernel: s.flavour.kernel, outcome, dataRecord: dataRecord(s), discretionaryData: discretionaryData(s), cryptogram, maskedPan: maskedPan(s) };
}

/** GPO answers that end the kernel before any data is read (see gpo.ts). */
export function earlyOutcome(s: QuickSession, kind: 'select-next' | 'see-phone' | 'try-another-interface'): KernelOutcome {
  const hold = holdTimeMs(s);
  const outcome: OutcomeParameterSet =
    kind === 'select-next'
      ? { ...OUTCOME_DEFAULTS, status: 'select-next', start: 'C' }
      : kind === 'see-phone'
        ? {
            ...OUTCOME_DEFAULTS,
            status: 'try-again',
            start: 'B',
            uiRequestOnOutcome: { message: 'see-phone', status: 'not-ready', holdTimeMs: hold },
            uiRequestOnRestart: { message: 'present-card', status: 'ready-to-read', holdTimeMs: 0 },
            fieldOffHoldMs: hold,
          }
        : { ...OUTCOME_DEFAULTS, status: 'try-another-interface', alternateInterfacePreference: 'contact-chip', uiRequestOnOutcome: { message: 'insert-or-swipe-card', status: 'processing-error', holdTimeMs: hold } };
  return { kernel: s.flavour.kernel, outcome, dataRecord: undefined, discretionaryData: undefined, cryptogram: undefined, maskedPan: undefined };
}

/** A coded error: the card lost from the field is Try Again (Book A §6.2.1, Start B with
 *  "Present card again"); any other is End Application. */
export function errorOutcome(s: QuickSession, error: PosError, removed: boolean): KernelOutcome {
  const outcome: OutcomeParameterSet = removed
    ? { ...OUTCOME_DEFAULTS, status: 'try-again', start: 'B', uiRequestOnRestart: { message: 'present-card-again', status: 'ready-to-read', holdTimeMs: 0 } }
    : { ...OUTCOME_DEFAULTS, status: 'end-application', uiRequestOnOutcome: { message: 'insert-swipe-or-try-another-card', status: 'processing-error', holdTimeMs: holdTimeMs(s) } };
  return {
    kernel: s.flavour.kernel,
    outcome,
    dataRecord: undefined,
    discretionaryData: undefined,
    cryptogram: undefined,
    maskedPan: undefined,
    error: { code: error.code, message: error.message },
  };
}

/** What the card may still spend offline (Visa AOSA 9F5D, UnionPay EC balance 9F79), n12. */
export function reportedBalance(s: QuickSession): bigint | undefined {
  for (const tag of s.flavour.balanceTags) {
    const value = s.data.value(tag);
    if (value === undefined) continue;
    const digits = toHex(value);
    if (value.length === 6 && /^\d+$/.test(digits)) return BigInt(digits);
  }
  return undefined;
}

function balance(s: QuickSession): Pick<UiRequest, 'value'> {
  const amount = reportedBalance(s);
  return amount === undefined ? {} : { value: { kind: 'balance', amount, currencyCode: s.activation.transaction.currencyCode } };
}

function dataRecord(s: QuickSession): ReadonlyMap<number, Uint8Array> {
  s.data.setTerminal(0x95, s.tvr.value());
  const record = new Map<number, Uint8Array>();
  for (const tag of s.flavour.dataRecordTags) {
    const value = s.data.value(tag);
    if (value !== undefined) record.set(tag, value);
  }
  return record;
}

function discretionaryData(s: QuickSession): ReadonlyMap<number, Uint8Array> {
  const data = new Map<number, Uint8Array>();
  for (const tag of [...s.flavour.balanceTags, 0x9f6c, 0x9f6e]) {
    const value = s.data.value(tag);
    if (value !== undefined) data.set(tag, value);
  }
  return data;
}

function maskedPan(s: QuickSession): string | undefined {
  const pan = s.data.value(0x5a);
  if (pan !== undefined) return maskPan(panDigits(pan));
  const track2 = s.data.value(0x57);
  return track2 === undefined ? undefined : maskPan(toHex(track2).split('D')[0]!);
}
