// EMV Book 3 §10.9 Online Processing, issuer authentication: when the AIP says the card
// supports issuer authentication and the issuer sent Issuer Authentication Data (91), the
// terminal sends it in EXTERNAL AUTHENTICATE — once — and sets the TSI; a status other than
// 9000 sets TVR 'issuer authentication failed'. Cards that take 91 in CDOL2 instead get it there.
import { exchange, externalAuthenticateCommand, SW, type CardTransport } from '../apdu/index.js';
import type { Aip, Tsi, Tvr } from '../dictionary/index.js';

export type IssuerAuthentication = 'not-performed' | 'successful' | 'failed';

export async function authenticateIssuer(transport: CardTransport, aip: Aip, issuerAuthenticationData: Uint8Array | undefined, tvr: Tvr, tsi: Tsi): Promise<IssuerAuthentication> {
  if (issuerAuthenticationData === undefined || !aip.has('issuerAuthenticationSupported')) return 'not-performed';
  tsi.set('issuerAuthenticationPerformed');
  // 91 shorter than 8 or longer than 16 bytes cannot be sent; the card cannot authenticate it.
  if (issuerAuthenticationData.length < 8 || issuerAuthenticationData.length > 16) {
    tvr.set('issuerAuthenticationFailed');
    return 'failed';
  }
  const { sw } = await exchange(transport, externalAuthenticateCommand(issuerAuthenticationData));
  if (sw === SW.ok) return 'successful';
  tvr.set('issuerAuthenticationFailed');
  return 'failed';
}
