// EXCHANGE RELAY RESISTANCE DATA, EMV Contactless Book C-2 §5.3: CLA 80, INS EA, P1 P2 00, the
// Terminal Relay Resistance Entropy (4 bytes). Between GET PROCESSING OPTIONS and GENERATE AC,
// for an application whose AIP says it supports the protocol (byte 2 b1) and whose profile gives
// its times. The answer is format 1: '80' '0A' Device Relay Resistance Entropy (4, fresh each
// time) || Min Time For Processing Relay Resistance APDU (2) || Max Time (2) || Device Estimated
// Transmission Time For Relay Resistance R-APDU (2); the terminal may send the command again. The
// last exchange is kept for the CDA signature (generate-ac.ts).
import { concatBytes } from '../../bytes/hex.js';
import { encodeTlv } from '../../emv/tlv/index.js';
import type { Command } from './command.js';
import { respond, status, SW, type CardResponse } from './response.js';
import { selectedSession, u16, type CardState } from './state.js';

const AIP_RRP = 0x01;

export function exchangeRelayResistanceData(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== 0) return status(SW.wrongParameters);
  const session = selectedSession(state);
  const times = session?.app.profile.relayResistance;
  if (!session || !times || (session.app.aip[1]! & AIP_RRP) === 0) return status(SW.insNotSupported);
  if (session.phase.kind !== 'initiated') return status(SW.conditionsNotSatisfied);
  if (cmd.data.length !== 4) return status(SW.wrongLength);
  const answer = concatBytes(state.rng(4), u16(times.minTime), u16(times.maxTime), u16(times.estimatedTransmissionTime));
  session.relayResistance = concatBytes(cmd.data, answer);
  return respond(encodeTlv([{ tag: 0x80, value: answer }]));
}
