// EMV Book 3 §6.5.12.4 (VERIFY status words) for a PIN pad that sends VERIFY itself: 9000 the
// PIN is right, 63Cx wrong with x tries left, 6983/6984 the PIN is blocked (or the try counter
// is gone). Any other status is the card refusing the command.
import type { OfflinePinResult } from './pin-pad-port.js';

export function offlinePinResultFromSw(sw: number): OfflinePinResult {
  if (sw === 0x9000) return { kind: 'verified' };
  if ((sw & 0xfff0) === 0x63c0) return { kind: 'wrong', triesLeft: sw & 0x0f };
  if (sw === 0x6983 || sw === 0x6984) return { kind: 'blocked' };
  return { kind: 'rejected', sw };
}
