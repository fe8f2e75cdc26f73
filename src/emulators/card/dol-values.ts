// EMV Book 3 §5.4: DOL data is the values of the DOL's entries, concatenated in DOL order with
// no tags or lengths, so the card finds a value by walking its own DOL alongside the data.
import type { DolEntry } from '../../emv/dol/index.js';

export function dolValue(dol: readonly DolEntry[], data: Uint8Array, tag: number): Uint8Array | undefined {
  let at = 0;
  for (const entry of dol) {
    if (entry.tag === tag) return data.subarray(at, at + entry.length);
    at += entry.length;
  }
  return undefined;
}
