// ISO 9564-1 format 0 PIN block (ANSI X9.8): PIN field 0 || length || PIN || F filler, XOR the
// PAN field 0000 || the 12 rightmost PAN digits excluding the check digit. The online PIN
// block an acquirer receives, enciphered under a PIN encryption key. Errors name lengths only.
import { PosError } from '../errors/index.js';
import { xorBytes } from './xor.js';

export function pinBlockFormat0(pin: string, pan: string): Uint8Array {
  if (!/^[0-9]{4,12}$/.test(pin)) throw new PosError('E-CVM-0003', { length: pin.length });
  if (!/^[0-9]{13,19}$/.test(pan)) throw new PosError('E-CRYPTO-0004', { length: pan.length });
  const pinField = Buffer.from(`0${pin.length.toString(16)}${pin}`.padEnd(16, 'F'), 'hex');
  const panField = Buffer.from(`0000${pan.slice(-13, -1)}`, 'hex');
  return xorBytes(pinField, panField);
}
