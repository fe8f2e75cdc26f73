// EMV Book 2 §5.2-5.3: the issuer public key as a terminal gets it from what the card sent —
// the CA key named by the RID (first 5 bytes of the AID) and 8F, then the certificate 90 with
// 92 and 9F32. Shared by ODA and by offline PIN encipherment (§7.1), which needs the issuer key
// even when no ODA method ran.
import type { CaKeyStore } from './ca-keys.js';
import type { DateKey } from './dates.js';
import { recoverIssuerKey } from './issuer-key.js';
import type { OpenedCertificate } from './public-key-certificate.js';
import type { RevocationList } from './revocation.js';
import type { CardData } from './static-data.js';

export interface IssuerKeySources {
  readonly aid: Uint8Array;
  readonly card: CardData;
  readonly caKeys: CaKeyStore;
  readonly revoked: RevocationList;
}

export function issuerKeyFromCard(input: IssuerKeySources, date: DateKey): OpenedCertificate {
  const { card } = input;
  const caIndex = card.get(0x8f)?.[0];
  const certificate = card.get(0x90);
  const exponent = card.get(0x9f32);
  const pan = card.get(0x5a);
  if (caIndex === undefined || certificate === undefined || exponent === undefined || pan === undefined) return { result: 'failed', reason: 'icc-data-missing' };
  const rid = input.aid.subarray(0, 5);
  const caKey = input.caKeys.find(rid, caIndex, date);
  if (caKey === undefined) return { result: 'failed', reason: 'ca-key-not-found' };
  return recoverIssuerKey({ certifier: caKey, certificate, remainder: card.get(0x92), exponent, pan, rid, caIndex, revoked: input.revoked, date });
}
