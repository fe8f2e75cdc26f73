// The shape of one named bit of an EMV bit field (Book 3 Annex C, Book 4 Annex A).

/** One named bit (or group of bits that must all be set). `byte` counts from 1, as the books do;
 *  `mask` selects bits within that byte; `key` is the stable identifier code uses. */
export interface NamedBit {
  readonly key: string;
  readonly byte: number;
  readonly mask: number;
  readonly name: string;
}

/** Names of the bits set in `value`, in table order. Bytes past the end of `value` read as 0. */
export function setBits(table: readonly NamedBit[], value: Uint8Array): string[] {
  const out: string[] = [];
  for (const bit of table) {
    const byte = value[bit.byte - 1] ?? 0;
    if ((byte & bit.mask) === bit.mask) out.push(bit.name);
  }
  return out;
}
