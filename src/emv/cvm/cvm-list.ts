// EMV Book 3 Annex C3 (CVM List, tag 8E): Amount X (4 bytes binary), Amount Y (4 bytes
// binary), both in the application currency's minor units, then CV Rules of 2 bytes each.
import { decodeCvRule, type CvRule } from './cv-rule.js';

export interface CvmList {
  readonly amountX: bigint;
  readonly amountY: bigint;
  readonly rules: readonly CvRule[];
}

/** Book 3 §10.5: a list with no CV Rule is treated like an absent one (ICC data missing);
 *  a list whose rules do not come in whole pairs cannot be read at all. */
export type CvmListReading =
  | { readonly kind: 'list'; readonly list: CvmList }
  | { readonly kind: 'no-rules' }
  | { readonly kind: 'malformed'; readonly length: number };

const AMOUNTS_LENGTH = 8;
const RULE_LENGTH = 2;

export function parseCvmList(value: Uint8Array): CvmListReading {
  if (value.length < AMOUNTS_LENGTH || (value.length - AMOUNTS_LENGTH) % RULE_LENGTH !== 0) {
    return { kind: 'malformed', length: value.length };
  }
  if (value.length === AMOUNTS_LENGTH) return { kind: 'no-rules' };
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const rules: CvRule[] = [];
  for (let i = AMOUNTS_LENGTH; i < value.length; i += RULE_LENGTH) rules.push(decodeCvRule(value[i]!, value[i + 1]!));
  return { kind: 'list', list: { amountX: BigInt(view.getUint32(0)), amountY: BigInt(view.getUint32(4)), rules } };
}
