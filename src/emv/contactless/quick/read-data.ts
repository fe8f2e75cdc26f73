// EMV Contactless Book C-3 §5.3 (Book C-7 alike) Read Application Data: every record the AFL
// names, into the session's store (a tag the GPO already gave is a card fault, E-CARD-0017),
// with the records marked for offline data authentication kept for fDDA. The card must give
// the PAN, or the track 2 equivalent it is part of.
import { PosError } from '../../../errors/index.js';
import { readAflRecords, type AflEntry, type OdaRecords } from '../../records/index.js';
import type { QuickSession } from './session.js';

export async function readQuickRecords(s: QuickSession, card: QuickSession['activation']['transport'], afl: readonly AflEntry[]): Promise<OdaRecords> {
  const { records, oda } = await readAflRecords(card, afl);
  for (const r of records) if (r.kind === 'template') s.data.addRecordObjects(r.tlv, 'read-application-data');
  if (s.data.value(0x5a) === undefined && s.data.value(0x57) === undefined) {
    throw new PosError(s.flavour.errors.missingData, { step: 'read-application-data', tag: '5A' });
  }
  return oda;
}
