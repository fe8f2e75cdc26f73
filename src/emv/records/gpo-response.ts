// EMV Book 3 §6.5.8.4 GET PROCESSING OPTIONS response data:
//   format 1: primitive 80 holding the AIP (2 bytes) and the AFL (4 bytes per entry), untagged;
//   format 2: template 77 holding 82 (AIP), 94 (AFL) and any further data objects.
// Book 3 makes the AFL mandatory; some contactless kernels (Book C-3) do not, so a format 2
// response without 94 comes back with afl undefined and the kernel decides.
import { PosError } from '../../errors/index.js';
import { decodeResponseTlv } from '../apdu/index.js';
import type { TlvNode } from '../tlv/index.js';
import { parseAfl, type AflEntry } from './afl.js';

export interface GpoResponse {
  readonly format: 1 | 2;
  /** Application Interchange Profile (82), 2 bytes. */
  readonly aip: Uint8Array;
  readonly afl: readonly AflEntry[] | undefined;
  /** Format 2: every object in the 77 template (82 and 94 included), for the data store. Format 1: none. */
  readonly data: readonly TlvNode[];
}

const STEP = 'gpo';

export function parseGpoResponse(data: Uint8Array): GpoResponse {
  const tlv = decodeResponseTlv(data, 'E-CARD-0009', { step: STEP });
  const top = tlv[0];
  if (tlv.length !== 1 || top === undefined) throw new PosError('E-CARD-0009', { step: STEP, reason: 'not exactly one response object', objects: tlv.length });
  if (top.tag === 0x80 && top.kind === 'primitive') {
    if (top.value.length < 2) throw new PosError('E-CARD-0009', { step: STEP, reason: 'format 1 shorter than the AIP', length: top.value.length });
    return { format: 1, aip: top.value.subarray(0, 2), afl: parseAfl(top.value.subarray(2)), data: [] };
  }
  if (top.tag === 0x77 && top.kind === 'constructed') {
    let aip: Uint8Array | undefined;
    let afl: Uint8Array | undefined;
    for (const node of top.children) {
      if (node.tag === 0x82) aip ??= node.value;
      else if (node.tag === 0x94) afl ??= node.value;
    }
    if (aip?.length !== 2) throw new PosError('E-CARD-0009', { step: STEP, reason: 'AIP missing or not 2 bytes', tag: '82' });
    return { format: 2, aip, afl: afl === undefined ? undefined : parseAfl(afl), data: top.children };
  }
  throw new PosError('E-CARD-0009', { step: STEP, reason: 'neither format 1 (80) nor format 2 (77)' });
}
