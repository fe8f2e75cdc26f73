// A stand-in issuer host for `pos txn --online approve|decline|unavailable` and the kernel's
// tests; the backend's issuer simulator (src/backend/issuer-simulator.ts) is the one behind the
// channel. Both check and answer with the same code in src/security: the ARQC as the generic
// CVN documents it (generic-cvn.ts: Option A master key, common session key from the ATC, MAC
// algorithm 3 over CDOL1 data || AIP || ATC || CVR), the ARPC by the method the card's CVN
// names (01: method 1, 02: method 2 with a CSU), script MACs under the card's secure-messaging
// session key (secure-messaging.ts). This one knows the virtual cards' TEST issuer master keys
// from their profiles and decides as it is told rather than by rules. An ARQC that does not verify is
// declined with ARC 05, as an issuer would. A contactless mag-stripe mode request (tracks, no
// cryptogram) is checked the way cvc3.ts documents: the CVC3 digits in each track against the
// card's key over the Unpredictable Number and ATC digits the tracks carry (mag-stripe.ts).
// Options make it misbehave on purpose (a wrong ARPC)
// and send issuer scripts (Book 3 §10.10: templates 71 and 72, 9F18 script id, 86 commands).
import { fromHex, toHex } from '../../bytes/hex.js';
import { buildDolData, type DolEntry } from '../../emv/dol/index.js';
import { encodeTlv, type TlvInput } from '../../emv/tlv/index.js';
import type { AuthorisationPort, AuthorisationRequest, AuthorisationResponse } from '../../emv/contact/authorisation.js';
import {
  deriveScriptSessionKey,
  findArqcSessionKey,
  genericCryptogramData,
  genericIssuerAuthentication,
  parseGenericIad,
  securedScriptCommand,
  type ScriptMacContext,
} from '../../security/index.js';
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
 *  checks (src/security/secure-messaging.ts), or a wrong one when `wrongMac`. */
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

/** Each test IMK a virtual card profile uses with its IMK-SMI: the host knows its BINs' keys. */
function testIssuerKeys(): { readonly ac: Uint8Array; readonly smi: Uint8Array }[] {
  const keys = new Map<string, { ac: Uint8Array; smi: Uint8Array }>();
  for (const { name } of listProfiles()) {
    for (const { cryptogram } of getProfile(name).applications) keys.set(cryptogram.imk, { ac: fromHex(cryptogram.imk), smi: fromHex(cryptogram.imkSmi) });
  }
  return [...keys.values()];
}

export function createLocalIssuer(decision: IssuerDecision, options: LocalIssuerOptions = {}): AuthorisationPort {
  const keys = testIssuerKeys();
  const imks = keys.map((k) => k.ac);
  return {
    async authorise(request: AuthorisationRequest): Promise<AuthorisationResponse> {
      if (decision === 'unavailable') return { kind: 'unavailable' };
      if (request.tracks !== undefined) {
        if (!verifyMagStripe(request.pan, request.tracks)) return { kind: 'declined', authorisationResponseCode: ARC_DECLINED };
        return decision === 'approve' ? { kind: 'approved', authorisationResponseCode: ARC_APPROVED } : { kind: 'declined', authorisationResponseCode: ARC_DECLINED };
      }
      const verified = verifiedArqc(imks, request);
      if (!verified) return { kind: 'declined', authorisationResponseCode: ARC_DECLINED };
      const arc = decision === 'approve' ? ARC_APPROVED : ARC_DECLINED;
      const { issuerAuthenticationData: iad } = genericIssuerAuthentication(verified.sessionKey, verified.cvn, { arqc: request.arqc, authorisationResponseCode: arc, approves: decision === 'approve' });
      if (options.wrongArpc) iad[0]! ^= 0x01;
      const card = { pan: request.pan, panSequenceNumber: psnOf(request) };
      const scripts = options.scripts?.length
        ? { issuerScripts: encodeScripts(options.scripts, { smiSessionKey: deriveScriptSessionKey(keys[verified.keyIndex]!.smi, card, request.arqc), atc: request.atc, arqc: request.arqc }) }
        : {};
      // A reference (RRN) from the card's ATC and, for an approval, a code from its ARQC: the
      // same card session always gets the same ones.
      const references = { hostReference: toHex(request.atc).padStart(12, '0'), ...(decision === 'approve' ? { authorisationCode: toHex(request.arqc).slice(0, 6) } : {}) };
      return {
        kind: decision === 'approve' ? 'approved' : 'declined',
        authorisationResponseCode: arc,
        ...(options.withoutArpc ? {} : { issuerAuthenticationData: iad }),
        ...scripts,
        ...references,
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

const psnOf = (r: AuthorisationRequest): string => (r.panSequenceNumber === undefined ? '00' : Buffer.from(r.panSequenceNumber).toString('hex'));

function verifiedArqc(imks: readonly Uint8Array[], r: AuthorisationRequest) {
  const iad = parseGenericIad(r.issuerApplicationData);
  if (iad === undefined) return undefined;
  const dolData = r.cdol1Data ?? rebuiltDolData(r.iccData);
  if (dolData === undefined) return undefined;
  const data = genericCryptogramData(dolData, r.aip, r.atc, iad.cvr);
  const found = findArqcSessionKey(imks, { pan: r.pan, panSequenceNumber: psnOf(r), atc: r.atc, data, arqc: r.arqc });
  return found && { ...found, cvn: iad.cvn };
}
