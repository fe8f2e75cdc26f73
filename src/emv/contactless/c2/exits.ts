// How a Kernel 2 transaction ends on an error (EMV Contactless Book C-2 §4.2.3 Error Indication,
// the L1/L2 exits of S3-S14 and R1): one coded error, the Error Indication in the Discretionary
// Data of the path taken (EMV mode Table 4-8, mag-stripe mode Table 4-10), and the Outcome.
// Shared by the EMV mode path (kernel.ts), the mag-stripe path (magstripe.ts) and the relay
// resistance protocol (relay-resistance.ts).
import { isPosError, PosError, catalogue, type ErrorCode } from '../../../errors/index.js';
import { panDigits } from '../../contact/completion.js';
import { maskPan } from '../../dictionary/index.js';
import type { KernelOutcome, OutcomeParameterSet } from '../kernel-contract.js';
import { isCardLost } from '../card-lost.js';
import { discretionaryData, magStripeDiscretionaryData } from './data-record.js';
import * as out from './outcome.js';
import type { C2Session } from './session.js';
import type { Done } from './states.js';

/** A failure the kernel turns into an outcome: its coded error and the Error Indication. */
export interface Failure {
  readonly code: ErrorCode;
  readonly context: Readonly<Record<string, string | number>>;
  readonly indication: out.ErrorIndication;
  readonly outcome: OutcomeParameterSet;
}

export function failed(s: C2Session, f: Failure): Done {
  return { step: 'done', outcome: finish(s, f) };
}

export function finish(s: C2Session, f: Failure): KernelOutcome {
  const error = new PosError(f.code, f.context);
  return {
    kernel: 2,
    outcome: f.outcome,
    dataRecord: undefined,
    discretionaryData: discretionary(s, out.encodeErrorIndication({ ...f.indication, ...messageOnError(f.outcome) })),
    cryptogram: undefined,
    maskedPan: maskedPan(s),
    error: { code: error.code, message: catalogue[f.code].en },
  };
}

/** The Discretionary Data of the path the kernel is on (Book C-2 §4.4, §4.6). */
export function discretionary(s: C2Session, errorIndication: Uint8Array): Map<number, Uint8Array> {
  return s.mode === 'mag-stripe' ? magStripeDiscretionaryData(s.data, errorIndication) : discretionaryData(s.data, errorIndication);
}

function messageOnError(o: OutcomeParameterSet): { messageOnError?: NonNullable<OutcomeParameterSet['uiRequestOnOutcome']>['message'] } {
  const message = o.uiRequestOnOutcome?.message ?? o.uiRequestOnRestart?.message;
  return message === undefined ? {} : { messageOnError: message };
}

/** An L2 error: END APPLICATION with 'insert, swipe or try another card'. */
export function endApp(s: C2Session, code: ErrorCode, l2: out.L2Error, context: Readonly<Record<string, string | number>>, sw?: number): Failure {
  return { code, context, indication: { l1: 'ok', l2, ...(sw === undefined ? {} : { sw }) }, outcome: out.endApplication(s.config.messageHoldTimeMs) };
}

/** Errors the shared modules raise, as Book C-2 classes them: the card leaving the field is an
 *  L1 error (try again); a card answer that cannot be parsed, lacks data or refuses a command
 *  is an L2 error (end application). Anything else is not the card's doing and goes up. */
export function cardFailure(s: C2Session, e: unknown, step: string): Failure {
  if (!isPosError(e)) throw e;
  const context = { step, cause: e.code };
  if (isCardLost(e)) {
    return { code: 'E-CTLS-0201', context, indication: { l1: 'transmission-error', l2: 'ok' }, outcome: out.tryAgain() };
  }
  if (e.code === 'E-CARD-0010' || e.code === 'E-CARD-0013' || e.code === 'E-CARD-0015') return endApp(s, 'E-CTLS-0204', 'status-bytes', context);
  if (e.code === 'E-CARD-0018') return endApp(s, 'E-CTLS-0203', 'card-data-missing', context);
  if (e.code.startsWith('E-CARD-') || e.code.startsWith('E-TLV-') || e.code.startsWith('E-DOL-')) return endApp(s, 'E-CTLS-0202', 'parsing-error', context);
  throw e;
}

/** 5A, else the PAN of a track the card gave (mag-stripe mode reads no 5A). */
export function maskedPan(s: C2Session): string | undefined {
  const pan = s.data.value(0x5a);
  if (pan !== undefined) return maskPan(panDigits(pan));
  const track2 = s.data.value(0x9f6b) ?? s.data.value(0x57);
  if (track2 === undefined) return undefined;
  const digits = Buffer.from(track2).toString('hex').toUpperCase().split('D')[0]!;
  return /^\d{12,19}$/.test(digits) ? maskPan(digits) : undefined;
}

/** S3.30-31 (EMV mode) and S3.73-75 (mag-stripe mode): the card's contactless limit depends on
 *  whether the device verifies the cardholder itself. */
export function transactionLimit(s: C2Session): bigint {
  return onDeviceCvm(s) ? s.config.transactionLimitOnDeviceCvm : s.config.transactionLimitNoOnDeviceCvm;
}

/** AIP byte 1 b2 and Kernel Configuration b6: on-device cardholder verification applies. */
export function onDeviceCvm(s: C2Session): boolean {
  return s.aip!.has('onDeviceCardholderVerificationSupported') && s.config.kernelConfiguration.onDeviceCvmSupported;
}
