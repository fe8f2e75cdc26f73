// Formats a, an and ans (EMV Book 3 §4.3): printable ASCII as is, any other byte as \xNN so a
// decoder never prints control characters or guesses a code table.
import { hexByte } from '../bytes.js';
import type { RenderedValue } from './types.js';

export function renderText(value: Uint8Array): RenderedValue {
  let text = '';
  for (const b of value) text += b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : `\\x${hexByte(b)}`;
  return { text };
}
