// GET PROCESSING OPTIONS, EMV Book 3 §6.5.8: the PDOL data in an 83 template of exactly the
// PDOL's length (else 6700), answered with AIP and AFL in format 1 (80) or format 2 (77). The
// ATC counts every transaction the card starts (Book 3 Annex A: 9F36), so it moves here.
import { concatBytes } from '../../bytes/hex.js';
import { dolDataLength } from '../../emv/dol/index.js';
import { encodeTlv } from '../../emv/tlv/index.js';
import type { Command } from './command.js';
import { respond, status, SW, type CardResponse } from './response.js';
import { quickGpo } from './quick-gpo.js';
import { countersOf, selectedSession, type CardState } from './state.js';

const COMMAND_TEMPLATE = 0x83;
const ATC_MAX = 0xffff;

export function getProcessingOptions(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0 || cmd.p2 !== 0) return status(SW.wrongParameters);
  const session = selectedSession(state);
  if (!session || session.phase.kind !== 'selected') return status(SW.conditionsNotSatisfied);
  const { app } = session;
  if (cmd.data[0] !== COMMAND_TEMPLATE || cmd.data.length < 2) return status(SW.wrongData);
  const pdolData = cmd.data.subarray(2);
  const pdol = app.pdol[state.iface];
  if (cmd.data[1] !== pdolData.length || pdolData.length !== (pdol ? dolDataLength(pdol) : 0)) return status(SW.wrongLength);
  if (app.profile.processingOptions.kind === 'conditions-not-satisfied') return status(SW.conditionsNotSatisfied);
  const counters = countersOf(state, app);
  // A card whose ATC has run out can start no more transactions.
  if (counters.atc >= ATC_MAX) return status(SW.conditionsNotSatisfied);
  counters.atc++;
  const quick = state.iface === 'contactless' ? app.profile.contactless?.quick : undefined;
  if (quick) return quickGpo(state, session, quick, pdolData, counters);
  session.phase = { kind: 'initiated', pdolData: Uint8Array.from(pdolData) };
  if (app.profile.responseFormat === 'format1') return respond(encodeTlv([{ tag: 0x80, value: concatBytes(app.aip, app.afl) }]));
  return respond(encodeTlv([{ tag: 0x77, children: [{ tag: 0x82, value: app.aip }, { tag: 0x94, value: app.afl }] }]));
}
