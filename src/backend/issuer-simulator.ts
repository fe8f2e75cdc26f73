// The issuer behind the reference backend (EMV Book 3 §10.9 from the host's side): checks the
// ARQC with the test issuer master keys of the backend's configuration (security's
// findArqcSessionKey: Option A card key, common session key), decides by simple rules, and
// answers with an ARC and an ARPC by method 1 (Book 2 §8.2.1). The clear PAN is used here and
// dropped: it is never stored, logged or put in an error.
import { randomInt } from 'node:crypto';
import { findArqcSessionKey, issuerAuthenticationData } from '../security/index.js';
import { posrt } from '../protos/index.js';
import type { ErrorCode } from '../errors/index.js';

const v1 = posrt.channel.v1;

export interface IssuerRules {
  /** Test issuer master keys (16-byte TDES), tried in turn. */
  readonly masterKeys: readonly Uint8Array[];
  /** Amounts above this (minor units) are declined with ARC 51. */
  readonly amountLimit: bigint;
  /** PANs starting with one of these are declined with ARC 05. */
  readonly declinedPanPrefixes: readonly string[];
}

const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'ascii'));

type Decision =
  | { readonly kind: 'approve' }
  | { readonly kind: 'decline'; readonly arc: string; readonly code: ErrorCode };

function decide(rules: IssuerRules, pan: string, amount: bigint): Decision {
  if (amount > rules.amountLimit) return { kind: 'decline', arc: '51', code: 'E-BACKEND-0021' };
  if (rules.declinedPanPrefixes.some((p) => pan.startsWith(p))) return { kind: 'decline', arc: '05', code: 'E-BACKEND-0022' };
  return { kind: 'approve' };
}

/** The cryptogram's data for the generic CVN the test cards use: CDOL1 data || AIP || ATC ||
 *  CVR, the CVR being the IAD's bytes 3..6 (IAD = DKI || CVN || CVR). */
function cryptogramData(r: posrt.channel.v1.AuthorisationRequest): Uint8Array | undefined {
  if (r.cdol1Data.length === 0 || r.issuerApplicationData.length < 6) return undefined;
  return Buffer.concat([r.cdol1Data, r.aip, r.atc, r.issuerApplicationData.subarray(2, 6)]);
}

export function authorise(rules: IssuerRules, r: posrt.channel.v1.AuthorisationRequest, random: (max: number) => number = randomInt): posrt.channel.v1.AuthorisationResponse.$Properties {
  const declined = (arc: string, code: ErrorCode): posrt.channel.v1.AuthorisationResponse.$Properties => ({
    transactionId: r.transactionId,
    outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED,
    arc: ascii(arc),
    arpcMethod: v1.ArpcMethod.ARPC_METHOD_NONE,
    declineCode: code,
  });
  const data = cryptogramData(r);
  if (!/^\d{12,19}$/.test(r.pan) || r.arqc.length !== 8 || r.atc.length !== 2 || data === undefined) return declined('30', 'E-BACKEND-0023');
  const psn = r.panSequenceNumber.length === 1 ? Buffer.from(r.panSequenceNumber).toString('hex') : '00';
  const sessionKey = findArqcSessionKey(rules.masterKeys, { pan: r.pan, panSequenceNumber: psn, atc: r.atc, data, arqc: r.arqc });
  // Without the card's key there is no ARPC to make: a plain decline.
  if (sessionKey === undefined) return declined('05', 'E-BACKEND-0020');
  const decision = decide(rules, r.pan, BigInt(String(r.amount?.minorUnits ?? 0)));
  const arc = ascii(decision.kind === 'approve' ? '00' : decision.arc);
  const iad = issuerAuthenticationData(sessionKey, { method: 1, arqc: r.arqc, authorisationResponseCode: arc });
  const approved = decision.kind === 'approve';
  return {
    transactionId: r.transactionId,
    outcome: approved ? v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED : v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED,
    arc,
    issuerAuthenticationData: iad,
    arpcMethod: v1.ArpcMethod.ARPC_METHOD_1,
    arpc: iad.subarray(0, 8),
    authorisationCode: approved ? String(random(1_000_000)).padStart(6, '0') : '',
    hostReference: String(random(1_000_000_000_000)).padStart(12, '0'),
    declineCode: decision.kind === 'approve' ? '' : decision.code,
  };
}
