// performOda against the virtual card (src/emulators/card): the UnionPay debit application
// (SDA), the Visa application (DDA) and the Mastercard application (CDA), each read with the
// library's selection, GPO and READ RECORD, then tampered one data object at a time.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { testCaPublicKeys } from '../../../src/emulators/card/index.js';
import { readTerminalCapabilities } from '../../../src/emv/dictionary/index.js';
import { createCaKeyStore, performOda, type OdaInput } from '../../../src/emv/oda/index.js';
import { odaInput, readApplication, tampered, without } from './card-session.js';

const sda = () => readApplication('unionpay', 'A000000333010101');
const dda = () => readApplication('visa', 'A0000000031010');
const cda = () => readApplication('mastercard', 'A0000000041010');

/** The TVR's first byte and the TSI's first byte after the run. */
async function run(input: OdaInput) {
  const outcome = await performOda(input);
  return { outcome, tvr: toHex(input.tvr.value()), tsi: toHex(input.tsi.value()) };
}

describe('performOda: SDA (UnionPay debit, AIP 5C00)', () => {
  it('verifies the Signed Static Application Data and returns the Data Authentication Code', async () => {
    const { outcome, tvr, tsi } = await run(odaInput(await sda()));
    expect(outcome).toMatchObject({ method: 'sda', result: 'ok' });
    // The profile personalises the Data Authentication Code as DAC1.
    if (outcome.method === 'sda' && outcome.result === 'ok') expect(toHex(outcome.dataAuthenticationCode)).toBe('DAC1');
    expect(tvr).toBe('0200000000'); // SDA selected, nothing failed
    expect(tsi).toBe('8000');
  });

  it('fails SDA when one byte of the static data (a signed record) changes', async () => {
    const session = await sda();
    if (session.records.kind !== 'complete') throw new Error('records');
    const data = Uint8Array.from(session.records.data);
    data[5]! ^= 0x01;
    const { outcome, tvr } = await run(odaInput(session, { records: { kind: 'complete', data } }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'hash-mismatch' });
    expect(tvr).toBe('4200000000');
  });

  it('fails SDA when the Signed Static Application Data (93) is corrupted', async () => {
    const session = await sda();
    const { outcome, tvr } = await run(odaInput(session, { card: tampered(session.card, 0x93, 40) }));
    expect(outcome).toMatchObject({ method: 'sda', result: 'failed' });
    expect(tvr).toBe('4200000000');
  });

  it('fails SDA when the issuer certificate (90) is corrupted', async () => {
    const session = await sda();
    const { outcome, tvr } = await run(odaInput(session, { card: tampered(session.card, 0x90, 60) }));
    expect(outcome).toMatchObject({ method: 'sda', result: 'failed' });
    if (outcome.method === 'sda' && outcome.result === 'failed') expect(['hash-mismatch', 'trailer-not-bc', 'header-not-6a', 'wrong-format', 'recovery-failed']).toContain(outcome.reason);
    expect(tvr).toBe('4200000000');
  });

  it('sets ICC data missing and SDA failed without 9F32', async () => {
    const session = await sda();
    const { outcome, tvr, tsi } = await run(odaInput(session, { card: without(session.card, 0x9f32) }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'icc-data-missing' });
    expect(tvr).toBe('6200000000');
    expect(tsi).toBe('8000');
  });

  it('fails SDA when 9F4A names a tag other than 82', async () => {
    const session = await sda();
    const card = new Map(session.card).set(0x9f4a, fromHex('9F36'));
    const { outcome, tvr } = await run(odaInput(session, { card }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'static-data-tag-list-invalid' });
    expect(tvr).toBe('4200000000');
  });

  it('treats an expired CA key as absent', async () => {
    const session = await sda();
    const expired = testCaPublicKeys().map(({ checksum: _c, ...k }) => ({ ...k, expiry: '261122' }));
    const { outcome, tvr } = await run(odaInput(session, { caKeys: createCaKeyStore(expired) }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'ca-key-not-found' });
    expect(tvr).toBe('4200000000');
  });

  it('fails SDA when the issuer certificate serial number is on the revocation list', async () => {
    const session = await sda();
    const ca = testCaPublicKeys().find((k) => toHex(k.rid) === 'A000000333')!;
    const revoked = [{ rid: ca.rid, caIndex: ca.index, serialNumber: fromHex('000003') }];
    const { outcome, tvr } = await run(odaInput(session, { revoked }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'certificate-revoked' });
    expect(tvr).toBe('4200000000');
  });

  it('accepts a revocation entry for another serial number', async () => {
    const session = await sda();
    const ca = testCaPublicKeys().find((k) => toHex(k.rid) === 'A000000333')!;
    const revoked = [{ rid: ca.rid, caIndex: ca.index, serialNumber: fromHex('000004') }];
    expect((await run(odaInput(session, { revoked }))).outcome).toMatchObject({ method: 'sda', result: 'ok' });
  });

  it('fails when the certificate has expired on the transaction date (12/30 certificate, 2031)', async () => {
    const session = await sda();
    const { outcome } = await run(odaInput(session, { transactionDate: fromHex('310101'), caKeys: createCaKeyStore(testCaPublicKeys().map((k) => ({ ...k, expiry: '491231', checksum: undefined }))) }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'certificate-expired' });
  });

  it('fails on an invalid ODA record (Book 3 §10.3)', async () => {
    const session = await sda();
    const { outcome, tvr } = await run(odaInput(session, { records: { kind: 'invalid-record', sfi: 11, record: 1 } }));
    expect(outcome).toEqual({ method: 'sda', result: 'failed', reason: 'invalid-oda-record' });
    expect(tvr).toBe('4200000000');
  });
});

