// EMV Book 3 §10.5 and Annex C3: what cardholder verification needs to know about the
// transaction to judge a CV Rule's condition and whether this terminal supports its method.
import { PosError } from '../../errors/index.js';
import type { TerminalCapabilities } from '../dictionary/index.js';

/** Transaction Type (9C) as CVM conditions see it: cash (01), purchase with cashback (09), or
 *  anything else, which no condition singles out. */
export type CvmTransactionType = 'purchase' | 'cash' | 'cashback' | 'refund' | 'other';

export interface CvmTransaction {
  readonly type: CvmTransactionType;
  /** Amount, Authorised (9F02), minor units; with cashback it includes Amount, Other. */
  readonly amount: bigint;
  /** Amount, Other (9F03), minor units. */
  readonly amountOther: bigint;
  /** Transaction Currency Code (5F2A), ISO 4217 numeric. */
  readonly currency: number;
  /** Application Currency Code (9F42) from the card; undefined when the card has none. */
  readonly applicationCurrency: number | undefined;
  /** Terminal Type (9F35), e.g. 0x22. */
  readonly terminalType: number;
  readonly terminalCapabilities: TerminalCapabilities;
}

const MAX_CURRENCY = 999;

/** Refuses values no terminal can hold: they are a caller's bug, not a card's fault. */
export function checkCvmTransaction(tx: CvmTransaction): void {
  if (tx.amount < 0n || tx.amountOther < 0n) throw new PosError('E-CVM-0001', { field: tx.amount < 0n ? '9F02' : '9F03' });
  for (const [tag, code] of [['5F2A', tx.currency], ['9F42', tx.applicationCurrency]] as const) {
    if (code !== undefined && (!Number.isInteger(code) || code < 0 || code > MAX_CURRENCY)) throw new PosError('E-CVM-0001', { field: tag });
  }
}

/** Book 4 Annex A1 Table 24: environment digits 4-6 are unattended. */
export function isUnattended(terminalType: number): boolean {
  const environment = terminalType & 0x0f;
  return environment >= 4 && environment <= 6;
}
