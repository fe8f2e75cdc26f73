// The issuer's side of EMV Book 2 §8.1: which of the issuer master keys made this ARQC. Option A
// ICC master key (Annex A1.4.1) from PAN and PSN, the common session key from the ATC (A1.3.1),
// the cryptogram over the data the card signed (Annex A1.2, MAC algorithm 3). The local issuer
// and the backend's issuer simulator both ask this, so it lives here once.
import { deriveIccMasterKeyOptionA } from './icc-master-key.js';
import { deriveAcSessionKey } from './session-key.js';
import { verifyApplicationCryptogram } from './application-cryptogram.js';

export interface ArqcToVerify {
  readonly pan: string;
  /** PAN Sequence Number as two digits, '00' when the card has none. */
  readonly panSequenceNumber: string;
  readonly atc: Uint8Array;
  /** What the card's cryptogram covers (e.g. CDOL1 data || AIP || ATC || CVR). */
  readonly data: Uint8Array;
  readonly arqc: Uint8Array;
}

/** Which issuer master key made `arqc` (its index in the list) and its AC session key, or
 *  undefined when none did (a forged or damaged cryptogram, or a card of another issuer). The
 *  session key is what the ARPC is made with; the index names the issuer's other keys for
 *  that card (its secure-messaging key). */
export function findArqcSessionKey(issuerMasterKeys: readonly Uint8Array[], input: ArqcToVerify): { readonly keyIndex: number; readonly sessionKey: Uint8Array } | undefined {
  for (const [keyIndex, imk] of issuerMasterKeys.entries()) {
    const sessionKey = deriveAcSessionKey(deriveIccMasterKeyOptionA(imk, input.pan, input.panSequenceNumber), { method: 'emv-common', atc: input.atc });
    if (verifyApplicationCryptogram(sessionKey, input.data, input.arqc)) return { keyIndex, sessionKey };
  }
  return undefined;
}
