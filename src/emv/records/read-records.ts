// EMV Book 3 §10.2 Read Application Data and §10.3 (records for offline data authentication).
// Every record the AFL names is read with READ RECORD; any status but 9000 ends the read
// (E-CARD-0010). A record from SFI 1 to 10 must be exactly one 70 template (else E-CARD-0011;
// malformed contents E-CARD-0012); SFI 11 to 30 hold the issuer's own formats and are returned
// undecoded.
// The offline data authentication input is the concatenation, in AFL order, of each record the
// AFL marks for it:
//   SFI 1 to 10:  the value of the 70 template (its tag and length excluded);
//   SFI 11 to 30: the whole record data field (the 70 tag and length included).
// A marked record from SFI 11 to 30 that is not a 70 template does not stop the read: §10.3
// makes it an offline data authentication failure, reported in `oda` for the kernel's TVR.
import { concatBytes } from '../../bytes/hex.js';
import { PosError } from '../../errors/index.js';
import { decodeResponseTlv, exchange, readRecordCommand, SW, swHex, type CardTransport } from '../apdu/index.js';
import { decodeTlv, type ConstructedTlv, type TlvNode } from '../tlv/index.js';
import type { AflEntry } from './afl.js';

export type AflRecord =
  | { readonly kind: 'template'; readonly sfi: number; readonly record: number; readonly tlv: readonly TlvNode[] }
  | { readonly kind: 'proprietary'; readonly sfi: number; readonly record: number; readonly data: Uint8Array };

export type OdaRecords =
  | { readonly kind: 'complete'; readonly data: Uint8Array }
  | { readonly kind: 'invalid-record'; readonly sfi: number; readonly record: number };

export interface ApplicationData {
  readonly records: readonly AflRecord[];
  readonly oda: OdaRecords;
}

const STEP = 'read-application-data';

export async function readAflRecords(transport: CardTransport, afl: readonly AflEntry[]): Promise<ApplicationData> {
  const records: AflRecord[] = [];
  const odaParts: Uint8Array[] = [];
  let invalid: OdaRecords | undefined;
  for (const { sfi, firstRecord, lastRecord, odaRecords } of afl) {
    for (let record = firstRecord; record <= lastRecord; record++) {
      const { data, sw } = await exchange(transport, readRecordCommand(sfi, record));
      if (sw !== SW.ok) throw new PosError('E-CARD-0010', { step: STEP, sfi, record, sw: swHex(sw) });
      const forOda = record - firstRecord < odaRecords;
      if (sfi <= 10) {
        const template = recordTemplate(data, sfi, record);
        records.push({ kind: 'template', sfi, record, tlv: template.children });
        if (forOda) odaParts.push(template.value);
      } else {
        records.push({ kind: 'proprietary', sfi, record, data });
        if (forOda && invalid === undefined) {
          if (isRecordTemplate(data)) odaParts.push(data);
          else invalid = { kind: 'invalid-record', sfi, record };
        }
      }
    }
  }
  return { records, oda: invalid ?? { kind: 'complete', data: concatBytes(...odaParts) } };
}

function recordTemplate(data: Uint8Array, sfi: number, record: number): ConstructedTlv {
  const context = { step: STEP, sfi, record };
  if (data[0] !== 0x70) throw new PosError('E-CARD-0011', context);
  const tlv = decodeResponseTlv(data, 'E-CARD-0012', context);
  const template = tlv[0];
  if (template?.kind !== 'constructed' || !spansAll(template, data, tlv.length)) throw new PosError('E-CARD-0011', { ...context, reason: 'data outside the template' });
  return template;
}

function isRecordTemplate(data: Uint8Array): boolean {
  if (data[0] !== 0x70) return false;
  try {
    const tlv = decodeTlv(data);
    const template = tlv[0];
    return template !== undefined && spansAll(template, data, tlv.length);
  } catch {
    return false;
  }
}

/** One object from the first byte to the last: padding the decoder would skip does not count. */
function spansAll(template: TlvNode, data: Uint8Array, objects: number): boolean {
  return objects === 1 && template.offset === 0 && template.value.byteOffset + template.value.length === data.byteOffset + data.length;
}
