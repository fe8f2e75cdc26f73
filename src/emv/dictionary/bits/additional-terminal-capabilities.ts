// EMV Book 4 Annex A3 Tables 28-32: Additional Terminal Capabilities (tag 9F40).
import type { NamedBit } from './named-bit.js';

export const additionalTerminalCapabilitiesBits = [
  { key: 'cash', byte: 1, mask: 0x80, name: 'Cash' },
  { key: 'goods', byte: 1, mask: 0x40, name: 'Goods' },
  { key: 'services', byte: 1, mask: 0x20, name: 'Services' },
  { key: 'cashback', byte: 1, mask: 0x10, name: 'Cashback' },
  { key: 'inquiry', byte: 1, mask: 0x08, name: 'Inquiry' },
  { key: 'transfer', byte: 1, mask: 0x04, name: 'Transfer' },
  { key: 'payment', byte: 1, mask: 0x02, name: 'Payment' },
  { key: 'administrative', byte: 1, mask: 0x01, name: 'Administrative' },
  { key: 'cashDeposit', byte: 2, mask: 0x80, name: 'Cash deposit' },
  { key: 'numericKeys', byte: 3, mask: 0x80, name: 'Numeric keys' },
  { key: 'alphabeticAndSpecialKeys', byte: 3, mask: 0x40, name: 'Alphabetic and special characters keys' },
  { key: 'commandKeys', byte: 3, mask: 0x20, name: 'Command keys' },
  { key: 'functionKeys', byte: 3, mask: 0x10, name: 'Function keys' },
  { key: 'printAttendant', byte: 4, mask: 0x80, name: 'Print, attendant' },
  { key: 'printCardholder', byte: 4, mask: 0x40, name: 'Print, cardholder' },
  { key: 'displayAttendant', byte: 4, mask: 0x20, name: 'Display, attendant' },
  { key: 'displayCardholder', byte: 4, mask: 0x10, name: 'Display, cardholder' },
  { key: 'codeTable10', byte: 4, mask: 0x02, name: 'Code table 10' },
  { key: 'codeTable9', byte: 4, mask: 0x01, name: 'Code table 9' },
  { key: 'codeTable8', byte: 5, mask: 0x80, name: 'Code table 8' },
  { key: 'codeTable7', byte: 5, mask: 0x40, name: 'Code table 7' },
  { key: 'codeTable6', byte: 5, mask: 0x20, name: 'Code table 6' },
  { key: 'codeTable5', byte: 5, mask: 0x10, name: 'Code table 5' },
  { key: 'codeTable4', byte: 5, mask: 0x08, name: 'Code table 4' },
  { key: 'codeTable3', byte: 5, mask: 0x04, name: 'Code table 3' },
  { key: 'codeTable2', byte: 5, mask: 0x02, name: 'Code table 2' },
  { key: 'codeTable1', byte: 5, mask: 0x01, name: 'Code table 1' },
] as const satisfies readonly NamedBit[];

export type AdditionalTerminalCapabilitiesBit = (typeof additionalTerminalCapabilitiesBits)[number]['key'];
