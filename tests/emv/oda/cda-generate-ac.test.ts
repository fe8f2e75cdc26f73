// verifyCdaSignature against the virtual Mastercard application (CDA, src/emulators/card):
// the ICC key from performOda, then GENERATE AC with the CDA bit (Book 3 §6.5.5, P1 b5), first
// and second; the Transaction Data Hash Code covers PDOL, CDOL1 (and CDOL2) data and the
// response's other objects (Book 2 §6.6.2).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { exchange, generateAcCommand, SW } from '../../../src/emv/apdu/index.js';
import { buildDolData, parseDol } from '../../../src/emv/dol/index.js';
import { performOda, verifyCdaSignature, type RsaPublicKey } from '../../../src/emv/oda/index.js';
import { encodeTlv } from '../../../src/emv/tlv/index.js';
import { odaInput, readApplication, terminalData, UNPREDICTABLE_NUMBER } from './card-session.js';

function cdolSource(amount: string) {
  return new Map([
    ...terminalData,
    [0x9f02, { value: fromHex(amount) }],
    [0x9f03, { value: fromHex('000000000000') }],
    [0x95, { value: fromHex('0000000000') }],
    [0x9c, { value: fromHex('00') }],
    [0x8a, { value: fromHex('3030') }],
  ]);
}

async function cdaSession() {
  const session = await readApplication('mastercard', 'A0000000041010');
  const outcome = await performOda(odaInput(session));
  if (outcome.method !== 'cda' || outcome.result !== 'keys-recovered') throw new Error('CDA keys not recovered');
  return { session, iccKey: outcome.iccKey as RsaPublicKey };
}

describe('verifyCdaSignature (virtual Mastercard, CDA)', () => {
  it('verifies the first GENERATE AC (TC) and returns the cryptogram the signature carries', async () => {
    const { session, iccKey } = await cdaSession();
    const cdol1Data = buildDolData(parseDol(session.card.get(0x8c)!), cdolSource('000000001000'));
    const { data, sw } = await exchange(session.transport, generateAcCommand('tc', cdol1Data, 'cda'));
    expect(sw).toBe(SW.ok);
    const result = verifyCdaSignature({ iccKey, response: data, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: session.pdolData, cdol1Data });
    expect(result).toMatchObject({ result: 'ok', cryptogramInformationData: 0x40 });
    if (result.result === 'ok') {
      expect(result.cryptogram).toHaveLength(8);
      expect(toHex(result.dynamicNumber)).toBe('4242424242424242');
    }

    // The same response checked against other inputs, or altered, fails.
    expect(verifyCdaSignature({ iccKey, response: data, unpredictableNumber: fromHex('11223345'), pdolData: session.pdolData, cdol1Data })).toEqual({ result: 'failed', reason: 'hash-mismatch' });
    expect(verifyCdaSignature({ iccKey, response: data, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: fromHex('23'), cdol1Data })).toEqual({ result: 'failed', reason: 'transaction-data-hash-mismatch' });
    const changedCid = Uint8Array.from(data);
    changedCid[toHex(data).indexOf('9F2701') / 2 + 3]! = 0x80;
    expect(verifyCdaSignature({ iccKey, response: changedCid, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: session.pdolData, cdol1Data })).toEqual({ result: 'failed', reason: 'cid-mismatch' });
    expect(verifyCdaSignature({ iccKey, response: fromHex('9F2701409F360200'), unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: session.pdolData, cdol1Data })).toEqual({ result: 'failed', reason: 'response-malformed' });
  });

  it('fails when an object beside 9F4B (the ATC) is altered', async () => {
    const { session, iccKey } = await cdaSession();
    const cdol1Data = buildDolData(parseDol(session.card.get(0x8c)!), cdolSource('000000001000'));
    const { data } = await exchange(session.transport, generateAcCommand('tc', cdol1Data, 'cda'));
    const at = toHex(data).indexOf('9F3602') / 2 + 3;
    const altered = Uint8Array.from(data);
    altered[at]! ^= 0x01;
    expect(verifyCdaSignature({ iccKey, response: altered, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: session.pdolData, cdol1Data })).toEqual({ result: 'failed', reason: 'transaction-data-hash-mismatch' });
  });

  it('verifies the second GENERATE AC with the CDOL2 data in the hash', async () => {
    const { session, iccKey } = await cdaSession();
    // Above the card's 50.00 offline limit: ARQC first, then TC on the second GENERATE AC.
    const source = cdolSource('000000009999');
    const cdol1Data = buildDolData(parseDol(session.card.get(0x8c)!), source);
    const first = await exchange(session.transport, generateAcCommand('tc', cdol1Data, 'cda'));
    expect(verifyCdaSignature({ iccKey, response: first.data, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: session.pdolData, cdol1Data })).toMatchObject({ result: 'ok', cryptogramInformationData: 0x80 });
    const cdol2Data = buildDolData(parseDol(session.card.get(0x8d)!), source);
    const second = await exchange(session.transport, generateAcCommand('tc', cdol2Data, 'cda'));
    expect(second.sw).toBe(SW.ok);
    const input = { iccKey, response: second.data, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: session.pdolData, cdol1Data };
    expect(verifyCdaSignature({ ...input, cdol2Data })).toMatchObject({ result: 'ok', cryptogramInformationData: 0x40 });
    expect(verifyCdaSignature(input)).toEqual({ result: 'failed', reason: 'transaction-data-hash-mismatch' });
  });

  it('refuses a 77 response without the Signed Dynamic Application Data (9F4B)', () => {
    const response = encodeTlv([{ tag: 0x77, children: [{ tag: 0x9f27, value: fromHex('40') }] }]);
    expect(verifyCdaSignature({ iccKey: { modulus: new Uint8Array(128).fill(0xff), exponent: fromHex('03') }, response, unpredictableNumber: UNPREDICTABLE_NUMBER, pdolData: new Uint8Array(0), cdol1Data: new Uint8Array(0) })).toEqual({ result: 'failed', reason: 'response-malformed' });
  });
});
