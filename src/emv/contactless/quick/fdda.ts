// Fast Dynamic Data Authentication, EMV Contactless Book C-3 §5.4 and Annex C (Book C-7 alike):
// the ICC key is recovered as for DDA (Book 2 §6.1-6.4: CA key, issuer certificate, ICC
// certificate over the static data to be authenticated), and the Signed Dynamic Application
// Data (9F4B) the card returned in its GPO answer is opened with it as Book 2 §6.5.2 does,
// but without INTERNAL AUTHENTICATE. The terminal's dynamic data hashed after the ICC Dynamic
// Data is, for fDDA version 01 (9F69 byte 1):
//   Unpredictable Number (9F37) || Amount, Authorised (9F02) || Transaction Currency Code
//   (5F2A) || Card Authentication Related Data (9F69: version, card unpredictable number, CTQ)
// and for version 00 (no 9F69) the Unpredictable Number alone. The ICC Dynamic Number must be
// the ATC (9F36) the card returned.
import { bytesEqual, concatBytes } from '../../../bytes/hex.js';
import { staticDataToAuthenticate, transactionDateKey, type OdaFailure } from '../../oda/index.js';
import { openDynamicSignature } from '../../oda/dynamic-signature.js';
import { iccKeyFromCard } from '../../oda/icc-key-from-card.js';
import type { OdaRecords } from '../../records/index.js';
import type { QuickSession } from './session.js';

export type FddaFailure = OdaFailure | 'fdda-version-unsupported' | 'dynamic-number-not-atc' | 'transaction-date-invalid';

export type FddaResult = { readonly result: 'ok' } | { readonly result: 'failed'; readonly reason: FddaFailure };

const REQUIRED = [0x8f, 0x90, 0x9f32, 0x9f46, 0x9f47, 0x5a, 0x9f4b, 0x9f36] as const;

export function verifyFdda(s: QuickSession, records: OdaRecords): FddaResult {
  const card = s.data.asMap();
  const failed = (reason: FddaFailure): FddaResult => ({ result: 'failed', reason });
  if (REQUIRED.some((tag) => card.get(tag) === undefined)) return failed('icc-data-missing');
  const date = transactionDateKey(card.get(0x9a)!);
  if (date === undefined) return failed('transaction-date-invalid');
  const staticData = staticDataToAuthenticate(records, card);
  if (staticData.kind === 'failed') return failed(staticData.reason);
  const icc = iccKeyFromCard({ aid: s.activation.aid, card, caKeys: s.activation.caKeys, revoked: s.activation.revoked }, date, staticData.data);
  if (icc.result === 'failed') return failed(icc.reason);
  const terminalData = fddaTerminalData(s);
  if (terminalData === undefined) return failed('fdda-version-unsupported');
  const opened = openDynamicSignature(icc.key, card.get(0x9f4b)!, terminalData);
  if (opened.result === 'failed') return failed(opened.reason);
  return bytesEqual(opened.dynamicNumber, card.get(0x9f36)!) ? { result: 'ok' } : failed('dynamic-number-not-atc');
}

function fddaTerminalData(s: QuickSession): Uint8Array | undefined {
  const value = (tag: number): Uint8Array => s.data.value(tag) ?? new Uint8Array(0);
  const cardAuthentication = s.data.value(0x9f69);
  if (cardAuthentication === undefined || cardAuthentication[0] === 0x00) return value(0x9f37);
  if (cardAuthentication[0] !== 0x01) return undefined;
  return concatBytes(value(0x9f37), value(0x9f02), value(0x5f2a), cardAuthentication);
}
