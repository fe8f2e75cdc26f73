// EMV Contactless Book C-3 Annex A.2 (and Book C-7): Card Transaction Qualifiers (tag 9F6C).
// Byte 1 bit 1 is the Visa Contactless Payment Specification's ATM bit.
import type { NamedBit } from './named-bit.js';

export const ctqBits = [
  { key: 'onlinePinRequired', byte: 1, mask: 0x80, name: 'Online PIN Required' },
  { key: 'signatureRequired', byte: 1, mask: 0x40, name: 'Signature Required' },
  { key: 'goOnlineIfOdaFails', byte: 1, mask: 0x20, name: 'Go Online if Offline Data Authentication Fails and Reader is online capable' },
  { key: 'switchInterfaceIfOdaFails', byte: 1, mask: 0x10, name: 'Switch Interface if Offline Data Authentication fails and Reader supports contact chip' },
  { key: 'goOnlineIfApplicationExpired', byte: 1, mask: 0x08, name: 'Go Online if Application Expired' },
  { key: 'switchInterfaceForCash', byte: 1, mask: 0x04, name: 'Switch Interface for Cash Transactions' },
  { key: 'switchInterfaceForCashback', byte: 1, mask: 0x02, name: 'Switch Interface for Cashback Transactions' },
  { key: 'notValidForContactlessAtm', byte: 1, mask: 0x01, name: 'Not valid for contactless ATM transactions' },
  { key: 'consumerDeviceCvmPerformed', byte: 2, mask: 0x80, name: 'Consumer Device CVM Performed' },
  { key: 'issuerUpdateProcessingSupported', byte: 2, mask: 0x40, name: 'Card supports Issuer Update Processing at the POS' },
] as const satisfies readonly NamedBit[];

export type CtqBit = (typeof ctqBits)[number]['key'];
