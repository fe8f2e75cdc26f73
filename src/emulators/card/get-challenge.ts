// GET CHALLENGE, EMV Book 3 §6.5.6: an 8-byte unpredictable number from the injected RNG, kept
// for the enciphered PIN VERIFY that follows (Book 2 §7.2).
import type { Command } from './command.js';
import { respond, status, SW, type CardResponse } from './response.js';
import type { CardState } from './state.js';

const CHALLENGE_LENGTH = 8;

export function getChallenge(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== 0) return status(SW.wrongParameters);
  state.challenge = state.rng(CHALLENGE_LENGTH);
  return respond(state.challenge);
}
