// config/merchant-qr.json as npm start reads it (src/boot/merchant-qr-config.ts): the shipped
// file makes a dynamic code the MPM parser reads back, no file means no merchant-presented QR,
// and a file of the wrong shape is refused naming the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merchantQrSettings } from '../../src/boot/merchant-qr-config.js';
import { buildMerchantQr, parseMerchantQr } from '../../src/payment/qr/index.js';
import { errorOf } from '../support/pos-error.js';

const CONFIG = join(import.meta.dirname, '../../config');

function dirWith(file: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-merchant-qr-'));
  writeFileSync(join(dir, 'merchant-qr.json'), JSON.stringify(file));
  return dir;
}

const SHIPPED = { accounts: [{ kind: 'primitive', id: '15', value: '6221234567890123' }], categoryCode: '5411', countryCode: 'CN', name: 'POSRT DEMO MERCHANT', city: 'SHANGHAI' };

describe('config/merchant-qr.json', () => {
  it('the shipped file gives the merchant a dynamic code the MPM parser reads back', () => {
    const m = merchantQrSettings(CONFIG).merchantQr!;
    expect(m).toEqual(SHIPPED);
    const payload = buildMerchantQr({ initiation: 'dynamic', accounts: m.accounts, mcc: m.categoryCode, currency: 156, country: m.countryCode, merchantName: m.name, city: m.city, amount: 1_288n, additional: { referenceLabel: '000001000001' } });
    expect(parseMerchantQr(payload)).toMatchObject({ initiation: 'dynamic', amount: '12.88', merchantName: 'POSRT DEMO MERCHANT', additional: { referenceLabel: '000001000001' } });
  });

  it('without the file the terminal offers no merchant-presented QR', () => {
    expect(merchantQrSettings(mkdtempSync(join(tmpdir(), 'posrt-merchant-qr-')))).toEqual({});
  });

  it('refuses a file of the wrong shape with E-CORE-0003 naming the field', () => {
    expect(errorOf(() => merchantQrSettings(dirWith({ ...SHIPPED, countryCode: 'China' }))).context).toMatchObject({ field: 'countryCode' });
    expect(errorOf(() => merchantQrSettings(dirWith({ ...SHIPPED, accounts: [] }))).context).toMatchObject({ field: 'accounts' });
    expect(errorOf(() => merchantQrSettings(dirWith({ ...SHIPPED, accounts: [{ kind: 'template', id: '26', guid: 'A000000333', data: [{ id: '01' }] }] }))).code).toBe('E-CORE-0003');
    expect(errorOf(() => merchantQrSettings(dirWith({ ...SHIPPED, city: 'A CITY WITH A LONG NAME' }))).context).toMatchObject({ field: 'city' });
  });
});
