// Kernel 2 mag-stripe mode (EMV Contactless Book C-2 S3.70-S14) whole taps against the virtual
// PayPass Mag Stripe cards, in-process. The CVC3 in the tracks is checked here the way an issuer
// would, from src/security primitives and the card's personalisation (src/emulators/card/cvc3.ts
// documents the TEST derivation), not through the kernel's or the card's own code.
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../../src/bytes/hex.js';
import { MAG_STRIPE_DATA_RECORD_TAGS } from '../../../src/emv/contactless/c2/data-record.js';
import { createCard, getProfile, type CardProfile } from '../../../src/emulators/card/index.js';
import { deriveIccMasterKeyOptionA, macAlgorithm3, tdesEncryptEcb } from '../../../src/security/index.js';
import { KERNEL_CONFIG, tap } from './c2-run.js';

/** Mag-stripe CVM Capability: online PIN above the Reader CVM Required Limit (30.00), no CVM up to it. */
const CONFIG = { ...KERNEL_CONFIG, DF811E: '20', DF812C: '00' } as const;
const IMK_CVC3 = fromHex('33333333333333334444444444444444');
const PAN = '5413330089010491';
const TRACK2 = fromHex('5413330089010491D30122010000000000000F');
const TRACK1 = Buffer.from(`B5413330089010491^MASTERCARD/MAGSTRIPE^3012201${'0'.repeat(16)}`, 'latin1');

const hex = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : toHex(v));

/** Positions a bitmap marks, 0 = the last discretionary character, least significant first. */
function positions(bitmap: string): number[] {
  const n = BigInt(`0x${bitmap}`);
  const out: number[] = [];
  for (let bit = 0; bit < bitmap.length * 4; bit++) if ((n >> BigInt(bit)) & 1n) out.push(bit);
  return out;
}

function digitsAt(dd: string, at: readonly number[]): string {
  return at
    .map((p) => dd[dd.length - 1 - p]!)
    .reverse()
    .join('');
}

/** What an issuer reads back from a track's discretionary data, and whether its CVC3 verifies. */
function issuerCheck(dd: string, track: Uint8Array, bitmaps: { pcvc3: string; punatc: string; natc: number }) {
  const nUNDigit = Number(dd[dd.length - 1]);
  const nUN = nUNDigit >= 5 && nUNDigit - 5 === positions(bitmaps.punatc).length - bitmaps.natc ? nUNDigit - 5 : nUNDigit;
  const punatc = positions(bitmaps.punatc);
  const un = digitsAt(dd, punatc.slice(0, nUN)).padStart(8, '0');
  const atcDigits = digitsAt(dd, punatc.slice(punatc.length - bitmaps.natc));
  const cvc3Digits = digitsAt(dd, positions(bitmaps.pcvc3));
  return { nUNDigit, nUN, un, atcDigits, cvc3Digits, verifies: (atc: number) => expectedCvc3(track, fromHex(un), atc, cvc3Digits.length) === cvc3Digits };
}

function expectedCvc3(track: Uint8Array, un: Uint8Array, atc: number, q: number): string {
  const key = deriveIccMasterKeyOptionA(IMK_CVC3, PAN, '00');
  const iv = macAlgorithm3(key, track, 'method-2').slice(6, 8);
  const block = tdesEncryptEcb(key, concatBytes(iv, un, Uint8Array.of(atc >> 8, atc & 0xff)));
  return String((block[6]! << 8) | block[7]!).padStart(5, '0').slice(-q);
}

function track2Discretionary(record: ReadonlyMap<number, Uint8Array>): string {
  return toHex(record.get(0x9f6b)!).replace(/F$/, '').split('D')[1]!.slice(7);
}

function track1Discretionary(record: ReadonlyMap<number, Uint8Array>): string {
  return Buffer.from(record.get(0x56)!).toString('latin1').split('^')[2]!.slice(7);
}

const T2 = { pcvc3: '000E', punatc: '0E70', natc: 3 };
const T1 = { pcvc3: '000000000038', punatc: '000000000FC0', natc: 3 };

