// The wallet simulator's rules as pure logic (src/backend/wallet-simulator.ts) and its section
// of config/backend.json: which wallet a code belongs to at the edges of each format, what an
// EMV CPM payload's network is, when an order is paid, who takes a refund, and the section's
// defaults and refusals.
// The same rules over the real stream: wallet-end-to-end.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackendConfig } from '../../src/backend/config.js';
import { decideCode, decideOrder, decideRefund, providerOfCode, type WalletRules } from '../../src/backend/wallet-simulator.js';

const RULES: WalletRules = { amountLimit: 50_000n, paysAfterMs: 1_000, payer: 'unionpay', unavailableProviders: ['visa'] };
const digits = (prefix: string, length: number) => prefix + '0'.repeat(length - prefix.length);
const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const CPV01 = '8505' + Buffer.from('CPV01').toString('hex');

describe('a refund back to the wallet', () => {
  it('goes to the provider that paid; a provider that does not answer refunds nothing; one the simulator does not know is 25', () => {
    const now = Date.UTC(2026, 11, 1);
    expect(decideRefund(RULES, 'wechat', { now, random: () => 42 })).toEqual({ status: 'approved', provider: 'wechat', authorisationCode: '000042', hostReference: '20261201000000000042', decidedAt: now });
    expect(decideRefund(RULES, 'visa', { now })).toEqual({ status: 'unavailable', provider: 'visa', errorCode: 'E-BACKEND-0304' });
    expect(decideRefund(RULES, 'paypal', { now })).toMatchObject({ status: 'declined', declineCode: '25', errorCode: 'E-BACKEND-0307' });
  });
});

describe('the wallet a code belongs to', () => {
  it('tells the wallets’ digit codes apart by prefix and length, at the edges of each format', () => {
    expect([digits('10', 18), digits('15', 18), digits('16', 18), digits('10', 17), digits('10', 19)].map(providerOfCode)).toEqual(['wechat', 'wechat', undefined, undefined, undefined]);
    expect([digits('25', 16), digits('30', 24), digits('25', 15), digits('30', 25), digits('31', 18)].map(providerOfCode)).toEqual(['alipay', 'alipay', undefined, undefined, undefined]);
    expect([digits('62', 19), digits('62', 18), digits('62', 20)].map(providerOfCode)).toEqual(['unionpay', undefined, undefined]);
  });

  it('names an EMV CPM payload’s network by its first application’s RID, through multi-byte tags and long-form lengths', () => {
    // 61 with an 0x81 length: a 9F26 cryptogram, a 9F10 of 120 bytes, then the ADF Name.
    const app = '9F2608' + '11'.repeat(8) + '9F1078' + '22'.repeat(120) + '4F07A0000003330101';
    expect(providerOfCode(b64(CPV01 + '6181' + (app.length / 2).toString(16) + app))).toBe('unionpay');
    expect(providerOfCode(b64(CPV01 + '61094F07A0000000041010'))).toBe('mastercard');
    // Truncated, another format indicator, no application template, an unknown RID.
    expect(providerOfCode(b64(CPV01 + '61094F07A00000000410'))).toBeUndefined();
    expect(providerOfCode(b64('8505' + Buffer.from('CPV02').toString('hex') + '61094F07A0000000041010'))).toBeUndefined();
    expect(providerOfCode(b64(CPV01 + '62035F2D00'))).toBeUndefined();
    expect(providerOfCode(b64(CPV01 + '61094F07A0000009991010'))).toBeUndefined();
  });
});

describe('the wallet’s decisions', () => {
  it('a provider that does not answer decides nothing; over the limit is 51; else an approval with a six-digit code and a dated reference', () => {
    const c = { now: Date.UTC(2026, 11, 1), random: (max: number) => max - 1 };
    expect(decideCode(RULES, b64(CPV01 + '61094F07A0000000031010'), 100n, c)).toEqual({ status: 'unavailable', provider: 'visa', errorCode: 'E-BACKEND-0304' });
    expect(decideCode(RULES, digits('13', 18), 50_001n, c)).toMatchObject({ status: 'declined', provider: 'wechat', declineCode: '51', errorCode: 'E-BACKEND-0302' });
    expect(decideCode(RULES, digits('13', 18), 50_000n, c)).toEqual({ status: 'approved', provider: 'wechat', authorisationCode: '999999', hostReference: '20261201999999999999', decidedAt: c.now });
    expect(decideCode(RULES, '12345', 100n, c)).toMatchObject({ status: 'declined', provider: '', declineCode: '14', errorCode: 'E-BACKEND-0301' });
  });

  it('an order is unpaid until paysAfterMs after it was registered, then paid by the payer’s wallet', () => {
    const order = { amount: 2_372n, registeredAt: 10_000 };
    expect(decideOrder(RULES, order, { now: 10_999 })).toEqual({ status: 'pending' });
    expect(decideOrder(RULES, order, { now: 11_000 })).toMatchObject({ status: 'approved', provider: 'unionpay' });
    expect(decideOrder({ ...RULES, unavailableProviders: ['unionpay'] }, order, { now: 20_000 })).toMatchObject({ status: 'unavailable', provider: 'unionpay' });
  });
});

describe('config/backend.json’s wallet section', () => {
  const shipped = JSON.parse(readFileSync('config/backend.json', 'utf8')) as Record<string, unknown>;

  it('is optional: without it the limit is 10,000.00, orders are paid after three seconds by UnionPay, every provider answers', () => {
    const { wallet: _, ...without } = shipped;
    expect(parseBackendConfig(without).wallet).toEqual({ amountLimit: 1_000_000n, paysAfterMs: 3_000, payer: 'unionpay', unavailableProviders: [] });
  });

  it('refuses a bad field with E-BACKEND-0011 naming it', () => {
    const bad = (wallet: Record<string, unknown>) => () => parseBackendConfig({ ...shipped, wallet: { ...(shipped.wallet as object), ...wallet } });
    expect(bad({ amountLimit: 100 })).toThrow(/E-BACKEND-0011.*wallet\.amountLimit/);
    expect(bad({ paysAfterMs: -1 })).toThrow(/E-BACKEND-0011.*wallet\.paysAfterMs/);
    expect(bad({ payer: 'paypal' })).toThrow(/E-BACKEND-0011.*wallet\.payer/);
    expect(bad({ unavailableProviders: ['wechat', 'paypal'] })).toThrow(/E-BACKEND-0011.*wallet\.unavailableProviders/);
  });
});
