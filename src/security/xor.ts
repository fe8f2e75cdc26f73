// Bytewise XOR, the combining step of CBC chaining, CMAC subkeys, EMV key derivation and ARPC
// method 1. A shorter second operand counts as zero-filled on the right (ARC || '00'x6).
export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ (b[i] ?? 0);
  return out;
}
