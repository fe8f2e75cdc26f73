// EMV Book 3 Annex C2 Table 42: Application Usage Control (tag 9F07).
import type { NamedBit } from './named-bit.js';

export const aucBits = [
  { key: 'domesticCash', byte: 1, mask: 0x80, name: 'Valid for domestic cash transactions' },
  { key: 'internationalCash', byte: 1, mask: 0x40, name: 'Valid for international cash transactions' },
  { key: 'domesticGoods', byte: 1, mask: 0x20, name: 'Valid for domestic goods' },
  { key: 'internationalGoods', byte: 1, mask: 0x10, name: 'Valid for international goods' },
  { key: 'domesticServices', byte: 1, mask: 0x08, name: 'Valid for domestic services' },
  { key: 'internationalServices', byte: 1, mask: 0x04, name: 'Valid for international services' },
  { key: 'atms', byte: 1, mask: 0x02, name: 'Valid at ATMs' },
  { key: 'terminalsOtherThanAtms', byte: 1, mask: 0x01, name: 'Valid at terminals other than ATMs' },
  { key: 'domesticCashback', byte: 2, mask: 0x80, name: 'Domestic cashback allowed' },
  { key: 'internationalCashback', byte: 2, mask: 0x40, name: 'International cashback allowed' },
] as const satisfies readonly NamedBit[];

export type AucBit = (typeof aucBits)[number]['key'];
