// ISO 9564-1 PIN block formats 0, 1 and 3: the 8-byte blocks enciphered under a DES-family PIN
// encryption key. Format 0 (ANSI X9.8) and 3 XOR the PIN field with the PAN field
// 0000 || the 12 rightmost PAN digits excluding the check digit; format 1 carries no PAN.
// Fillers: format 0 'F'; format 1 any nibble (a transaction-unique value); format 3 'A' to 'F'.
// Errors name lengths and the failing check only, never a digit of the PIN or PAN.
import { randomInt } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { fromHex, toHex } from '../bytes/hex.js';
import { requireLength } from './input-checks.js';
import { xorBytes } from './xor.js';

export type PinBlockFormat = 0 | 1 | 3;

const BLOCK_LENGTH = 8;
const FIELD_NIBBLES = 16;

/** Builds the clear PIN block. `fill` gives the filler nibbles of formats 1 and 3 (hex, at least
 *  14 minus the PIN length of them); without it they are random, as the standard asks. */
export function encodePinBlock(format: PinBlockFormat, pin: string, pan: string | undefined, fill?: string): Uint8Array {
  requirePin(pin);
  const filler = fillerNibbles(format, FIELD_NIBBLES - 2 - pin.length, fill);
  const pinField = fromHex(`${format}${pin.length.toString(16)}${pin}${filler}`);
  return format === 1 ? pinField : xorBytes(pinField, panField(pan));
}

/** Recovers the PIN from a clear PIN block, checking every field the format defines. */
export function decodePinBlock(format: PinBlockFormat, block: Uint8Array, pan: string | undefined): string {
  requireLength('pin block', block, BLOCK_LENGTH);
  const field = toHex(format === 1 ? block : xorBytes(block, panField(pan)));
  return pinFromField(field, format, FILLERS[format]);
}

/** The format 0 block, under the name the PIN pad emulator uses. */
export function pinBlockFormat0(pin: string, pan: string): Uint8Array {
  return encodePinBlock(0, pin, pan);
}

/** Which nibbles each format allows after the PIN. */
const FILLERS: Record<PinBlockFormat, RegExp> = { 0: /^F*$/, 1: /^[0-9A-F]*$/, 3: /^[A-F]*$/ };

/** Reads control nibble, length and digits from the hex of a PIN field; shared with format 4,
 *  whose 16-byte field starts the same way. */
export function pinFromField(field: string, format: PinBlockFormat | 4, filler: RegExp, fillerEnd: number = FIELD_NIBBLES): string {
  if (field[0] !== String(format)) throw malformed(format, 'control field');
  const length = parseInt(field[1]!, 16);
  if (length < 4 || length > 12) throw malformed(format, 'pin length');
  const pin = field.slice(2, 2 + length);
  if (!/^[0-9]+$/.test(pin)) throw malformed(format, 'pin digits');
  if (!filler.test(field.slice(2 + length, fillerEnd))) throw malformed(format, 'filler');
  return pin;
}

export function requirePin(pin: string): void {
  if (!/^[0-9]{4,12}$/.test(pin)) throw new PosError('E-CVM-0003', { length: pin.length });
}

export function malformed(format: PinBlockFormat | 4, check: string): PosError {
  return new PosError('E-CRYPTO-0007', { format, check });
}

function panField(pan: string | undefined): Uint8Array {
  if (pan === undefined || !/^[0-9]{13,19}$/.test(pan)) throw new PosError('E-CRYPTO-0004', { length: pan?.length ?? 0 });
  return fromHex(`0000${pan.slice(-13, -1)}`);
}

function fillerNibbles(format: PinBlockFormat, count: number, fill: string | undefined): string {
  if (format === 0) return 'F'.repeat(count);
  if (fill === undefined) return randomNibbles(format, count);
  const nibbles = fill.toUpperCase().slice(0, count);
  if (nibbles.length < count || !FILLERS[format].test(nibbles)) throw new PosError('E-CRYPTO-0003', { field: 'pin block fill', length: fill.length, expected: count });
  return nibbles;
}

/** Format 1 takes any nibble 0..F; format 3 one of A..F, drawn without bias. */
function randomNibbles(format: 1 | 3, count: number): string {
  const low = format === 1 ? 0 : 10;
  return Array.from({ length: count }, () => randomInt(low, 16).toString(16).toUpperCase()).join('');
}
