import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import {
  deriveAcSessionKey,
  deriveCommonSessionKey,
  deriveIccMasterKeyOptionA,
  deriveIccMasterKeyOptionB,
  hasOddParity,
  tdesKeyCheckValue,
} from '../../src/security/index.js';

const IMK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const kcv2 = (key: Uint8Array) => toHex(tdesKeyCheckValue(key)).slice(0, 4);

describe('ICC master key derivation (EMV Book 2 Annex A1.4)', () => {
  it('Option A: the pyemv kd.derive_icc_mk_a docstring example (17-digit PAN)', () => {
    const mk = deriveIccMasterKeyOptionA(IMK, '12345678901234567', '01');
    expect(toHex(mk)).toBe('73AD54688CEF2934B0979857E3C719F1');
    expect(hasOddParity(mk)).toBe(true);
  });

  it('Option A: the pyemv kd module docstring example (PSN 45)', () => {
    expect(toHex(deriveIccMasterKeyOptionA(IMK, '99012345678901234', '45'))).toBe('67F8292358083E5EA7AB7FDA58D53B6B');
  });

  it('Option A: the pyemv CVN tests (tests/test_cvn_hsm.py) for three issuer keys', () => {
    // PAN 1234567890123456, PSN 00: ICC MK check digits BAB0 (AC), F010 (SMI), B154 (SMC).
    expect(kcv2(deriveIccMasterKeyOptionA(IMK, '1234567890123456', '00'))).toBe('BAB0');
    expect(kcv2(deriveIccMasterKeyOptionA(fromHex('FEDCBA98765432100123456789ABCDEF'), '1234567890123456', '00'))).toBe('F010');
    expect(kcv2(deriveIccMasterKeyOptionA(fromHex('89ABCDEF0123456776543210FEDCBA98'), '1234567890123456', '00'))).toBe('B154');
  });

  it('Option A: an absent PAN sequence number counts as 00', () => {
    expect(deriveIccMasterKeyOptionA(IMK, '1234567890123456')).toEqual(deriveIccMasterKeyOptionA(IMK, '1234567890123456', '00'));
  });

  it('Option A: a short PAN is zero-filled on the left', () => {
    expect(deriveIccMasterKeyOptionA(IMK, '123456789012', '01')).toEqual(deriveIccMasterKeyOptionA(IMK, '0000123456789012', '01'));
  });

  it('Option B: the pyemv kd.derive_icc_mk_b docstring example (17-digit PAN, SHA-1 path)', () => {
    expect(toHex(deriveIccMasterKeyOptionB(IMK, '12345678901234567', '01'))).toBe('AD406D7F6D7570916D75E5DCAB8CF737');
  });

  it('Option B: a PAN of 16 digits or fewer gives the Option A key', () => {
    expect(deriveIccMasterKeyOptionB(IMK, '1234567890123456', '00')).toEqual(deriveIccMasterKeyOptionA(IMK, '1234567890123456', '00'));
  });

  it('refuses a PAN with a non-digit without putting the PAN in the error', () => {
    try {
      deriveIccMasterKeyOptionA(IMK, '4761 7390 0101 0010', '01');
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e, 'E-CRYPTO-0004')).toBe(true);
      expect((e as Error).message).not.toContain('4761');
      expect((e as Error).message).toContain('length=19');
    }
  });

  it('refuses a PAN longer than 19 digits and a bad PAN sequence number', () => {
    expect(() => deriveIccMasterKeyOptionB(IMK, '12345678901234567890', '01')).toThrow(/E-CRYPTO-0004/);
    expect(() => deriveIccMasterKeyOptionA(IMK, '1234567890123456', '1')).toThrow(/E-CRYPTO-0005/);
    expect(() => deriveIccMasterKeyOptionA(IMK, '1234567890123456', 'A1')).toThrow(/E-CRYPTO-0005/);
  });

  it('refuses an issuer master key that is not double length', () => {
    expect(() => deriveIccMasterKeyOptionA(new Uint8Array(24), '1234567890123456', '00')).toThrow(/E-CRYPTO-0001/);
  });
});

describe('session key derivation (EMV Book 2 Annex A1.3.1)', () => {
  it('common derivation: the pyemv kd.derive_common_sk docstring example (R = ATC 001C || 00..)', () => {
    expect(toHex(deriveCommonSessionKey(IMK, fromHex('001C000000000000')))).toBe('E9FB384AF807B940FEDCEA613461B0C4');
  });

  it('the emv-common AC key builds R = ATC || 00 x6', () => {
    expect(deriveAcSessionKey(IMK, { method: 'emv-common', atc: fromHex('001C') })).toEqual(deriveCommonSessionKey(IMK, fromHex('001C000000000000')));
  });

  it('common derivation over R = ARQC: the pyemv secure-messaging test (check digits F088)', () => {
    // pyemv tests (test_generate_command_mac): ICC MK from IMK 0123..3210, PAN 1234567890123456,
    // PSN 01 has check digits 0239; SK for R = ABCDEF1234567890 has F088.
    const mk = deriveIccMasterKeyOptionA(IMK, '1234567890123456', '01');
    expect(kcv2(mk)).toBe('0239');
    expect(kcv2(deriveCommonSessionKey(mk, fromHex('ABCDEF1234567890')))).toBe('F088');
  });

  it('Visa CVN 18 AC key: pyemv tests/test_cvn_hsm.py (check digits 22C8 at ATC 001C)', () => {
    const mk = deriveIccMasterKeyOptionB(IMK, '1234567890123456', '00');
    expect(kcv2(deriveAcSessionKey(mk, { method: 'emv-common', atc: fromHex('001C') }))).toBe('22C8');
  });

  it('Mastercard SKD: pyemv Interac CVN 133 test (R = ATC || 0000 || UN, check digits 2FD5)', () => {
    const mk = deriveIccMasterKeyOptionA(IMK, '1234567890123456', '00');
    const sk = deriveAcSessionKey(mk, { method: 'mastercard', atc: fromHex('001C'), unpredictableNumber: fromHex('ABCDEF12') });
    expect(kcv2(sk)).toBe('2FD5');
    expect(sk).toEqual(deriveCommonSessionKey(mk, fromHex('001C0000ABCDEF12')));
  });

  it("'none' hands back the ICC master key itself (Visa CVN 10), as a copy", () => {
    const sk = deriveAcSessionKey(IMK, { method: 'none' });
    expect(sk).toEqual(IMK);
    expect(sk).not.toBe(IMK);
  });

  it('gives a different key for each ATC', () => {
    const a = deriveAcSessionKey(IMK, { method: 'emv-common', atc: fromHex('0001') });
    const b = deriveAcSessionKey(IMK, { method: 'emv-common', atc: fromHex('0002') });
    expect(toHex(a)).not.toBe(toHex(b));
    expect(hasOddParity(a)).toBe(true);
  });

  it('refuses an ATC, UN or R of the wrong length, naming the field', () => {
    expect(() => deriveAcSessionKey(IMK, { method: 'emv-common', atc: fromHex('01') })).toThrow(/field=atc/);
    expect(() => deriveAcSessionKey(IMK, { method: 'mastercard', atc: fromHex('0001'), unpredictableNumber: fromHex('010203') })).toThrow(
      /E-CRYPTO-0003.*unpredictable number/,
    );
    expect(() => deriveCommonSessionKey(IMK, fromHex('00010000000000'))).toThrow(/E-CRYPTO-0003/);
    expect(() => deriveCommonSessionKey(new Uint8Array(8), fromHex('0001000000000000'))).toThrow(/E-CRYPTO-0001/);
  });
});
