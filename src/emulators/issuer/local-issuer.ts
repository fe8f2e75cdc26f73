// A stand-in issuer host for `pos txn --online approve|decline|unavailable` and the kernel's
// tests, until the backend's issuer simulator (issue 6) answers over the channel. It knows the
// virtual cards' TEST issuer master keys, checks the ARQC as the generic CVN documents it
// (src/emulators/card/cryptogram.ts: Option A master key, common session key from the ATC,
// MAC algorithm 3 over CDOL1 data || AIP || ATC || CVR), and answers with an ARC and an ARPC
// (method 1, Book 2 §8.2.1) for issuer authentication. An ARQC that does not verify is
// declined with ARC 05, as an issuer would. A contactless mag-stripe mode request (tracks, no
// cryptogram) is checked the way cvc3.ts documents: the CVC3 digits in each track against the
// card's key over the Unpredictable Number and ATC digits the tracks carry (mag-stripe.ts).
// Options make it misbehave on purpose (a wrong ARPC)
// and send issuer scripts (Book 3 §10.10: templates 71 and 72, 9F18 script id, 86 commands).
import { concatBytes, fromHex, toHex } from '../../bytes/hex.js';
import { buildDolData, type DolEntry } from '../../emv/dol/index.js';
import { encodeTlv, type TlvInput } from '../../emv/tlv/index.js';
import type { AuthorisationPort, AuthorisationRequest, AuthorisationResponse } from '../../emv/contact/authorisation.js';
import { findArqcSessionKey, issuerAuthenticationData } from '../../security/index.js';
import { GENERIC_CVN } from '../card/cryptogram.js';
import { securedScriptCommand, type ScriptMacContext } from '../card/secure-messaging.js';
import { buildApplication } from '../card/application.js';
import { getProfile, listProfiles } from '../card/profiles/index.js';
import { verifyMagStripe } from './mag-stripe.js';

export type IssuerDecision = 'approve' | 'decline' | 'unavailable';

export interface IssuerScriptSpec {
  /** 71: before the final GENERATE AC; 72: after it. */
  readonly template: 0x71 | 0x72;
  /** 9F18, 4 bytes. */
  readonly id: Uint8Array;
  readonly commands: readonly ScriptCommandSpec[];
}

/** One Issuer Script Command (86): the issuer adds Lc and the secure messaging MAC the card
 *  checks (src/emulators/card/secure-messaging.ts), or a wrong one when `wrongMac`. */
export interface ScriptCommandSpec {
  /** CLA INS P1 P2, e.g. 84 1E 00 00 APPLICATION BLOCK. */
  readonly header: Uint8Array;
  readonly data?: Uint8Array;
  readonly wrongMac?: boolean;
}

export interface LocalIssuerOptions {
  /** Send an ARPC that is not the ARQC's (one bit flipped), so issuer authentication fails. */
  readonly wrongArpc?: boolean;
  /** Leave 91 out of the answer. */
  readonly withoutArpc?: boolean;
  readonly scripts?: readonly IssuerScriptSpec[];
}

const ARC_APPROVED = Uint8Array.from(Buffer.from('00', 'ascii'));
const ARC_DECLINED = Uint8Array.from(Buffer.from('05', 'ascii'));

/** Every test IMK a virtual card profile uses, tried in turn: the host knows its BINs' keys. */
/** The DOL each test card's cryptogram covers, by AID: the quick (qVSDC/qPBOC) GPO's PDOL for
 *  a card that answers the quick way, else CDOL1. A real issuer knows this list from the
 *  cryptogram version; here the profiles are the issuer's card records. */
function cryptogramDols(): Map<string, readonly DolEntry[]> {
  const dols = new Map<string, readonly DolEntry[]>();
  for (const { name } of listProfiles()) {
    for (const profile of getProfile(name).applications) {
      const quick = profile.contactless?.quick !== undefined;
      const key = `${profile.aid}/${quick ? 'quick' : 'cdol1'}`;
      if (dols.has(key)) continue;
      const app = buildApplication(profile);
      dols.set(key, quick ? (app.pdol.contactless ?? []) : app.cdol1);
    }
  }
  return dols;
}

let dolsByAid: Map<string, readonly DolEntry[]> | undefined;

