// EMV Book 3 §10.6.1 Floor Limits.
import type { Tvr } from '../dictionary/index.js';

/** Sets 'transaction exceeds floor limit' when the amount, plus the most recent logged amount for
 *  the same card (when the terminal keeps a log and found one), reaches the floor limit 9F1B. */
export function checkFloorLimit(amount: bigint, loggedAmount: bigint | undefined, floorLimit: bigint, tvr: Tvr): void {
  if (amount + (loggedAmount ?? 0n) >= floorLimit) tvr.set('transactionExceedsFloorLimit');
}
