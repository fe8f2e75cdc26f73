// Bit fields spelled out with the Book 3 Annex C / Book 4 Annex A names of bits/*.ts.
import { setBits, type NamedBit } from '../bits/named-bit.js';
import { hexByte } from '../bytes.js';
import type { RenderedValue } from './types.js';

/** Every set bit by name; set bits the table does not name are reported as RFU per byte. */
export function renderBitField(table: readonly NamedBit[], value: Uint8Array, length: number): RenderedValue {
  const bits = setBits(table, value);
  for (let i = 0; i < value.length; i++) {
    let known = 0;
    for (const bit of table) if (bit.byte === i + 1) known |= bit.mask;
    const rfu = (value[i] ?? 0) & ~known & 0xff;
    if (rfu !== 0) bits.push(`RFU bits set in byte ${i + 1}: ${hexByte(rfu)}`);
  }
  const body = bits.length === 0 ? 'no bits set' : bits.join('; ');
  const text = value.length === length ? body : `length ${value.length}, expected ${length}: ${body}`;
  return { text, bits };
}
