// Length checks shared by the src/security modules. Errors name the field and its length,
// never its value: keys, PANs and cryptogram inputs must not reach a log through an error.
import { PosError } from '../errors/index.js';

export function requireKeyLength(key: Uint8Array, allowed: readonly number[], algorithm: string): void {
  if (!allowed.includes(key.length)) {
    throw new PosError('E-CRYPTO-0001', { algorithm, length: key.length, allowed: allowed.join('|') });
  }
}

export function requireLength(field: string, bytes: Uint8Array, expected: number): void {
  if (bytes.length !== expected) throw new PosError('E-CRYPTO-0003', { field, length: bytes.length, expected });
}

export function requireBlocks(data: Uint8Array, blockSize: number, algorithm: string): void {
  if (data.length % blockSize !== 0) {
    throw new PosError('E-CRYPTO-0002', { algorithm, length: data.length, blockSize });
  }
}
