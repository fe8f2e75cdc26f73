// EMV Book 3 §10.2 Read Application Data, format checks: each data object the card returns in
// GPO and the AFL records that the dictionary knows (its EMV meaning; scheme-private numbers
// are not judged by another scheme's entry) is checked against Annex A's length bounds and, for
// n and cn, its digit coding (§4.3). A malformed object the transaction cannot do without (the
// §7.2 mandatory data) or that offline data authentication reads (Book 2 §5-6: CA index,
// certificates, remainders, exponents, DDOL, SDA tag list) terminates the transaction with
// E-CARD-0012; any other malformed object is treated as absent, as its meaning cannot be read.
import { PosError } from '../../errors/index.js';
import { formatProblem, lookupTag } from '../dictionary/index.js';
import { tagToHex } from '../tlv/index.js';

const TERMINATING: ReadonlySet<number> = new Set([
  // Book 3 §7.2 mandatory: expiration date, PAN, CDOL1, CDOL2.
  0x5f24, 0x5a, 0x8c, 0x8d,
  // Book 2: CA Public Key Index, issuer and ICC key certificates, remainders and exponents,
  // Signed Static Application Data, DDOL, Static Data Authentication Tag List.
  0x8f, 0x90, 0x92, 0x9f32, 0x9f46, 0x9f47, 0x9f48, 0x93, 0x9f49, 0x9f4a,
]);

/** True to keep the object; false when it is malformed but not needed; throws when needed. */
export function checkRecordObject(tag: number, value: Uint8Array, step: string): boolean {
  const info = lookupTag(tag);
  if (info === undefined || !info.contexts.includes('emv')) return true;
  const problem = formatProblem(info, value);
  if (problem === undefined) return true;
  if (TERMINATING.has(tag)) throw new PosError('E-CARD-0012', { step, tag: tagToHex(tag), length: value.length, problem });
  return false;
}
