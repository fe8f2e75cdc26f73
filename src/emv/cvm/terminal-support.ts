// EMV Book 3 §10.5 with Book 4 Annex A2 (Terminal Capabilities byte 2): whether this terminal
// can perform a CV Rule's method. A combined method needs both of its halves.
import type { TerminalCapabilities, TerminalCapabilitiesBit } from '../dictionary/index.js';
import type { CvmMethod } from './cv-rule.js';

export function terminalSupports(method: CvmMethod, caps: TerminalCapabilities): boolean {
  if (typeof method !== 'string') return false;
  const pin = pinCapability(method);
  if (pin !== undefined && !caps.has(pin)) return false;
  switch (method) {
    case 'fail':
      return true;
    case 'plaintext-pin-icc':
    case 'enciphered-pin-online':
    case 'enciphered-pin-icc':
      return true;
    case 'plaintext-pin-icc-and-signature':
    case 'enciphered-pin-icc-and-signature':
    case 'signature':
      return caps.has('signature');
    case 'no-cvm':
      return caps.has('noCvmRequired');
  }
}

/** The capability a method's PIN half needs; undefined for methods without a PIN. */
export function pinCapability(method: CvmMethod): TerminalCapabilitiesBit | undefined {
  switch (method) {
    case 'plaintext-pin-icc':
    case 'plaintext-pin-icc-and-signature':
      return 'plaintextPinForIccVerification';
    case 'enciphered-pin-online':
      return 'encipheredPinForOnlineVerification';
    case 'enciphered-pin-icc':
    case 'enciphered-pin-icc-and-signature':
      return 'encipheredPinForOfflineVerification';
    default:
      return undefined;
  }
}
