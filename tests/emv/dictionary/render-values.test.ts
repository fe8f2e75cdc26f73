// Amounts, dates, codes and text (EMV Book 3 Annex A; ISO 3166, ISO 4217, ISO 639).
import { describe, it, expect } from 'vitest';
import { renderValue } from '../../../src/emv/dictionary/index.js';
import { ascii, hex } from './helpers.js';

describe('amounts', () => {
  it('000000001234 in CNY is 12.34 CNY', () => {
    expect(renderValue(0x9f02, hex('000000001234'), { currencyCode: 156 }).text).toBe('12.34 CNY');
  });
  it('uses exponent 0 for JPY and KRW and 3 for BHD', () => {
    expect(renderValue(0x9f02, hex('000000001234'), { currencyCode: 392 }).text).toBe('1234 JPY');
    expect(renderValue(0x9f02, hex('000000001234'), { currencyCode: 410 }).text).toBe('1234 KRW');
    expect(renderValue(0x9f03, hex('000000001234'), { currencyCode: 48 }).text).toBe('1.234 BHD');
  });
  it('lets 5F36 override the ISO 4217 exponent', () => {
    expect(renderValue(0x9f02, hex('000000001234'), { currencyCode: 156, currencyExponent: 0 }).text).toBe('1234 CNY');
  });
  it('pads small amounts: 5 fen is 0.05 CNY', () => {
    expect(renderValue(0x9f02, hex('000000000005'), { currencyCode: 156 }).text).toBe('0.05 CNY');
  });
  it('reads binary amounts: 81 000004D2 is 12.34 USD', () => {
    expect(renderValue(0x81, hex('000004D2'), { currencyCode: 840 }).text).toBe('12.34 USD');
  });
  it('shows minor units when no currency is known', () => {
    expect(renderValue(0x9f02, hex('000000001234')).text).toBe('1234 (minor units)');
  });
  it('shows UnionPay EC Balance as an amount', () => {
    expect(renderValue(0x9f79, hex('000000050000'), { scheme: 'unionpay', currencyCode: 156 }).text).toBe('500.00 CNY');
  });
  it('refuses non-BCD numeric amounts', () => {
    expect(renderValue(0x9f02, hex('00000000123A')).text).toMatch(/^malformed/);
  });
});

describe('dates and times', () => {
  it('5F24 251231 is 2025-12-31 and 9A 991231 is 1999-12-31', () => {
    expect(renderValue(0x5f24, hex('251231')).text).toBe('2025-12-31');
    expect(renderValue(0x9a, hex('991231')).text).toBe('1999-12-31');
  });
  it('flags impossible dates', () => {
    expect(renderValue(0x5f25, hex('251301')).text).toBe('invalid date 2025-13-01');
    expect(renderValue(0x9a, hex('250229')).text).toBe('invalid date 2025-02-29');
    expect(renderValue(0x9a, hex('240229')).text).toBe('2024-02-29');
  });
  it('9F21 235959 is 23:59:59', () => {
    expect(renderValue(0x9f21, hex('235959')).text).toBe('23:59:59');
    expect(renderValue(0x9f21, hex('246000')).text).toBe('invalid time 24:60:00');
  });
});

describe('country and currency codes', () => {
  it('names Greater China country codes', () => {
    expect(renderValue(0x9f1a, hex('0156')).text).toBe('156 CN CHN China');
    expect(renderValue(0x5f28, hex('0344')).text).toBe('344 HK HKG Hong Kong');
    expect(renderValue(0x5f28, hex('0446')).text).toBe('446 MO MAC Macao');
    expect(renderValue(0x5f28, hex('0158')).text).toBe('158 TW TWN Taiwan');
    expect(renderValue(0x5f28, hex('0036')).text).toBe('036 AU AUS Australia');
  });
  it('keeps unknown country codes as numbers', () => {
    expect(renderValue(0x9f1a, hex('0999')).text).toBe('999 (unknown country)');
  });
  it('names currencies with their exponent', () => {
    expect(renderValue(0x5f2a, hex('0156')).text).toBe('156 CNY Yuan Renminbi, exponent 2');
    expect(renderValue(0x9f42, hex('0978')).text).toBe('978 EUR Euro, exponent 2');
    expect(renderValue(0x5f2a, hex('0392')).text).toBe('392 JPY Yen, exponent 0');
  });
  it('lists several Application Reference Currencies', () => {
    expect(renderValue(0x9f3b, hex('08400978')).entries).toEqual([
      '840 USD US Dollar, exponent 2',
      '978 EUR Euro, exponent 2',
    ]);
  });
});

describe('codes and text', () => {
  it('Language Preference "zhen" is Chinese then English', () => {
    expect(renderValue(0x5f2d, ascii('zhen')).text).toBe('zh Chinese, en English');
  });
  it('Issuer Code Table Index 01 is ISO/IEC 8859-1', () => {
    expect(renderValue(0x9f11, hex('01')).text).toBe('ISO/IEC 8859-1');
    expect(renderValue(0x9f11, hex('11')).text).toBe('unknown code table 11');
  });
  it('Transaction Type names goods, cash, cashback, refund and balance inquiry', () => {
    expect(renderValue(0x9c, hex('00')).text).toBe('00 Goods and services');
    expect(renderValue(0x9c, hex('01')).text).toBe('01 Cash');
    expect(renderValue(0x9c, hex('09')).text).toBe('09 Purchase with cashback');
    expect(renderValue(0x9c, hex('20')).text).toBe('20 Refund');
    expect(renderValue(0x9c, hex('30')).text).toBe('30 Balance inquiry (available funds)');
  });
  it('Terminal Type 22 is an attended merchant terminal, offline with online capability', () => {
    expect(renderValue(0x9f35, hex('22')).text).toBe('22 Merchant, attended, offline with online capability');
    expect(renderValue(0x9f35, hex('31')).text).toBe('31 (not a Book 4 terminal type)');
  });
  it('shows Application Label as text and escapes non-printable bytes', () => {
    expect(renderValue(0x50, ascii('VISA CREDIT')).text).toBe('VISA CREDIT');
    expect(renderValue(0x9f12, hex('554E494F4E5041590A')).text).toBe('UNIONPAY\\x0A');
  });
  it('shows format n and b values without a renderer as digits and hex', () => {
    expect(renderValue(0x9f15, hex('5411')).text).toBe('5411');
    expect(renderValue(0x9f36, hex('001C')).text).toBe('001C');
  });
  it('never prints a template\'s bytes', () => {
    expect(renderValue(0x70, hex('5A084761739001010010'))).toEqual({ text: 'template, 10 bytes' });
  });
  it('shows unknown tags as hex', () => {
    expect(renderValue(0x9f99, hex('0102')).text).toBe('0102');
  });
});
