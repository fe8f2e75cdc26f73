// EXTERNAL AUTHENTICATE, EMV Book 3 §6.5.4 with Book 2 §8.2.1 (ARPC method 1): the data is the
// Issuer Authentication Data (91) = ARPC (8) || ARC (2). The card recomputes the ARPC from the
// ARQC it sent and the AC session key (cryptogram.ts); 9000 when they agree, 6300 when not.
// Only after an ARQC and before the second GENERATE AC, and at most once (6985 on a repeat).
import { verifyArpc } from '../../security/index.js';
import type { Command } from './command.js';
import { status, SW, type CardResponse } from './response.js';
import { selectedSession, type ApplicationSession, type CardState } from './state.js';

const ARPC_LENGTH = 8;
const ARC_LENGTH = 2;

export function externalAuthenticate(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== 0) return status(SW.wrongParameters);
  const session = selectedSession(state);
  if (!session || session.phase.kind !== 'online' || session.events.has('issuer-authentication-performed')) return status(SW.conditionsNotSatisfied);
  if (cmd.data.length < ARPC_LENGTH + ARC_LENGTH || cmd.data.length > 16) return status(SW.wrongLength);
  return status(authenticateIssuer(session, cmd.data) ? SW.ok : SW.authenticationFailed);
}

/** Checks 91 against the session's ARQC and records the outcome for the CVR; also used when 91
 *  arrives in CDOL2 data. */
export function authenticateIssuer(session: ApplicationSession, issuerAuthenticationData: Uint8Array): boolean {
  const online = session.online;
  if (session.phase.kind !== 'online' || !online) return false;
  session.events.add('issuer-authentication-performed');
  const arpc = issuerAuthenticationData.subarray(0, ARPC_LENGTH);
  const arc = issuerAuthenticationData.subarray(ARPC_LENGTH, ARPC_LENGTH + ARC_LENGTH);
  const ok = verifyArpc(online.sessionKey, { method: 1, arqc: online.arqc, authorisationResponseCode: arc }, arpc);
  if (!ok) session.events.add('issuer-authentication-failed');
  return ok;
}
