// VERIFY with a plaintext offline PIN, EMV Book 3 §6.5.12 (P2 80): the data is an ISO 9564
// format 2 PIN block (Book 3 §6.5.12.2: 2L, 4-12 PIN digits, F filler, 8 bytes). A wrong PIN
// costs a try and answers 63Cx; with no tries left the answer is 6983. Enciphered PIN (P2 88)
// is not offered: this card's CVM lists name plaintext PIN only.
import { toHex } from '../../bytes/hex.js';
import type { Command } from './command.js';
import { pinTriesRemaining, status, SW, type CardResponse } from './response.js';
import { selectedSession, type CardState } from './state.js';

const PLAINTEXT_PIN = 0x80;
const PIN_BLOCK_LENGTH = 8;

export function verify(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== PLAINTEXT_PIN) return status(SW.wrongParameters);
  const session = selectedSession(state);
  if (!session) return status(SW.conditionsNotSatisfied);
  if (state.pinTriesLeft === 0) {
    session.events.add('pin-try-limit-exceeded');
    return status(SW.pinBlocked);
  }
  if (cmd.data.length !== PIN_BLOCK_LENGTH) return status(SW.wrongLength);
  const pin = pinFromBlock(cmd.data);
  if (pin === null) return status(SW.wrongData);
  session.events.add('offline-pin-performed');
  if (pin === state.profile.pin.digits) {
    state.pinTriesLeft = state.profile.pin.tryLimit;
    session.events.delete('offline-pin-failed');
    return status(SW.ok);
  }
  state.pinTriesLeft--;
  session.events.add('offline-pin-failed');
  if (state.pinTriesLeft === 0) session.events.add('pin-try-limit-exceeded');
  return status(pinTriesRemaining(state.pinTriesLeft));
}

/** The PIN digits of a format 2 block, or null when the block is not one. */
function pinFromBlock(block: Uint8Array): string | null {
  const digits = toHex(block);
  if (digits[0] !== '2') return null;
  const length = parseInt(digits[1]!, 16);
  if (length < 4 || length > 12) return null;
  const pin = digits.slice(2, 2 + length);
  const filler = digits.slice(2 + length);
  return /^[0-9]+$/.test(pin) && /^F*$/.test(filler) ? pin : null;
}
