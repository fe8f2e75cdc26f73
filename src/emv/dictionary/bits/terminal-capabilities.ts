// EMV Book 4 Annex A2 Tables 25-27: Terminal Capabilities (tag 9F33), EMV 4.4 bit names.
import type { NamedBit } from './named-bit.js';

export const terminalCapabilitiesBits = [
  { key: 'manualKeyEntry', byte: 1, mask: 0x80, name: 'Manual key entry' },
  { key: 'magneticStripe', byte: 1, mask: 0x40, name: 'Magnetic stripe' },
  { key: 'icWithContacts', byte: 1, mask: 0x20, name: 'IC with contacts' },
  { key: 'plaintextPinForIccVerification', byte: 2, mask: 0x80, name: 'Plaintext PIN for ICC verification' },
  { key: 'encipheredPinForOnlineVerification', byte: 2, mask: 0x40, name: 'Enciphered PIN for online verification' },
  { key: 'signature', byte: 2, mask: 0x20, name: 'Signature (paper)' },
  { key: 'encipheredPinForOfflineVerification', byte: 2, mask: 0x10, name: 'Enciphered PIN for offline verification' },
  { key: 'noCvmRequired', byte: 2, mask: 0x08, name: 'No CVM required' },
  { key: 'onlineBiometric', byte: 2, mask: 0x04, name: 'Online Biometric' },
  { key: 'offlineBiometric', byte: 2, mask: 0x02, name: 'Offline Biometric' },
  { key: 'encipheredPinForOfflineVerificationEcc', byte: 2, mask: 0x01, name: 'Enciphered PIN for offline verification (ECC)' },
  { key: 'sda', byte: 3, mask: 0x80, name: 'SDA' },
  { key: 'dda', byte: 3, mask: 0x40, name: 'DDA' },
  { key: 'cardCapture', byte: 3, mask: 0x20, name: 'Card capture' },
  { key: 'cda', byte: 3, mask: 0x08, name: 'CDA' },
  { key: 'xda', byte: 3, mask: 0x04, name: 'XDA' },
] as const satisfies readonly NamedBit[];

export type TerminalCapabilitiesBit = (typeof terminalCapabilitiesBits)[number]['key'];
