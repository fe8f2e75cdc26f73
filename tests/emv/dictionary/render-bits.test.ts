// Bit fields spelled out with EMV Book 3 Annex C and Book 4 Annex A names. Values are the ones
// real terminals and cards send (e.g. 9F33 E0F8C8, Visa TTQ 36004000).
import { describe, it, expect } from 'vitest';
import { renderValue } from '../../../src/emv/dictionary/index.js';
import { hex } from './helpers.js';

describe('bit field renderers', () => {
  it('TVR 0000008000 is "Transaction exceeds floor limit"', () => {
    const r = renderValue(0x95, hex('0000008000'));
    expect(r.bits).toEqual(['Transaction exceeds floor limit']);
    expect(r.text).toBe('Transaction exceeds floor limit');
  });

  it('TVR with bits in several bytes lists them in book order', () => {
    const r = renderValue(0x95, hex('8000048040'));
    expect(r.bits).toEqual([
      'Offline data authentication was not performed',
      'Online CVM captured',
      'Transaction exceeds floor limit',
      'Issuer authentication failed',
    ]);
  });

  it('reads Issuer Action Codes with the TVR layout', () => {
    expect(renderValue(0x9f0e, hex('0010000000')).bits).toEqual(['Requested service not allowed for card product']);
  });

  it('reads Kernel 2 Terminal Action Codes with the TVR layout', () => {
    expect(renderValue(0xdf8121, hex('0400000000'), { scheme: 'mastercard' }).bits).toEqual(['CDA failed']);
  });

  it('an all-zero TVR says no bits are set', () => {
    expect(renderValue(0x95, hex('0000000000'))).toEqual({ text: 'no bits set', bits: [] });
  });

  it('notes a TVR of the wrong length', () => {
    expect(renderValue(0x95, hex('000000')).text).toBe('length 3, expected 5: no bits set');
  });

  it('TSI E800', () => {
    expect(renderValue(0x9b, hex('E800')).bits).toEqual([
      'Offline data authentication was performed',
      'Cardholder verification was performed',
      'Card risk management was performed',
      'Terminal risk management was performed',
    ]);
  });

  it('reports RFU bits instead of dropping them', () => {
    expect(renderValue(0x9b, hex('0101')).bits).toEqual(['RFU bits set in byte 1: 01', 'RFU bits set in byte 2: 01']);
  });

  it('AIP 5C00: SDA, cardholder verification, terminal risk management, issuer authentication', () => {
    expect(renderValue(0x82, hex('5C00')).bits).toEqual([
      'SDA supported',
      'Cardholder verification is supported',
      'Terminal risk management is to be performed',
      'Issuer authentication is supported',
    ]);
  });

  it('AUC FF00 allows everything but cashback', () => {
    const bits = renderValue(0x9f07, hex('FF00')).bits ?? [];
    expect(bits).toHaveLength(8);
    expect(bits[0]).toBe('Valid for domestic cash transactions');
    expect(bits[7]).toBe('Valid at terminals other than ATMs');
  });

  it('Terminal Capabilities E0F8C8', () => {
    expect(renderValue(0x9f33, hex('E0F8C8')).bits).toEqual([
      'Manual key entry',
      'Magnetic stripe',
      'IC with contacts',
      'Plaintext PIN for ICC verification',
      'Enciphered PIN for online verification',
      'Signature (paper)',
      'Enciphered PIN for offline verification',
      'No CVM required',
      'SDA',
      'DDA',
      'CDA',
    ]);
  });

  it('Additional Terminal Capabilities 6000F0A001', () => {
    expect(renderValue(0x9f40, hex('6000F0A001')).bits).toEqual([
      'Goods',
      'Services',
      'Numeric keys',
      'Alphabetic and special characters keys',
      'Command keys',
      'Function keys',
      'Print, attendant',
      'Display, attendant',
      'Code table 1',
    ]);
  });

  it('TTQ 36004000', () => {
    expect(renderValue(0x9f66, hex('36004000')).bits).toEqual([
      'EMV mode supported',
      'EMV contact chip supported',
      'Online PIN supported',
      'Signature supported',
      'Consumer Device CVM supported',
    ]);
  });

  it('CTQ 8040 under Visa; the same tag under Mastercard is not a CTQ', () => {
    expect(renderValue(0x9f6c, hex('8040'), { scheme: 'visa' }).bits).toEqual([
      'Online PIN Required',
      'Card supports Issuer Update Processing at the POS',
    ]);
    expect(renderValue(0x9f6c, hex('8040'), { scheme: 'mastercard' })).toEqual({ text: '8040' });
  });
});
