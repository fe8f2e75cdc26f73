// EMV Book 1 §9.4.2 / ISO/IEC 7816-4 §5.1.3: an R-APDU is optional data and two status bytes.
import { PosError } from '../../errors/index.js';

export interface ResponseApdu {
  /** The data field: a view into the received bytes, not a copy. */
  readonly data: Uint8Array;
  /** SW1 SW2 as one number, e.g. 0x9000. */
  readonly sw: number;
}

/** SW1 SW2 of an R-APDU; fewer than two bytes is E-CARD-0001. */
export function statusWord(rapdu: Uint8Array): number {
  const n = rapdu.length;
  if (n < 2) throw new PosError('E-CARD-0001', { length: n });
  return (rapdu[n - 2]! << 8) | rapdu[n - 1]!;
}

export function parseResponse(rapdu: Uint8Array): ResponseApdu {
  const sw = statusWord(rapdu);
  return { data: rapdu.subarray(0, rapdu.length - 2), sw };
}

export function swHex(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, '0');
}
