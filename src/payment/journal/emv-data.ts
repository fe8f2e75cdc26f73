// The EMV kernel's results as the journal's EmvData: the authorisation request at the first
// GENERATE AC (EMV Book 3 §10.9: what a reversal of it must carry) and the transaction record at
// completion (Book 4 §6.3.8). The clear PAN, the PIN block and the tracks of a request are not
// read here; the journal drops card data tags from the ICC data whatever is passed.
import type { AuthorisationRequest } from '../../emv/contact/authorisation.js';
import type { TransactionRecord } from '../../emv/contact/outcome.js';
import type { EmvData } from './transaction.js';

const CID = 0x9f27;

/** The ARQC and its data, for the authorising step. */
export function emvDataOfRequest(request: AuthorisationRequest): EmvData {
  return {
    ...(request.arqc.length > 0 ? { cryptogram: { type: 'ARQC', value: request.arqc } } : {}),
    cid: request.cid,
    ...(request.atc.length > 0 ? { atc: request.atc } : {}),
    ...(request.panSequenceNumber ? { panSequenceNumber: request.panSequenceNumber } : {}),
    iccData: request.iccData,
  };
}

/** The completed transaction, for the approved, declined or reversal step. */
export function emvDataOfRecord(record: TransactionRecord): EmvData {
  const cid = record.iccData.get(CID);
  return {
    aid: record.aid,
    ...(record.label !== undefined ? { label: record.label } : {}),
    languages: record.languages,
    ...(record.panSequenceNumber ? { panSequenceNumber: record.panSequenceNumber } : {}),
    tvr: record.tvr,
    tsi: record.tsi,
    cvmResults: record.cvmResults,
    ...(record.atc ? { atc: record.atc } : {}),
    ...(record.cryptogram ? { cryptogram: record.cryptogram } : {}),
    ...(cid !== undefined && cid.length === 1 ? { cid: cid[0]! } : {}),
    ...(record.issuerScriptResults ? { issuerScriptResults: record.issuerScriptResults } : {}),
    signatureRequired: record.signatureRequired,
    iccData: record.iccData,
  };
}
