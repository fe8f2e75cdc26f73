// Which key offline enciphered PIN uses, EMV Book 2 §7.1: the ICC PIN Encipherment Public Key
// (9F2D/9F2E/9F2F) when the card has it, else the ICC Public Key — the one ODA recovered, or
// recovered here from 9F46 for a card whose ODA did not get that far. Certificates are made
// with the virtual card's TEST keys and certificate code, so recovery runs the real RSA path.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { iccCertificate, issuerCertificate } from '../../../src/emulators/card/certificates.js';
import { caKeyPair, iccKeyPair, issuerKeyPair, testCaPublicKeys } from '../../../src/emulators/card/keys/test-keys.js';
import { createCaKeyStore, recoverPinEnciphermentKey, type PinKeyInput } from '../../../src/emv/oda/index.js';

const AID = fromHex('A0000000031010');
const PAN = '4761739001010010';
const ca = caKeyPair('A000000003');
const issuer = issuerKeyPair('visa');
const icc = iccKeyPair('visa');
// Any other key pair stands for the separate PIN key: it must differ from the ICC key.
const pinKey = iccKeyPair('mastercard');
const fields = { expiry: fromHex('1230'), serialNumber: fromHex('000201') };
const issuerCert = issuerCertificate(ca.key, issuer, fromHex('476173FF'), fields);
const pinCert = iccCertificate(issuer, pinKey, fromHex(`${PAN}FFFF`), fields, new Uint8Array(0));
const iccCert = iccCertificate(issuer, icc, fromHex(`${PAN}FFFF`), fields, new Uint8Array(0));

function card(extra: [number, Uint8Array][]): Map<number, Uint8Array> {
  const m = new Map<number, Uint8Array>([
    [0x5a, fromHex(PAN)],
    [0x8f, Uint8Array.of(ca.index)],
    [0x90, issuerCert.certificate],
    [0x9f32, issuerCert.exponent],
    ...extra,
  ]);
  if (issuerCert.remainder.length > 0) m.set(0x92, issuerCert.remainder);
  return m;
}

const pinKeyObjects: [number, Uint8Array][] = [
  [0x9f2d, pinCert.certificate],
  [0x9f2e, pinCert.exponent],
  ...(pinCert.remainder.length > 0 ? ([[0x9f2f, pinCert.remainder]] as [number, Uint8Array][]) : []),
];
const iccKeyObjects: [number, Uint8Array][] = [
  [0x9f46, iccCert.certificate],
  [0x9f47, iccCert.exponent],
  ...(iccCert.remainder.length > 0 ? ([[0x9f48, iccCert.remainder]] as [number, Uint8Array][]) : []),
];

const base: Omit<PinKeyInput, 'card'> = {
  aid: AID,
  caKeys: createCaKeyStore(testCaPublicKeys()),
  revoked: [],
  records: { kind: 'complete', data: new Uint8Array(0) },
  transactionDate: fromHex('261123'),
  iccKeyFromOda: undefined,
};

describe('recoverPinEnciphermentKey (Book 2 §7.1)', () => {
  it('prefers the ICC PIN Encipherment key when the card has 9F2D, even beside an ICC key', () => {
    const r = recoverPinEnciphermentKey({ ...base, card: card([...pinKeyObjects, ...iccKeyObjects]), iccKeyFromOda: { modulus: icc.modulus, exponent: icc.exponent } });
    expect(r).toMatchObject({ result: 'ok', source: 'icc-pin-key' });
    if (r.result === 'ok') expect(toHex(r.key.modulus)).toBe(toHex(pinKey.modulus));
  });

  it('reuses the ICC key ODA recovered when there is no 9F2D', () => {
    const fromOda = { modulus: icc.modulus, exponent: icc.exponent };
    const r = recoverPinEnciphermentKey({ ...base, card: card(iccKeyObjects), iccKeyFromOda: fromOda });
    expect(r).toEqual({ result: 'ok', source: 'icc-key', key: fromOda });
  });

  it('recovers the ICC key from 9F46 when ODA did not (an SDA card, or ODA not performed)', () => {
    const r = recoverPinEnciphermentKey({ ...base, card: card(iccKeyObjects) });
    expect(r).toMatchObject({ result: 'ok', source: 'icc-key' });
    if (r.result === 'ok') expect(toHex(r.key.modulus)).toBe(toHex(icc.modulus));
  });

  it('fails with ca-key-not-found when the terminal lacks the CA key, and with icc-data-missing without any key certificate', () => {
    expect(recoverPinEnciphermentKey({ ...base, card: card(pinKeyObjects), caKeys: createCaKeyStore([]) })).toEqual({ result: 'failed', reason: 'ca-key-not-found' });
    expect(recoverPinEnciphermentKey({ ...base, card: card([]) })).toEqual({ result: 'failed', reason: 'icc-data-missing' });
    expect(recoverPinEnciphermentKey({ ...base, card: card(pinKeyObjects.filter(([t]) => t !== 0x9f2e)) })).toEqual({ result: 'failed', reason: 'icc-data-missing' });
  });

  it('checks the PIN key certificate like any other: a certificate for another PAN fails', () => {
    const other = iccCertificate(issuer, pinKey, fromHex('4761739001010028FFFF'), fields, new Uint8Array(0));
    const objects: [number, Uint8Array][] = [[0x9f2d, other.certificate], [0x9f2e, other.exponent], [0x9f2f, other.remainder]];
    const r = recoverPinEnciphermentKey({ ...base, card: card(objects) });
    expect(r).toEqual({ result: 'failed', reason: 'pan-mismatch' });
  });
});
