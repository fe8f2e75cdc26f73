import { describe, it, expect } from 'vitest';
import { fromHex } from '../../../src/bytes/hex.js';
import { decodeCvRule, parseCvmList, type CvmList } from '../../../src/emv/cvm/index.js';

function listOf(hex: string): CvmList {
  const reading = parseCvmList(fromHex(hex));
  if (reading.kind !== 'list') throw new Error(`expected a list, got ${reading.kind}`);
  return reading.list;
}

// Vectors from openemv/emv-utils tests/emv_cvmlist_test.c (tests 1-6).
describe('parseCvmList (emv-utils vectors)', () => {
  it('reads amounts X 100000 and Y 1000 and the signature-if-supported rule (test 3)', () => {
    const list = listOf('000186A0000003E81E03');
    expect(list.amountX).toBe(100000n);
    expect(list.amountY).toBe(1000n);
    expect(list.rules).toEqual([
      { method: 'signature', applyNextIfUnsuccessful: false, condition: 'terminal-supports-cvm', methodByte: 0x1e, conditionByte: 0x03 },
    ]);
  });

  it('reads enciphered offline PIN with b7 set (test 4)', () => {
    const [rule] = listOf('000186A0000003E84403').rules;
    expect(rule?.method).toBe('enciphered-pin-icc');
    expect(rule?.applyNextIfUnsuccessful).toBe(true);
  });

  it('reads online PIN if unattended cash (test 5)', () => {
    const [rule] = listOf('000186A0000003E84201').rules;
    expect(rule?.method).toBe('enciphered-pin-online');
    expect(rule?.condition).toBe('unattended-cash');
  });

  it('reads six rules in order, 5E being signature with b7 set (test 6)', () => {
    const list = listOf('0000000000000000420144034103 5E03 4203 1F03'.replace(/ /g, ''));
    expect(list.amountX).toBe(0n);
    expect(list.rules.map((r) => [r.method, r.applyNextIfUnsuccessful, r.condition])).toEqual([
      ['enciphered-pin-online', true, 'unattended-cash'],
      ['enciphered-pin-icc', true, 'terminal-supports-cvm'],
      ['plaintext-pin-icc', true, 'terminal-supports-cvm'],
      ['signature', true, 'terminal-supports-cvm'],
      ['enciphered-pin-online', true, 'terminal-supports-cvm'],
      ['no-cvm', false, 'terminal-supports-cvm'],
    ]);
  });

  it('reports amounts without rules as no rules (test 1)', () => {
    expect(parseCvmList(fromHex('000186A0000003E8'))).toEqual({ kind: 'no-rules' });
  });

  it('reports a half rule as malformed (test 2)', () => {
    expect(parseCvmList(fromHex('000186A0000003E81E0342'))).toEqual({ kind: 'malformed', length: 11 });
  });
});

describe('parseCvmList', () => {
  it('reports a list shorter than its two amounts as malformed', () => {
    expect(parseCvmList(fromHex('00000000'))).toEqual({ kind: 'malformed', length: 4 });
  });

  it('reads amounts as unsigned 32-bit values', () => {
    expect(listOf('FFFFFFFF800000001F00').amountX).toBe(4294967295n);
    expect(listOf('FFFFFFFF800000001F00').amountY).toBe(2147483648n);
  });

  it('reads the virtual Visa card list 4103 4203 1E03 1F03', () => {
    const list = listOf('0000000000000000410342031E031F03');
    expect(list.rules.map((r) => r.method)).toEqual(['plaintext-pin-icc', 'enciphered-pin-online', 'signature', 'no-cvm']);
  });
});

// EMV Book 3 Annex C3 Tables 43 and 44.
describe('decodeCvRule', () => {
  it.each([
    [0x00, 'fail'],
    [0x01, 'plaintext-pin-icc'],
    [0x02, 'enciphered-pin-online'],
    [0x03, 'plaintext-pin-icc-and-signature'],
    [0x04, 'enciphered-pin-icc'],
    [0x05, 'enciphered-pin-icc-and-signature'],
    [0x1e, 'signature'],
    [0x1f, 'no-cvm'],
  ] as const)('names method %i as %s, with or without b7', (code, name) => {
    expect(decodeCvRule(code, 0).method).toBe(name);
    expect(decodeCvRule(code | 0x40, 0).method).toBe(name);
    expect(decodeCvRule(code | 0x40, 0).applyNextIfUnsuccessful).toBe(true);
    expect(decodeCvRule(code, 0).applyNextIfUnsuccessful).toBe(false);
  });

  it('keeps EMV 4.4 biometric codes 06-0F as biometric', () => {
    expect(decodeCvRule(0x46, 0).method).toEqual({ kind: 'biometric', code: 0x06 });
    expect(decodeCvRule(0x0f, 0).method).toEqual({ kind: 'biometric', code: 0x0f });
  });

  it('keeps payment-system, issuer and RFU codes as unrecognised, without b7 in the code', () => {
    expect(decodeCvRule(0x50, 0).method).toEqual({ kind: 'unrecognised', code: 0x10 });
    expect(decodeCvRule(0x30, 0).method).toEqual({ kind: 'unrecognised', code: 0x30 });
    expect(decodeCvRule(0x3f, 0).method).toEqual({ kind: 'unrecognised', code: 0x3f });
  });

  it.each([
    [0x00, 'always'],
    [0x01, 'unattended-cash'],
    [0x02, 'not-unattended-cash-manual-cash-or-cashback'],
    [0x03, 'terminal-supports-cvm'],
    [0x04, 'manual-cash'],
    [0x05, 'cashback'],
    [0x06, 'under-x'],
    [0x07, 'over-x'],
    [0x08, 'under-y'],
    [0x09, 'over-y'],
  ] as const)('names condition %i as %s', (code, name) => {
    expect(decodeCvRule(0x1f, code).condition).toBe(name);
  });

  it('keeps RFU and payment-system conditions as unknown', () => {
    expect(decodeCvRule(0x1f, 0x0a).condition).toEqual({ kind: 'unknown', code: 0x0a });
    expect(decodeCvRule(0x1f, 0x80).condition).toEqual({ kind: 'unknown', code: 0x80 });
  });
});
