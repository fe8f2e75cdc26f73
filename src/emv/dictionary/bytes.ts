// Byte and BCD reading shared by the code tables and renderers (Book 3 §4.3 n, cn).
import { toHex } from '../../bytes/hex.js';


/** Format n: every nibble a decimal digit. Undefined when a nibble is A-F. */
export function bcdDigits(value: Uint8Array): string | undefined {
  const s = toHex(value);
  return /^[0-9]*$/.test(s) ? s : undefined;
}

/** Format cn: decimal digits left-justified, padded on the right with F. Undefined otherwise. */
export function cnDigits(value: Uint8Array): string | undefined {
  const m = /^([0-9]*)F*$/.exec(toHex(value));
  return m?.[1];
}

/** Format b read as a big-endian unsigned integer. */
export function binaryUnsigned(value: Uint8Array): bigint {
  let n = 0n;
  for (const b of value) n = (n << 8n) | BigInt(b);
  return n;
}

/** A byte as two upper-case hex digits. */
export function hexByte(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}
