// EMV Book 2 §6.5.2 (DDA) and §6.6.2 (CDA), Table 17: the Signed Dynamic Application Data
// recovered with the ICC public key is format 05 | hash alg | L_DD | ICC Dynamic Data (L_DD) |
// BB pad, hashed with the terminal's dynamic data after it (the DDOL data for DDA, the
// Unpredictable Number for CDA).
import type { OdaFailure } from './failure.js';
import { hashMatches, openSigned, SHA1_INDICATOR } from './recovered-block.js';
import type { RsaPublicKey } from './rsa-recover.js';

export type DynamicData =
  | { readonly result: 'ok'; readonly iccDynamicData: Uint8Array; readonly dynamicNumber: Uint8Array }
  | { readonly result: 'failed'; readonly reason: OdaFailure };

export function openDynamicSignature(iccKey: RsaPublicKey, signed: Uint8Array, terminalData: Uint8Array): DynamicData {
  const opened = openSigned(iccKey, signed, 0x05);
  if (opened.kind === 'failed') return { result: 'failed', reason: opened.reason };
  const { body } = opened;
  if (body.length < 3 || body[1] !== SHA1_INDICATOR) {
    return { result: 'failed', reason: body.length < 3 ? 'dynamic-data-malformed' : 'unknown-hash-algorithm' };
  }
  const length = body[2]!;
  if (3 + length > body.length) return { result: 'failed', reason: 'dynamic-data-malformed' };
  if (!hashMatches(opened.hash, body, terminalData)) return { result: 'failed', reason: 'hash-mismatch' };
  const iccDynamicData = body.slice(3, 3 + length);
  // Tables 18 and 19: the ICC Dynamic Data opens with the ICC Dynamic Number and its length.
  const numberLength = iccDynamicData[0];
  if (numberLength === undefined || numberLength < 2 || numberLength > 8 || 1 + numberLength > iccDynamicData.length) {
    return { result: 'failed', reason: 'dynamic-data-malformed' };
  }
  return { result: 'ok', iccDynamicData, dynamicNumber: iccDynamicData.slice(1, 1 + numberLength) };
}
