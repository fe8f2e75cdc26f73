// The issuer script commands the virtual card accepts, EMV Book 3 §6.5.1 APPLICATION BLOCK,
// §6.5.2 APPLICATION UNBLOCK, §6.5.3 CARD BLOCK, §6.5.10 PIN CHANGE/UNBLOCK (P2 00: unblock
// only, the card offers no enciphered PIN change) and PUT DATA (ISO/IEC 7816-4, CLA 04), each
// with a secure messaging MAC (src/security/secure-messaging.ts, under the session's SMI key).
// Only after an ARQC in this session (the MAC covers it); a MAC that does not verify is 6988 and
// changes nothing (Book 2 §9.2.1).
import { openSecuredCommand } from '../../security/index.js';
import type { Command } from './command.js';
import { status, SW, type CardResponse } from './response.js';
import { selectedSession, type ApplicationSession, type CardState } from './state.js';

type Effect = (state: CardState, session: ApplicationSession, cmd: Command, plain: Uint8Array) => CardResponse;

function secured(effect: Effect): (state: CardState, cmd: Command) => CardResponse {
  return (state, cmd) => {
    const session = selectedSession(state);
    if (!session?.online) return status(SW.conditionsNotSatisfied);
    const plain = openSecuredCommand(session.online, Uint8Array.of(cmd.cla, cmd.ins, cmd.p1, cmd.p2), cmd.data);
    if (plain === undefined) return status(SW.secureMessagingIncorrect);
    return effect(state, session, cmd, plain);
  };
}

export const applicationBlock = secured((state, session) => {
  state.blockedApplications.add(session.app.profile.aid);
  return status(SW.ok);
});

export const applicationUnblock = secured((state, session) => {
  state.blockedApplications.delete(session.app.profile.aid);
  return status(SW.ok);
});

export const cardBlock = secured((state) => {
  state.cardBlocked = true;
  return status(SW.ok);
});

const PIN_UNBLOCK = 0x00;

export const pinChangeUnblock = secured((state, _session, cmd) => {
  if (cmd.p1 !== 0 || cmd.p2 !== PIN_UNBLOCK) return status(SW.wrongParameters);
  state.pinTriesLeft = state.profile.pin.tryLimit;
  return status(SW.ok);
});

/** P1-P2 name the tag; the plain data is its new value (e.g. 9F14 LCOL, 9F23 UCOL). */
export const putData = secured((state, session, cmd, plain) => {
  const aid = session.app.profile.aid;
  const data = state.issuerData.get(aid) ?? new Map<number, Uint8Array>();
  data.set((cmd.p1 << 8) | cmd.p2, Uint8Array.from(plain));
  state.issuerData.set(aid, data);
  return status(SW.ok);
});
