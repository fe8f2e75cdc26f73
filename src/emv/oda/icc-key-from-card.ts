// EMV Book 2 §6.1-6.4: the ICC public key as a terminal gets it from what the card sent — the
// issuer key (issuer-key-from-card.ts), then the ICC certificate 9F46 with 9F48 and 9F47, its
// hash over the static data to be authenticated. Shared by DDA and CDA (oda.ts) and by the
// contactless kernels' fDDA.
import type { DateKey } from './dates.js';
import { recoverIccKey } from './icc-key.js';
import { issuerKeyFromCard, type IssuerKeySources } from './issuer-key-from-card.js';
import type { OpenedCertificate } from './public-key-certificate.js';

export function iccKeyFromCard(input: IssuerKeySources, date: DateKey, staticData: Uint8Array): OpenedCertificate {
  const { card } = input;
  const certificate = card.get(0x9f46);
  const exponent = card.get(0x9f47);
  const pan = card.get(0x5a);
  if (certificate === undefined || exponent === undefined || pan === undefined) return { result: 'failed', reason: 'icc-data-missing' };
  const issuer = issuerKeyFromCard(input, date);
  if (issuer.result === 'failed') return issuer;
  return recoverIccKey({ certifier: issuer.key, certificate, remainder: card.get(0x9f48), exponent, hashedAfter: staticData, pan, date });
}
