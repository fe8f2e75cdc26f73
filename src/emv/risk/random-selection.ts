// EMV Book 3 §10.6.2 Random Transaction Selection. Below the Threshold Value a transaction is
// selected when the random number (1–99) is at most the Target Percentage; from the threshold up
// to the floor limit the percentage rises linearly (biased selection) to the Maximum Target
// Percentage:
//   Transaction Target Percent = (MTP − TP) × (Amount − Threshold) / (Floor Limit − Threshold) + TP
// At or above the floor limit no random selection happens (floor limit checking covers it).
import { PosError } from '../../errors/index.js';
import type { Tvr } from '../dictionary/index.js';

export interface RandomSelectionParameters {
  /** 0–99 */
  readonly targetPercentage: number;
  /** 0–99, not below targetPercentage */
  readonly maxTargetPercentage: number;
  /** Minor units, below the floor limit. */
  readonly threshold: bigint;
}

/** Turns an injected `random()` in [0, 1) into the 1–99 number the book asks for. */
export function randomSelectionNumber(random: () => number): number {
  return 1 + Math.floor(random() * 99);
}

function checkPercentage(value: number, field: string): bigint {
  if (!Number.isInteger(value) || value < 0 || value > 99) throw new PosError('E-RISK-0002', { field, min: 0, max: 99 });
  return BigInt(value);
}

/** True (and 'randomly selected' set) when the transaction is selected for online. The
 *  comparison with the Transaction Target Percent is exact in integers: for a whole random
 *  number, r ≤ TTP holds exactly when r ≤ ⌊TTP⌋, so this agrees with kernels that truncate. */
export function selectRandomly(
  amount: bigint,
  floorLimit: bigint,
  parameters: RandomSelectionParameters,
  randomNumber: number,
  tvr: Tvr,
): boolean {
  if (!Number.isInteger(randomNumber) || randomNumber < 1 || randomNumber > 99) {
    throw new PosError('E-RISK-0002', { field: 'randomNumber', min: 1, max: 99 });
  }
  const tp = checkPercentage(parameters.targetPercentage, 'targetPercentage');
  const mtp = checkPercentage(parameters.maxTargetPercentage, 'maxTargetPercentage');
  // Below the target the interpolation would fall as the amount rises: a configuration error, not
  // a policy (Book 3 §10.6.2 biases selection towards larger amounts).
  if (mtp < tp) throw new PosError('E-RISK-0002', { field: 'maxTargetPercentage', min: parameters.targetPercentage, max: 99 });
  if (amount >= floorLimit) return false;
  const r = BigInt(randomNumber);
  const selected =
    amount < parameters.threshold
      ? r <= tp
      : (r - tp) * (floorLimit - parameters.threshold) <= (mtp - tp) * (amount - parameters.threshold);
  if (selected) tvr.set('randomlySelectedForOnline');
  return selected;
}
