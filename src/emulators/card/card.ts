// The virtual EMV card: an ICC answering EMV Book 3 §6.5's commands (and Book 1 §11's SELECT,
// Book C-2 §5.2-5.3's COMPUTE CRYPTOGRAPHIC CHECKSUM and EXCHANGE RELAY RESISTANCE DATA)
// from a profile, behind the VirtualIcc contract. Dispatch by CLA and INS (Book 3 §6.3.2 Table 5);
// an unknown INS is 6D00, a known INS under the wrong class 6E00, bytes that are no C-APDU 6700.
import { fromHex } from '../../bytes/hex.js';
import type { IccReply, VirtualIcc } from '../icc.js';
import { buildApplication, type BuiltApplication } from './application.js';
import { parseCommand, type Command } from './command.js';
import { computeCryptographicChecksum } from './compute-cryptographic-checksum.js';
import { exchangeRelayResistanceData } from './exchange-relay-resistance-data.js';
import { externalAuthenticate } from './external-authenticate.js';
import { generateAc } from './generate-ac.js';
import { getChallenge } from './get-challenge.js';
import { getData } from './get-data.js';
import { internalAuthenticate } from './internal-authenticate.js';
import { getProcessingOptions } from './processing-options.js';
import type { CardInterface, CardProfile } from './profile.js';
import { readRecord } from './read-record.js';
import { status, SW, toRapdu, type CardResponse } from './response.js';
import { applicationBlock, applicationUnblock, cardBlock, pinChangeUnblock, putData } from './script-commands.js';
import { select } from './select.js';
import type { ApplicationCounters, CardState, RandomBytes } from './state.js';
import { verify } from './verify.js';

type Handler = (state: CardState, cmd: Command) => CardResponse;

const ISO = 0x00;
const PROPRIETARY = 0x80;
/** Proprietary and ISO class with secure messaging (Book 3 §6.3.2 Table 5). */
const PROPRIETARY_SM = 0x84;
const ISO_SM = 0x04;
const COMMANDS: ReadonlyMap<number, { readonly cla: number; readonly handle: Handler }> = new Map([
  [0xa4, { cla: ISO, handle: select }],
  [0xb2, { cla: ISO, handle: readRecord }],
  [0x20, { cla: ISO, handle: verify }],
  [0x84, { cla: ISO, handle: getChallenge }],
  [0x88, { cla: ISO, handle: internalAuthenticate }],
  [0x82, { cla: ISO, handle: externalAuthenticate }],
  [0xa8, { cla: PROPRIETARY, handle: getProcessingOptions }],
  [0xae, { cla: PROPRIETARY, handle: generateAc }],
  [0xca, { cla: PROPRIETARY, handle: getData }],
  [0x2a, { cla: PROPRIETARY, handle: computeCryptographicChecksum }],
  [0xea, { cla: PROPRIETARY, handle: exchangeRelayResistanceData }],
  [0x1e, { cla: PROPRIETARY_SM, handle: applicationBlock }],
  [0x18, { cla: PROPRIETARY_SM, handle: applicationUnblock }],
  [0x16, { cla: PROPRIETARY_SM, handle: cardBlock }],
  [0x24, { cla: PROPRIETARY_SM, handle: pinChangeUnblock }],
  [0xda, { cla: ISO_SM, handle: putData }],
]);

export class EmvCard implements VirtualIcc {
  private readonly state: CardState;
  private readonly answerToReset: Uint8Array;

  constructor(profile: CardProfile, iface: CardInterface, rng: RandomBytes) {
    const applications = profile.applications.filter((a) => a[iface] !== undefined).map(buildApplication);
    const counters = new Map<BuiltApplication, ApplicationCounters>(applications.map((app) => [app, { ...app.profile.counters }]));
    this.state = { profile, iface, applications, rng, counters, pin: profile.pin.digits, pinTriesLeft: profile.pin.initialTries ?? profile.pin.tryLimit, selection: { kind: 'none' }, challenge: undefined, blockedApplications: new Set(), cardBlocked: false, issuerData: new Map() };
    this.answerToReset = fromHex(profile.atr[iface]);
  }

  atr(): Uint8Array {
    return Uint8Array.from(this.answerToReset);
  }

  reset(): void {
    this.state.selection = { kind: 'none' };
    this.state.challenge = undefined;
  }

  powerOff(): void {
    this.state.selection = { kind: 'none' };
    this.state.challenge = undefined;
  }

  transmit(capdu: Uint8Array): Promise<IccReply> {
    return Promise.resolve({ kind: 'response', rapdu: toRapdu(this.answer(capdu)) });
  }

  private answer(capdu: Uint8Array): CardResponse {
    const cmd = parseCommand(capdu);
    if (!cmd) return status(SW.wrongLength);
    if (this.state.cardBlocked) return status(SW.functionNotSupported);
    const command = COMMANDS.get(cmd.ins);
    if (!command) return status(SW.insNotSupported);
    // Logical channels (CLA low nibble) are not offered; secure messaging only for scripts.
    if (cmd.cla !== command.cla) return status(SW.claNotSupported);
    return command.handle(this.state, cmd);
  }
}
