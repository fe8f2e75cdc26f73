// The backend's issuer simulator: ARQC checked with the configured test issuer master key
// (Option A, common session key), decision by the configured rules, ARC and ARPC method 1
// that the card's own check (verifyArpc) accepts.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { authorise } from '../../src/backend/issuer-simulator.js';
import { verifyArpc } from '../../src/security/index.js';
import { posrt } from '../../src/protos/index.js';
import { cardRequest, TEST_IMK } from '../support/issuer-cards.js';

const v1 = posrt.channel.v1;
const rules = { masterKeys: [fromHex('11111111111111112222222222222222'), TEST_IMK], amountLimit: 100_000n, declinedPanPrefixes: ['999999'] };
const arc = (r: { arc?: Uint8Array | null }): string => Buffer.from(r.arc ?? []).toString('ascii');

describe('issuer simulator', () => {
  it('approves a genuine ARQC under the limit with ARC 00, an authorisation code and an ARPC the card accepts', () => {
    const { request, sessionKey } = cardRequest('4761739001010119', 1000n);
    const r = authorise(rules, request, () => 4242);
    expect(r.outcome).toBe(v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED);
    expect(arc(r)).toBe('00');
    expect(r.authorisationCode).toBe('004242');
    expect(r.arpcMethod).toBe(v1.ArpcMethod.ARPC_METHOD_1);
    expect(verifyArpc(sessionKey, { method: 1, arqc: request.arqc, authorisationResponseCode: r.arc! }, r.arpc!)).toBe(true);
    expect(toHex(r.issuerAuthenticationData!)).toBe(toHex(r.arpc!) + '3030');
  });

  it('declines over the amount limit with ARC 51 (E-BACKEND-0021), still authenticated by an ARPC', () => {
    const { request, sessionKey } = cardRequest('4761739001010119', 100_001n);
    const r = authorise(rules, request);
    expect([arc(r), r.declineCode, r.outcome]).toEqual(['51', 'E-BACKEND-0021', v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED]);
    expect(verifyArpc(sessionKey, { method: 1, arqc: request.arqc, authorisationResponseCode: r.arc! }, r.arpc!)).toBe(true);
  });

  it('declines a PAN in a declined range with ARC 05 (E-BACKEND-0022)', () => {
    const r = authorise(rules, cardRequest('9999990000000001', 100n).request);
    expect([arc(r), r.declineCode]).toEqual(['05', 'E-BACKEND-0022']);
  });

  it('declines an ARQC no configured key made (E-BACKEND-0020) without an ARPC, and a request without one (E-BACKEND-0023)', () => {
    const foreign = authorise(rules, cardRequest('4761739001010119', 100n, fromHex('FEDCBA98765432100123456789ABCDEF')).request);
    expect([arc(foreign), foreign.declineCode, foreign.arpcMethod, foreign.arpc]).toEqual(['05', 'E-BACKEND-0020', v1.ArpcMethod.ARPC_METHOD_NONE, undefined]);
    const { request } = cardRequest('4761739001010119', 100n);
    request.arqc = new Uint8Array(0);
    expect(authorise(rules, request).declineCode).toBe('E-BACKEND-0023');
  });
});