describe('performOda: DDA (Visa, AIP 3C00)', () => {
  it('runs INTERNAL AUTHENTICATE and returns the ICC Dynamic Number', async () => {
    const { outcome, tvr, tsi } = await run(odaInput(await dda()));
    expect(outcome).toMatchObject({ method: 'dda', result: 'ok' });
    // The card's rng fills 0x42: its ICC Dynamic Number is eight 42 bytes.
    if (outcome.method === 'dda' && outcome.result === 'ok') expect(toHex(outcome.dynamicNumber)).toBe('4242424242424242');
    expect(tvr).toBe('0000000000');
    expect(tsi).toBe('8000');
  });

  it('fails DDA when the ICC certificate (9F46) is corrupted', async () => {
    const session = await dda();
    const { outcome, tvr } = await run(odaInput(session, { card: tampered(session.card, 0x9f46, 30) }));
    expect(outcome).toMatchObject({ method: 'dda', result: 'failed' });
    expect(tvr).toBe('0800000000');
  });

  it('fails DDA when the static data changes (the ICC certificate hash covers it)', async () => {
    const session = await dda();
    if (session.records.kind !== 'complete') throw new Error('records');
    const data = Uint8Array.from(session.records.data);
    data[0]! ^= 0x80;
    const { outcome, tvr } = await run(odaInput(session, { records: { kind: 'complete', data } }));
    expect(outcome).toEqual({ method: 'dda', result: 'failed', reason: 'hash-mismatch' });
    expect(tvr).toBe('0800000000');
  });

  it('sets ICC data missing without 9F47', async () => {
    const session = await dda();
    const { outcome, tvr } = await run(odaInput(session, { card: without(session.card, 0x9f47) }));
    expect(outcome).toEqual({ method: 'dda', result: 'failed', reason: 'icc-data-missing' });
    expect(tvr).toBe('2800000000');
  });

  it('sets ICC data missing when neither the card nor the terminal has a DDOL', async () => {
    const session = await dda();
    const { outcome, tvr } = await run(odaInput(session, { card: without(session.card, 0x9f49), defaultDdol: undefined }));
    expect(outcome).toEqual({ method: 'dda', result: 'failed', reason: 'icc-data-missing' });
    expect(tvr).toBe('2800000000');
  });

  it('uses the default DDOL when the card has none', async () => {
    const session = await dda();
    const { outcome } = await run(odaInput(session, { card: without(session.card, 0x9f49) }));
    expect(outcome).toMatchObject({ method: 'dda', result: 'ok' });
  });

  it('fails DDA when the DDOL does not ask for the Unpredictable Number', async () => {
    const session = await dda();
    const { outcome } = await run(odaInput(session, { card: new Map(session.card).set(0x9f49, fromHex('9F1A02')) }));
    expect(outcome).toEqual({ method: 'dda', result: 'failed', reason: 'ddol-without-unpredictable-number' });
  });

  it('fails DDA when the card DDOL is malformed', async () => {
    const session = await dda();
    const { outcome, tvr } = await run(odaInput(session, { card: new Map(session.card).set(0x9f49, fromHex('9F')) }));
    expect(outcome).toEqual({ method: 'dda', result: 'failed', reason: 'ddol-malformed' });
    expect(tvr).toBe('0800000000');
  });

  it('fails DDA when the card refuses INTERNAL AUTHENTICATE', async () => {
    const session = await dda();
    const refusing = { transmit: async () => fromHex('6985') };
    const { outcome, tvr } = await run(odaInput(session, { transport: refusing }));
    expect(outcome).toEqual({ method: 'dda', result: 'failed', reason: 'internal-authenticate-refused' });
    expect(tvr).toBe('0800000000');
  });

  it('performs nothing when the terminal supports only SDA and the card only DDA', async () => {
    const session = await dda();
    const { outcome, tvr, tsi } = await run(odaInput(session, { terminalCapabilities: readTerminalCapabilities(fromHex('E0F880')) }));
    expect(outcome).toEqual({ method: 'none' });
    expect(tvr).toBe('8000000000');
    expect(tsi).toBe('0000');
  });
});

