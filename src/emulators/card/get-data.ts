// GET DATA, EMV Book 3 §6.5.7: the counters and the log format a terminal may ask for
// (9F36 ATC, 9F13 Last Online ATC Register, 9F17 PIN Try Counter, 9F4F Log Format), each
// answered as one TLV; anything else is 6A88.
import { fromHex } from '../../bytes/hex.js';
import { encodeOne } from '../../emv/tlv/index.js';
import type { Command } from './command.js';
import { respond, status, SW, type CardResponse } from './response.js';
import { countersOf, selectedSession, u16, type CardState } from './state.js';

export function getData(state: CardState, cmd: Command): CardResponse {
  const session = selectedSession(state);
  if (!session) return status(SW.conditionsNotSatisfied);
  const tag = (cmd.p1 << 8) | cmd.p2;
  const counters = countersOf(state, session.app);
  switch (tag) {
    case 0x9f36:
      return respond(encodeOne(tag, u16(counters.atc)));
    case 0x9f13:
      return respond(encodeOne(tag, u16(counters.lastOnlineAtc)));
    case 0x9f17:
      return respond(encodeOne(tag, Uint8Array.of(state.pinTriesLeft)));
    case 0x9f4f: {
      const format = session.app.profile.logFormat;
      return format ? respond(encodeOne(tag, fromHex(format))) : status(SW.dataNotFound);
    }
    default: {
      // What an issuer script wrote with PUT DATA (script-commands.ts) can be read back.
      const written = state.issuerData.get(session.app.profile.aid)?.get(tag);
      return written ? respond(encodeOne(tag, written)) : status(SW.dataNotFound);
    }
  }
}
