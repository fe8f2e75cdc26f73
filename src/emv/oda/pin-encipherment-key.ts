// EMV Book 2 §7.1 Keys and Certificates for offline PIN encipherment: the card's ICC PIN
// Encipherment Public Key (9F2D certificate, 9F2E exponent, 9F2F remainder) when it has one,
// else its ICC Public Key (9F46, 9F47, 9F48). Both are certified by the issuer key. A key ODA
// already recovered is reused; otherwise (an SDA card, ODA not performed or failed before the
// ICC key) it is recovered here, so enciphered PIN does not depend on the ODA method chosen.
import { transactionDateKey } from './dates.js';
import type { OdaFailure } from './failure.js';
import { recoverIccKey, recoverIccPinKey } from './icc-key.js';
import { issuerKeyFromCard, type IssuerKeySources } from './issuer-key-from-card.js';
import type { RsaPublicKey } from './rsa-recover.js';
import { staticDataToAuthenticate } from './static-data.js';
import type { OdaRecords } from '../records/index.js';

export interface PinKeyInput extends IssuerKeySources {
  /** The records for offline data authentication: the ICC key's hash covers the static data. */
  readonly records: OdaRecords;
  /** 9A, YYMMDD. */
  readonly transactionDate: Uint8Array;
  /** The ICC key DDA or CDA recovered in this transaction, if any. */
  readonly iccKeyFromOda: RsaPublicKey | undefined;
}

export type PinKeyResult =
  | { readonly result: 'ok'; readonly source: 'icc-pin-key' | 'icc-key'; readonly key: RsaPublicKey }
  | { readonly result: 'failed'; readonly reason: OdaFailure };

export function recoverPinEnciphermentKey(input: PinKeyInput): PinKeyResult {
  const { card } = input;
  const pinCertificate = card.get(0x9f2d);
  if (pinCertificate === undefined && input.iccKeyFromOda) return { result: 'ok', source: 'icc-key', key: input.iccKeyFromOda };
  const date = transactionDateKey(input.transactionDate);
  if (date === undefined) return failed('icc-data-missing');
  const issuer = issuerKeyFromCard(input, date);
  if (issuer.result === 'failed') return failed(issuer.reason);
  const pan = card.get(0x5a)!;
  if (pinCertificate !== undefined) {
    const exponent = card.get(0x9f2e);
    if (exponent === undefined) return failed('icc-data-missing');
    const pinKey = recoverIccPinKey({ certifier: issuer.key, certificate: pinCertificate, remainder: card.get(0x9f2f), exponent, pan, date });
    return pinKey.result === 'ok' ? { result: 'ok', source: 'icc-pin-key', key: pinKey.key } : failed(pinKey.reason);
  }
  const certificate = card.get(0x9f46);
  const exponent = card.get(0x9f47);
  if (certificate === undefined || exponent === undefined) return failed('icc-data-missing');
  const staticData = staticDataToAuthenticate(input.records, card);
  if (staticData.kind === 'failed') return failed(staticData.reason);
  const icc = recoverIccKey({ certifier: issuer.key, certificate, remainder: card.get(0x9f48), exponent, hashedAfter: staticData.data, pan, date });
  return icc.result === 'ok' ? { result: 'ok', source: 'icc-key', key: icc.key } : failed(icc.reason);
}

const failed = (reason: OdaFailure): PinKeyResult => ({ result: 'failed', reason });
