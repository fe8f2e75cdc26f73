// EMV Book 2 §6.6.2 Dynamic Signature Verification for Combined DDA/Application Cryptogram
// Generation: the GENERATE AC response (format 2, 77) carries the Signed Dynamic Application
// Data (9F4B) instead of the cryptogram. Recovered with the ICC public key (hash over the body
// || the Unpredictable Number the terminal sent), its ICC Dynamic Data (Table 19) is
//   L | ICC Dynamic Number | CID (1) | Application Cryptogram (8) | Transaction Data Hash Code (20)
// where the CID must equal 9F27 in the response, and the hash code must equal SHA-1 over the
// PDOL data || CDOL1 data (|| CDOL2 data, second GENERATE AC) || every TLV object of the
// response except 9F4B, in the order the card sent them. What the ICC Dynamic Data holds after
// the hash code is handed back for the kernel that knows it (EMV Contactless Book C-2: the relay
// resistance data the card signs after EXCHANGE RELAY RESISTANCE DATA).
import { bytesEqual } from '../../bytes/hex.js';
import { decodeTlv, type TlvNode } from '../tlv/index.js';
import { openDynamicSignature } from './dynamic-signature.js';
import type { OdaFailure } from './failure.js';
import { sha1 } from './recovered-block.js';
import type { RsaPublicKey } from './rsa-recover.js';

export interface CdaInput {
  readonly iccKey: RsaPublicKey;
  /** The GENERATE AC response data field (the 77 template), as received. */
  readonly response: Uint8Array;
  /** 9F37 as sent in this GENERATE AC's CDOL data. */
  readonly unpredictableNumber: Uint8Array;
  /** GET PROCESSING OPTIONS command data without its 83 tag and length (empty when no PDOL). */
  readonly pdolData: Uint8Array;
  readonly cdol1Data: Uint8Array;
  /** Only for the second GENERATE AC. */
  readonly cdol2Data?: Uint8Array;
}

export type CdaVerification =
  | {
      readonly result: 'ok';
      readonly dynamicNumber: Uint8Array;
      readonly cryptogramInformationData: number;
      readonly cryptogram: Uint8Array;
      /** The ICC Dynamic Data after the Transaction Data Hash Code (empty under Book 2 alone). */
      readonly trailing: Uint8Array;
    }
  | { readonly result: 'failed'; readonly reason: OdaFailure };

const CID_LENGTH = 1;
const AC_LENGTH = 8;
const HASH_LENGTH = 20;

export function verifyCdaSignature(input: CdaInput): CdaVerification {
  const template = responseObjects(input.response);
  if (template === undefined) return { result: 'failed', reason: 'response-malformed' };
  const signed = template.find((n) => n.tag === 0x9f4b)?.value;
  const cid = template.find((n) => n.tag === 0x9f27)?.value;
  if (signed === undefined || cid?.length !== 1) return { result: 'failed', reason: 'response-malformed' };
  const opened = openDynamicSignature(input.iccKey, signed, input.unpredictableNumber);
  if (opened.result === 'failed') return opened;
  const dd = opened.iccDynamicData;
  const at = 1 + opened.dynamicNumber.length;
  if (dd.length < at + CID_LENGTH + AC_LENGTH + HASH_LENGTH) return { result: 'failed', reason: 'dynamic-data-malformed' };
  const signedCid = dd[at]!;
  if (signedCid !== cid[0]) return { result: 'failed', reason: 'cid-mismatch' };
  const cryptogram = dd.slice(at + CID_LENGTH, at + CID_LENGTH + AC_LENGTH);
  const hashCode = dd.subarray(at + CID_LENGTH + AC_LENGTH, at + CID_LENGTH + AC_LENGTH + HASH_LENGTH);
  const others = template.filter((n) => n.tag !== 0x9f4b).map((n) => encoded(input.response, n));
  const expected = sha1(input.pdolData, input.cdol1Data, input.cdol2Data ?? new Uint8Array(0), ...others);
  if (!bytesEqual(hashCode, expected)) return { result: 'failed', reason: 'transaction-data-hash-mismatch' };
  const trailing = dd.slice(at + CID_LENGTH + AC_LENGTH + HASH_LENGTH);
  return { result: 'ok', dynamicNumber: opened.dynamicNumber, cryptogramInformationData: signedCid, cryptogram, trailing };
}

function responseObjects(response: Uint8Array): readonly TlvNode[] | undefined {
  try {
    const nodes = decodeTlv(response);
    const top = nodes[0];
    return nodes.length === 1 && top?.tag === 0x77 && top.kind === 'constructed' ? top.children : undefined;
  } catch {
    return undefined;
  }
}

/** The object exactly as the card encoded it: re-encoding could normalise a length field. */
function encoded(response: Uint8Array, node: TlvNode): Uint8Array {
  const end = node.value.byteOffset - response.byteOffset + node.value.length;
  return response.subarray(node.offset, end);
}
