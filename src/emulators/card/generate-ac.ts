// GENERATE APPLICATION CRYPTOGRAM, EMV Book 3 §6.5.5 and §9.3 (card action analysis): P1 b8-b7
// ask for AAC, TC or ARQC and b5 for a CDA signature; the data is the CDOL1 (first) or CDOL2
// (second) data. The card never answers above what was asked (Table 12); the profile's
// decision says when a TC request goes online. The cryptogram is cryptogram.ts's generic CVN;
// with CDA (Book 2 §6.6.1) the AC travels inside the Signed Dynamic Application Data (9F4B).
import { encodeOne, encodeTlv } from '../../emv/tlv/index.js';
import { dolDataLength, type DolEntry } from '../../emv/dol/index.js';
import { toHex } from '../../bytes/hex.js';
import { csuApproves } from '../../security/index.js';
import type { CryptogramType } from '../../emv/dictionary/codes/cryptogram.js';
import type { BuiltApplication } from './application.js';
import type { Command } from './command.js';
import { applicationCryptogram, cardVerificationResults, issuerApplicationData, onlineContext, type CryptogramHistory } from './cryptogram.js';
import { dolValue } from './dol-values.js';
import { authenticateIssuer } from './external-authenticate.js';
import { cdaSignature, transactionDataHash } from './dynamic-signature.js';
import { respond, status, SW, type CardResponse } from './response.js';
import { countersOf, selectedSession, u16, type ApplicationSession, type CardState } from './state.js';

type Cryptogram = Exclude<CryptogramType, 'AAR'>;

const REQUESTED: Readonly<Record<number, Cryptogram>> = { 0x00: 'AAC', 0x40: 'TC', 0x80: 'ARQC' };
const CID: Readonly<Record<Cryptogram, number>> = { AAC: 0x00, TC: 0x40, ARQC: 0x80 };
const CDA_REQUESTED = 0x10;
const DYNAMIC_NUMBER_LENGTH = 8;
/** Authorisation Response Codes (8A) after which a second GENERATE AC asking for TC gets one:
 *  the ISO 8583 approvals 00, 08, 10, 11 and Y3 (unable to go online, offline approved). */
const APPROVING_ARCS = new Set(['3030', '3038', '3130', '3131', '5933']);

