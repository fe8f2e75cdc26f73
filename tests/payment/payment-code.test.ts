// Consumer-presented payment codes as the scanner delivers them: wallet codes told apart by
// prefix and length, and EMV QRCPS Consumer-Presented Mode payloads. The CPM vector is the
// specification's own example (EMV QRCPS-CPM v1.0, the base64 payload of its worked example:
// two applications "Product1"/"Product2", PAN 1234567890123458, name CARDHOLDER/EMV).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { paymentCode } from '../../src/payment/qr/index.js';
import { errorOf } from '../support/pos-error.js';

const CPM_EXAMPLE = 'hQVDUFYwMWETTwegAAAAVVVVUAhQcm9kdWN0MWETTwegAAAAZmZmUAhQcm9kdWN0MmJJWggSNFZ4kBI0WF8gDkNBUkRIT0xERVIvRU1WXy0IcnVlc2RlZW5kIZ8QBwYBCgMAAACfJghYT9OF+iNLzJ82AgABnzcEbVjvEw==';

const scan = (text: string) => ({ symbology: 'qr' as const, data: new TextEncoder().encode(text) });
const base64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

describe('paymentCode', () => {
  it('tells WeChat Pay, Alipay and UnionPay codes apart by prefix and length', () => {
    const cases: [string, string][] = [
      ['134567890123456789', 'wechat'],
      ['101234567890123456', 'wechat'],
      ['2865432109876543', 'alipay'],
      ['301234567890123456789012', 'alipay'],
      ['6225881234567890123', 'unionpay'],
    ];
    for (const [code, wallet] of cases) {
      const got = paymentCode(scan(code));
      expect(got.kind === 'wallet' && [got.wallet, got.code.reveal()]).toEqual([wallet, code]);
    }
  });

  it('keeps the code sealed: JSON and inspect show neither the code nor its middle digits', () => {
    const got = paymentCode(scan('134567890123456789'));
    expect(got).toMatchObject({ kind: 'wallet', masked: '1345**********6789' });
    expect(JSON.stringify(got)).not.toContain('4567890123');
    expect(inspect(got)).not.toContain('4567890123');
  });

  it('refuses digits of no wallet and text that is no payment code with E-QR-0005, naming the length only', () => {
    for (const text of ['12345678', '164567890123456789', '13456789012345678', '6225881234567890', 'https://example.com/pay?id=1', 'abcd']) {
      const e = errorOf(() => paymentCode(scan(text)));
      expect(e.code).toBe('E-QR-0005');
      expect(e.message).not.toContain(text);
      expect(e.context.length).toBe(text.length);
    }
  });

  it('reads the EMV consumer-presented example: its applications and the PAN masked, the payload sealed', () => {
    const got = paymentCode(scan(CPM_EXAMPLE));
    expect(got).toMatchObject({
      kind: 'emv-cpm',
      applications: [
        { aid: 'A0000000555555', label: 'Product1' },
        { aid: 'A0000000666666', label: 'Product2' },
      ],
      maskedPan: '123456******3458',
    });
    expect(got.kind === 'emv-cpm' && Buffer.from(got.payload.reveal()).toString('base64')).toBe(CPM_EXAMPLE);
    expect(JSON.stringify(got)).not.toContain('1234567890123458');
    expect(inspect(got, { depth: 5 })).not.toContain('1234567890123458');
  });

  it('takes the PAN from track 2 when the code carries no 5A', () => {
    // 85 CPV01, 61 {4F A0000003330101}, 62 {57 6212345678901234D2912201}
    const got = paymentCode(scan(base64('8505435056303161094f07a0000003330101620e570c6212345678901234d2912201')));
    expect(got).toMatchObject({ kind: 'emv-cpm', applications: [{ aid: 'A0000003330101', label: undefined }], maskedPan: '621234******1234' });
  });

  it('refuses a malformed consumer-presented payload with E-QR-0006', () => {
    const cases: [string, string][] = [
      ['8505435056303261094f07a0000003330101', 'payload format indicator is not CPV01'],
      ['850543505630316203570100', 'no application template'],
      ['8505435056303161094f07a00000033301019f010100', 'unexpected top-level tag'],
      ['8505435056303161034f0101', 'application template without an ADF name of 5-16 bytes'],
      ['85054350563031610f4f07a0000003', 'not BER-TLV'],
    ];
    for (const [hex, reason] of cases) {
      const e = errorOf(() => paymentCode(scan(base64(hex))));
      expect([e.code, e.context.reason]).toEqual(['E-QR-0006', reason]);
    }
  });
});
