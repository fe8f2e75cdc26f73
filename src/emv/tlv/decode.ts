// EMV Book 3 Annex B: BER-TLV decoding as EMV restricts it.
// Strict mode throws a coded error with the offset at the first fault; lenient mode (for
// logs and the decoder tool) keeps what it could read and lists what it could not.
// Both skip 00 and FF between objects (Annex B: padding before, between or after objects).
import { PosError } from '../../errors/index.js';
import type { ConstructedTlv, PrimitiveTlv, TlvNode } from './node.js';
import { MAX_TAG_BYTES } from './tag.js';

export interface DecodeOptions {
  /** Nesting limit (at most MAX_DEPTH_LIMIT); a deeper object is E-TLV-0005, so a crafted
   *  card cannot recurse the decoder to death. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 16;
/** The decoder recurses per level; above this a caller's limit could exhaust the stack. */
export const MAX_DEPTH_LIMIT = 64;

function depthLimit(options: DecodeOptions): number {
  return Math.min(options.maxDepth ?? DEFAULT_MAX_DEPTH, MAX_DEPTH_LIMIT);
}

/** Decodes a run of TLV objects; throws PosError E-TLV-* with the offset of the fault. */
export function decodeTlv(bytes: Uint8Array, options: DecodeOptions = {}): TlvNode[] {
  return decodeRange(bytes, 0, bytes.length, 1, depthLimit(options), null);
}

export interface LenientResult {
  readonly nodes: TlvNode[];
  /** Each fault met; the bytes from a fault to the end of its range are left undecoded. */
  readonly problems: PosError[];
}

/** Decodes what can be decoded: a constructed object whose contents are malformed is kept
 *  as a primitive holding its raw bytes, and a fault at top level stops the walk. */
export function decodeTlvLenient(bytes: Uint8Array, options: DecodeOptions = {}): LenientResult {
  const problems: PosError[] = [];
  const nodes = decodeRange(bytes, 0, bytes.length, 1, depthLimit(options), problems);
  return { nodes, problems };
}

interface Header {
  tag: number;
  constructed: boolean;
  valueStart: number;
  valueEnd: number;
}

// Reused between calls: the decoder is synchronous, so one scratch header is enough and the
// hot loop allocates only the nodes it returns.
const header: Header = { tag: 0, constructed: false, valueStart: 0, valueEnd: 0 };

function readHeader(bytes: Uint8Array, at: number, end: number): void {
  const start = at;
  let b = bytes[at++]!;
  const constructed = (b & 0x20) !== 0;
  let tag = b;
  if ((b & 0x1f) === 0x1f) {
    let n = 1;
    do {
      if (at >= end) throw new PosError('E-TLV-0001', { offset: start });
      b = bytes[at++]!;
      // ISO/IEC 8825-1 8.1.2.4.2: the first subsequent byte may not be 80 (a padded tag number).
      if (n === 1 && b === 0x80) throw new PosError('E-TLV-0007', { offset: start, reason: 'leading zero in tag number' });
      if (++n > MAX_TAG_BYTES) throw new PosError('E-TLV-0006', { offset: start });
      tag = tag * 256 + b;
    } while ((b & 0x80) !== 0);
  }
  if (at >= end) throw new PosError('E-TLV-0002', { offset: at });
  let len = bytes[at++]!;
  if (len > 0x7f) {
    const count = len & 0x7f;
    // 80 is BER's indefinite form, which EMV does not use; more than four length bytes would
    // describe more data than any card holds.
    if (count === 0 || count > 4) throw new PosError('E-TLV-0003', { offset: at - 1, lengthByte: len });
    if (at + count > end) throw new PosError('E-TLV-0002', { offset: at - 1 });
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + bytes[at++]!;
  }
  if (len > end - at) throw new PosError('E-TLV-0004', { offset: start, length: len, available: end - at });
  header.tag = tag >>> 0;
  header.constructed = constructed;
  header.valueStart = at;
  header.valueEnd = at + len;
}

// One walk for both modes: `problems` null is strict (throw at the first fault); a list is
// lenient (record the fault; a malformed constructed object is kept as a primitive, and a
// fault in a header ends the walk of its range). Children are always decoded strictly, so a
// lenient caller learns which template was bad rather than getting half of it.
function decodeRange(bytes: Uint8Array, from: number, end: number, depth: number, maxDepth: number, problems: PosError[] | null): TlvNode[] {
  if (depth > maxDepth) throw new PosError('E-TLV-0005', { offset: from, maxDepth });
  const out: TlvNode[] = [];
  let at = from;
  while (at < end) {
    const b = bytes[at]!;
    if (b === 0x00 || b === 0xff) {
      at++;
      continue;
    }
    if (problems === null) readHeader(bytes, at, end);
    else if (!recorded(problems, () => readHeader(bytes, at, end))) return out;
    const { tag, constructed, valueStart, valueEnd } = header;
    const value = bytes.subarray(valueStart, valueEnd);
    let children: TlvNode[] | undefined;
    if (constructed) {
      if (problems === null) children = decodeRange(bytes, valueStart, valueEnd, depth + 1, maxDepth, null);
      else recorded(problems, () => (children = decodeRange(bytes, valueStart, valueEnd, depth + 1, maxDepth, null)));
    }
    out.push(
      children === undefined
        ? ({ kind: 'primitive', tag, value, offset: at } satisfies PrimitiveTlv)
        : ({ kind: 'constructed', tag, value, children, offset: at } satisfies ConstructedTlv),
    );
    at = valueEnd;
  }
  return out;
}

function recorded(problems: PosError[], step: () => unknown): boolean {
  try {
    step();
    return true;
  } catch (e) {
    problems.push(e as PosError);
    return false;
  }
}