export function generateAc(state: CardState, cmd: Command): CardResponse {
  const requested = REQUESTED[cmd.p1 & 0xc0];
  if (requested === undefined || cmd.p2 !== 0) return status(SW.wrongParameters);
  const session = selectedSession(state);
  const phase = session?.phase;
  if (!session || !phase || (phase.kind !== 'initiated' && phase.kind !== 'online')) return status(SW.conditionsNotSatisfied);
  const { app } = session;
  const first = phase.kind === 'initiated';
  const dol = first ? app.cdol1 : app.cdol2;
  // A mag-stripe-only card has no CDOL and no EMV mode to answer in.
  if (dol.length === 0) return status(SW.conditionsNotSatisfied);
  if (cmd.data.length !== dolDataLength(dol)) return status(SW.wrongLength);
  if (!first && requested === 'ARQC') return status(SW.conditionsNotSatisfied);

  // Cards that take 91 in CDOL2 authenticate the issuer here (Book 3 §10.9), unless EXTERNAL
  // AUTHENTICATE already did.
  const arpc = first ? undefined : dolValue(dol, cmd.data, 0x91);
  if (arpc && !session.events.has('issuer-authentication-performed') && arpc.some((b) => b !== 0)) authenticateIssuer(session, arpc);
  // Book 3 §6.5.1: an application an issuer script blocked answers AAC only.
  const blocked = state.blockedApplications.has(app.profile.aid);
  const answer = blocked ? 'AAC' : first ? firstDecision(app, requested, cmd.data) : secondDecision(session, requested, dol, cmd.data);
  const history: CryptogramHistory = first ? { first: answer, second: 'not-requested' } : { first: 'ARQC', second: answer === 'TC' ? 'TC' : 'AAC' };
  // Book 2 §6.6.1: an AAC is never signed; a card without CDA ignores the request.
  const signer = (cmd.p1 & CDA_REQUESTED) !== 0 && app.cdaSupported && answer !== 'AAC' ? app.iccKey : null;
  const counters = countersOf(state, app);
  const atc = u16(counters.atc);
  const cvr = cardVerificationResults(history, session.events, signer !== null, state.pinTriesLeft);
  const iad = issuerApplicationData(app, cvr);
  const ac = applicationCryptogram(app, atc, cmd.data, cvr);
  const cid = CID[answer];

  const signedData = [phase.pdolData, ...(phase.kind === 'online' ? [phase.cdol1Data] : []), cmd.data];
  if (first && answer === 'ARQC') session.online = onlineContext(app, atc, ac);
  advance(session, first && answer === 'ARQC' ? { pdolData: phase.pdolData, cdol1Data: Uint8Array.from(cmd.data) } : null);
  if (!first) counters.lastOnlineAtc = counters.atc;

  if (signer) {
    const cidTlv = encodeOne(0x9f27, Uint8Array.of(cid));
    const atcTlv = encodeOne(0x9f36, atc);
    const iadTlv = encodeOne(0x9f10, iad);
    // Book 2 §6.6.1: hashed are the response's TLVs in the order returned, without 9F4B itself.
    const sdad = cdaSignature(signer, {
      dynamicNumber: state.rng(DYNAMIC_NUMBER_LENGTH),
      cryptogramInformationData: cid,
      cryptogram: ac,
      transactionDataHash: transactionDataHash(...signedData, cidTlv, atcTlv, iadTlv),
      // buildApplication refuses a CDA profile whose CDOLs lack 9F37.
      unpredictableNumber: dolValue(dol, cmd.data, 0x9f37)!,
      // Book C-2 §5.3: after EXCHANGE RELAY RESISTANCE DATA the ICC Dynamic Data carries what was exchanged.
      ...(session.relayResistance && !app.profile.relayResistance?.unsigned ? { relayResistanceData: session.relayResistance } : {}),
    });
    return respond(encodeTlv([{ tag: 0x77, children: [{ tag: 0x9f27, value: Uint8Array.of(cid) }, { tag: 0x9f36, value: atc }, { tag: 0x9f4b, value: sdad }, { tag: 0x9f10, value: iad }] }]));
  }
  if (app.profile.responseFormat === 'format1') {
    return respond(encodeTlv([{ tag: 0x80, value: Uint8Array.from([cid, ...atc, ...ac, ...iad]) }]));
  }
  return respond(
    encodeTlv([{ tag: 0x77, children: [{ tag: 0x9f27, value: Uint8Array.of(cid) }, { tag: 0x9f36, value: atc }, { tag: 0x9f26, value: ac }, { tag: 0x9f10, value: iad }] }]),
  );
}

function firstDecision(app: BuiltApplication, requested: Cryptogram, cdol1Data: Uint8Array): Cryptogram {
  const decision = app.profile.cryptogram.decision;
  if (requested === 'AAC' || decision.kind === 'always-decline') return 'AAC';
  if (requested === 'ARQC' || decision.kind === 'always-online') return 'ARQC';
  const amount = bcdAmount(dolValue(app.cdol1, cdol1Data, 0x9f02));
  return amount !== null && amount <= decision.limit ? 'TC' : 'ARQC';
}

function secondDecision(session: ApplicationSession, requested: Cryptogram, cdol2: readonly DolEntry[], cdol2Data: Uint8Array): Cryptogram {
  if (requested !== 'TC') return 'AAC';
  const authenticated = session.events.has('issuer-authentication-performed') && !session.events.has('issuer-authentication-failed');
  if (session.app.profile.cryptogram.arpcRequired && !authenticated) return 'AAC';
  // A CVN 02 card takes the issuer's decision from the CSU its ARPC authenticated.
  if (authenticated && session.cardStatusUpdate && !csuApproves(session.cardStatusUpdate)) return 'AAC';
  const arc = dolValue(cdol2, cdol2Data, 0x8a);
  return arc === undefined || APPROVING_ARCS.has(toHex(arc)) ? 'TC' : 'AAC';
}

/** 9F02 is n12 BCD; anything else (or no amount in the CDOL) counts as "unknown, go online". */
function bcdAmount(value: Uint8Array | undefined): bigint | null {
  if (!value) return null;
  const digits = toHex(value);
  return /^[0-9]+$/.test(digits) ? BigInt(digits) : null;
}

function advance(session: ApplicationSession, online: { pdolData: Uint8Array; cdol1Data: Uint8Array } | null): void {
  session.phase = online ? { kind: 'online', ...online } : { kind: 'completed' };
}
