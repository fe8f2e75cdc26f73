// Values with no renderer of their own, shown by their Book 3 §4.3 format.
import type { TagFormat } from '../types.js';
import { bcdDigits, cnDigits } from '../bytes.js';
import { toHex } from '../../../bytes/hex.js';
import { renderText } from './text.js';
import type { RenderedValue } from './types.js';

export function renderByFormat(format: TagFormat, value: Uint8Array): RenderedValue {
  switch (format) {
    case 'n':
      return { text: bcdDigits(value) ?? `malformed n: ${toHex(value)}` };
    case 'cn':
      return { text: cnDigits(value) ?? `malformed cn: ${toHex(value)}` };
    case 'a':
    case 'an':
    case 'ans':
      return renderText(value);
    case 'b':
    case 'var':
      return { text: toHex(value) };
  }
}
