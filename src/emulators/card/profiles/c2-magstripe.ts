// Contactless Kernel 2 (Mastercard, EMV Contactless Book C-2) mag-stripe mode cards: PayPass Mag
// Stripe data in SFI 1 record 1 (AFL '08 01 01 00'), AIP without 'EMV mode is supported', and a
// CVC3 from COMPUTE CRYPTOGRAPHIC CHECKSUM (cvc3.ts documents the TEST derivation).
//   Track 2 Data (9F6B)  5413330089010491 D 3012 201, discretionary data of 13 placeholder digits
//   PCVC3(Track2) 000E   CVC3 digits in positions 2-4 from the right (3 digits)
//   PUNATC(Track2) 0E70  UN digits in positions 5-7, ATC digits in positions 10-12
//   NATC(Track2) 03      three ATC digits, so nUN = 6 - 3 = 3
//   Track 1 Data (56)    B5413330089010491^MASTERCARD/MAGSTRIPE^3012201, 16 placeholder characters
//   PCVC3(Track1) ...38, PUNATC(Track1) ...0FC0, NATC(Track1) 03: the same nUN.
// The last discretionary position is left for nUN'. TEST DATA ONLY: the PAN is the Mastercard
// test PAN of the other profiles; IMK_CVC3 is not a real key.
import type { ApplicationProfile, CardProfile, DataObject } from '../profile.js';
import { mastercard } from './mastercard.js';

const TRACK2 = '5413330089010491D30122010000000000000F';
const TRACK1 = Buffer.from(`B5413330089010491^MASTERCARD/MAGSTRIPE^3012201${'0'.repeat(16)}`, 'latin1').toString('hex').toUpperCase();

/** SFI 1 record 1: the mag-stripe data as a PayPass Mag Stripe card personalises it. */
function magStripeRecord(udol: string | undefined): DataObject[] {
  return [
    ['9F6C', '0001'],
    ['9F62', '000000000038'],
    ['9F63', '000000000FC0'],
    ['56', TRACK1],
    ['9F64', '03'],
    ['9F65', '000E'],
    ['9F66', '0E70'],
    ['9F6B', TRACK2],
    ['9F67', '03'],
    ...(udol === undefined ? [] : [['9F69', udol] as const]),
  ];
}

const base = mastercard.applications[0]!;

function magStripeApplication(aip: string, udol: string | undefined, onDeviceCvm?: 'verified' | 'not-verified'): ApplicationProfile {
  return {
    aid: base.aid,
    label: base.label,
    preferredName: base.preferredName,
    priority: base.priority,
    languagePreference: base.languagePreference,
    issuerCodeTableIndex: base.issuerCodeTableIndex,
    issuerDiscretionary: [],
    contactless: { pdol: '9F3501', kernelId: '02' },
    processingOptions: { kind: 'answer', aip },
    responseFormat: 'format2',
    records: [{ sfi: 1, number: 1, signed: false, data: magStripeRecord(udol) }],
    authentication: { kind: 'none' },
    cryptogram: base.cryptogram,
    counters: { atc: 0x0041, lastOnlineAtc: 0x0040 },
    magStripe: { imkCvc3: '33333333333333334444444444444444', ...(onDeviceCvm ? { onDeviceCvm } : {}) },
  };
}

function profile(name: string, description: string, app: ApplicationProfile): CardProfile {
  return { ...mastercard, name, description, applications: [app] };
}

export const c2MagStripeProfiles: readonly CardProfile[] = [
  profile('mastercard-magstripe', 'Mastercard PayPass Mag Stripe card (AIP 0000, Kernel 2 mag-stripe mode): tracks 1 and 2, CVC3 with the Default UDOL', magStripeApplication('0000', undefined)),
  // AIP byte 1 b2: the phone verifies the cardholder itself; its UDOL asks for the Mobile Support Indicator.
  profile(
    'mastercard-phone-magstripe',
    'Mastercard phone wallet in mag-stripe mode (AIP 0200), cardholder verified on the phone, UDOL 9F6A04 9F7E01',
    magStripeApplication('0200', '9F6A049F7E01', 'verified'),
  ),
  profile(
    'mastercard-phone-magstripe-see-phone',
    'Mastercard phone wallet in mag-stripe mode whose cardholder has not verified yet: above the CVM limit it answers without a CVC3 (see phone)',
    magStripeApplication('0200', '9F6A049F7E01', 'not-verified'),
  ),
];
