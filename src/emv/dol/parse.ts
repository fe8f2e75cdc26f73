// EMV Book 3 §5.4 Rules for Using a Data Object List (DOL): a DOL is a run of tag and length
// pairs with no values. Tags follow Annex B1; lengths follow the Annex B2 length coding, which
// in practice is one byte (no DOL entry asks for more than 127 bytes).
import { PosError } from '../../errors/index.js';

export interface DolEntry {
  readonly tag: number;
  readonly length: number;
}

const MAX_TAG_BYTES = 4;

/** Parses a DOL; a DOL that ends inside an entry is E-DOL-0001/0002 with the entry's offset. */
export function parseDol(bytes: Uint8Array): DolEntry[] {
  const out: DolEntry[] = [];
  const end = bytes.length;
  const cursor = { at: 0 };
  while (cursor.at < end) {
    const start = cursor.at;
    const tag = readTag(bytes, cursor);
    if (cursor.at >= end) throw new PosError('E-DOL-0002', { offset: start });
    let length = bytes[cursor.at++]!;
    if (length > 0x7f) {
      // Only 81 xx is meaningful here: a DOL entry's data goes into a short APDU (at most 255 bytes).
      if (length !== 0x81) throw new PosError('E-DOL-0003', { offset: cursor.at - 1, lengthByte: length });
      if (cursor.at >= end) throw new PosError('E-DOL-0002', { offset: start });
      length = bytes[cursor.at++]!;
    }
    out.push({ tag, length });
  }
  return out;
}

/** A tag list (Book 3 §10.3 Static Data Authentication Tag List 9F4A): tags with no lengths. */
export function parseTagList(bytes: Uint8Array): number[] {
  const out: number[] = [];
  const cursor = { at: 0 };
  while (cursor.at < bytes.length) out.push(readTag(bytes, cursor));
  return out;
}

// Annex B1 tag numbering. The TLV decoder reads tags inline on its hot path; DOLs and tag
// lists are short and read here, with their own error codes.
function readTag(bytes: Uint8Array, cursor: { at: number }): number {
  const start = cursor.at;
  let b = bytes[cursor.at++]!;
  let tag = b;
  if ((b & 0x1f) === 0x1f) {
    let n = 1;
    do {
      if (cursor.at >= bytes.length) throw new PosError('E-DOL-0001', { offset: start });
      b = bytes[cursor.at++]!;
      if (++n > MAX_TAG_BYTES) throw new PosError('E-DOL-0004', { offset: start, reason: 'tag longer than four bytes' });
      tag = tag * 256 + b;
    } while ((b & 0x80) !== 0);
  }
  return tag >>> 0;
}

/** How many bytes the DOL's data will take: the Lc a command built from it will carry. */
export function dolDataLength(dol: readonly DolEntry[]): number {
  let total = 0;
  for (const entry of dol) total += entry.length;
  return total;
}
