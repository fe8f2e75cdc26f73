// ISO/IEC 7816-3 §12.1.3 (EMV Book 1 §9.4.1): the four cases of a short C-APDU.
//   case 1: CLA INS P1 P2            case 3: CLA INS P1 P2 Lc data
//   case 2: CLA INS P1 P2 Le         case 4: CLA INS P1 P2 Lc data Le
// EMV uses short APDUs only: Lc is 1..255, Le 00 means "up to 256".
import { PosError } from '../../errors/index.js';

export type ApduCase = 1 | 2 | 3 | 4;

/** Builds a short C-APDU; data of zero length means no Lc, le undefined means no Le. */
export function buildCommand(cla: number, ins: number, p1: number, p2: number, data?: Uint8Array, le?: number): Uint8Array {
  const lc = data === undefined ? 0 : data.length;
  if (lc > 255) throw new PosError('E-CARD-0005', { ins: byteHex(ins), reason: 'command data longer than 255 bytes', length: lc });
  if (le !== undefined && (le < 0 || le > 255 || !Number.isInteger(le))) throw new PosError('E-CARD-0005', { ins: byteHex(ins), reason: 'Le out of range' });
  const out = new Uint8Array(4 + (lc > 0 ? 1 + lc : 0) + (le !== undefined ? 1 : 0));
  out[0] = cla;
  out[1] = ins;
  out[2] = p1;
  out[3] = p2;
  let at = 4;
  if (data !== undefined && lc > 0) {
    out[at++] = lc;
    out.set(data, at);
    at += lc;
  }
  if (le !== undefined) out[at] = le;
  return out;
}

/** The case of a C-APDU from its length and byte C5; anything else is E-CARD-0005. */
export function commandCase(capdu: Uint8Array): ApduCase {
  const n = capdu.length;
  if (n === 4) return 1;
  if (n === 5) return 2;
  const lc = n > 5 ? capdu[4]! : 0;
  if (lc !== 0 && n === 5 + lc) return 3;
  if (lc !== 0 && n === 6 + lc) return 4;
  throw new PosError('E-CARD-0005', { reason: 'not a short C-APDU', length: n });
}

export function byteHex(b: number | undefined): string {
  return (b ?? 0).toString(16).toUpperCase().padStart(2, '0');
}
