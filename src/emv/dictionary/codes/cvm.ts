// EMV Book 3 Annex C3 Tables 43-44 (CV Rule method and condition codes, EMV 4.4) and
// Book 4 Annex A4 Table 33 (CVM Results byte 3).
import { hexByte } from '../bytes.js';

/** CV Rule byte 1 b7: what to do when this CVM is unsuccessful. */
export const CVM_APPLY_NEXT_IF_UNSUCCESSFUL = 0x40;
/** CV Rule byte 1 b6-b1. */
export const CVM_METHOD_MASK = 0x3f;
/** CVM Results byte 1 when no CVM was performed (not a valid CV Rule method). */
export const CVM_NOT_PERFORMED = 0x3f;

const methods: ReadonlyMap<number, string> = new Map([
  [0x00, 'Fail CVM processing'],
  [0x01, 'Plaintext PIN verification performed by ICC'],
  [0x02, 'Enciphered PIN verified online'],
  [0x03, 'Plaintext PIN verification performed by ICC and signature (paper)'],
  [0x04, 'Enciphered PIN verification performed by ICC'],
  [0x05, 'Enciphered PIN verification performed by ICC and signature (paper)'],
  [0x06, 'Facial biometric verified offline (by ICC)'],
  [0x07, 'Facial biometric verified online'],
  [0x08, 'Finger biometric verified offline (by ICC)'],
  [0x09, 'Finger biometric verified online'],
  [0x0a, 'Palm biometric verified offline (by ICC)'],
  [0x0b, 'Palm biometric verified online'],
  [0x0c, 'Iris biometric verified offline (by ICC)'],
  [0x0d, 'Iris biometric verified online'],
  [0x0e, 'Voice biometric verified offline (by ICC)'],
  [0x0f, 'Voice biometric verified online'],
  [0x1e, 'Signature (paper)'],
  [0x1f, 'No CVM required'],
]);

/** The name of a CV Rule method code (byte 1 b6-b1). */
export function cvmMethodName(code: number): string {
  const m = code & CVM_METHOD_MASK;
  const known = methods.get(m);
  if (known !== undefined) return known;
  // 10-1D and 20-2F (1E and 1F are named above).
  if (m <= 0x2f) return `Reserved for use by the individual payment systems (${hexByte(m)})`;
  if (m <= 0x3e) return `Reserved for use by the issuer (${hexByte(m)})`;
  return 'RFU (3F)';
}

const conditions: ReadonlyMap<number, string> = new Map([
  [0x00, 'Always'],
  [0x01, 'If unattended cash'],
  [0x02, 'If not unattended cash and not manual cash and not purchase with cashback'],
  [0x03, 'If terminal supports the CVM'],
  [0x04, 'If manual cash'],
  [0x05, 'If purchase with cashback'],
  [0x06, 'If transaction is in the application currency and is under X value'],
  [0x07, 'If transaction is in the application currency and is over X value'],
  [0x08, 'If transaction is in the application currency and is under Y value'],
  [0x09, 'If transaction is in the application currency and is over Y value'],
]);

/** The name of a CV Rule condition code (byte 2). */
export function cvmConditionName(code: number): string {
  const known = conditions.get(code);
  if (known !== undefined) return known;
  return code >= 0x80
    ? `Reserved for use by individual payment systems (${hexByte(code)})`
    : `RFU (${hexByte(code)})`;
}

/** CVM Results byte 3. */
export function cvmResultName(code: number): string {
  switch (code) {
    case 0x00:
      return 'Unknown';
    case 0x01:
      return 'Failed';
    case 0x02:
      return 'Successful';
    default:
      return `RFU (${hexByte(code)})`;
  }
}
