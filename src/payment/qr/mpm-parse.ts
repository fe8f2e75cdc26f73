// Reads an EMV merchant-presented QR payload (EMV QRCPS-MPM v1.1) and judges it:
// structure (IDs, lengths), "00" first and "01" in value, "63" last with a CRC that matches,
// each ID once, the mandatory objects (at least one merchant account, 52, 53, 58, 59, 60), and
// each value's format and length. Formats: N digits; ans printable ASCII (0x20-0x7E); S any
// characters (only the language template's name and city). The builder runs its own output
// through here, so one set of rules serves both directions.
import { PosError } from '../../errors/index.js';
import { mpmCrc, parseDataObjects, charLength, type DataObject } from './mpm-data-objects.js';
import type { AdditionalData, AlternateLanguage, MerchantAccount, MerchantQr, SubObject, TipIndicator } from './merchant-qr.js';

type Format = 'N' | 'ans' | 'S';

interface Rule {
  readonly format: Format;
  readonly max: number;
  /** A value of exactly this length. */
  readonly fixed?: number;
}

const ANS = /^[\x20-\x7e]*$/;
const DIGITS = /^\d*$/;
/** Transaction Amount: digits with at most one "." as the decimal mark, at least one digit. */
const AMOUNT = /^(?=.*\d)\d*\.?\d*$/;

const ROOT: Readonly<Record<string, Rule>> = {
  '00': { format: 'N', max: 2, fixed: 2 },
  '01': { format: 'N', max: 2, fixed: 2 },
  '52': { format: 'N', max: 4, fixed: 4 },
  '53': { format: 'N', max: 3, fixed: 3 },
  '54': { format: 'ans', max: 13 },
  '55': { format: 'N', max: 2, fixed: 2 },
  '56': { format: 'ans', max: 13 },
  '57': { format: 'ans', max: 5 },
  '58': { format: 'ans', max: 2, fixed: 2 },
  '59': { format: 'ans', max: 25 },
  '60': { format: 'ans', max: 15 },
  '61': { format: 'ans', max: 10 },
  '63': { format: 'ans', max: 4, fixed: 4 },
};

/** Additional Data Field Template: "01"-"08" at most 25 characters, "09" at most 3. */
const ADDITIONAL: Readonly<Record<string, keyof AdditionalData>> = {
  '01': 'billNumber',
  '02': 'mobileNumber',
  '03': 'storeLabel',
  '04': 'loyaltyNumber',
  '05': 'referenceLabel',
  '06': 'customerLabel',
  '07': 'terminalLabel',
  '08': 'purpose',
  '09': 'consumerDataRequest',
};

const MANDATORY = ['52', '53', '58', '59', '60'] as const;

export function parseMerchantQr(payload: string): MerchantQr {
  const objects = parseDataObjects(payload);
  const first = objects[0];
  const last = objects[objects.length - 1];
  if (first?.id !== '00') throw new PosError('E-QR-0003', { id: '00', reason: 'payload format indicator is not first' });
  if (last?.id !== '63') throw new PosError('E-QR-0003', { id: '63', reason: 'CRC is not last' });
  check(last, ROOT['63']!);
  const crcAt = [...payload].slice(0, last.offset + 4).join('');
  if (mpmCrc(crcAt) !== last.value.toUpperCase()) throw new PosError('E-QR-0002', { length: charLength(payload) });

  const byId = new Map<string, DataObject>();
  for (const o of objects) {
    if (byId.has(o.id)) throw new PosError('E-QR-0001', { offset: o.offset, id: o.id, reason: 'ID appears twice' });
    byId.set(o.id, o);
    const rule = ROOT[o.id];
    if (rule !== undefined) check(o, rule);
  }
  if (byId.get('00')!.value !== '01') throw new PosError('E-QR-0004', { id: '00', reason: 'payload format indicator is not 01' });
  for (const id of MANDATORY) if (!byId.has(id)) throw new PosError('E-QR-0003', { id, reason: 'mandatory object missing' });
  const value = (id: string) => byId.get(id)?.value;

  const accounts = objects.filter((o) => isAccountId(o.id)).map(account);
  if (accounts.length === 0) throw new PosError('E-QR-0003', { id: '02-51', reason: 'no merchant account information' });
  const amount = value('54');
  if (amount !== undefined && !AMOUNT.test(amount)) throw new PosError('E-QR-0004', { id: '54', reason: 'amount is not digits with one decimal mark' });

  const parsed: MerchantQr = {
    initiation: initiation(value('01')),
    accounts,
    mcc: value('52')!,
    currency: Number(value('53')),
    country: value('58')!,
    merchantName: value('59')!,
    city: value('60')!,
    unreserved: objects.filter((o) => Number(o.id) >= 80).map((o) => template(o)),
  };
  const postalCode = value('61');
  const tip = tipOf(value('55'), value('56'), value('57'));
  const additional = byId.get('62');
  const language = byId.get('64');
  return {
    ...parsed,
    ...(amount !== undefined && { amount }),
    ...(tip !== undefined && { tip }),
    ...(postalCode !== undefined && { postalCode }),
    ...(additional !== undefined && { additional: additionalData(additional) }),
    ...(language !== undefined && { alternateLanguage: alternateLanguage(language) }),
  };
}

