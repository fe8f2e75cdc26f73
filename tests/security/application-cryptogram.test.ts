import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../src/bytes/hex.js';
import {
  deriveAcSessionKey,
  deriveIccMasterKeyOptionA,
  deriveIccMasterKeyOptionB,
  generateApplicationCryptogram,
  generateArpc,
  issuerAuthenticationData,
  recommendedCryptogramData,
  verifyApplicationCryptogram,
  verifyArpc,
  visaApplicationCryptogram,
  visaArpc,
  type CryptogramTransactionData,
} from '../../src/security/index.js';

const SK = fromHex('AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBB');
const IMK = fromHex('0123456789ABCDEFFEDCBA9876543210');

describe('application cryptogram (EMV Book 2 §8.1.2)', () => {
  // pyemv ac.generate_ac docstring: SK AAAA..BBBB, the Book 2 minimum data set, padding method 2.
  const data = fromHex('000000002000' + '000000000000' + '0124' + '0000008000' + '0124' + '110309' + '00' + '3804823E' + '5800' + '0001');

  it('matches the pyemv example ARQC', () => {
    expect(toHex(generateApplicationCryptogram(SK, data))).toBe('3B76CF10FECD8789');
  });

  it('verifies its own cryptogram and rejects one with a flipped bit', () => {
    const ac = generateApplicationCryptogram(SK, data);
    expect(verifyApplicationCryptogram(SK, data, ac)).toBe(true);
    const bad = Uint8Array.from(ac);
    bad[7] = bad[7]! ^ 0x01;
    expect(verifyApplicationCryptogram(SK, data, bad)).toBe(false);
  });

  it('changes when any one bit of the transaction data changes', () => {
    const ac = toHex(generateApplicationCryptogram(SK, data));
    for (let bit = 0; bit < data.length * 8; bit++) {
      const flipped = Uint8Array.from(data);
      flipped[bit >> 3] = flipped[bit >> 3]! ^ (0x80 >> (bit & 7));
      expect(toHex(generateApplicationCryptogram(SK, flipped))).not.toBe(ac);
    }
  });
});

describe('ARPC (EMV Book 2 §8.2)', () => {
  const arqc = fromHex('1234567890ABCDEF');

  it('method 1 matches the pyemv ac.generate_arpc_1 example', () => {
    expect(toHex(generateArpc(SK, { method: 1, arqc, authorisationResponseCode: fromHex('0000') }))).toBe('F5E6F44147E2F1B0');
  });

  it('method 2 matches the pyemv ac.generate_arpc_2 example', () => {
    expect(toHex(generateArpc(SK, { method: 2, arqc, cardStatusUpdate: fromHex('00000000') }))).toBe('9308BEBC');
  });

  it('builds tag 91 as ARPC || ARC (method 1) and ARPC || CSU || PAD (method 2)', () => {
    const m1 = { method: 1, arqc, authorisationResponseCode: fromHex('3030') } as const;
    expect(issuerAuthenticationData(SK, m1)).toEqual(concatBytes(generateArpc(SK, m1), fromHex('3030')));
    const m2 = { method: 2, arqc, cardStatusUpdate: fromHex('00800000'), proprietaryAuthenticationData: fromHex('0102') } as const;
    expect(toHex(issuerAuthenticationData(SK, m2))).toBe(toHex(generateArpc(SK, m2)) + '008000000102');
  });

  it('verifies for the card what the issuer generated, and fails on another ARC or CSU', () => {
    const ok = { method: 1, arqc, authorisationResponseCode: fromHex('3030') } as const;
    const arpc1 = generateArpc(SK, ok);
    expect(verifyArpc(SK, ok, arpc1)).toBe(true);
    expect(verifyArpc(SK, { ...ok, authorisationResponseCode: fromHex('3035') }, arpc1)).toBe(false);
    const csu = { method: 2, arqc, cardStatusUpdate: fromHex('00800000') } as const;
    const arpc2 = generateArpc(SK, csu);
    expect(arpc2).toHaveLength(4);
    expect(verifyArpc(SK, csu, arpc2)).toBe(true);
    expect(verifyArpc(SK, { ...csu, cardStatusUpdate: fromHex('00000000') }, arpc2)).toBe(false);
    expect(verifyArpc(SK, csu, arpc1)).toBe(false);
  });

  it('refuses a short ARQC, a 3-byte ARC and proprietary data over 8 bytes', () => {
    expect(() => generateArpc(SK, { method: 1, arqc: fromHex('12345678'), authorisationResponseCode: fromHex('0000') })).toThrow(/field=arqc/);
    expect(() => generateArpc(SK, { method: 1, arqc, authorisationResponseCode: fromHex('001122') })).toThrow(/E-CRYPTO-0003/);
    expect(() =>
      generateArpc(SK, { method: 2, arqc, cardStatusUpdate: fromHex('00000000'), proprietaryAuthenticationData: new Uint8Array(9) }),
    ).toThrow(/E-CRYPTO-0003/);
  });
});

