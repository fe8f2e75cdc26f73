import { describe, it, expect } from 'vitest';
import { toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import { pinBlockFormat2 } from '../../src/security/pin-block-format2.js';

// ISO 9564-1 format 2 (EMV Book 3 §6.5.12.2, Table 23): C=2, N=length, P digits, F filler.
describe('pinBlockFormat2', () => {
  it('encodes a 4-digit PIN as 24 PPPP then ten F nibbles', () => {
    expect(toHex(pinBlockFormat2('1234'))).toBe('241234FFFFFFFFFF');
  });

  it('encodes a 12-digit PIN with its length as the hex nibble C', () => {
    expect(toHex(pinBlockFormat2('123456789012'))).toBe('2C123456789012FF');
  });

  it('encodes an odd-length PIN with filler starting mid-byte', () => {
    expect(toHex(pinBlockFormat2('98765'))).toBe('2598765FFFFFFFFF');
  });

  it.each(['123', '1234567890123', '12a4', ''])('refuses %j with E-CVM-0003 and names only the length', (pin) => {
    try {
      pinBlockFormat2(pin);
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e) && e.code).toBe('E-CVM-0003');
      if (isPosError(e)) expect(e.context).toEqual({ length: pin.length });
    }
  });
});
