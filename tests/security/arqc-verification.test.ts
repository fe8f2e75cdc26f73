import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, findArqcSessionKey, generateApplicationCryptogram } from '../../src/security/index.js';

// Two test issuers; the card below belongs to the second.
const IMKS = [fromHex('11111111111111112222222222222222'), fromHex('0123456789ABCDEFFEDCBA9876543210')];
const PAN = '4761739001010119';
const ATC = fromHex('0017');
const DATA = fromHex('000000001000000000000000015600000000000156251130000123456738000017A0000000');

function cardArqc(imk: Uint8Array): { sessionKey: Uint8Array; arqc: Uint8Array } {
  const sessionKey = deriveAcSessionKey(deriveIccMasterKeyOptionA(imk, PAN, '01'), { method: 'emv-common', atc: ATC });
  return { sessionKey, arqc: generateApplicationCryptogram(sessionKey, DATA) };
}

describe('findArqcSessionKey (Book 2 §8.1, Option A + common session key)', () => {
  it('finds the issuer master key whose card made the ARQC and returns its index and session key', () => {
    const { sessionKey, arqc } = cardArqc(IMKS[1]!);
    const found = findArqcSessionKey(IMKS, { pan: PAN, panSequenceNumber: '01', atc: ATC, data: DATA, arqc });
    expect(found?.keyIndex).toBe(1);
    expect(found && toHex(found.sessionKey)).toBe(toHex(sessionKey));
  });

  it('finds nothing for a flipped ARQC bit, another PSN, or a card of an unknown issuer', () => {
    const { arqc } = cardArqc(IMKS[1]!);
    const flipped = Uint8Array.from(arqc);
    flipped[0]! ^= 0x80;
    expect(findArqcSessionKey(IMKS, { pan: PAN, panSequenceNumber: '01', atc: ATC, data: DATA, arqc: flipped })).toBeUndefined();
    expect(findArqcSessionKey(IMKS, { pan: PAN, panSequenceNumber: '00', atc: ATC, data: DATA, arqc })).toBeUndefined();
    const stranger = cardArqc(fromHex('FEDCBA98765432100123456789ABCDEF')).arqc;
    expect(findArqcSessionKey(IMKS, { pan: PAN, panSequenceNumber: '01', atc: ATC, data: DATA, arqc: stranger })).toBeUndefined();
  });
});
