// VERIFY with an offline PIN, EMV Book 3 §6.5.12. Plaintext (P2 80): the data is an ISO 9564
// format 2 PIN block (§6.5.12.2: 2L, 4-12 PIN digits, F filler, 8 bytes). Enciphered (P2 88,
// Book 2 §7.2): the card deciphers with its PIN encipherment (else ICC) private key and finds
// 7F || PIN block || the challenge it gave in GET CHALLENGE || padding; a wrong header or
// challenge fails the verification like a wrong PIN. A wrong PIN costs a try and answers 63Cx;
// with no tries left the answer is 6983.
import { constants, privateDecrypt } from 'node:crypto';
import { bytesEqual, toHex } from '../../bytes/hex.js';
import type { Command } from './command.js';
import { pinTriesRemaining, status, SW, type CardResponse } from './response.js';
import { selectedSession, type ApplicationSession, type CardState } from './state.js';

const PLAINTEXT_PIN = 0x80;
const ENCIPHERED_PIN = 0x88;
const PIN_BLOCK_LENGTH = 8;
const ENCIPHERED_HEADER = 0x7f;

export function verify(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || (cmd.p2 !== PLAINTEXT_PIN && cmd.p2 !== ENCIPHERED_PIN)) return status(SW.wrongParameters);
  const session = selectedSession(state);
  if (!session) return status(SW.conditionsNotSatisfied);
  if (state.pinTriesLeft === 0) {
    session.events.add('pin-try-limit-exceeded');
    return status(SW.pinBlocked);
  }
  if (cmd.p2 === PLAINTEXT_PIN) {
    if (cmd.data.length !== PIN_BLOCK_LENGTH) return status(SW.wrongLength);
    const pin = pinFromBlock(cmd.data);
    return pin === null ? status(SW.wrongData) : check(state, session, pin);
  }
  const key = session.app.pinKey;
  if (!key) return status(SW.wrongParameters);
  if (cmd.data.length !== key.modulus.length) return status(SW.wrongLength);
  const challenge = state.challenge;
  // One challenge, one attempt: a replayed enciphered PIN must not verify.
  state.challenge = undefined;
  const plain = privateDecrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, cmd.data);
  const recovered = plain[0] === ENCIPHERED_HEADER && challenge !== undefined && bytesEqual(plain.subarray(1 + PIN_BLOCK_LENGTH, 1 + PIN_BLOCK_LENGTH + challenge.length), challenge);
  return check(state, session, recovered ? pinFromBlock(plain.subarray(1, 1 + PIN_BLOCK_LENGTH)) : null);
}

/** A null PIN (an enciphered block that did not decipher to one) counts as a wrong PIN. */
function check(state: CardState, session: ApplicationSession, pin: string | null): CardResponse {
  session.events.add('offline-pin-performed');
  if (pin === state.pin) {
    state.pinTriesLeft = state.profile.pin.tryLimit;
    session.events.delete('offline-pin-failed');
    return status(SW.ok);
  }
  state.pinTriesLeft--;
  session.events.add('offline-pin-failed');
  if (state.pinTriesLeft === 0) session.events.add('pin-try-limit-exceeded');
  return status(pinTriesRemaining(state.pinTriesLeft));
}

/** The PIN digits of a format 2 block, or null when the block is not one; a PIN CHANGE script's
 *  new PIN comes in one too. */
export function pinFromBlock(block: Uint8Array): string | null {
  const digits = toHex(block);
  if (digits[0] !== '2') return null;
  const length = parseInt(digits[1]!, 16);
  if (length < 4 || length > 12) return null;
  const pin = digits.slice(2, 2 + length);
  const filler = digits.slice(2 + length);
  return /^[0-9]+$/.test(pin) && /^F*$/.test(filler) ? pin : null;
}
