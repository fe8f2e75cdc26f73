// The issuer behind the reference backend (EMV Book 3 §10.9 from the host's side): checks the
// ARQC with the test issuer master keys of the backend's configuration (security's
// findArqcSessionKey: Option A card key, common session key, over posrt's generic cryptogram
// data), decides by rules — the online PIN (online-pin-check.ts: 55, 75), the amount limit
// (51), declined PAN ranges (05) — and answers with an ARC, an ARPC by the method the card's
// CVN names (security's generic-cvn.ts: method 1, or method 2 with a Card Status Update) and
// the issuer scripts its rules attach (issuer-scripts.ts, MACs under the card's SMI session
// key, a new PIN under its SMC session key). The clear PAN is used here and dropped: it is never stored, logged or put in an error.
import { randomInt } from 'node:crypto';
import { deriveScriptSessionKey, findArqcSessionKey, genericCryptogramData, genericIssuerAuthentication, parseGenericIad } from '../security/index.js';
import { posrt, toLong } from '../protos/index.js';
import type { ErrorCode } from '../errors/index.js';
import { checkOnlinePin, type OnlinePinRules } from './online-pin-check.js';
import { issuerScriptsFor, type ScriptRule } from './issuer-scripts.js';
import { contactlessCryptogramData, type CryptogramDataRule } from './contactless-cryptogram-data.js';
import { checkTrack2 } from './track-data-check.js';

const v1 = posrt.channel.v1;

/** One card range's test issuer master keys (16-byte TDES): for Application Cryptograms, and
 *  for secure messaging's integrity (the issuer scripts' MACs) and confidentiality (a new PIN). */
export interface IssuerKeySet {
  readonly ac: Uint8Array;
  readonly smi: Uint8Array;
  readonly smc: Uint8Array;
}

export interface IssuerRules {
  /** Tried in turn until one verifies the ARQC. */
  readonly masterKeys: readonly IssuerKeySet[];
  /** Amounts above this (minor units) are declined with ARC 51. */
  readonly amountLimit: bigint;
  /** PANs starting with one of these are declined with ARC 05. */
  readonly declinedPanPrefixes: readonly string[];
  /** Issuer scripts added to the answer when their condition holds. */
  readonly scripts: readonly ScriptRule[];
  /** How online PINs are checked; without it a request carrying one is declined (55,
   *  E-BACKEND-0026), since the simulator cannot tell a right PIN from a wrong one. */
  readonly onlinePin: OnlinePinRules | undefined;
  /** What a contactless cryptogram covers, by kind (contactless-cryptogram-data.ts); without
   *  a rule that applies, a contactless ARQC cannot be checked and is declined (30). */
  readonly contactlessCryptogramData: readonly CryptogramDataRule[];
  /** The available balance a BALANCE inquiry is answered with, by PAN (minor units of the
   *  request's currency; negative: owed); a card not listed has the amount limit available. */
  readonly balances: ReadonlyMap<string, bigint>;
}

const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'ascii'));

type Decision =
  | { readonly kind: 'approve' }
  | { readonly kind: 'decline'; readonly arc: string; readonly code: ErrorCode };

const PIN_DECLINES = {
  wrong: { kind: 'decline', arc: '55', code: 'E-BACKEND-0024' },
  'tries-exceeded': { kind: 'decline', arc: '75', code: 'E-BACKEND-0025' },
  unverifiable: { kind: 'decline', arc: '55', code: 'E-BACKEND-0026' },
} as const satisfies Record<string, Decision>;

/** The PIN first (an issuer verifies the cardholder before looking at funds), then the amount,
 *  then the card range. */
function decide(rules: IssuerRules, r: posrt.channel.v1.AuthorisationRequest, amount: bigint): Decision {
  if (r.onlinePin) {
    const pin = rules.onlinePin === undefined ? 'unverifiable' : checkOnlinePin(rules.onlinePin, r.pan, r.onlinePin);
    if (pin !== 'verified') return PIN_DECLINES[pin];
  }
  if (amount > rules.amountLimit) return { kind: 'decline', arc: '51', code: 'E-BACKEND-0021' };
  if (rules.declinedPanPrefixes.some((p) => r.pan.startsWith(p))) return { kind: 'decline', arc: '05', code: 'E-BACKEND-0022' };
  return { kind: 'approve' };
}

const ARPC_METHOD = { 1: v1.ArpcMethod.ARPC_METHOD_1, 2: v1.ArpcMethod.ARPC_METHOD_2 } as const;

