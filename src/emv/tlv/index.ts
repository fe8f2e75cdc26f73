export type { TlvNode, PrimitiveTlv, ConstructedTlv, TlvInput } from './node.js';
export { decodeTlv, decodeTlvLenient, DEFAULT_MAX_DEPTH, type DecodeOptions, type LenientResult } from './decode.js';
export { encodeTlv, encodeOne } from './encode.js';
export { findTag, findValue, findAll, primitives } from './find.js';
export { assertValidTag, isConstructedTag, parseTagHex, tagLength, tagToHex, MAX_TAG_BYTES } from './tag.js';
