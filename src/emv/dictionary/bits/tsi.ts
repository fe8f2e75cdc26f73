// EMV Book 3 Annex C6 Table 47: Transaction Status Information (tag 9B). Byte 2 is RFU.
import type { NamedBit } from './named-bit.js';

export const tsiBits = [
  { key: 'offlineDataAuthenticationPerformed', byte: 1, mask: 0x80, name: 'Offline data authentication was performed' },
  { key: 'cardholderVerificationPerformed', byte: 1, mask: 0x40, name: 'Cardholder verification was performed' },
  { key: 'cardRiskManagementPerformed', byte: 1, mask: 0x20, name: 'Card risk management was performed' },
  { key: 'issuerAuthenticationPerformed', byte: 1, mask: 0x10, name: 'Issuer authentication was performed' },
  { key: 'terminalRiskManagementPerformed', byte: 1, mask: 0x08, name: 'Terminal risk management was performed' },
  { key: 'scriptProcessingPerformed', byte: 1, mask: 0x04, name: 'Script processing was performed' },
] as const satisfies readonly NamedBit[];

export type TsiBit = (typeof tsiBits)[number]['key'];