describe('Kernel 2 mag-stripe mode, whole taps (Book C-2 S3.70-S13)', () => {
  it('asks to go online with the CVC3, UN and ATC in both tracks, which the issuer verifies', async () => {
    const { result, apdus, commands } = await tap({ profile: 'mastercard-magstripe', amount: 1000n, config: CONFIG });
    expect(result.outcome.status).toBe('online-request');
    expect(result.outcome.cvm).toBe('no-cvm');
    expect(result.outcome.receipt).toBe(false);
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('authorising-please-wait');
    expect(result.cryptogram).toBeUndefined();
    expect(result.maskedPan).toBe('541333******0491');
    expect(result.error).toBeUndefined();
    const dr = result.dataRecord!;
    expect([...dr.keys()].every((t) => MAG_STRIPE_DATA_RECORD_TAGS.includes(t))).toBe(true);
    expect(hex(dr.get(0x84))).toBe('A0000000041010');
    expect(hex(dr.get(0x9f6d))).toBe('0001');
    // SELECT, GPO, READ RECORD of '08 01 01 00', COMPUTE CRYPTOGRAPHIC CHECKSUM: the minimum.
    expect(apdus).toBe(4);
    expect(hex(commands[3]!.subarray(0, 4))).toBe('802A8E80');
    // The card's ATC was 0x41; its GPO counted this tap: 66.
    const t2 = issuerCheck(track2Discretionary(dr), TRACK2, T2);
    expect(t2).toMatchObject({ nUNDigit: 3, nUN: 3, atcDigits: '066' });
    expect(t2.verifies(0x42)).toBe(true);
    expect(t2.verifies(0x43)).toBe(false);
    const t1 = issuerCheck(track1Discretionary(dr), TRACK1, T1);
    expect(t1).toMatchObject({ nUN: 3, un: t2.un, atcDigits: '066' });
    expect(t1.verifies(0x42)).toBe(true);
    // The personalised discretionary data, and no error (Book C-2 Table 4-10).
    const dd = result.discretionaryData!;
    expect(hex(dd.get(0xdf812b))).toBe('0000000000000F');
    expect(Buffer.from(dd.get(0xdf812a)!).toString('latin1')).toBe('0'.repeat(16));
    expect(hex(dd.get(0xdf8115))).toBe('0000000000FF');
  });

  it('sends an Unpredictable Number (Numeric) of nUN random digits, the rest zero (S78.15)', async () => {
    const { commands, result } = await tap({ profile: 'mastercard-magstripe', amount: 1000n, config: CONFIG });
    // Default UDOL 9F6A04: the command data is the UN alone. The test's randomness is 42 42 42 42
    // (1111638594): its three least significant digits.
    expect(hex(commands[3]!.subarray(4, 10))).toBe('040000059400');
    expect(issuerCheck(track2Discretionary(result.dataRecord!), TRACK2, T2).un).toBe('00000594');
  });

  it('counts the ATC over two taps of the same card, and each CVC3 verifies with its own', async () => {
    const card = createCard('mastercard-magstripe', { interface: 'contactless', rng: (n) => new Uint8Array(n) });
    const first = await tap({ profile: 'mastercard-magstripe', card, config: CONFIG });
    const second = await tap({ profile: 'mastercard-magstripe', card, config: CONFIG });
    const a = issuerCheck(track2Discretionary(first.result.dataRecord!), TRACK2, T2);
    const b = issuerCheck(track2Discretionary(second.result.dataRecord!), TRACK2, T2);
    expect([a.atcDigits, b.atcDigits]).toEqual(['066', '067']);
    expect(a.verifies(0x42) && b.verifies(0x43)).toBe(true);
    expect(a.cvc3Digits).not.toBe(b.cvc3Digits);
  });

  it('reports the Mag-stripe CVM Capability above the CVM limit, with a receipt (S13.26)', async () => {
    const { result } = await tap({ profile: 'mastercard-magstripe', amount: 6000n, config: CONFIG });
    expect(result.outcome).toMatchObject({ status: 'online-request', cvm: 'online-pin', receipt: true });
    const signature = await tap({ profile: 'mastercard-magstripe', amount: 6000n, config: { ...CONFIG, DF811E: '10' } });
    expect(signature.result.outcome).toMatchObject({ cvm: 'signature', receipt: true });
  });

  it('hands the next combination its chance above the contactless transaction limit (S78.11), before any CCC', async () => {
    const { result, apdus } = await tap({ profile: 'mastercard-magstripe', amount: 15000n, config: CONFIG });
    expect(result.outcome).toMatchObject({ status: 'select-next', start: 'C' });
    expect(result.error?.code).toBe('E-CTLS-0207');
    expect(hex(result.discretionaryData?.get(0xdf8115))?.slice(0, 4)).toBe('0005');
    expect(apdus).toBe(3);
  });

  it('ends with card data missing when the card has no mag-stripe tracks (S7.21)', async () => {
    // The base Mastercard profile: AIP 3D00, no EMV mode, and SFI 1 record 1 holds 57 and 5F20 only.
    const { result, apdus } = await tap({ profile: 'mastercard', config: CONFIG });
    expect(result.outcome.status).toBe('end-application');
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('insert-swipe-or-try-another-card');
    expect(result.error?.code).toBe('E-CTLS-0203');
    expect(result.dataRecord).toBeUndefined();
    // L2 '01' card data missing, message on error '1C'; mag-stripe Discretionary Data.
    expect(hex(result.discretionaryData?.get(0xdf8115))).toBe('00010000001C');
    expect(apdus).toBe(3);
  });

  it('ends with a card data error when the bitmaps do not fit the track (S7.24)', async () => {
    const profile = withRecordValue(getProfile('mastercard-magstripe'), '9F67', '09');
    const { result } = await tap({ profile: 'mastercard-magstripe', cardProfile: profile, config: CONFIG });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0205');
    expect(hex(result.discretionaryData?.get(0xdf8115))?.slice(0, 4)).toBe('0006');
  });

  it('ends with status bytes when the card refuses the CCC, with the SW in the Error Indication (S13.10)', async () => {
    const { result } = await tap({ profile: 'mastercard-magstripe', config: CONFIG, faults: [{ kind: 'status-word', sw: 0x6985, when: { ins: 0x2a } }] });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0204');
    expect(hex(result.discretionaryData?.get(0xdf8115))).toBe('00030069851C');
  });

  it('asks for the card again when it leaves the field at the CCC or the READ RECORD (S13.1-5, S7.4-6)', async () => {
    for (const atApdu of [3, 4]) {
      const { result } = await tap({ profile: 'mastercard-magstripe', config: CONFIG, faults: [{ kind: 'removal', atApdu }] });
      expect(result.outcome).toMatchObject({ status: 'try-again', start: 'B' });
      expect(result.outcome.uiRequestOnRestart?.message).toBe('present-card-again');
      expect(result.error?.code).toBe('E-CTLS-0201');
      expect(result.dataRecord).toBeUndefined();
      expect(hex(result.discretionaryData?.get(0xdf8115))).toBe('020000000021');
    }
  });
});

