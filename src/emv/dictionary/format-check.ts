// EMV Book 3 §4.3 data element formats and Annex A length bounds: whether one value fits its
// dictionary entry. Only the cheap checks: the length against the bounds, and for n (BCD,
// digits only) and cn (digits left-justified, padded with F) the coding of each nibble.
import type { TagInfo } from './types.js';

export type FormatProblem = 'length' | 'digits';

export function formatProblem(info: TagInfo, value: Uint8Array): FormatProblem | undefined {
  if (value.length < info.length.min || value.length > info.length.max) return 'length';
  if (info.format === 'n') {
    for (let i = 0; i < value.length; i++) {
      const b = value[i]!;
      if (b >> 4 > 9 || (b & 0x0f) > 9) return 'digits';
    }
  } else if (info.format === 'cn') {
    let padding = false;
    for (let i = 0; i < value.length * 2; i++) {
      const nibble = i % 2 === 0 ? value[i >> 1]! >> 4 : value[i >> 1]! & 0x0f;
      if (nibble === 0x0f) padding = true;
      else if (padding || nibble > 9) return 'digits';
    }
  }
  return undefined;
}