/** Contactless messages carry no DOL data: rebuild it from the ICC data (84 names the card's
 *  application; the TTQ 9F66 marks a cryptogram made at a quick GPO). At a quick GPO the reader
 *  has done nothing yet that sets a TVR bit, so the TVR the card signed is zero; the 95 in the
 *  message is the kernel's final one (e.g. ODA not performed on an online tap). */
function rebuiltDolData(iccData: ReadonlyMap<number, Uint8Array>): Uint8Array | undefined {
  const aid = iccData.get(0x84);
  if (aid === undefined) return undefined;
  const quick = iccData.has(0x9f66);
  dolsByAid ??= cryptogramDols();
  const dol = dolsByAid.get(`${toHex(aid)}/${quick ? 'quick' : 'cdol1'}`);
  if (dol === undefined) return undefined;
  const gpoTvr = new Uint8Array(5);
  return buildDolData(dol, { get: (tag) => ({ value: quick && tag === 0x95 ? gpoTvr : iccData.get(tag) }) });
}

function testIssuerKeys(): Uint8Array[] {
  const keys = new Map<string, Uint8Array>();
  for (const { name } of listProfiles()) for (const app of getProfile(name).applications) keys.set(app.cryptogram.imk, fromHex(app.cryptogram.imk));
  return [...keys.values()];
}

export function createLocalIssuer(decision: IssuerDecision, options: LocalIssuerOptions = {}): AuthorisationPort {
  const imks = testIssuerKeys();
  return {
    async authorise(request: AuthorisationRequest): Promise<AuthorisationResponse> {
      if (decision === 'unavailable') return { kind: 'unavailable' };
      if (request.tracks !== undefined) {
        if (!verifyMagStripe(request.pan, request.tracks)) return { kind: 'declined', authorisationResponseCode: ARC_DECLINED };
        return decision === 'approve' ? { kind: 'approved', authorisationResponseCode: ARC_APPROVED } : { kind: 'declined', authorisationResponseCode: ARC_DECLINED };
      }
      const sessionKey = verifiedSessionKey(imks, request);
      if (!sessionKey) return { kind: 'declined', authorisationResponseCode: ARC_DECLINED };
      const arc = decision === 'approve' ? ARC_APPROVED : ARC_DECLINED;
      const iad = issuerAuthenticationData(sessionKey, { method: 1, arqc: request.arqc, authorisationResponseCode: arc });
      if (options.wrongArpc) iad[0]! ^= 0x01;
      const scripts = options.scripts?.length ? { issuerScripts: encodeScripts(options.scripts, { sessionKey, atc: request.atc, arqc: request.arqc }) } : {};
      return {
        kind: decision === 'approve' ? 'approved' : 'declined',
        authorisationResponseCode: arc,
        ...(options.withoutArpc ? {} : { issuerAuthenticationData: iad }),
        ...scripts,
      };
    },
  };
}

function encodeScripts(scripts: readonly IssuerScriptSpec[], context: ScriptMacContext): Uint8Array {
  const templates: TlvInput[] = scripts.map((s) => ({
    tag: s.template,
    children: [{ tag: 0x9f18, value: s.id }, ...s.commands.map((c) => ({ tag: 0x86, value: scriptCommand(c, context) }))],
  }));
  return encodeTlv(templates);
}

function scriptCommand(spec: ScriptCommandSpec, context: ScriptMacContext): Uint8Array {
  const command = securedScriptCommand(context, spec.header, spec.data ?? new Uint8Array(0));
  if (spec.wrongMac) command[command.length - 1]! ^= 0x01;
  return command;
}

function verifiedSessionKey(imks: readonly Uint8Array[], r: AuthorisationRequest): Uint8Array | undefined {
  const iad = r.issuerApplicationData;
  // The generic CVN's IAD: DKI || CVN || CVR (4).
  if (iad?.length !== 6 || iad[1] !== GENERIC_CVN) return undefined;
  const dolData = r.cdol1Data ?? rebuiltDolData(r.iccData);
  if (dolData === undefined) return undefined;
  const psn = r.panSequenceNumber === undefined ? '00' : Buffer.from(r.panSequenceNumber).toString('hex');
  const data = concatBytes(dolData, r.aip, r.atc, iad.subarray(2));
  return findArqcSessionKey(imks, { pan: r.pan, panSequenceNumber: psn, atc: r.atc, data, arqc: r.arqc });
}
