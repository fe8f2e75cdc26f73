// EMV Book 3 Annex B1: the tag field. b5..b1 of the first byte all set means more tag bytes
// follow; in each subsequent byte b8 set means one more follows.
import { PosError } from '../../errors/index.js';

/** Tags longer than four bytes do not occur in EMV and would not fit the integer form. */
export const MAX_TAG_BYTES = 4;

export function isConstructedTag(tag: number): boolean {
  return (firstTagByte(tag) & 0x20) !== 0;
}

export function tagLength(tag: number): number {
  if (tag < 0 || !Number.isInteger(tag) || tag > 0xffffffff) throw new PosError('E-TLV-0007', { tag });
  if (tag > 0xffffff) return 4;
  if (tag > 0xffff) return 3;
  if (tag > 0xff) return 2;
  return 1;
}

function firstTagByte(tag: number): number {
  return (tag >>> ((tagLength(tag) - 1) * 8)) & 0xff;
}

export function tagToHex(tag: number): string {
  return (tag >>> 0).toString(16).toUpperCase().padStart(tagLength(tag) * 2, '0');
}

/** Checks that the integer is a well-formed BER tag (so encode never writes what decode rejects). */
export function assertValidTag(tag: number): void {
  const n = tagLength(tag);
  const first = firstTagByte(tag);
  // 00 and FF are padding between objects (Annex B), so no tag may start with them.
  if (first === 0x00 || first === 0xff) throw new PosError('E-TLV-0007', { tag: tagToHex(tag), reason: 'first byte is padding' });
  const multi = (first & 0x1f) === 0x1f;
  if (!multi) {
    if (n !== 1) throw new PosError('E-TLV-0007', { tag: tagToHex(tag), reason: 'first byte does not announce more tag bytes' });
    return;
  }
  if (n === 1) throw new PosError('E-TLV-0007', { tag: tagToHex(tag), reason: 'tag bytes missing' });
  if (((tag >>> ((n - 2) * 8)) & 0xff) === 0x80) throw new PosError('E-TLV-0007', { tag: tagToHex(tag), reason: 'leading zero in tag number' });
  for (let i = n - 2; i >= 0; i--) {
    const b = (tag >>> (i * 8)) & 0xff;
    const more = (b & 0x80) !== 0;
    if (more !== i > 0) throw new PosError('E-TLV-0007', { tag: tagToHex(tag), reason: 'continuation bits' });
  }
}

export function parseTagHex(hex: string): number {
  if (!/^[0-9a-fA-F]{2,8}$/.test(hex) || hex.length % 2 !== 0) throw new PosError('E-TLV-0007', { tag: hex });
  const tag = Number.parseInt(hex, 16) >>> 0;
  assertValidTag(tag);
  return tag;
}
