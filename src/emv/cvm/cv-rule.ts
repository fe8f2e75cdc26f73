// EMV Book 3 Annex C3 Tables 43-44: a CV Rule's method (byte 1 b6-b1), its "apply succeeding
// CV Rule if this CVM is unsuccessful" bit (byte 1 b7) and its condition (byte 2), by name.
import { CVM_APPLY_NEXT_IF_UNSUCCESSFUL, CVM_METHOD_MASK } from '../dictionary/index.js';

/** The methods this kernel performs, biometric methods (EMV 4.4, recognised but never
 *  performed here) and every other code, kept so the TVR can say "unrecognised CVM". */
export type CvmMethod =
  | 'fail'
  | 'plaintext-pin-icc'
  | 'enciphered-pin-online'
  | 'plaintext-pin-icc-and-signature'
  | 'enciphered-pin-icc'
  | 'enciphered-pin-icc-and-signature'
  | 'signature'
  | 'no-cvm'
  | { readonly kind: 'biometric'; readonly code: number }
  | { readonly kind: 'unrecognised'; readonly code: number };

export type CvmCondition =
  | 'always'
  | 'unattended-cash'
  | 'not-unattended-cash-manual-cash-or-cashback'
  | 'terminal-supports-cvm'
  | 'manual-cash'
  | 'cashback'
  | 'under-x'
  | 'over-x'
  | 'under-y'
  | 'over-y'
  | { readonly kind: 'unknown'; readonly code: number };

export interface CvRule {
  readonly method: CvmMethod;
  readonly applyNextIfUnsuccessful: boolean;
  readonly condition: CvmCondition;
  /** Byte 1 as the card sent it (b7 included): CVM Results byte 1 repeats it. */
  readonly methodByte: number;
  /** Byte 2 as the card sent it: CVM Results byte 2 repeats it. */
  readonly conditionByte: number;
}

const methodByCode: ReadonlyMap<number, CvmMethod> = new Map<number, CvmMethod>([
  [0x00, 'fail'],
  [0x01, 'plaintext-pin-icc'],
  [0x02, 'enciphered-pin-online'],
  [0x03, 'plaintext-pin-icc-and-signature'],
  [0x04, 'enciphered-pin-icc'],
  [0x05, 'enciphered-pin-icc-and-signature'],
  [0x1e, 'signature'],
  [0x1f, 'no-cvm'],
]);

const conditionByCode: readonly CvmCondition[] = [
  'always',
  'unattended-cash',
  'not-unattended-cash-manual-cash-or-cashback',
  'terminal-supports-cvm',
  'manual-cash',
  'cashback',
  'under-x',
  'over-x',
  'under-y',
  'over-y',
];

/** Table 43: 06-0F are the EMV 4.4 facial, finger, palm, iris and voice biometrics. */
const BIOMETRIC_FIRST = 0x06;
const BIOMETRIC_LAST = 0x0f;

export function decodeCvRule(methodByte: number, conditionByte: number): CvRule {
  return {
    method: decodeMethod(methodByte & CVM_METHOD_MASK),
    applyNextIfUnsuccessful: (methodByte & CVM_APPLY_NEXT_IF_UNSUCCESSFUL) !== 0,
    condition: conditionByCode[conditionByte] ?? { kind: 'unknown', code: conditionByte },
    methodByte,
    conditionByte,
  };
}

function decodeMethod(code: number): CvmMethod {
  const named = methodByCode.get(code);
  if (named !== undefined) return named;
  if (code >= BIOMETRIC_FIRST && code <= BIOMETRIC_LAST) return { kind: 'biometric', code };
  return { kind: 'unrecognised', code };
}
