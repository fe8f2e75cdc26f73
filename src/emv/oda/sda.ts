// EMV Book 2 §5.4 Verification of Signed Static Application Data (93, Table 7): recovered with
// the issuer public key; format 03, SHA-1 over the body (format to pad pattern) || the static
// data to be authenticated; the Data Authentication Code (9F45) is the result.
import type { OdaFailure } from './failure.js';
import { hashMatches, openSigned, SHA1_INDICATOR } from './recovered-block.js';
import type { RsaPublicKey } from './rsa-recover.js';

export type SdaVerification =
  | { readonly result: 'ok'; readonly dataAuthenticationCode: Uint8Array }
  | { readonly result: 'failed'; readonly reason: OdaFailure };

export function verifySignedStaticData(issuerKey: RsaPublicKey, signed: Uint8Array, staticData: Uint8Array): SdaVerification {
  const opened = openSigned(issuerKey, signed, 0x03);
  if (opened.kind === 'failed') return { result: 'failed', reason: opened.reason };
  const { body } = opened;
  if (body.length < 4) return { result: 'failed', reason: 'length-mismatch' };
  if (body[1] !== SHA1_INDICATOR) return { result: 'failed', reason: 'unknown-hash-algorithm' };
  if (!hashMatches(opened.hash, body, staticData)) return { result: 'failed', reason: 'hash-mismatch' };
  return { result: 'ok', dataAuthenticationCode: body.slice(2, 4) };
}
