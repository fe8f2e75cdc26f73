// EMV Book 3 Annex C1 Table 41: Application Interchange Profile (tag 82), EMV 4.4 bit names.
// Byte 2 is RFU in Book 3; the two bits here are Book C-2's (Kernel 2) contactless use of it.
import type { NamedBit } from './named-bit.js';

export const aipBits = [
  { key: 'xdaSupported', byte: 1, mask: 0x80, name: 'XDA supported' },
  { key: 'sdaSupported', byte: 1, mask: 0x40, name: 'SDA supported' },
  { key: 'ddaSupported', byte: 1, mask: 0x20, name: 'DDA supported' },
  { key: 'cardholderVerificationSupported', byte: 1, mask: 0x10, name: 'Cardholder verification is supported' },
  { key: 'terminalRiskManagementToBePerformed', byte: 1, mask: 0x08, name: 'Terminal risk management is to be performed' },
  { key: 'issuerAuthenticationSupported', byte: 1, mask: 0x04, name: 'Issuer authentication is supported' },
  { key: 'onDeviceCardholderVerificationSupported', byte: 1, mask: 0x02, name: 'On device cardholder verification is supported' },
  { key: 'cdaSupported', byte: 1, mask: 0x01, name: 'CDA supported' },
  { key: 'emvModeSupported', byte: 2, mask: 0x80, name: 'EMV mode is supported (contactless, Kernel 2)' },
  { key: 'relayResistanceProtocolSupported', byte: 2, mask: 0x01, name: 'Relay resistance protocol is supported (contactless, Kernel 2)' },
] as const satisfies readonly NamedBit[];

export type AipBit = (typeof aipBits)[number]['key'];
