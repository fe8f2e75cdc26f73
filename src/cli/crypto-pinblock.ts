// pos crypto pinblock encode --format 0|1|3|4 --pin P --pan PAN [--key HEX] [--fill HEX]
// pos crypto pinblock decode --format 0|1|3|4 --block HEX --pan PAN [--key HEX]
// ISO 9564-1 PIN blocks. Formats 0, 1 and 3 are enciphered with TDES (DES for an 8-byte key),
// format 4 with AES (§9.4). Without --key, encode prints the clear block (for format 4 the
// plaintext PIN field) and decode reads one.
import { PosError } from '../errors/index.js';
import {
  decipherPinBlockFormat4,
  decodePinBlock,
  decodePinFieldFormat4,
  desDecryptEcb,
  desEncryptEcb,
  encipherPinBlockFormat4,
  encodePinBlock,
  encodePinFieldFormat4,
  tdesDecryptEcb,
  tdesEncryptEcb,
  type PinBlockFormat,
} from '../security/index.js';
import { parseVerbArgs } from './args.js';
import { toHex } from '../bytes/hex.js';
import { cryptoUsage, requiredHex, requiredText } from './crypto-args.js';

const options = {
  format: { type: 'string' },
  pin: { type: 'string' },
  pan: { type: 'string' },
  key: { type: 'string' },
  fill: { type: 'string' },
  block: { type: 'string' },
} as const;

export function pinBlockCommand(argv: string[]): string {
  const { values, positionals } = parseVerbArgs(argv, options, 'crypto pinblock');
  const format = pinBlockFormat(values.format);
  const key = values.key === undefined ? undefined : requiredHex(values.key, 'key');
  switch (positionals.join(' ')) {
    case 'encode': {
      const pin = requiredText(values.pin, 'pin');
      if (format === 4) {
        const random = values.fill === undefined ? undefined : requiredHex(values.fill, 'fill');
        if (key === undefined) return toHex(encodePinFieldFormat4(pin, random));
        return toHex(encipherPinBlockFormat4(key, pin, requiredText(values.pan, 'pan'), random));
      }
      if (format === 0 && values.fill !== undefined) throw cryptoUsage('--fill applies to formats 1, 3 and 4 (format 0 fills with F)');
      const block = encodePinBlock(format, pin, values.pan, values.fill);
      return toHex(key === undefined ? block : (key.length === 8 ? desEncryptEcb : tdesEncryptEcb)(key, block));
    }
    case 'decode': {
      const block = requiredHex(values.block, 'block');
      if (format === 4) {
        if (key === undefined) return decodePinFieldFormat4(block);
        return decipherPinBlockFormat4(key, block, requiredText(values.pan, 'pan'));
      }
      const clear = key === undefined ? block : (key.length === 8 ? desDecryptEcb : tdesDecryptEcb)(key, block);
      return decodePinBlock(format, clear, values.pan);
    }
    default:
      throw cryptoUsage('pinblock takes encode or decode');
  }
}

function pinBlockFormat(value: string | undefined): PinBlockFormat | 4 {
  switch (value) {
    case '0':
      return 0;
    case '1':
      return 1;
    case '3':
      return 3;
    case '4':
      return 4;
    case undefined:
      throw cryptoUsage('--format is required');
    default:
      throw new PosError('E-CRYPTO-0008', { format: value });
  }
}
