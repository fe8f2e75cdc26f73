// EMV Book 3 §10.4 Processing Restrictions. The named cases replay openemv/emv-utils
// tests/emv_processing_restrictions_test.c (same inputs, same TVR); the others are built from
// Book 3 §10.4.1–§10.4.3 and the bit layouts of Annex C2 (AUC) and Annex C5 (TVR).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { isPosError } from '../../../src/errors/index.js';
import { newTvr } from '../../../src/emv/dictionary/index.js';
import {
  checkApplicationDates,
  checkApplicationVersion,
  checkProcessingRestrictions,
  checkUsageControl,
  isAtm,
  readYymmdd,
  type ProcessingRestrictionsInput,
} from '../../../src/emv/restrictions/index.js';

// emv-utils' common terminal: 9F09 1313, 9F35 22 (merchant, attended, offline with online),
// 9F40 F000000000 (cash, goods, services, cashback), 9F1A 0528 (Netherlands), 9C 00, 9A 250511.
const terminal = {
  terminalApplicationVersion: fromHex('1313'),
  terminalType: 0x22,
  additionalTerminalCapabilities: fromHex('F000000000'),
  terminalCountryCode: fromHex('0528'),
  transactionType: 0x00,
  transactionDate: fromHex('250511'),
  purchaseKind: 'goods',
} as const;

// AUC (Annex C2): byte 1 FF = domestic/international cash, goods, services, ATMs, other than
// ATMs; byte 2 C0 = domestic and international cashback.
const ALL_USAGES = 'FFC0';

function run(input: Partial<ProcessingRestrictionsInput>): string {
  const tvr = newTvr();
  checkProcessingRestrictions({ ...terminal, ...input }, tvr);
  return toHex(tvr.value());
}

describe('checkProcessingRestrictions — openemv/emv-utils tests/emv_processing_restrictions_test.c', () => {
  it('"No restrictions": matching version, all usages, domestic, valid today → TVR 0000000000', () => {
    expect(
      run({
        cardApplicationVersion: fromHex('1313'),
        auc: fromHex(ALL_USAGES),
        issuerCountryCode: fromHex('0528'),
        expirationDate: fromHex('250511'),
        effectiveDate: fromHex('250511'),
      }),
    ).toBe('0000000000');
  });

  it('"Application version differs": 9F08 1310 vs 9F09 1313 → byte 2 bit 8 (Book 3 §10.4.1)', () => {
    expect(run({ cardApplicationVersion: fromHex('1310'), expirationDate: fromHex('250511') })).toBe('0080000000');
  });

  it('"ATM not allowed": terminal 15 with cash is an ATM, AUC lacks "valid at ATMs" → byte 2 bit 5 (Book 3 §10.4.2)', () => {
    expect(run({ terminalType: 0x15, auc: fromHex('FDC0'), expirationDate: fromHex('250511') })).toBe('0010000000');
  });

  it('"Non-ATM (because no cash) not allowed": terminal 22 without cash, AUC lacks "other than ATMs" → byte 2 bit 5', () => {
    expect(
      run({
        additionalTerminalCapabilities: fromHex('7000000000'),
        cardApplicationVersion: fromHex('1313'),
        auc: fromHex('FEC0'),
        issuerCountryCode: fromHex('0528'),
        expirationDate: fromHex('250511'),
        effectiveDate: fromHex('250511'),
      }),
    ).toBe('0010000000');
  });

  for (const purchaseKind of ['goods', 'services'] as const) {
    it(`"Domestic goods&services not allowed" (${purchaseKind}): AUC D7C0 lacks domestic goods and services → byte 2 bit 5`, () => {
      expect(
        run({
          purchaseKind,
          cardApplicationVersion: fromHex('1313'),
          auc: fromHex('D7C0'),
          issuerCountryCode: fromHex('0528'),
          expirationDate: fromHex('250511'),
          effectiveDate: fromHex('250511'),
        }),
      ).toBe('0010000000');
    });
  }

  it('"International cashback not allowed": 9C 09, issuer 0840 ≠ terminal 0528, AUC FF80 → byte 2 bit 5', () => {
    expect(
      run({
        transactionType: 0x09,
        cardApplicationVersion: fromHex('1313'),
        auc: fromHex('FF80'),
        issuerCountryCode: fromHex('0840'),
        expirationDate: fromHex('250511'),
        effectiveDate: fromHex('250511'),
      }),
    ).toBe('0010000000');
  });

  it('"Application not yet effective": 5F25 250511 after 9A 250510 → byte 2 bit 6 (Book 3 §10.4.3)', () => {
    expect(run({ transactionDate: fromHex('250510'), expirationDate: fromHex('250511'), effectiveDate: fromHex('250511') })).toBe(
      '0020000000',
    );
  });

  it('"Application is expired": 5F24 250511 before 9A 250512 → byte 2 bit 7 (Book 3 §10.4.3)', () => {
    expect(run({ transactionDate: fromHex('250512'), expirationDate: fromHex('250511'), effectiveDate: fromHex('250511') })).toBe(
      '0040000000',
    );
  });

  it('"All restrictions": version, domestic cash missing, expired and not yet effective → byte 2 F0', () => {
    expect(
      run({
        transactionType: 0x01,
        cardApplicationVersion: fromHex('1314'),
        auc: fromHex('7FC0'),
        issuerCountryCode: fromHex('0528'),
        expirationDate: fromHex('250510'),
        effectiveDate: fromHex('250512'),
      }),
    ).toBe('00F0000000');
  });
});

