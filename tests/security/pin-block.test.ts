import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import {
  decipherPinBlockFormat4,
  decodePinBlock,
  decodePinFieldFormat4,
  encipherPinBlockFormat4,
  encodePanFieldFormat4,
  encodePinBlock,
  encodePinFieldFormat4,
} from '../../src/security/index.js';

const PAN = '5555555551234567';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPosError(e) ? e.code : String(e);
  }
  return undefined;
}

describe('ISO 9564-1 format 0', () => {
  // knovichikhin/psec tests/test_pinblock.py test_encode_pinblock_iso_0 / test_decode_pinblock_iso_0.
  it.each([
    ['1234', '041261AAAAEDCBA9'],
    ['123456789', '091261032D8DCBA9'],
    ['1234567890', '0A1261032D82CBA9'],
    ['123456789012', '0C1261032D8226A9'],
  ])('PIN %s with PAN 5555555551234567 is %s both ways', (pin, block) => {
    expect(toHex(encodePinBlock(0, pin, PAN))).toBe(block);
    expect(decodePinBlock(0, fromHex(block), PAN)).toBe(pin);
  });

  // psec test_decode_pinblock_iso_0_exception: each broken field is refused with its own check.
  it.each([
    ['241261AAAAEDCBA9', 'control field'],
    ['0F1261AAAAEDCBA9', 'pin length'],
    ['021261AAAAEDCBA9', 'pin length'],
    ['041261AAAAEDCBAA', 'filler'],
    ['051261AAAAEDCBA9', 'pin digits'],
  ])('refuses %s (%s) without naming a digit', (block, check) => {
    try {
      decodePinBlock(0, fromHex(block), PAN);
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e, 'E-CRYPTO-0007')).toBe(true);
      expect((e as Error).message).toContain(`check=${check}`);
      expect((e as Error).message).not.toMatch(/1234|5555/);
    }
  });

  it('refuses a PAN shorter than 13 digits and a PIN outside 4..12 digits', () => {
    expect(codeOf(() => encodePinBlock(0, '1234', '555555555555'))).toBe('E-CRYPTO-0004');
    expect(codeOf(() => encodePinBlock(0, '123', PAN))).toBe('E-CVM-0003');
    expect(codeOf(() => encodePinBlock(0, '1234567890123', PAN))).toBe('E-CVM-0003');
    expect(codeOf(() => decodePinBlock(0, fromHex('041261AAAAEDCB'), PAN))).toBe('E-CRYPTO-0003');
  });
});

describe('ISO 9564-1 format 3', () => {
  // psec tests/test_pinblock.py test_decode_pinblock_iso_3 (random A-F filler, PAN 5555555551234567).
  it.each([
    ['1234', '341261AAAAEDCBA9'],
    ['123456789', '391261032D8DCBA9'],
    ['1234567890', '3A1261032D82CBA9'],
    ['123456789012', '3C1261032D8226A9'],
  ])('decodes PIN %s from %s', (pin, block) => {
    expect(decodePinBlock(3, fromHex(block), PAN)).toBe(pin);
  });

  it('encodes with a given A-F filler to the psec block, and with random filler to one that decodes', () => {
    // 341261AAAAEDCBA9 XOR the PAN field 0000555555123456 gives filler FFFFFFFFFF.
    expect(toHex(encodePinBlock(3, '1234', PAN, 'FFFFFFFFFF'))).toBe('341261AAAAEDCBA9');
    const random = encodePinBlock(3, '1234', PAN);
    expect(toHex(random).slice(0, 6)).toBe('341261');
    expect(decodePinBlock(3, random, PAN)).toBe('1234');
  });

  it('refuses a filler nibble outside A-F (psec: filler FFFFFFFFF4)', () => {
    expect(codeOf(() => decodePinBlock(3, fromHex('341261AAAAEDCBA2'), PAN))).toBe('E-CRYPTO-0007');
    expect(codeOf(() => encodePinBlock(3, '1234', PAN, '0123456789'))).toBe('E-CRYPTO-0003');
  });
});

describe('ISO 9564-1 format 1', () => {
  it('is control 1, length, PIN, then the transaction field, with no PAN (the ISO 9564-1 format 1 layout)', () => {
    expect(toHex(encodePinBlock(1, '1234', undefined, '0123456789'))).toBe('1412340123456789');
    expect(decodePinBlock(1, fromHex('1412340123456789'), undefined)).toBe('1234');
    const random = encodePinBlock(1, '98765', undefined);
    expect(toHex(random).slice(0, 7)).toBe('1598765');
    expect(decodePinBlock(1, random, undefined)).toBe('98765');
  });

  it('refuses a block whose control field is not 1', () => {
    expect(codeOf(() => decodePinBlock(1, fromHex('041234FFFFFFFFFF'), undefined))).toBe('E-CRYPTO-0007');
  });
});

