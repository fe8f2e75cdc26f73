// ISO 9564-3 format 2 PIN block, as EMV Book 3 §6.5.12 (VERIFY) carries an offline PIN:
// nibble 2, the PIN length, 4 to 12 PIN digits, then F filler to 8 bytes. Errors name the
// length only, never a digit.
import { PosError } from '../errors/index.js';

const BLOCK_LENGTH = 8;

export function pinBlockFormat2(pin: string): Uint8Array {
  if (!/^[0-9]{4,12}$/.test(pin)) throw new PosError('E-CVM-0003', { length: pin.length });
  const nibbles = `2${pin.length.toString(16)}${pin}`.padEnd(BLOCK_LENGTH * 2, 'F');
  const block = new Uint8Array(BLOCK_LENGTH);
  for (let i = 0; i < BLOCK_LENGTH; i++) block[i] = parseInt(nibbles.slice(2 * i, 2 * i + 2), 16);
  return block;
}