describe('checkApplicationVersion (Book 3 §10.4.1)', () => {
  it('sets nothing when the card has no 9F08', () => {
    const tvr = newTvr();
    checkApplicationVersion(undefined, fromHex('008C'), tvr);
    expect(toHex(tvr.value())).toBe('0000000000');
  });

  it('sets "different application versions" for any byte that differs', () => {
    const tvr = newTvr();
    checkApplicationVersion(fromHex('008D'), fromHex('008C'), tvr);
    expect(tvr.has('differentApplicationVersions')).toBe(true);
  });
});

describe('checkUsageControl (Book 3 §10.4.2, Annex C2)', () => {
  const usage = {
    terminalCountryCode: fromHex('0156'),
    terminalType: 0x22,
    additionalTerminalCapabilities: fromHex('F000000000'),
    transactionType: 0x00,
    purchaseKind: 'goods',
  } as const;

  function tvrFor(input: Partial<Parameters<typeof checkUsageControl>[0]>): string {
    const tvr = newTvr();
    checkUsageControl({ ...usage, ...input }, tvr);
    return toHex(tvr.value());
  }

  it('does nothing when the card has no AUC', () => {
    expect(tvrFor({ terminalType: 0x14 })).toBe('0000000000');
  });

  it('tells an ATM (14/15/16 with cash) from an unattended financial terminal without cash and from a merchant terminal (Book 4 Annex A1)', () => {
    expect(isAtm(0x14, fromHex('8000000000'))).toBe(true);
    expect(isAtm(0x16, fromHex('8000000000'))).toBe(true);
    expect(isAtm(0x14, fromHex('7000000000'))).toBe(false);
    expect(isAtm(0x11, fromHex('8000000000'))).toBe(false);
    expect(isAtm(0x25, fromHex('8000000000'))).toBe(false);
  });

  it('domestic cash needs "domestic cash" only; international cash needs "international cash"', () => {
    // 80 01: domestic cash + other than ATMs.
    expect(tvrFor({ transactionType: 0x01, auc: fromHex('8100'), issuerCountryCode: fromHex('0156') })).toBe('0000000000');
    expect(tvrFor({ transactionType: 0x01, auc: fromHex('8100'), issuerCountryCode: fromHex('0840') })).toBe('0010000000');
    expect(tvrFor({ transactionType: 0x01, auc: fromHex('4100'), issuerCountryCode: fromHex('0840') })).toBe('0000000000');
  });

  it('international services need "international services", not "international goods"', () => {
    expect(tvrFor({ purchaseKind: 'services', auc: fromHex('1100'), issuerCountryCode: fromHex('0840') })).toBe('0010000000');
    expect(tvrFor({ purchaseKind: 'services', auc: fromHex('0500'), issuerCountryCode: fromHex('0840') })).toBe('0000000000');
  });

  it('domestic cashback needs both the purchase usage and "domestic cashback"', () => {
    // 21 80: domestic goods + other than ATMs, domestic cashback.
    expect(tvrFor({ transactionType: 0x09, auc: fromHex('2180'), issuerCountryCode: fromHex('0156') })).toBe('0000000000');
    expect(tvrFor({ transactionType: 0x09, auc: fromHex('2140'), issuerCountryCode: fromHex('0156') })).toBe('0010000000');
    expect(tvrFor({ transactionType: 0x09, auc: fromHex('0180'), issuerCountryCode: fromHex('0156') })).toBe('0010000000');
  });

  it('without 5F28 only the ATM / other-than-ATM check applies', () => {
    expect(tvrFor({ transactionType: 0x01, auc: fromHex('0100') })).toBe('0000000000');
    expect(tvrFor({ transactionType: 0x01, auc: fromHex('0200') })).toBe('0010000000');
  });
});

describe('checkApplicationDates and the YYMMDD century (Book 3 §10.4.3)', () => {
  it('reads YY 00–49 as 20YY and 50–99 as 19YY', () => {
    expect(readYymmdd(fromHex('491231'), '5F24')).toBe(20491231);
    expect(readYymmdd(fromHex('500101'), '5F24')).toBe(19500101);
    expect(readYymmdd(fromHex('000229'), '9A')).toBe(20000229);
  });

  it('a card that expired in 1999 is expired in 2001; one expiring in 2049 is not', () => {
    const expired = newTvr();
    checkApplicationDates({ expirationDate: fromHex('991231') }, fromHex('010101'), expired);
    expect(toHex(expired.value())).toBe('0040000000');
    const valid = newTvr();
    checkApplicationDates({ expirationDate: fromHex('490101') }, fromHex('991231'), valid);
    // 9A 991231 is 1999-12-31, before 2049: neither bit.
    expect(toHex(valid.value())).toBe('0000000000');
  });

  it('a card effective from 1998 is effective in 2025', () => {
    const tvr = newTvr();
    checkApplicationDates({ effectiveDate: fromHex('980101'), expirationDate: fromHex('301231') }, fromHex('250511'), tvr);
    expect(toHex(tvr.value())).toBe('0000000000');
  });

  it('refuses a non-BCD or impossible date with E-RISK-0001 naming the tag, not the value', () => {
    for (const [value, tag] of [['25AA11', '5F24'], ['251301', '5F25'], ['250500', '9A'], ['2505', '5F24']] as const) {
      expect(() => readYymmdd(fromHex(value), tag)).toThrow(
        expect.objectContaining({ code: 'E-RISK-0001', context: expect.objectContaining({ tag }) }),
      );
    }
    try {
      readYymmdd(fromHex('25AA11'), '5F24');
    } catch (e) {
      expect(isPosError(e) && JSON.stringify(e.context).includes('25AA11')).toBe(false);
    }
  });
});
