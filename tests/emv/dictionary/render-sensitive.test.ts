// PAN and track data are masked (first 6 / last 4 at most) unless showPan; discretionary data
// and PIN data are never shown. PAN 4761739001010010 is the Visa test card PAN from the public
// VSDC/ADVT test material.
import { describe, it, expect } from 'vitest';
import { renderValue } from '../../../src/emv/dictionary/index.js';
import { ascii, hex } from './helpers.js';

describe('sensitive values', () => {
  it('masks the PAN to first 6 / last 4', () => {
    const r = renderValue(0x5a, hex('4761739001010010'));
    expect(r.text).toBe('476173******0010');
  });
  it('shows the PAN when asked', () => {
    expect(renderValue(0x5a, hex('4761739001010010'), { showPan: true }).text).toBe('4761739001010010');
  });
  it('strips F padding before masking an odd-length PAN', () => {
    expect(renderValue(0x5a, hex('4761739001010F')).text).toBe('476173***1010');
  });
  it('shows only the last 4 of a short PAN', () => {
    expect(renderValue(0x5a, hex('123456789012')).text).toBe('********9012');
  });
  it('does not echo a malformed PAN', () => {
    expect(renderValue(0x5a, hex('47617390A1010010')).text).toBe('malformed PAN (8 bytes)');
  });

  const track2 = hex('4761739001010010D22122011234567F');
  it('masks track 2 and withholds expiry, service code and discretionary data', () => {
    const r = renderValue(0x57, track2);
    expect(r.text).toBe('PAN 476173******0010; expiry, service code and discretionary data withheld (7 digits)');
    expect(r.text).not.toContain('2212');
    expect(r.text).not.toContain('1234567');
  });
  it('with showPan shows PAN, expiry and service code but still withholds discretionary data', () => {
    const r = renderValue(0x57, track2, { showPan: true });
    expect(r.text).toBe('PAN 4761739001010010; expiry 2212; service code 201; discretionary data withheld (7 digits)');
  });
  it('treats Mastercard Track 2 Data (9F6B) like track 2', () => {
    expect(renderValue(0x9f6b, track2, { scheme: 'mastercard' }).text).toContain('PAN 476173******0010');
  });
  it('masks Mastercard Track 1 Data (56)', () => {
    const r = renderValue(0x56, ascii('B5413330089010434^CARDHOLDER/TEST^2512201123456789'), { scheme: 'mastercard' });
    expect(r.text).toBe('PAN 541333******0434; name, expiry, service code and discretionary data withheld (9 characters)');
    expect(r.text).not.toContain('CARDHOLDER');
  });
  it('withholds track 1 discretionary data and PIN data, even with showPan', () => {
    expect(renderValue(0x9f1f, ascii('123456789'), { showPan: true }).text).toBe('withheld (9 bytes of sensitive data)');
    expect(renderValue(0x99, hex('1234'), { showPan: true }).text).toBe('withheld (2 bytes of sensitive data)');
  });
});
