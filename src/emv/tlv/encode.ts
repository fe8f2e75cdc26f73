// EMV Book 3 Annex B: BER-TLV encoding with the shortest length form (B2).
// Sizes are computed first so the whole tree is written into one buffer without copies.
import { PosError } from '../../errors/index.js';
import type { TlvInput } from './node.js';
import { assertValidTag, isConstructedTag, tagLength, tagToHex } from './tag.js';

export function encodeTlv(items: readonly TlvInput[]): Uint8Array {
  const sizes: number[] = [];
  let total = 0;
  for (const item of items) total += measure(item, sizes);
  const out = new Uint8Array(total);
  const cursor = { at: 0, size: 0 };
  for (const item of items) write(item, out, sizes, cursor);
  return out;
}

/** One object, for the common case of building a single TLV. */
export function encodeOne(tag: number, value: Uint8Array): Uint8Array {
  return encodeTlv([{ tag, value }]);
}

function lengthFieldSize(len: number): number {
  if (len < 0x80) return 1;
  if (len <= 0xff) return 2;
  if (len <= 0xffff) return 3;
  if (len <= 0xffffff) return 4;
  return 5;
}

// Sizes are pushed in pre-order (a node before its children), the order write() visits them.
function measure(item: TlvInput, sizes: number[]): number {
  assertValidTag(item.tag);
  const slot = sizes.length;
  sizes.push(0);
  let valueLength: number;
  if ('children' in item) {
    if (!isConstructedTag(item.tag)) throw new PosError('E-TLV-0008', { tag: tagToHex(item.tag), reason: 'children under a primitive tag' });
    valueLength = 0;
    for (const child of item.children) valueLength += measure(child, sizes);
  } else {
    if (isConstructedTag(item.tag)) throw new PosError('E-TLV-0008', { tag: tagToHex(item.tag), reason: 'raw value under a constructed tag' });
    valueLength = item.value.length;
  }
  sizes[slot] = valueLength;
  return tagLength(item.tag) + lengthFieldSize(valueLength) + valueLength;
}

function write(item: TlvInput, out: Uint8Array, sizes: number[], cursor: { at: number; size: number }): void {
  const valueLength = sizes[cursor.size++]!;
  for (let i = tagLength(item.tag) - 1; i >= 0; i--) out[cursor.at++] = (item.tag >>> (i * 8)) & 0xff;
  const lenBytes = lengthFieldSize(valueLength) - 1;
  if (lenBytes === 0) {
    out[cursor.at++] = valueLength;
  } else {
    out[cursor.at++] = 0x80 | lenBytes;
    for (let i = lenBytes - 1; i >= 0; i--) out[cursor.at++] = Math.floor(valueLength / 2 ** (i * 8)) & 0xff;
  }
  if ('children' in item) {
    for (const child of item.children) write(child, out, sizes, cursor);
  } else {
    out.set(item.value, cursor.at);
    cursor.at += item.value.length;
  }
}
