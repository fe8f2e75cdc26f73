// posrt's generic cryptogram versions (src/security/generic-cvn.ts): the issuer's answer by
// the CVN's ARPC method and the card's check of it. The ARPC values are pyemv's
// ac.generate_arpc_1 / generate_arpc_2 examples (SK AAAA..BBBB, ARQC 1234567890ABCDEF).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { cardStatusUpdate, csuApproves, genericIssuerAuthentication, parseGenericIad, verifyGenericIssuerAuthentication } from '../../src/security/index.js';

const SK = fromHex('AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBB');
const ARQC = fromHex('1234567890ABCDEF');

describe('generic CVNs', () => {
  it('reads CVN and CVR from DKI || CVN || CVR and refuses any other IAD', () => {
    const iad = parseGenericIad(fromHex('0102A0800000'));
    expect([iad?.cvn, iad && toHex(iad.cvr)]).toEqual([0x02, 'A0800000']);
    expect(parseGenericIad(fromHex('0103A0800000'))).toBeUndefined();
    expect(parseGenericIad(fromHex('06010A03A00000'))).toBeUndefined();
    expect(parseGenericIad(undefined)).toBeUndefined();
  });

  it('CVN 01 answers by method 1: ARPC (8) || ARC, pyemv F5E6F44147E2F1B0', () => {
    const a = genericIssuerAuthentication(SK, 0x01, { arqc: ARQC, authorisationResponseCode: fromHex('0000'), approves: true });
    expect([a.method, toHex(a.arpc), toHex(a.issuerAuthenticationData)]).toEqual([1, 'F5E6F44147E2F1B0', 'F5E6F44147E2F1B00000']);
    expect(verifyGenericIssuerAuthentication(SK, 0x01, ARQC, a.issuerAuthenticationData)).toEqual({ verified: true });
  });

  it('CVN 02 answers by method 2: ARPC (4) || CSU, pyemv 9308BEBC for CSU 00000000; the CSU carries the approval', () => {
    const declined = genericIssuerAuthentication(SK, 0x02, { arqc: ARQC, authorisationResponseCode: fromHex('3035'), approves: false });
    expect([declined.method, toHex(declined.issuerAuthenticationData)]).toEqual([2, '9308BEBC00000000']);
    const approved = genericIssuerAuthentication(SK, 0x02, { arqc: ARQC, authorisationResponseCode: fromHex('3030'), approves: true });
    const check = verifyGenericIssuerAuthentication(SK, 0x02, ARQC, approved.issuerAuthenticationData);
    expect(check.verified).toBe(true);
    expect(csuApproves(check.cardStatusUpdate!)).toBe(true);
    expect(csuApproves(cardStatusUpdate(false))).toBe(false);
  });

  it('the card refuses a method 2 answer with a CSU changed on the way, and a method 1 answer to a CVN 02 card', () => {
    const approved = genericIssuerAuthentication(SK, 0x02, { arqc: ARQC, authorisationResponseCode: fromHex('3030'), approves: false });
    const forged = Uint8Array.from(approved.issuerAuthenticationData);
    forged[5] = 0x80;
    expect(verifyGenericIssuerAuthentication(SK, 0x02, ARQC, forged).verified).toBe(false);
    const m1 = genericIssuerAuthentication(SK, 0x01, { arqc: ARQC, authorisationResponseCode: fromHex('3030'), approves: true });
    expect(verifyGenericIssuerAuthentication(SK, 0x02, ARQC, m1.issuerAuthenticationData).verified).toBe(false);
  });
});
