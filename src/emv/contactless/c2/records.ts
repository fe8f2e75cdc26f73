// EMV Contactless Book C-2 S4.24 / S7.12: the objects of a record the AFL names. Records of SFI
// 1-10 are one 70 template (the shared reader checks it); SFI 11-30 hold the issuer's format, and
// a 70 template there (IACs, 9F4A on M/Chip cards) feeds the data store like any other record.
import { decodeResponseTlv } from '../../apdu/index.js';
import type { AflEntry, AflRecord } from '../../records/index.js';
import type { TlvNode } from '../../tlv/index.js';

export function recordObjects(r: AflRecord): readonly TlvNode[] {
  if (r.kind === 'template') return r.tlv;
  const top = decodeResponseTlv(r.data, 'E-CARD-0012', { step: 'read-record', sfi: r.sfi, record: r.record });
  return top.length === 1 && top[0]!.tag === 0x70 && top[0]!.kind === 'constructed' ? top[0]!.children : [];
}

/** '08 01 01 00': SFI 1, record 1 only, not signed: where a Mastercard card keeps its mag-stripe
 *  data (Book C-2 S3.32 skips it in EMV mode, S3.72 reads only it in mag-stripe mode). */
export function isMagStripeEntry(entry: AflEntry | undefined): boolean {
  return entry !== undefined && entry.sfi === 1 && entry.firstRecord === 1 && entry.lastRecord === 1 && entry.odaRecords === 0;
}
