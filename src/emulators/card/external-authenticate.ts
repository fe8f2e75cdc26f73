// EXTERNAL AUTHENTICATE, EMV Book 3 §6.5.4: the data is the Issuer Authentication Data (91),
// checked as the profile's CVN says (src/security/generic-cvn.ts): ARPC (8) || ARC (2) by Book 2
// §8.2.1 for CVN 01, ARPC (4) || CSU (4) || proprietary data by §8.2.2 for CVN 02. The card
// recomputes the ARPC from the ARQC it sent and the AC session key; 9000 when they agree, 6300
// when not. Only after an ARQC and before the second GENERATE AC, and at most once (6985 on a
// repeat).
import { verifyGenericIssuerAuthentication } from '../../security/index.js';
import type { Command } from './command.js';
import { status, SW, type CardResponse } from './response.js';
import { selectedSession, type ApplicationSession, type CardState } from './state.js';

/** Book 3 §6.5.4: the Issuer Authentication Data is 8 to 16 bytes. */
const MIN_LENGTH = 8;
const MAX_LENGTH = 16;

export function externalAuthenticate(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== 0) return status(SW.wrongParameters);
  const session = selectedSession(state);
  if (!session || session.phase.kind !== 'online' || session.events.has('issuer-authentication-performed')) return status(SW.conditionsNotSatisfied);
  if (cmd.data.length < MIN_LENGTH || cmd.data.length > MAX_LENGTH) return status(SW.wrongLength);
  return status(authenticateIssuer(session, cmd.data) ? SW.ok : SW.authenticationFailed);
}

/** Checks 91 against the session's ARQC and records the outcome for the CVR (and a method 2
 *  CSU for the second GENERATE AC); also used when 91 arrives in CDOL2 data. */
export function authenticateIssuer(session: ApplicationSession, issuerAuthenticationData: Uint8Array): boolean {
  const online = session.online;
  if (session.phase.kind !== 'online' || !online) return false;
  session.events.add('issuer-authentication-performed');
  const { verified, cardStatusUpdate } = verifyGenericIssuerAuthentication(online.sessionKey, session.app.profile.cryptogram.cvn, online.arqc, issuerAuthenticationData);
  if (!verified) session.events.add('issuer-authentication-failed');
  else if (cardStatusUpdate) session.cardStatusUpdate = cardStatusUpdate;
  return verified;
}
