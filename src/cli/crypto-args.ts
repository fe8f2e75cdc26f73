// Argument helpers shared by the pos crypto subcommands: a missing or empty option is a usage
// error (E-CORE-0001, exit 2) naming the option, never echoing its value.
import { PosError } from '../errors/index.js';
import { fromHex } from '../bytes/hex.js';

export function cryptoUsage(reason: string): PosError {
  return new PosError('E-CORE-0001', { verb: 'crypto', reason });
}

export function requiredHex(value: string | undefined, option: string): Uint8Array {
  if (value === undefined) throw cryptoUsage(`--${option} is required`);
  const bytes = fromHex(value);
  if (bytes.length === 0) throw cryptoUsage(`--${option} is empty`);
  return bytes;
}

export function requiredText(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw cryptoUsage(`--${option} is required`);
  return value;
}
