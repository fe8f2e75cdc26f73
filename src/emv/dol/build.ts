// EMV Book 3 §5.4 Rules for Using a Data Object List: the command data is the values named by
// the DOL, concatenated in its order, each fitted to the length the DOL asks for.
//   shorter value: n is padded with leading 00, cn with trailing FF, any other format with
//                  trailing 00;
//   longer value:  n loses its leftmost bytes, any other format its rightmost bytes;
//   unknown tag, absent value, or a constructed tag: zeros of the requested length.
// The format is the caller's to give (from the data dictionary), so this module stays a pure
// function of the DOL and the values.
import { isConstructedTag } from '../tlv/index.js';
import type { DolEntry } from './parse.js';

/** Book 3 §4.3 formats; 'var' (templates, lists) fits like b. */
export type DolFormat = 'a' | 'an' | 'ans' | 'b' | 'cn' | 'n' | 'var';

export interface DolValue {
  /** Absent or empty: the data object is not available, so the DOL gets zeros. */
  readonly value?: Uint8Array;
  /** Absent: fitted as b (trailing 00, rightmost bytes dropped). */
  readonly format?: DolFormat;
}

/** Where the values come from: a Map works, and so does a card session's data store. */
export interface DolSource {
  get(tag: number): DolValue | undefined;
}

export function buildDolData(dol: readonly DolEntry[], source: DolSource): Uint8Array {
  let total = 0;
  for (const entry of dol) total += entry.length;
  // Zero-filled: the §5.4 answer for every entry that has no usable value.
  const out = new Uint8Array(total);
  let at = 0;
  for (const { tag, length } of dol) {
    if (length > 0 && !isConstructedTag(tag)) {
      const item = source.get(tag);
      const value = item?.value;
      if (value !== undefined && value.length > 0) fit(out, at, length, value, item?.format);
    }
    at += length;
  }
  return out;
}

function fit(out: Uint8Array, at: number, length: number, value: Uint8Array, format: DolFormat | undefined): void {
  const n = value.length;
  if (format === 'n') {
    if (n >= length) out.set(value.subarray(n - length), at);
    else out.set(value, at + length - n);
    return;
  }
  if (n >= length) {
    out.set(value.subarray(0, length), at);
    return;
  }
  out.set(value, at);
  if (format === 'cn') out.fill(0xff, at + n, at + length);
}
