// EMV Book 4 §6.3.8 Completion: what the journal, the receipt and the acquirer get from the
// session. The PAN leaves masked; track 2 and the PIN block stay behind; the ICC data is the
// set an authorisation or clearing message carries (ISO 8583 field 55 per the schemes'
// usual list), taken from the session's store.
import { toHex } from '../../bytes/hex.js';
import { maskPan } from '../dictionary/index.js';
import type { Cryptogram, TransactionRecord } from './outcome.js';
import type { Session } from './session.js';

/** ICC data for the acquirer (Book 4 Annex / scheme field 55 lists). */
const ICC_DATA_TAGS = [
  0x9f26, 0x9f27, 0x9f10, 0x9f37, 0x9f36, 0x95, 0x9a, 0x9c, 0x9f02, 0x5f2a, 0x82, 0x9f1a, 0x9f34, 0x9f33, 0x9f35, 0x9f1e, 0x84, 0x9f09, 0x9f03, 0x5f34, 0x9f41, 0x9b,
  0x91, 0x8a, 0x9f5b,
] as const;

/** The PAN digits of 5A (cn: trailing F padding). */
export function panDigits(value: Uint8Array | undefined): string {
  return value === undefined ? '' : toHex(value).replace(/F+$/, '');
}

export function transactionRecord(s: Session, cryptogram: Cryptogram | undefined): TransactionRecord {
  const iccData = new Map<number, Uint8Array>();
  for (const tag of ICC_DATA_TAGS) {
    const v = s.data.value(tag);
    if (v !== undefined) iccData.set(tag, v);
  }
  iccData.set(0x95, s.tvr.value());
  iccData.set(0x9b, s.tsi.value());
  iccData.set(0x9f34, s.cvmResults);
  return {
    aid: s.data.value(0x84) ?? new Uint8Array(0),
    label: s.label,
    languages: s.languages,
    maskedPan: maskPan(panDigits(s.data.value(0x5a))),
    panSequenceNumber: s.data.value(0x5f34),
    tvr: s.tvr.value(),
    tsi: s.tsi.value(),
    cvmResults: s.cvmResults,
    atc: s.data.value(0x9f36),
    cryptogram,
    authorisationResponseCode: s.data.value(0x8a),
    issuer: s.issuer,
    issuerScriptResults: s.data.value(0x9f5b),
    signatureRequired: s.signatureRequired,
    iccData,
  };
}
