// EMV Contactless Book C-2 §7.5 CVM Selection (CVM.1-CVM.25). Kernel 2 performs no CVM with the
// card: it chooses one and reports it in the Outcome Parameter Set ('CVM') and the CVM Results.
// A device that verified the cardholder itself (on-device CVM: AIP byte 1 b2 and Kernel
// Configuration b6) is 'confirmation code verified' above the Reader CVM Required Limit; else
// the card's CVM List is walked with the shared Book 3 rule, condition and support checks
// against Terminal Capabilities whose byte 2 is the CVM Capability for this amount (S456.30-33).
// Offline PIN cannot be performed on the contactless interface: those rules count as not
// supported, so the list goes on to the next rule if the issuer allows.
import type { Aip, TerminalCapabilities, Tvr } from '../../dictionary/index.js';
import { conditionSatisfied, cvmResults, noCvmPerformed, noCvmPerformedFailed, parseCvmList, terminalSupports, type CvmTransaction, type CvRule } from '../../cvm/index.js';
import type { OutcomeParameterSet } from '../kernel-contract.js';

export interface CvmSelection {
  readonly cvm: Exclude<OutcomeParameterSet['cvm'], 'n/a'>;
  /** 9F34. */
  readonly cvmResults: Uint8Array;
  /** CVM.18: a signature asks for a receipt. */
  readonly receipt: boolean;
}

export interface CvmSelectionInput {
  readonly aip: Aip;
  readonly onDeviceCvmSupported: boolean;
  readonly amount: bigint;
  readonly cvmRequiredLimit: bigint;
  readonly cvmList: Uint8Array | undefined;
  readonly transaction: CvmTransaction;
  readonly terminalCapabilities: TerminalCapabilities;
}

/** CVM.3: '01' (plaintext PIN by the ICC) '00' '02': the code C-2 gives on-device verification. */
const CONFIRMATION_CODE_VERIFIED = Uint8Array.of(0x01, 0x00, 0x02);
/** CVM.3: no CVM needed up to the limit, marked successful. */
const NO_CVM_SUCCESSFUL = Uint8Array.of(0x3f, 0x00, 0x02);

export function selectCvm(input: CvmSelectionInput, tvr: Tvr): CvmSelection {
  const none = (results: Uint8Array): CvmSelection => ({ cvm: 'no-cvm', cvmResults: results, receipt: false });
  // CVM.1-3
  if (input.aip.has('onDeviceCardholderVerificationSupported') && input.onDeviceCvmSupported) {
    return input.amount > input.cvmRequiredLimit ? { cvm: 'confirmation-code-verified', cvmResults: CONFIRMATION_CODE_VERIFIED, receipt: false } : none(NO_CVM_SUCCESSFUL);
  }
  // CVM.4-5
  if (!input.aip.has('cardholderVerificationSupported')) return none(noCvmPerformed());
  // CVM.6-8: absent or empty list; a list that is not whole rules is as good as none.
  const reading = input.cvmList === undefined ? undefined : parseCvmList(input.cvmList);
  if (reading?.kind !== 'list') {
    tvr.set('iccDataMissing');
    return none(noCvmPerformed());
  }
  const { list } = reading;
  for (let i = 0; i < list.rules.length; i++) {
    const rule = list.rules[i]!;
    // CVM.10-13: a condition not understood or not met moves on to the next rule.
    if (!conditionSatisfied(rule, list, input.transaction)) continue;
    if (typeof rule.method !== 'string') {
      // CVM.16
      tvr.set('unrecognisedCvm');
    } else if (rule.method !== 'fail' && performable(rule) && terminalSupports(rule.method, input.terminalCapabilities)) {
      return chosen(rule, tvr);
    }
    // CVM.19-20: the issuer lets the next rule apply.
    if (rule.applyNextIfUnsuccessful && i + 1 < list.rules.length) continue;
    // CVM.22-25
    tvr.set('cardholderVerificationNotSuccessful');
    return none(rule.method === 'fail' ? cvmResults(rule, 'failed') : noCvmPerformedFailed());
  }
  // CVM.14: no rule applied.
  tvr.set('cardholderVerificationNotSuccessful');
  return none(noCvmPerformedFailed());
}

function performable(rule: CvRule): boolean {
  return rule.method === 'enciphered-pin-online' || rule.method === 'signature' || rule.method === 'no-cvm';
}

/** CVM.18: online PIN and signature are completed by the terminal after the outcome, so their
 *  result is 'unknown'; No CVM Required is successful. */
function chosen(rule: CvRule, tvr: Tvr): CvmSelection {
  switch (rule.method) {
    case 'enciphered-pin-online':
      tvr.set('onlineCvmCaptured');
      return { cvm: 'online-pin', cvmResults: cvmResults(rule, 'unknown'), receipt: false };
    case 'signature':
      return { cvm: 'signature', cvmResults: cvmResults(rule, 'unknown'), receipt: true };
    default:
      return { cvm: 'no-cvm', cvmResults: cvmResults(rule, 'successful'), receipt: false };
  }
}