/** A decline without an ARPC: nothing from the card's key goes into it. */
export function declinedAuthorisation(transactionId: string, arc: string, code: ErrorCode): posrt.channel.v1.AuthorisationResponse.$Properties {
  return { transactionId, outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED, arc: ascii(arc), arpcMethod: v1.ArpcMethod.ARPC_METHOD_NONE, declineCode: code };
}

export function authorise(
  rules: IssuerRules,
  r: posrt.channel.v1.AuthorisationRequest,
  random: (max: number) => number = randomInt,
  now: () => Date = () => new Date(),
): posrt.channel.v1.AuthorisationResponse.$Properties {
  const declined = (arc: string, code: ErrorCode) => declinedAuthorisation(r.transactionId, arc, code);
  // A swipe: track 2 and no cryptogram, so no ARPC either; the rules decide once the track reads.
  if (r.arqc.length === 0 && r.tracks?.track2 && r.tracks.track2.length > 0) {
    const track = checkTrack2(r.tracks.track2, r.pan, now());
    if (track.kind !== 'ok') return declined(track.kind === 'expired' ? '54' : '30', 'E-BACKEND-0027');
    return answer(decide(rules, r, BigInt(String(r.amount?.minorUnits ?? 0))), undefined, []);
  }
  const iad = parseGenericIad(r.issuerApplicationData);
  // A contact request carries the CDOL1 data it sent; a contactless one is rebuilt from its ICC data.
  const dolData = r.cdol1Data.length > 0 ? r.cdol1Data : contactlessCryptogramData(rules.contactlessCryptogramData, r.iccData);
  if (!/^\d{12,19}$/.test(r.pan) || r.arqc.length !== 8 || r.atc.length !== 2 || dolData === undefined || iad === undefined) return declined('30', 'E-BACKEND-0023');
  const card = { pan: r.pan, panSequenceNumber: r.panSequenceNumber.length === 1 ? Buffer.from(r.panSequenceNumber).toString('hex') : '00' };
  const data = genericCryptogramData(dolData, r.aip, r.atc, iad.cvr);
  const found = findArqcSessionKey(rules.masterKeys.map((k) => k.ac), { ...card, atc: r.atc, data, arqc: r.arqc });
  // Without the card's key there is no ARPC to make: a plain decline.
  if (found === undefined) return declined('05', 'E-BACKEND-0020');
  const amount = BigInt(String(r.amount?.minorUnits ?? 0));
  const decision = decide(rules, r, amount);
  const arc = ascii(decision.kind === 'approve' ? '00' : decision.arc);
  const arpc = genericIssuerAuthentication(found.sessionKey, iad.cvn, { arqc: r.arqc, authorisationResponseCode: arc, approves: decision.kind === 'approve' });
  const keys = rules.masterKeys[found.keyIndex]!;
  const scripts = issuerScriptsFor(rules.scripts, { pan: r.pan, amount }, () => ({
    mac: { smiSessionKey: deriveScriptSessionKey(keys.smi, card, r.arqc), atc: r.atc, arqc: r.arqc },
    smcSessionKey: deriveScriptSessionKey(keys.smc, card, r.arqc),
  }));
  return answer(decision, arpc, scripts);

  /** The answer to a decided request; with the card's ARPC when it sent a cryptogram. */
  function answer(d: Decision, auth: ReturnType<typeof genericIssuerAuthentication> | undefined, issuerScripts: posrt.channel.v1.IIssuerScript[]): posrt.channel.v1.AuthorisationResponse.$Properties {
    const approved = d.kind === 'approve';
    // A balance inquiry moves no money: approved, it answers the card's balance in the request's currency.
    const balance = approved && r.type === v1.TransactionType.TRANSACTION_TYPE_BALANCE ? (rules.balances.get(r.pan) ?? rules.amountLimit) : undefined;
    return {
      ...(balance === undefined ? {} : { availableBalance: { minorUnits: toLong(balance), currency: r.amount?.currency ?? '' } }),
      transactionId: r.transactionId,
      outcome: approved ? v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED : v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED,
      arc: ascii(approved ? '00' : d.arc),
      ...(auth ? { issuerAuthenticationData: auth.issuerAuthenticationData, arpcMethod: ARPC_METHOD[auth.method], arpc: auth.arpc } : { arpcMethod: v1.ArpcMethod.ARPC_METHOD_NONE }),
      issuerScripts,
      authorisationCode: approved ? String(random(1_000_000)).padStart(6, '0') : '',
      hostReference: String(random(1_000_000_000_000)).padStart(12, '0'),
      declineCode: approved ? '' : d.code,
    };
  }
}