describe('Kernel 2 mag-stripe mode on a phone (S78.18-20, S14)', () => {
  it('asks the phone for on-device CVM above the CVM limit and reports it verified, nUN + 5 in the last digit', async () => {
    const { result, commands } = await tap({ profile: 'mastercard-phone-magstripe', amount: 6000n, config: CONFIG });
    // UDOL 9F6A04 9F7E01: the UN, then the Mobile Support Indicator with 'OD-CVM required'.
    expect(hex(commands[3]!.subarray(4, 10))).toBe('050000059403');
    expect(result.outcome).toMatchObject({ status: 'online-request', cvm: 'confirmation-code-verified', receipt: false });
    const t2 = issuerCheck(track2Discretionary(result.dataRecord!), TRACK2, T2);
    expect(t2).toMatchObject({ nUNDigit: 8, nUN: 3 });
    expect(t2.verifies(0x42)).toBe(true);
  });

  it('up to the CVM limit asks for nothing; a phone that has not verified computes the CVC3 all the same', async () => {
    const { result, commands } = await tap({ profile: 'mastercard-phone-magstripe-see-phone', amount: 1000n, config: CONFIG });
    expect(hex(commands[3]!.subarray(4, 10))).toBe('050000059401');
    expect(result.outcome).toMatchObject({ status: 'online-request', cvm: 'no-cvm' });
    expect(issuerCheck(track2Discretionary(result.dataRecord!), TRACK2, T2).nUNDigit).toBe(3);
  });

  it('says "see phone" and waits for a second tap when the phone wants the cardholder to verify first (S14, S13.44-45)', async () => {
    const { result } = await tap({ profile: 'mastercard-phone-magstripe-see-phone', amount: 6000n, config: CONFIG });
    expect(result.outcome).toMatchObject({ status: 'try-again', start: 'B', fieldOffHoldMs: 1300 });
    expect(result.outcome.uiRequestOnOutcome).toEqual({ message: 'see-phone', status: 'not-ready', holdTimeMs: 1300 });
    expect(result.outcome.uiRequestOnRestart?.message).toBe('present-card');
    expect(result.error).toBeUndefined();
  });

  it('treats the phone as a card when the kernel is not configured for on-device CVM (DF811B b6 clear)', async () => {
    const { result, commands } = await tap({ profile: 'mastercard-phone-magstripe', amount: 6000n, config: { ...CONFIG, DF811B: '00' } });
    expect(hex(commands[3]!.subarray(4, 10))).toBe('050000059401');
    // The phone still says it verified the cardholder: the kernel reports it so (nUN').
    expect(result.outcome.cvm).toBe('confirmation-code-verified');
  });
});

function withRecordValue(profile: CardProfile, tag: string, value: string): CardProfile {
  const app = profile.applications[0]!;
  const records = app.records.map((r) => ({ ...r, data: r.data.map(([t, v]) => (t === tag ? ([t, value] as const) : ([t, v] as const))) }));
  return { ...profile, applications: [{ ...app, records }] };
}
