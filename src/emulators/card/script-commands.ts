// The issuer script commands the virtual card accepts, EMV Book 3 §6.5.1 APPLICATION BLOCK,
// §6.5.2 APPLICATION UNBLOCK, §6.5.3 CARD BLOCK, §6.5.10 PIN CHANGE/UNBLOCK (P2 00: unblock;
// P2 01: a new PIN without the current one, enciphered per Book 2 §9.3) and PUT DATA (ISO/IEC 7816-4, CLA 04), each
// with a secure messaging MAC (src/security/secure-messaging.ts, under the session's SMI key).
// Only after an ARQC in this session (the MAC covers it); a MAC that does not verify is 6988 and
// changes nothing (Book 2 §9.2.1).
import { decipherScriptData, openSecuredCommand } from '../../security/index.js';
import type { Command } from './command.js';
import { status, SW, type CardResponse } from './response.js';
import { selectedSession, type ApplicationSession, type CardState, type OnlineContext } from './state.js';
import { pinFromBlock } from './verify.js';

type OnlineSession = ApplicationSession & { readonly online: OnlineContext };
type Effect = (state: CardState, session: OnlineSession, cmd: Command, plain: Uint8Array) => CardResponse;

const isOnline = (session: ApplicationSession | null): session is OnlineSession => session?.online !== undefined;

function secured(effect: Effect): (state: CardState, cmd: Command) => CardResponse {
  return (state, cmd) => {
    const session = selectedSession(state);
    if (!isOnline(session)) return status(SW.conditionsNotSatisfied);
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
const PIN_CHANGE_WITHOUT_CURRENT = 0x01;

/** P2 00 resets the PIN try counter; P2 01 also sets a new PIN, its format 2 block enciphered
 *  under the SMC session key (Book 2 §9.3). A block that does not decipher is 6A80. */
export const pinChangeUnblock = secured((state, session, cmd, plain) => {
  if (cmd.p1 !== 0 || (cmd.p2 !== PIN_UNBLOCK && cmd.p2 !== PIN_CHANGE_WITHOUT_CURRENT)) return status(SW.wrongParameters);
  if (cmd.p2 === PIN_CHANGE_WITHOUT_CURRENT) {
    const block = decipherScriptData(session.online.smcSessionKey, plain);
    const pin = block?.length === 8 ? pinFromBlock(block) : null;
    if (pin === null) return status(SW.wrongData);
    state.pin = pin;
  }
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
