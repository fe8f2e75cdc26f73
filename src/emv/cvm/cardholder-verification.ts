// EMV Book 3 §10.5 Cardholder Verification (Figure 8, CVM processing) and Book 4 §6.3.4: walk
// the CVM List in order, perform the first rule whose condition holds, fall through to the
// next only where the rule allows it, and leave CVM Results, TVR and TSI as the spec says.
import type { CardTransport } from '../apdu/index.js';
import type { Aip, Tsi, Tvr } from '../dictionary/index.js';
import { conditionSatisfied } from './condition.js';
import type { CvRule } from './cv-rule.js';
import { parseCvmList } from './cvm-list.js';
import { cvmResults, noCvmPerformed, noCvmPerformedFailed } from './cvm-results.js';
import { performRule, type CvmFollowUp } from './perform-rule.js';
import type { PinPadPort, RsaPublicKey } from './pin-pad-port.js';
import { checkCvmTransaction, type CvmTransaction } from './transaction.js';

export interface CardholderVerificationInput {
  readonly aip: Aip;
  /** CVM List (8E) as read from the card; undefined when the card has none. */
  readonly cvmList: Uint8Array | undefined;
  readonly transaction: CvmTransaction;
  /** PAN (5A) for the online PIN block; handed to the PIN pad only. */
  readonly pan: string;
  /** ICC PIN Encipherment (or ICC) public key, for enciphered offline PIN (Book 2 §7.1);
   *  asked for only when an enciphered-PIN rule runs, since recovering it costs RSA work. */
  readonly iccPinKey: () => RsaPublicKey | undefined;
  readonly card: CardTransport;
  readonly pinPad: PinPadPort;
  /** Updated in place. */
  readonly tvr: Tvr;
  /** Updated in place. */
  readonly tsi: Tsi;
}

export type CardholderVerificationOutcome =
  /** Nothing was verified and nothing is wrong with that (AIP) or the TVR says why (no list). */
  | { readonly kind: 'not-performed'; readonly reason: 'card-does-not-support-cvm' | 'no-cvm-list'; readonly cvmResults: Uint8Array }
  | { readonly kind: 'successful'; readonly rule: CvRule; readonly followUp: CvmFollowUp; readonly cvmResults: Uint8Array }
  | { readonly kind: 'failed'; readonly cvmResults: Uint8Array }
  /** The cardholder cancelled PIN entry or let it time out: the transaction ends here. */
  | { readonly kind: 'cancelled' };

export async function performCardholderVerification(input: CardholderVerificationInput): Promise<CardholderVerificationOutcome> {
  const { aip, tvr, tsi, transaction } = input;
  checkCvmTransaction(transaction);
  // Book 3 §10.5: with AIP "cardholder verification is supported" off, the step is skipped
  // and the TSI is left alone.
  if (!aip.has('cardholderVerificationSupported')) return { kind: 'not-performed', reason: 'card-does-not-support-cvm', cvmResults: noCvmPerformed() };
  const reading = input.cvmList === undefined ? undefined : parseCvmList(input.cvmList);
  if (reading?.kind !== 'list') {
    tvr.set('iccDataMissing');
    return { kind: 'not-performed', reason: 'no-cvm-list', cvmResults: noCvmPerformed() };
  }
  const { list } = reading;
  tsi.set('cardholderVerificationPerformed');
  const ctx = {
    card: input.card,
    pinPad: input.pinPad,
    tvr,
    terminalCapabilities: transaction.terminalCapabilities,
    pan: input.pan,
    iccPinKey: input.iccPinKey,
  };
  let lastAttempted: CvRule | undefined;
  for (const rule of list.rules) {
    if (!conditionSatisfied(rule, list, transaction)) continue;
    const outcome = await performRule(rule, ctx);
    if (outcome.kind === 'stopped') return { kind: 'cancelled' };
    if (outcome.kind === 'performed') {
      return { kind: 'successful', rule, followUp: outcome.followUp, cvmResults: cvmResults(rule, outcome.result) };
    }
    if (outcome.attempted) lastAttempted = rule;
    if (!rule.applyNextIfUnsuccessful) break;
  }
  tvr.set('cardholderVerificationNotSuccessful');
  return { kind: 'failed', cvmResults: lastAttempted ? cvmResults(lastAttempted, 'failed') : noCvmPerformedFailed() };
}

/** Book 4 §6.3.4.3: the receipt carries a signature line when the CVM performed asks for one. */
export function signatureRequired(outcome: CardholderVerificationOutcome): boolean {
  return outcome.kind === 'successful' && outcome.followUp.kind === 'signature';
}
