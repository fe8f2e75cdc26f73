// An authorisation request as a card of the test issuer makes it: the ARQC computed the way the
// virtual cards do (Option A card key, common session key, generic CVN's data), for the
// backend's issuer simulator to check.
import { concatBytes, fromHex } from '../../src/bytes/hex.js';
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, generateApplicationCryptogram } from '../../src/security/index.js';
import { posrt, toLong } from '../../src/protos/index.js';

const v1 = posrt.channel.v1;
export const TEST_IMK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const CDOL1 = fromHex('000000001000' + '000000000000' + '0156' + '0000000000' + '0156' + '251130' + '00' + '12345678');
const AIP = fromHex('3800');
const ATC = fromHex('0042');
const CVR = fromHex('03A00000');

/** The request a card of the test issuer makes, its ARQC computed the way the card does; the
 *  IAD names `cvn` (posrt's generic CVN 01 or 02), and an online PIN rides along when given. */
export function cardRequest(
  pan: string,
  minorUnits: bigint,
  imk = TEST_IMK,
  extra: { readonly cvn?: 0x01 | 0x02; readonly onlinePin?: posrt.channel.v1.IOnlinePin } = {},
): { request: posrt.channel.v1.AuthorisationRequest; sessionKey: Uint8Array } {
  const sessionKey = deriveAcSessionKey(deriveIccMasterKeyOptionA(imk, pan, '01'), { method: 'emv-common', atc: ATC });
  const arqc = generateApplicationCryptogram(sessionKey, concatBytes(CDOL1, AIP, ATC, CVR));
  const request = v1.AuthorisationRequest.decode(
    v1.AuthorisationRequest.encode({
      transactionId: '6b1f3c9e-0000-4000-8000-000000000001',
      amount: { minorUnits: toLong(minorUnits), currency: '156' },
      pan,
      panSequenceNumber: fromHex('01'),
      arqc,
      atc: ATC,
      aip: AIP,
      issuerApplicationData: concatBytes(Uint8Array.of(0x01, extra.cvn ?? 0x01), CVR),
      cdol1Data: CDOL1,
      ...(extra.onlinePin ? { onlinePin: extra.onlinePin } : {}),
    }).finish(),
  );
  return { request, sessionKey };
}

