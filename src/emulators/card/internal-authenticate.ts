// INTERNAL AUTHENTICATE, EMV Book 3 §6.5.9 with Book 2 §6.5.1: sign the terminal's DDOL data
// (and a fresh ICC Dynamic Number) with the ICC private key. An application without an ICC key
// (SDA only) does not know the command: 6D00, as such cards answer.
import { encodeTlv } from '../../emv/tlv/index.js';
import type { Command } from './command.js';
import { ddaSignature } from './dynamic-signature.js';
import { respond, status, SW, type CardResponse } from './response.js';
import { selectedSession, type CardState } from './state.js';

const DYNAMIC_NUMBER_LENGTH = 8;

export function internalAuthenticate(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== 0) return status(SW.wrongParameters);
  const session = selectedSession(state);
  if (!session) return status(SW.conditionsNotSatisfied);
  const icc = session.app.iccKey;
  if (!icc) return status(SW.insNotSupported);
  if (cmd.data.length === 0) return status(SW.wrongLength);
  const sdad = ddaSignature(icc, state.rng(DYNAMIC_NUMBER_LENGTH), cmd.data);
  session.events.add('offline-dda-performed');
  return session.app.profile.responseFormat === 'format1'
    ? respond(encodeTlv([{ tag: 0x80, value: sdad }]))
    : respond(encodeTlv([{ tag: 0x77, children: [{ tag: 0x9f4b, value: sdad }] }]));
}
