// EMV Contactless Book A §5.7 Table 5-4: Terminal Transaction Qualifiers (tag 9F66).
import type { NamedBit } from './named-bit.js';

export const ttqBits = [
  { key: 'magStripeModeSupported', byte: 1, mask: 0x80, name: 'Mag-stripe mode supported' },
  { key: 'emvModeSupported', byte: 1, mask: 0x20, name: 'EMV mode supported' },
  { key: 'emvContactChipSupported', byte: 1, mask: 0x10, name: 'EMV contact chip supported' },
  { key: 'offlineOnlyReader', byte: 1, mask: 0x08, name: 'Offline-only reader' },
  { key: 'onlinePinSupported', byte: 1, mask: 0x04, name: 'Online PIN supported' },
  { key: 'signatureSupported', byte: 1, mask: 0x02, name: 'Signature supported' },
  { key: 'odaForOnlineAuthorisationsSupported', byte: 1, mask: 0x01, name: 'Offline Data Authentication for Online Authorizations supported' },
  { key: 'onlineCryptogramRequired', byte: 2, mask: 0x80, name: 'Online cryptogram required' },
  { key: 'cvmRequired', byte: 2, mask: 0x40, name: 'CVM required' },
  { key: 'contactChipOfflinePinSupported', byte: 2, mask: 0x20, name: '(Contact Chip) Offline PIN supported' },
  { key: 'issuerUpdateProcessingSupported', byte: 3, mask: 0x80, name: 'Issuer Update Processing supported' },
  { key: 'consumerDeviceCvmSupported', byte: 3, mask: 0x40, name: 'Consumer Device CVM supported' },
] as const satisfies readonly NamedBit[];

export type TtqBit = (typeof ttqBits)[number]['key'];
