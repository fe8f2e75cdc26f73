// posrt's generic cryptogram versions (the virtual cards'; no payment scheme's), as card and
// issuer both compute them (EMV Book 2 §8.1-8.2):
//   ICC master key  Option A (Annex A1.4.1) from the IMK, PAN and PSN ('00' when absent)
//   AC session key  common session key derivation (A1.3.1), R = ATC || 00x6
//   AC (9F26)       MAC algorithm 3, padding method 2 (A1.2) over
//                   DOL data (CDOL1 or CDOL2) || AIP (2) || ATC (2) || CVR (4)
//   IAD (9F10)      DKI (1) || CVN (1) || CVR (4)
//   CVN 01          ARPC method 1 (§8.2.1): 91 = ARPC (8) || ARC (2)
//   CVN 02          ARPC method 2 (§8.2.2): 91 = ARPC (4) || CSU (4) || proprietary data (0-8)
// The issuer reads the CVN from the IAD to know which ARPC the card checks. The Card Status
// Update is the Common Core Definitions' (EMV Book 3 Annex C): byte 2 b8 "issuer approves
// online transaction" is the one bit these cards act on.
import { concatBytes } from '../bytes/hex.js';
import { issuerAuthenticationData, verifyArpc, type ArpcInput } from './arpc.js';

export type GenericCvn = 0x01 | 0x02;
export type ArpcMethod = 1 | 2;

const GENERIC_ARPC_METHOD: Readonly<Record<GenericCvn, ArpcMethod>> = { 0x01: 1, 0x02: 2 };

const IAD_LENGTH = 6;
const CSU_LENGTH = 4;
const ARPC_LENGTH: Readonly<Record<ArpcMethod, number>> = { 1: 8, 2: 4 };
const CSU_ISSUER_APPROVES = 0x80;

interface GenericIad {
  readonly cvn: GenericCvn;
  readonly cvr: Uint8Array;
}

export function genericIssuerApplicationData(derivationKeyIndex: number, cvn: GenericCvn, cvr: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(derivationKeyIndex, cvn), cvr);
}

/** The CVN and CVR of a generic IAD; undefined for any other IAD (another length or CVN). */
export function parseGenericIad(iad: Uint8Array | undefined): GenericIad | undefined {
  if (iad?.length !== IAD_LENGTH) return undefined;
  const cvn = iad[1];
  if (cvn !== 0x01 && cvn !== 0x02) return undefined;
  return { cvn, cvr: iad.subarray(2) };
}

/** What the generic cryptogram covers. */
export function genericCryptogramData(dolData: Uint8Array, aip: Uint8Array, atc: Uint8Array, cvr: Uint8Array): Uint8Array {
  return concatBytes(dolData, aip, atc, cvr);
}

/** The CSU an issuer answers a CVN 02 card with. */
export function cardStatusUpdate(issuerApproves: boolean): Uint8Array {
  const csu = new Uint8Array(CSU_LENGTH);
  if (issuerApproves) csu[1] = CSU_ISSUER_APPROVES;
  return csu;
}

export function csuApproves(csu: Uint8Array): boolean {
  return csu.length === CSU_LENGTH && (csu[1]! & CSU_ISSUER_APPROVES) !== 0;
}

/** The issuer's answer for the card's CVN: the ARPC by the method the card checks, and 91. */
export function genericIssuerAuthentication(
  sessionKey: Uint8Array,
  cvn: GenericCvn,
  answer: { readonly arqc: Uint8Array; readonly authorisationResponseCode: Uint8Array; readonly approves: boolean },
): { readonly method: ArpcMethod; readonly arpc: Uint8Array; readonly issuerAuthenticationData: Uint8Array } {
  const method = GENERIC_ARPC_METHOD[cvn];
  const input: ArpcInput =
    method === 1
      ? { method, arqc: answer.arqc, authorisationResponseCode: answer.authorisationResponseCode }
      : { method, arqc: answer.arqc, cardStatusUpdate: cardStatusUpdate(answer.approves) };
  const data = issuerAuthenticationData(sessionKey, input);
  return { method, arpc: data.subarray(0, ARPC_LENGTH[method]), issuerAuthenticationData: data };
}

/** The card's check of 91 for its CVN: whether the ARPC verifies, and the CSU it carried
 *  (method 2 only). A 91 of the wrong length for the method does not verify. */
export function verifyGenericIssuerAuthentication(sessionKey: Uint8Array, cvn: GenericCvn, arqc: Uint8Array, data: Uint8Array): { readonly verified: boolean; readonly cardStatusUpdate?: Uint8Array } {
  const method = GENERIC_ARPC_METHOD[cvn];
  const arpcLength = ARPC_LENGTH[method];
  if (method === 1) {
    // Bytes after the ARC are proprietary and not covered by the method 1 ARPC.
    if (data.length < arpcLength + 2) return { verified: false };
    return { verified: verifyArpc(sessionKey, { method, arqc, authorisationResponseCode: data.subarray(arpcLength, arpcLength + 2) }, data.subarray(0, arpcLength)) };
  }
  if (data.length < arpcLength + CSU_LENGTH || data.length > arpcLength + CSU_LENGTH + 8) return { verified: false };
  const csu = data.subarray(arpcLength, arpcLength + CSU_LENGTH);
  const input = { method, arqc, cardStatusUpdate: csu, proprietaryAuthenticationData: data.subarray(arpcLength + CSU_LENGTH) } as const;
  return { verified: verifyArpc(sessionKey, input, data.subarray(0, arpcLength)), cardStatusUpdate: Uint8Array.from(csu) };
}
