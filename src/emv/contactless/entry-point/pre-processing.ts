// EMV Contactless Book B §3.1.1 Pre-Processing (Start A): the Entry Point Pre-Processing
// Indicators and the copy of the TTQ for each combination, from the amount and the
// combination's limits; when every combination is out, a Try Another Interface outcome
// (§3.1.1.13).
import { BitSet, ttqBits, type TtqBit } from '../../dictionary/index.js';
import type { ContactlessCombination } from '../config.js';
import type { ContactlessTransaction, PreProcessingIndicators } from '../kernel-contract.js';

export interface PreProcessed {
  readonly combination: ContactlessCombination;
  readonly indicators: PreProcessingIndicators;
}

/** Indicators for one combination, requirements 3.1.1.1 to 3.1.1.12 in order. */
export function preProcessCombination(c: ContactlessCombination, t: ContactlessTransaction): PreProcessingIndicators {
  const amount = t.amount;
  // 3.1.1.3: a status check is a transaction of one unit of the currency.
  const statusCheckRequested = c.statusCheckSupported && amount === 10n ** BigInt(t.currencyExponent);
  let notAllowed = false;
  let zeroAmount = false;
  // 3.1.1.4
  if (amount === 0n) {
    if (c.zeroAmountAllowed) zeroAmount = true;
    else notAllowed = true;
  }
  // 3.1.1.5: at or above the transaction limit the combination is out.
  const transactionLimitExceeded = c.transactionLimit !== undefined && amount >= c.transactionLimit;
  if (transactionLimitExceeded) notAllowed = true;
  // 3.1.1.6 (strictly above); the Terminal Floor Limit fallback of 3.1.1.7 comes in through
  // terminalData 9F1B, which this configuration does not carry apart from the reader's own.
  const floorLimitExceeded = c.floorLimit !== undefined && amount > c.floorLimit;
  // 3.1.1.8 (at or above)
  const cvmRequiredLimitExceeded = c.cvmRequiredLimit !== undefined && amount >= c.cvmRequiredLimit;

  let ttq: Uint8Array | undefined;
  if (c.ttq !== undefined) {
    // 3.1.1.2: copy, with 'online cryptogram required' and 'CVM required' reset.
    const bits: BitSet<TtqBit> = new BitSet(ttqBits, 4, c.ttq).clear('onlineCryptogramRequired').clear('cvmRequired');
    if (floorLimitExceeded || statusCheckRequested) bits.set('onlineCryptogramRequired'); // 3.1.1.9, 3.1.1.10
    if (zeroAmount) {
      // 3.1.1.11: an online-capable reader sends a zero amount online; an offline-only one cannot.
      if (bits.has('offlineOnlyReader')) notAllowed = true;
      else bits.set('onlineCryptogramRequired');
    }
    if (cvmRequiredLimitExceeded) bits.set('cvmRequired'); // 3.1.1.12
    ttq = bits.value();
  }
  return {
    statusCheckRequested,
    contactlessApplicationNotAllowed: notAllowed,
    zeroAmount,
    readerCvmRequiredLimitExceeded: cvmRequiredLimitExceeded,
    readerContactlessFloorLimitExceeded: floorLimitExceeded,
    // 3.1.1.5 excludes a combination at the limit, so one still allowed never carries it.
    readerContactlessTransactionLimitExceeded: false,
    ttq,
  };
}

/** Every combination with its indicators; `allowed` is false when all are out (3.1.1.13). */
export function preProcess(combinations: readonly ContactlessCombination[], t: ContactlessTransaction): { readonly combinations: PreProcessed[]; readonly allowed: boolean } {
  const out = combinations.map((combination) => ({ combination, indicators: preProcessCombination(combination, t) }));
  return { combinations: out, allowed: out.some((p) => !p.indicators.contactlessApplicationNotAllowed) };
}
