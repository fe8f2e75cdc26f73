import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/bytes/hex.js';
import { pinBlockFormat0 } from '../../src/security/index.js';

describe('ISO 9564-1 format 0 PIN block', () => {
  // The worked example of ISO 9564-1 / ANSI X9.8 (PIN 1234, PAN 4321987654321098 7):
  // PIN field 041234FFFFFFFFFF XOR PAN field 0000987654321098.
  it('XORs the PIN field with the 12 PAN digits before the check digit', () => {
    expect(toHex(pinBlockFormat0('1234', '43219876543210987'))).toBe('0412AC89ABCDEF67');
  });

  it('names lengths, not digits, when the PIN or PAN is malformed', () => {
    expect(() => pinBlockFormat0('12', '43219876543210987')).toThrow(/E-CVM-0003 .*length=2/);
    expect(() => pinBlockFormat0('1234', '4321')).toThrow(/E-CRYPTO-0004 .*length=4/);
  });
});