describe('ISO 9564-1:2017 format 4 (AES)', () => {
  const KEY = fromHex('00112233445566778899AABBCCDDEEFF');

  it('encodes the PIN field and the PAN field (psec test_encode_pin_field_iso_4 / test_encode_pan_field_iso_4)', () => {
    expect(toHex(encodePinFieldFormat4('1234', new Uint8Array(8).fill(0xff)))).toBe('441234AAAAAAAAAAFFFFFFFFFFFFFFFF');
    expect(toHex(encodePanFieldFormat4('112233445566778899'))).toBe('61122334455667788990000000000000');
    expect(toHex(encodePanFieldFormat4('1'))).toBe('00000000000010000000000000000000');
    expect(decodePinFieldFormat4(fromHex('441234AAAAAAAAAA548ED7FD65495950'))).toBe('1234');
  });

  it('enciphers PIN 1234, PAN 1234567890123456789 to psec test_encipher_pinblock_iso_4_det', () => {
    const block = encipherPinBlockFormat4(KEY, '1234', '1234567890123456789', new Uint8Array(8).fill(0xff));
    expect(toHex(block)).toBe('28B41FDDD29B743E93124BD8E32D921E');
    expect(decipherPinBlockFormat4(KEY, block, '1234567890123456789')).toBe('1234');
  });

  it('deciphers the ep2 Security Specification 8.0.0 §8.4 example (via psec test_decipher_pinblock_iso_4)', () => {
    const ep2Key = fromHex('C1D0F8FB4958670DBA40AB1F3752EF0D');
    expect(decipherPinBlockFormat4(ep2Key, fromHex('CC17F65586BFD0953010226C4FC5B3CA'), '432198765432109870')).toBe('1234');
    // psec: a PAN shorter than 12 digits, zero-filled on the left.
    expect(decipherPinBlockFormat4(KEY, fromHex('39B69B1B91FE05D48F7EF0D68EB2CBD6'), '1')).toBe('123456');
  });

  // psec test_decipher_pinblock_iso_4_exception: wrong control field, non-digit PIN, wrong filler, short PIN.
  it.each([
    ['E60B15B90ABDF14CEE337C97440F0D6E', '7D5AF4C33667A2098626027FB7A9A1B7', '4266229809609384667', 'control field'],
    ['C7BBEBA16C5AD97D5866450718C03750', '2F9C910447F17293EC95DEDE1E3CA201', '8220499325458689523', 'pin digits'],
    ['820F6C7C12355BDFF1AB6CE12E8EED89', 'CCF310A8300B46C925A86B1098089301', '939589847393485609', 'filler'],
    ['4FE3F0311936FBCE44F17159F1659CF09B2BF8913BB514A1', '51334B00A6CBA3EC7B1C6F871F060AFC', '2129100799029059903', 'pin length'],
  ])('refuses key %s block %s (%s)', (key, block, pan, check) => {
    try {
      decipherPinBlockFormat4(fromHex(key), fromHex(block), pan);
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e, 'E-CRYPTO-0007')).toBe(true);
      expect((e as Error).message).toContain(`check=${check}`);
    }
  });

  it('changes with the PAN: the intermediate XOR binds the account number', () => {
    const random = new Uint8Array(8).fill(0x11);
    const a = encipherPinBlockFormat4(KEY, '1234', '1234567890123456789', random);
    const b = encipherPinBlockFormat4(KEY, '1234', '1234567890123456788', random);
    expect(toHex(a)).not.toBe(toHex(b));
    expect(codeOf(() => decipherPinBlockFormat4(KEY, a, '1234567890123456788'))).toBe('E-CRYPTO-0007');
  });

  it('refuses a 17-byte block and a 20-digit PAN', () => {
    expect(codeOf(() => decipherPinBlockFormat4(KEY, new Uint8Array(17), '1234'))).toBe('E-CRYPTO-0003');
    expect(codeOf(() => encipherPinBlockFormat4(KEY, '1234', '12345678901234567890'))).toBe('E-CRYPTO-0004');
  });
});
