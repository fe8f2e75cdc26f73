// Lookups against EMV Book 3 Annex A Table 33 and the scheme books that reuse tag numbers.
import { describe, it, expect } from 'vitest';
import { lookupTag, tagMeanings } from '../../../src/emv/dictionary/index.js';

describe('lookupTag', () => {
  it('gives Book 3 format and length: 9F02 is n12 in 6 bytes, from the terminal', () => {
    const info = lookupTag(0x9f02);
    expect(info?.name).toBe('Amount, Authorised (Numeric)');
    expect(info?.format).toBe('n');
    expect(info?.length).toEqual({ min: 6, max: 6 });
    expect(info?.source).toBe('terminal');
    expect(info?.constructed).toBe(false);
  });

  it('records the templates a card element appears in', () => {
    expect(lookupTag(0x5a)?.template).toEqual([0x70, 0x77]);
    expect(lookupTag(0x9f4d)?.template).toEqual([0xbf0c, 0x73]);
    expect(lookupTag(0xa5)?.constructed).toBe(true);
  });

  it('reads 9F6E as Visa Form Factor Indicator or Mastercard Third Party Data by context', () => {
    expect(lookupTag(0x9f6e, 'visa')?.name).toBe('Form Factor Indicator (FFI)');
    expect(lookupTag(0x9f6e, 'mastercard')?.name).toBe('Third Party Data');
    expect(lookupTag(0x9f6e)).toBeUndefined();
    expect(tagMeanings(0x9f6e).map((m) => m.contexts[0]).sort()).toEqual(['mastercard', 'visa']);
  });

  it('keeps the EMV meaning of 9F66 (TTQ) unless Kernel 2 gives its own', () => {
    expect(lookupTag(0x9f66)?.name).toBe('Terminal Transaction Qualifiers (TTQ)');
    expect(lookupTag(0x9f66, 'visa')?.name).toBe('Terminal Transaction Qualifiers (TTQ)');
    expect(lookupTag(0x9f66, 'mastercard')?.name).toBe('PUNATC (Track2)');
  });

  it('falls back to EMV for scheme contexts: 9F02 under Mastercard', () => {
    expect(lookupTag(0x9f02, 'mastercard')?.name).toBe('Amount, Authorised (Numeric)');
  });

  it('separates UnionPay electronic cash from Mastercard data envelopes on 9F79 and 9F6D', () => {
    expect(lookupTag(0x9f79, 'unionpay')?.name).toBe('EC Balance');
    expect(lookupTag(0x9f79, 'unionpay')?.format).toBe('n');
    expect(lookupTag(0x9f79, 'mastercard')?.name).toBe('Unprotected Data Envelope 5');
    expect(lookupTag(0x9f79)).toBeUndefined();
    expect(lookupTag(0x9f6d, 'unionpay')?.name).toBe('EC Reset Threshold');
    expect(lookupTag(0x9f6d, 'mastercard')?.name).toBe('Mag-stripe Application Version Number (Reader)');
    expect(lookupTag(0x9f74, 'unionpay')?.format).toBe('a');
  });

  it('shares one meaning of 9F5D between Visa and UnionPay, and another for Mastercard', () => {
    expect(lookupTag(0x9f5d, 'visa')).toBe(lookupTag(0x9f5d, 'unionpay'));
    expect(lookupTag(0x9f5d, 'mastercard')?.name).toBe('Application Capabilities Information');
  });

  it('finds Kernel 2 DF81 tags only under Mastercard, or alone without context', () => {
    expect(lookupTag(0xdf8117, 'mastercard')?.name).toBe('Card Data Input Capability');
    expect(lookupTag(0xdf8117)?.name).toBe('Card Data Input Capability');
    expect(lookupTag(0xdf8117, 'visa')).toBeUndefined();
    expect(lookupTag(0xdf8129, 'mastercard')?.length).toEqual({ min: 8, max: 8 });
  });

  it('returns undefined for a tag it does not know', () => {
    expect(lookupTag(0x9f99)).toBeUndefined();
    expect(tagMeanings(0x9f99)).toEqual([]);
  });
});