const isAccountId = (id: string) => Number(id) >= 2 && Number(id) <= 51;

function check(o: SubObject, rule: Rule, parent?: string): void {
  const id = parent === undefined ? o.id : `${parent}.${o.id}`;
  const length = charLength(o.value);
  if (length > rule.max || (rule.fixed !== undefined && length !== rule.fixed)) throw new PosError('E-QR-0004', { id, reason: 'length', length });
  if (rule.format === 'N' && !DIGITS.test(o.value)) throw new PosError('E-QR-0004', { id, reason: 'not digits' });
  if (rule.format === 'ans' && !ANS.test(o.value)) throw new PosError('E-QR-0004', { id, reason: 'not printable ASCII' });
}

function initiation(value: string | undefined): MerchantQr['initiation'] {
  // Point of Initiation Method: "11" static (one code for many payments), "12" dynamic (a new
  // code per payment); absent, the code says nothing and is taken as static.
  if (value === undefined || value === '11') return 'static';
  if (value === '12') return 'dynamic';
  throw new PosError('E-QR-0004', { id: '01', reason: 'point of initiation is not 11 or 12' });
}

function account(o: DataObject): MerchantAccount {
  if (Number(o.id) <= 25) {
    check(o, { format: 'ans', max: 99 });
    return { kind: 'primitive', id: o.id, value: o.value };
  }
  return { kind: 'template', ...template(o) };
}

/** Templates 26-51 and 80-99: a template's first use is to name whose it is, by GUID in sub-ID "00". */
function template(o: DataObject): { id: string; guid: string; data: SubObject[] } {
  const inner = subObjects(o);
  const guid = inner.find((s) => s.id === '00');
  if (guid === undefined) throw new PosError('E-QR-0003', { id: `${o.id}.00`, reason: 'template without a globally unique identifier' });
  for (const s of inner) check(s, { format: 'ans', max: s.id === '00' ? 32 : 99 }, o.id);
  return { id: o.id, guid: guid.value, data: inner.filter((s) => s.id !== '00') };
}

function subObjects(o: DataObject): SubObject[] {
  const inner = parseDataObjects(o.value, o.offset + 4);
  const seen = new Set<string>();
  for (const s of inner) {
    if (seen.has(s.id)) throw new PosError('E-QR-0001', { offset: s.offset, id: `${o.id}.${s.id}`, reason: 'ID appears twice' });
    seen.add(s.id);
  }
  return inner.map(({ id, value }) => ({ id, value }));
}

function tipOf(indicator: string | undefined, fixed: string | undefined, percent: string | undefined): TipIndicator | undefined {
  switch (indicator) {
    case undefined:
      return undefined;
    case '01':
      return { kind: 'prompt' };
    case '02':
      if (fixed === undefined || !AMOUNT.test(fixed)) throw new PosError('E-QR-0003', { id: '56', reason: 'fixed convenience fee missing or malformed' });
      return { kind: 'fixed', fee: fixed };
    case '03':
      if (percent === undefined || !AMOUNT.test(percent)) throw new PosError('E-QR-0003', { id: '57', reason: 'convenience fee percentage missing or malformed' });
      return { kind: 'percentage', percent };
    default:
      throw new PosError('E-QR-0004', { id: '55', reason: 'tip indicator is not 01, 02 or 03' });
  }
}

function additionalData(o: DataObject): AdditionalData {
  const out: Partial<Record<keyof AdditionalData, string>> = {};
  for (const s of subObjects(o)) {
    const field = ADDITIONAL[s.id];
    if (field === undefined) {
      check(s, { format: 'ans', max: 99 }, '62');
      continue;
    }
    check(s, { format: 'ans', max: s.id === '09' ? 3 : 25 }, '62');
    if (s.id === '09' && !/^(?!.*(.).*\1)[AME]+$/.test(s.value)) throw new PosError('E-QR-0004', { id: '62.09', reason: 'consumer data request is not a set of A, M, E' });
    out[field] = s.value;
  }
  return out;
}

function alternateLanguage(o: DataObject): AlternateLanguage {
  const inner = subObjects(o);
  const get = (id: string) => inner.find((s) => s.id === id);
  const language = get('00');
  const name = get('01');
  if (language === undefined || name === undefined) throw new PosError('E-QR-0003', { id: language === undefined ? '64.00' : '64.01', reason: 'mandatory object missing' });
  check(language, { format: 'ans', max: 2, fixed: 2 }, '64');
  check(name, { format: 'S', max: 25 }, '64');
  const city = get('02');
  if (city !== undefined) check(city, { format: 'S', max: 15 }, '64');
  return { language: language.value, name: name.value, ...(city !== undefined && { city: city.value }) };
}
