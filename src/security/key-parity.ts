// DES key parity (FIPS 46-3 §"key": each byte's low bit makes its bit count odd). EMV Book 2
// Annex A1.4 and A1.3 adjust derived keys to odd parity; the cipher itself ignores the bit.

/** Returns a copy of the key with each byte's least significant bit set for odd parity. */
export function adjustKeyParity(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const high = key[i]! & 0xfe;
    out[i] = high | (bitCount(high) % 2 === 0 ? 1 : 0);
  }
  return out;
}

export function hasOddParity(key: Uint8Array): boolean {
  for (const byte of key) if (bitCount(byte) % 2 === 0) return false;
  return true;
}

function bitCount(byte: number): number {
  let n = 0;
  for (let b = byte; b !== 0; b &= b - 1) n++;
  return n;
}
