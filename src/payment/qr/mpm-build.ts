// Builds the terminal's dynamic (or static) merchant-presented QR payload (EMV QRCPS-MPM v1.1
// data objects): in ascending ID order, "00" first and the CRC "63" last, the amount in the
// currency's decimals ("23.72" for CNY). The payload is then read back by the parser, so what
// the terminal shows has passed the same checks as a code it reads.
import { PosError } from '../../errors/index.js';
import { currencyByNumeric } from '../../emv/dictionary/index.js';
import { formatMinorUnits } from '../../emv/dictionary/render/amount.js';
import { encodeDataObject, withCrc } from './mpm-data-objects.js';
import { parseMerchantQr } from './mpm-parse.js';
import type { AdditionalData, MerchantAccount, MerchantQrInput, SubObject } from './merchant-qr.js';

const ADDITIONAL_IDS: readonly [string, keyof AdditionalData][] = [
  ['01', 'billNumber'],
  ['02', 'mobileNumber'],
  ['03', 'storeLabel'],
  ['04', 'loyaltyNumber'],
  ['05', 'referenceLabel'],
  ['06', 'customerLabel'],
  ['07', 'terminalLabel'],
  ['08', 'purpose'],
  ['09', 'consumerDataRequest'],
];

export function buildMerchantQr(input: MerchantQrInput): string {
  const objects: SubObject[] = [
    { id: '00', value: '01' },
    { id: '01', value: input.initiation === 'dynamic' ? '12' : '11' },
    ...[...input.accounts].sort((a, b) => Number(a.id) - Number(b.id)).map(accountObject),
    { id: '52', value: input.mcc },
    { id: '53', value: String(input.currency).padStart(3, '0') },
  ];
  if (input.amount !== undefined) objects.push({ id: '54', value: amountText(input.amount, input.currency) });
  objects.push({ id: '58', value: input.country }, { id: '59', value: input.merchantName }, { id: '60', value: input.city });
  if (input.postalCode !== undefined) objects.push({ id: '61', value: input.postalCode });
  const additional = input.additional === undefined ? '' : template(ADDITIONAL_IDS.flatMap(([id, field]) => (input.additional?.[field] === undefined ? [] : [{ id, value: input.additional[field]! }])));
  if (additional !== '') objects.push({ id: '62', value: additional });
  const alt = input.alternateLanguage;
  if (alt !== undefined) objects.push({ id: '64', value: template([{ id: '00', value: alt.language }, { id: '01', value: alt.name }, ...(alt.city === undefined ? [] : [{ id: '02', value: alt.city }])]) });
  const payload = withCrc(objects);
  parseMerchantQr(payload);
  return payload;
}

function accountObject(a: MerchantAccount): SubObject {
  const id = Number(a.id);
  if (a.kind === 'primitive' ? !(id >= 2 && id <= 25) : !(id >= 26 && id <= 51)) throw new PosError('E-QR-0004', { id: a.id, reason: `not a ${a.kind} merchant account ID` });
  return { id: a.id, value: a.kind === 'primitive' ? a.value : template([{ id: '00', value: a.guid }, ...a.data]) };
}

const template = (inner: readonly SubObject[]) => inner.map((s) => encodeDataObject(s.id, s.value)).join('');

function amountText(minor: bigint, currency: number): string {
  const c = currencyByNumeric(currency);
  if (c === undefined) throw new PosError('E-QR-0004', { id: '53', reason: 'currency without a known exponent', currency });
  if (minor <= 0n) throw new PosError('E-QR-0004', { id: '54', reason: 'amount not above zero' });
  return formatMinorUnits(minor, c.exponent);
}
