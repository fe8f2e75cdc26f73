// 64-bit protobuf fields (money in minor units, times in ms, counters) are Long objects in the
// generated code (--force-long): a JavaScript number would silently round above 2^53. posrt
// keeps such values as bigint; these convert at the edge of the wire.
import Long from 'long';
import { PosError } from '../errors/index.js';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** A bigint as an int64 (signed) or uint64 field; out of range is a coded error, not a wrap. */
export function toLong(value: bigint, unsigned = false): Long {
  const [min, max] = unsigned ? [0n, UINT64_MAX] : [INT64_MIN, INT64_MAX];
  if (value < min || value > max) throw new PosError('E-CHAN-0001', { unsigned, bits: value.toString(2).length });
  return Long.fromString(value.toString(), unsigned);
}

/** A decoded 64-bit field as a bigint, exactly. */
export function toBigInt(value: Long): bigint {
  return BigInt(value.toString());
}
