// ISO 9564-1:2017 format 4 PIN block, enciphered under AES (§9.4): a 16-byte plaintext PIN field
// (control 4, length, PIN, 'A' fill to nibble 16, then 8 random bytes) and a 16-byte PAN field
// (nibble M = PAN length - 12, or 0 if shorter; the PAN, zero-filled on the left to 12 digits if
// shorter; zero-filled on the right). Encipher: D = E_K(E_K(PIN field) XOR PAN field). The
// intermediate XOR binds the PAN without exposing it to a single-block dictionary.
import { randomBytes } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { concatBytes, fromHex, toHex } from '../bytes/hex.js';
import { AES_BLOCK, aesDecryptEcb, aesEncryptEcb } from './aes.js';
import { requireLength } from './input-checks.js';
import { pinFromField, requirePin } from './pin-block.js';
import { xorBytes } from './xor.js';

const RANDOM_LENGTH = 8;

/** `random` is the 8-byte right half of the field; fixed only for tests and debugging. */
export function encodePinFieldFormat4(pin: string, random: Uint8Array = randomBytes(RANDOM_LENGTH)): Uint8Array {
  requirePin(pin);
  requireLength('pin block fill', random, RANDOM_LENGTH);
  return concatBytes(fromHex(`4${pin.length.toString(16)}${pin}`.padEnd(16, 'A')), random);
}

export function encodePanFieldFormat4(pan: string): Uint8Array {
  if (!/^[0-9]{1,19}$/.test(pan)) throw new PosError('E-CRYPTO-0004', { length: pan.length });
  const m = Math.max(pan.length - 12, 0);
  return fromHex(`${m}${pan.padStart(12, '0')}`.padEnd(AES_BLOCK * 2, '0'));
}

export function decodePinFieldFormat4(field: Uint8Array): string {
  requireLength('pin field', field, AES_BLOCK);
  return pinFromField(toHex(field), 4, /^A*$/);
}

export function encipherPinBlockFormat4(key: Uint8Array, pin: string, pan: string, random?: Uint8Array): Uint8Array {
  const panField = encodePanFieldFormat4(pan);
  const intermediate = aesEncryptEcb(key, encodePinFieldFormat4(pin, random));
  return aesEncryptEcb(key, xorBytes(intermediate, panField));
}

export function decipherPinBlockFormat4(key: Uint8Array, block: Uint8Array, pan: string): string {
  requireLength('pin block', block, AES_BLOCK);
  const panField = encodePanFieldFormat4(pan);
  const intermediate = xorBytes(aesDecryptEcb(key, block), panField);
  return decodePinFieldFormat4(aesDecryptEcb(key, intermediate));
}
