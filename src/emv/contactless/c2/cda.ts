// EMV Contactless Book C-2 S910.1-7: the CDA signature of the GENERATE AC answer, checked
// after the card has left the field (the card is done with in one tap). The keys are recovered
// as Book 2 §6.6 and the shared ODA module do it (CA → issuer → ICC key over the records the
// AFL marked), then the signature and its transaction data hash over PDOL data || CDOL1 data
// || the answer's objects.
import { newTsi, readTerminalCapabilities } from '../../dictionary/index.js';
import { performOda, verifyCdaSignature, type CdaVerification } from '../../oda/index.js';
import type { C2Session } from './session.js';

export async function verifyCdaAfterFieldOff(s: C2Session, response: Uint8Array, cdolData: Uint8Array): Promise<CdaVerification> {
  const { activation } = s;
  const oda = await performOda({
    aip: s.aip!,
    terminalCapabilities: readTerminalCapabilities(s.data.require(0x9f33, 'cda')),
    aid: activation.aid,
    card: s.data.asMap(),
    records: s.odaRecords ?? { kind: 'complete', data: new Uint8Array(0) },
    transactionDate: s.data.require(0x9a, 'cda'),
    caKeys: activation.caKeys,
    revoked: activation.revoked,
    // CDA recovers keys only: no INTERNAL AUTHENTICATE, so the card is never addressed.
    transport: { transmit: () => Promise.reject(new Error('CDA does not talk to the card')) },
    defaultDdol: undefined,
    dolSource: s.data,
    tvr: s.tvr,
    // Kernel 2 keeps no TSI.
    tsi: newTsi(),
  });
  if (oda.method !== 'cda') return { result: 'failed', reason: 'icc-data-missing' };
  if (oda.result === 'failed') return oda;
  return verifyCdaSignature({
    iccKey: oda.iccKey,
    response,
    unpredictableNumber: s.data.require(0x9f37, 'cda'),
    pdolData: s.pdolData,
    cdol1Data: cdolData,
  });
}
