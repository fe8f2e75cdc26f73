// A card response's data field decoded as BER-TLV (EMV Book 3 Annex B). A decode fault is the
// card's, so it is reported under the caller's E-CARD code with the step that met it, and the
// E-TLV error kept as the cause (its code and offset copied into the context).
import { isPosError, PosError, type ErrorCode, type ErrorContext } from '../../errors/index.js';
import { decodeTlv, type TlvNode } from '../tlv/index.js';

export function decodeResponseTlv(data: Uint8Array, code: ErrorCode, context: ErrorContext): TlvNode[] {
  try {
    return decodeTlv(data);
  } catch (e) {
    if (!isPosError(e)) throw e;
    throw new PosError(code, { ...context, tlvError: e.code, offset: e.context['offset'] }, { cause: e });
  }
}