describe('cryptogram versions, end to end from the issuer master key', () => {
  // pyemv tests/test_cvn_hsm.py: IMK 0123..3210, PAN 1234567890123456, PSN 00, ATC 001C.
  const transaction: CryptogramTransactionData = {
    amountAuthorised: fromHex('000000004000'),
    amountOther: fromHex('000000000000'),
    terminalCountryCode: fromHex('0124'),
    terminalVerificationResults: fromHex('8000048000'),
    transactionCurrencyCode: fromHex('0124'),
    transactionDate: fromHex('191105'),
    transactionType: fromHex('01'),
    unpredictableNumber: fromHex('52BF4585'),
    applicationInterchangeProfile: fromHex('1800'),
    applicationTransactionCounter: fromHex('001C'),
  };

  it('puts the Book 2 §8.1.1 data elements in order (29 bytes)', () => {
    expect(toHex(recommendedCryptogramData(transaction))).toBe('000000004000000000000000012480000480000124191105' + '0152BF45851800001C');
  });

  it('refuses a transaction field of the wrong length, naming the field', () => {
    expect(() => recommendedCryptogramData({ ...transaction, terminalVerificationResults: fromHex('80000480') })).toThrow(
      /field=terminalVerificationResults/,
    );
  });

  it('Visa CVN 10: ARQC 29CCA15AE665FA2E and ARPC 28993816AFAE4AEB', () => {
    const mk = deriveIccMasterKeyOptionA(IMK, '1234567890123456', '00');
    const arqc = visaApplicationCryptogram(mk, transaction, { cvn: 10, cardVerificationResults: fromHex('03A06010') });
    expect(toHex(arqc)).toBe('29CCA15AE665FA2E');
    expect(toHex(visaArpc(mk, { cvn: 10, arqc, authorisationResponseCode: fromHex('3030') }))).toBe('28993816AFAE4AEB');
  });

  it('Visa CVN 18: ARQC 7A788EA6B8A3E733 and ARPC 9AF514C1', () => {
    const mk = deriveIccMasterKeyOptionB(IMK, '1234567890123456', '00');
    const arqc = visaApplicationCryptogram(mk, transaction, { cvn: 18, issuerApplicationData: fromHex('06011203A0B800') });
    expect(toHex(arqc)).toBe('7A788EA6B8A3E733');
    expect(toHex(visaArpc(mk, { cvn: 18, atc: fromHex('001C'), arqc, cardStatusUpdate: fromHex('00000000') }))).toBe('9AF514C1');
  });

  it('Mastercard session keys through the generic API: pyemv Interac CVN 133 (ARQC 18932FECA2D84326)', () => {
    const mk = deriveIccMasterKeyOptionA(IMK, '1234567890123456', '00');
    const un = fromHex('ABCDEF12');
    const t: CryptogramTransactionData = {
      ...transaction,
      amountAuthorised: fromHex('000000009999'),
      terminalVerificationResults: fromHex('8000000000'),
      transactionDate: fromHex('209906'),
      transactionType: fromHex('00'),
      unpredictableNumber: un,
    };
    const sk = deriveAcSessionKey(mk, { method: 'mastercard', atc: fromHex('001C'), unpredictableNumber: un });
    const iad = fromHex('1501850440B100000000B00000000000000000000000');
    const arqc = generateApplicationCryptogram(sk, concatBytes(recommendedCryptogramData(t), iad));
    expect(toHex(arqc)).toBe('18932FECA2D84326');
    expect(toHex(generateArpc(sk, { method: 1, arqc, authorisationResponseCode: fromHex('0000') }))).toBe('4DF171A49396C363');
  });
});
