// EMV Book 3 §6.5.5.4 GENERATE AC response: format 1 (80: CID || ATC || AC || IAD) or
// format 2 (77 holding 9F27, 9F36, 9F26, optionally 9F10 and, with CDA, 9F4B).
// The TLV objects are kept in card order: CDA's transaction data hash covers them (Book 2 §6.6.1).
import { PosError } from '../../errors/index.js';
import { decodeResponseTlv } from '../apdu/index.js';
import { cryptogramType, CID_ADVICE_REQUIRED, type CryptogramType } from '../dictionary/index.js';
import type { TlvNode } from '../tlv/index.js';

export interface GenerateAcResponse {
  readonly format: 1 | 2;
  readonly type: Exclude<CryptogramType, 'AAR'>;
  readonly adviceRequired: boolean;
  readonly cid: number;
  readonly atc: Uint8Array;
  readonly cryptogram: Uint8Array;
  readonly issuerApplicationData: Uint8Array | undefined;
  /** 9F4B, present when CDA was requested and the card signed. */
  readonly signedDynamicData: Uint8Array | undefined;
  /** Format 2's objects in card order (for CDA's hash and the data store); format 1: none. */
  readonly objects: readonly TlvNode[];
}

const STEP = 'generate-ac';

export function parseGenerateAcResponse(data: Uint8Array): GenerateAcResponse {
  const tlv = decodeResponseTlv(data, 'E-CARD-0014', { step: STEP });
  const top = tlv[0];
  if (tlv.length !== 1 || !top) throw new PosError('E-CARD-0014', { step: STEP, reason: 'not one template' });
  if (top.tag === 0x80 && top.kind === 'primitive') {
    const v = top.value;
    if (v.length < 11) throw new PosError('E-CARD-0014', { step: STEP, reason: 'format 1 too short', length: v.length });
    return build(1, v[0]!, v.subarray(1, 3), v.subarray(3, 11), v.length > 11 ? v.subarray(11) : undefined, undefined, []);
  }
  if (top.tag === 0x77 && top.kind === 'constructed') {
    const get = (tag: number): Uint8Array | undefined => top.children.find((c) => c.tag === tag)?.value;
    const cid = get(0x9f27);
    const atc = get(0x9f36);
    const sdad = get(0x9f4b);
    // With CDA the AC travels inside the signature (Book 2 §6.6.2), so 9F26 may be absent.
    const ac = get(0x9f26);
    if (cid?.length !== 1 || atc?.length !== 2 || (ac === undefined && sdad === undefined) || (ac !== undefined && ac.length !== 8)) {
      throw new PosError('E-CARD-0014', { step: STEP, reason: 'format 2 lacks 9F27, 9F36 or 9F26' });
    }
    return build(2, cid[0]!, atc, ac ?? new Uint8Array(0), get(0x9f10), sdad, top.children);
  }
  throw new PosError('E-CARD-0014', { step: STEP, reason: 'neither format 1 nor format 2' });
}

function build(
  format: 1 | 2,
  cid: number,
  atc: Uint8Array,
  cryptogram: Uint8Array,
  iad: Uint8Array | undefined,
  sdad: Uint8Array | undefined,
  objects: readonly TlvNode[],
): GenerateAcResponse {
  const type = cryptogramType(cid);
  // AAR (application authentication referral) was withdrawn from EMV; a card answering it is faulty.
  if (type === 'AAR') throw new PosError('E-CARD-0014', { step: STEP, reason: 'AAR is not supported', cid });
  return { format, type, adviceRequired: (cid & CID_ADVICE_REQUIRED) !== 0, cid, atc, cryptogram, issuerApplicationData: iad, signedDynamicData: sdad, objects };
}