describe('performOda: CDA (Mastercard, AIP 3D00)', () => {
  it('recovers the ICC key for the GENERATE AC check', async () => {
    const { outcome, tvr, tsi } = await run(odaInput(await cda()));
    expect(outcome).toMatchObject({ method: 'cda', result: 'keys-recovered' });
    if (outcome.method === 'cda' && outcome.result === 'keys-recovered') expect(outcome.iccKey.modulus.length).toBeGreaterThan(64);
    expect(tvr).toBe('0000000000');
    expect(tsi).toBe('8000');
  });

  it('chooses DDA when the terminal does not support CDA', async () => {
    const { outcome } = await run(odaInput(await cda(), { terminalCapabilities: readTerminalCapabilities(fromHex('E0F8C0')) }));
    expect(outcome).toMatchObject({ method: 'dda', result: 'ok' });
  });

  it('sets ICC data missing and CDA failed without the ICC key remainder (9F48) the key needs', async () => {
    const session = await cda();
    expect(session.card.has(0x9f48)).toBe(true);
    const { outcome, tvr } = await run(odaInput(session, { card: without(session.card, 0x9f48) }));
    expect(outcome).toEqual({ method: 'cda', result: 'failed', reason: 'icc-data-missing' });
    expect(tvr).toBe('2400000000');
  });

  it('fails CDA when the issuer certificate is corrupted', async () => {
    const session = await cda();
    const { outcome, tvr } = await run(odaInput(session, { card: tampered(session.card, 0x90, 20) }));
    expect(outcome).toMatchObject({ method: 'cda', result: 'failed' });
    expect(tvr).toBe('0400000000');
  });

  it('sets ICC data missing and CDA failed without 9F46', async () => {
    const session = await cda();
    const { outcome, tvr } = await run(odaInput(session, { card: without(session.card, 0x9f46) }));
    expect(outcome).toEqual({ method: 'cda', result: 'failed', reason: 'icc-data-missing' });
    expect(tvr).toBe('2400000000');
  });
});
