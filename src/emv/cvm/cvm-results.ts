// EMV Book 4 Annex A4 Table 33 (CVM Results, 9F34): byte 1 the CVM code of the last CV Rule
// performed as the card wrote it, byte 2 its condition, byte 3 the result; 3F in byte 1 when
// no CVM was performed.
import { CVM_NOT_PERFORMED } from '../dictionary/index.js';
import type { CvRule } from './cv-rule.js';

export type CvmResultCode = 'unknown' | 'failed' | 'successful';

const RESULT_BYTE: Record<CvmResultCode, number> = { unknown: 0x00, failed: 0x01, successful: 0x02 };

export function cvmResults(rule: CvRule, result: CvmResultCode): Uint8Array {
  return Uint8Array.of(rule.methodByte, rule.conditionByte, RESULT_BYTE[result]);
}

/** 3F0000: the card does not support cardholder verification, or gave no CVM List. */
export function noCvmPerformed(): Uint8Array {
  return Uint8Array.of(CVM_NOT_PERFORMED, 0x00, RESULT_BYTE.unknown);
}

/** 3F0001: the CVM List was processed and no CVM was performed, so none succeeded. */
export function noCvmPerformedFailed(): Uint8Array {
  return Uint8Array.of(CVM_NOT_PERFORMED, 0x00, RESULT_BYTE.failed);
}
