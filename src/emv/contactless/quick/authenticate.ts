// When the quick kernels run fDDA, EMV Contactless Book C-3 §5.4 (Book C-7 alike): always for
// a TC (an offline approval stands on it); for an ARQC only when the reader supports "ODA for
// online authorisations" (TTQ byte 1 b1, Book C-3) and the card signed; never for an AAC. A
// card that does not support DDA (AIP) or sent no signature cannot pass it. The TVR records
// a failure (DDA failed) and missing data; fdda.ts does the checking.
import { readAip } from '../../dictionary/index.js';
import type { OdaRecords } from '../../records/index.js';
import { verifyFdda, type FddaResult } from './fdda.js';
import type { QuickSession } from './session.js';

export function authenticateQuick(s: QuickSession, records: OdaRecords): FddaResult | 'not-performed' {
  const signed = s.data.value(0x9f4b) !== undefined;
  const wanted = s.cryptogram === 'TC' || (s.cryptogram === 'ARQC' && s.flavour.odaForOnline && s.ttq.has('odaForOnlineAuthorisationsSupported') && signed);
  if (!wanted) {
    s.tvr.set('offlineDataAuthenticationNotPerformed');
    return 'not-performed';
  }
  const aip = readAip(s.data.require(0x82, 'fdda'));
  const result: FddaResult = aip.has('ddaSupported') && signed ? verifyFdda(s, records) : { result: 'failed', reason: 'icc-data-missing' };
  if (result.result === 'failed') {
    s.tvr.set('ddaFailed');
    if (result.reason === 'icc-data-missing') s.tvr.set('iccDataMissing');
  }
  return result;
}
