// CVM List, CVM Results, CID, AFL and DOLs (EMV Book 3 §5.4, §6.5.5.4, §10.2, Annex C3;
// Book 4 Annex A4).
import { describe, it, expect } from 'vitest';
import { renderValue } from '../../../src/emv/dictionary/index.js';
import { hex } from './helpers.js';

describe('CVM List (8E)', () => {
  it('spells out 000000000000000042031E031F00', () => {
    const r = renderValue(0x8e, hex('000000000000000042031E031F00'));
    expect(r.text).toBe('X = 0 (minor units), Y = 0 (minor units), 3 CV Rule(s)');
    expect(r.entries).toEqual([
      'Enciphered PIN verified online; If terminal supports the CVM; apply succeeding CV Rule if this CVM is unsuccessful',
      'Signature (paper); If terminal supports the CVM; fail cardholder verification if this CVM is unsuccessful',
      'No CVM required; Always; fail cardholder verification if this CVM is unsuccessful',
    ]);
  });

  it('shows X and Y in the application currency when known', () => {
    const r = renderValue(0x8e, hex('00002710 00000000 4406 1F00'), { applicationCurrencyCode: 156 });
    expect(r.text).toBe('X = 100.00 CNY, Y = 0.00 CNY, 2 CV Rule(s)');
    expect(r.entries?.[0]).toBe(
      'Enciphered PIN verification performed by ICC; If transaction is in the application currency and is under X value; apply succeeding CV Rule if this CVM is unsuccessful',
    );
  });

  it('names reserved method and condition codes', () => {
    const r = renderValue(0x8e, hex('0000000000000000 3081 3F0A'));
    expect(r.entries).toEqual([
      'Reserved for use by the issuer (30); Reserved for use by individual payment systems (81); fail cardholder verification if this CVM is unsuccessful',
      'RFU (3F); RFU (0A); fail cardholder verification if this CVM is unsuccessful',
    ]);
  });

  it('refuses a list without its amounts', () => {
    expect(renderValue(0x8e, hex('000000')).text).toMatch(/^malformed/);
  });
});

describe('CVM Results (9F34)', () => {
  it('1F0302: No CVM required, successful', () => {
    expect(renderValue(0x9f34, hex('1F0302')).text).toBe('No CVM required; If terminal supports the CVM; Successful');
  });
  it('420300: online PIN, result unknown', () => {
    expect(renderValue(0x9f34, hex('420300')).text).toBe('Enciphered PIN verified online; If terminal supports the CVM; Unknown');
  });
  it('3F0000: no CVM performed', () => {
    expect(renderValue(0x9f34, hex('3F0000')).text).toBe('No CVM performed; Unknown');
  });
});

describe('Cryptogram Information Data (9F27)', () => {
  it('names each cryptogram type', () => {
    expect(renderValue(0x9f27, hex('00')).text).toBe('AAC; reason: No information given');
    expect(renderValue(0x9f27, hex('40')).text).toBe('TC; reason: No information given');
    expect(renderValue(0x9f27, hex('80')).text).toBe('ARQC; reason: No information given');
  });
  it('89: ARQC with advice, service not allowed', () => {
    expect(renderValue(0x9f27, hex('89')).text).toBe('ARQC; advice required; reason: Service not allowed');
  });
});

describe('AFL (94)', () => {
  it('08010100 10010300: SFI 1 record 1, SFI 2 records 1 to 3', () => {
    const r = renderValue(0x94, hex('08010100 10010300'));
    expect(r.entries).toEqual(['SFI 1 records 1..1 ODA 0', 'SFI 2 records 1..3 ODA 0']);
  });
  it('flags entries Book 3 §10.2 calls invalid', () => {
    expect(renderValue(0x94, hex('00010100')).entries).toEqual(['SFI 0 records 1..1 ODA 0 (invalid: SFI must be 1 to 30)']);
    expect(renderValue(0x94, hex('18030100')).entries).toEqual(['SFI 3 records 3..1 ODA 0 (invalid: last record before first)']);
    expect(renderValue(0x94, hex('18010102')).entries).toEqual(['SFI 3 records 1..1 ODA 2 (invalid: more ODA records than records)']);
  });
  it('refuses a length that is not a multiple of 4', () => {
    expect(renderValue(0x94, hex('080101')).text).toMatch(/^malformed/);
  });
});

describe('DOLs', () => {
  it('lists a Visa PDOL as tags and lengths', () => {
    const r = renderValue(0x9f38, hex('9F6604 9F0206 9F0306 9F1A02 9505 5F2A02 9A03 9C01 9F3704'));
    expect(r.entries).toEqual([
      '9F66 Terminal Transaction Qualifiers (TTQ), 4 bytes',
      '9F02 Amount, Authorised (Numeric), 6 bytes',
      '9F03 Amount, Other (Numeric), 6 bytes',
      '9F1A Terminal Country Code, 2 bytes',
      '95 Terminal Verification Results (TVR), 5 bytes',
      '5F2A Transaction Currency Code, 2 bytes',
      '9A Transaction Date, 3 bytes',
      '9C Transaction Type, 1 byte',
      '9F37 Unpredictable Number, 4 bytes',
    ]);
  });
  it('names three-byte Kernel 2 tags in a Mastercard DOL', () => {
    const r = renderValue(0x8c, hex('DF812906 9F0206'), { scheme: 'mastercard' });
    expect(r.entries?.[0]).toBe('DF8129 Outcome Parameter Set, 6 bytes');
  });
  it('reports a DOL cut mid-entry', () => {
    expect(renderValue(0x8c, hex('9F02069F')).text).toBe('malformed: DOL ends mid-entry at offset 3');
  });
  it('lists the SDA Tag List as tags alone', () => {
    expect(renderValue(0x9f4a, hex('82')).text).toBe('82 Application Interchange Profile (AIP)');
  });
});
