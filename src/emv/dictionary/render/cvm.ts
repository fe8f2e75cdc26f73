// CVM List (8E) per EMV Book 3 §10.5 and Annex C3, and CVM Results (9F34) per Book 4 Annex A4.
import {
  CVM_APPLY_NEXT_IF_UNSUCCESSFUL,
  CVM_NOT_PERFORMED,
  cvmConditionName,
  cvmMethodName,
  cvmResultName,
} from '../codes/cvm.js';
import { describeAmount } from './amount.js';
import { binaryUnsigned } from '../bytes.js';
import type { RenderContext, RenderedValue } from './types.js';

/** "X = ..., Y = ..." and one entry per CV Rule: method; condition; what follows a failure. */
export function renderCvmList(value: Uint8Array, context: RenderContext): RenderedValue {
  if (value.length < 8) return { text: 'malformed: CVM List shorter than the X and Y amounts' };
  const x = describeAmount(binaryUnsigned(value.subarray(0, 4)), context.applicationCurrencyCode);
  const y = describeAmount(binaryUnsigned(value.subarray(4, 8)), context.applicationCurrencyCode);
  const entries: string[] = [];
  for (let i = 8; i + 1 < value.length; i += 2) {
    const method = value[i] ?? 0;
    const condition = value[i + 1] ?? 0;
    const onFailure =
      (method & CVM_APPLY_NEXT_IF_UNSUCCESSFUL) !== 0
        ? 'apply succeeding CV Rule if this CVM is unsuccessful'
        : 'fail cardholder verification if this CVM is unsuccessful';
    entries.push(`${cvmMethodName(method)}; ${cvmConditionName(condition)}; ${onFailure}`);
  }
  const odd = (value.length - 8) % 2 === 1 ? '; trailing odd byte ignored' : '';
  return { text: `X = ${x}, Y = ${y}, ${entries.length} CV Rule(s)${odd}`, entries };
}

export function renderCvmResults(value: Uint8Array): RenderedValue {
  const [performed, condition, result] = value;
  if (value.length !== 3 || performed === undefined || condition === undefined || result === undefined) {
    return { text: 'malformed: CVM Results is 3 bytes' };
  }
  if ((performed & 0x3f) === CVM_NOT_PERFORMED) return { text: `No CVM performed; ${cvmResultName(result)}` };
  return { text: `${cvmMethodName(performed)}; ${cvmConditionName(condition)}; ${cvmResultName(result)}` };
}
