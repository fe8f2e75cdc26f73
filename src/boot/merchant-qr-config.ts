// The merchant's dynamic QR settings (config/merchant-qr.json): its accounts (EMV QRCPS MPM IDs
// 02-51), category code, country, name and city. Without the file the terminal offers no
// merchant-presented QR; a file of the wrong shape is E-CORE-0003 naming the field (the payload
// rules themselves, lengths and ID ranges, are checked by payment's buildMerchantQr).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PosError } from '../errors/index.js';
import type { EngineSettings } from '../payment/engine/index.js';
import type { MerchantAccount } from '../payment/qr/index.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max;

function account(v: unknown): MerchantAccount | undefined {
  if (!isObject(v) || !isText(v.id, 2)) return undefined;
  if (v.kind === 'primitive' && isText(v.value, 99)) return { kind: 'primitive', id: v.id, value: v.value };
  const data = Array.isArray(v.data) ? v.data : [];
  if (v.kind !== 'template' || !isText(v.guid, 32) || !data.every((d) => isObject(d) && isText(d.id, 2) && isText(d.value, 99))) return undefined;
  return { kind: 'template', id: v.id, guid: v.guid, data: data.map((d) => ({ id: (d as Json).id as string, value: (d as Json).value as string })) };
}

export function merchantQrSettings(dir: string): Pick<EngineSettings, 'merchantQr'> {
  const file = join(dir, 'merchant-qr.json');
  if (!existsSync(file)) return {};
  const refuse = (field: string, expected: string): never => {
    throw new PosError('E-CORE-0003', { file, field, expected });
  };
  let o: unknown;
  try {
    o = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return refuse('(file)', 'JSON');
  }
  if (!isObject(o)) return refuse('(file)', 'an object');
  const accounts = Array.isArray(o.accounts) && o.accounts.length > 0 ? o.accounts.map(account) : [undefined];
  if (accounts.some((a) => a === undefined)) return refuse('accounts', 'primitive { id, value } or template { id, guid, data } accounts');
  if (typeof o.categoryCode !== 'string' || !/^\d{4}$/.test(o.categoryCode)) return refuse('categoryCode', 'four digits (ISO 18245)');
  if (typeof o.countryCode !== 'string' || !/^[A-Z]{2}$/.test(o.countryCode)) return refuse('countryCode', 'ISO 3166-1 alpha-2');
  if (!isText(o.name, 25)) return refuse('name', 'at most 25 characters');
  if (!isText(o.city, 15)) return refuse('city', 'at most 15 characters');
  return { merchantQr: { accounts: accounts as MerchantAccount[], categoryCode: o.categoryCode, countryCode: o.countryCode, name: o.name, city: o.city } };
}
