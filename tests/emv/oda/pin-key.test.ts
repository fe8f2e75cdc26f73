// ICC PIN Encipherment Public Key recovery (EMV Book 2 §7.1: 9F2D, 9F2E, 9F2F; format 04 like
// the ICC key, hashed without static data). The certificate is made by the virtual card's
// certificate code (src/emulators/card/certificates.ts) with empty static data, as an issuer
// personalises one.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { iccCertificate } from '../../../src/emulators/card/certificates.js';
import { iccKeyPair, issuerKeyPair } from '../../../src/emulators/card/keys/test-keys.js';
import { recoverIccKey, recoverIccPinKey } from '../../../src/emv/oda/index.js';

const issuer = issuerKeyPair('visa');
const pinKey = iccKeyPair('visa');
const pan = fromHex('4761739001010010');
const cert = iccCertificate(issuer, pinKey, fromHex('4761739001010010FFFF'), { expiry: fromHex('1230'), serialNumber: fromHex('000201') }, new Uint8Array(0));
const input = {
  certifier: { modulus: issuer.modulus, exponent: issuer.exponent },
  certificate: cert.certificate,
  remainder: cert.remainder.length > 0 ? cert.remainder : undefined,
  exponent: cert.exponent,
  pan,
  date: 20261123,
};

describe('recoverIccPinKey', () => {
  it('recovers the PIN encipherment key', () => {
    const r = recoverIccPinKey(input);
    expect(r.result).toBe('ok');
    if (r.result === 'ok') {
      expect(toHex(r.key.modulus)).toBe(toHex(pinKey.modulus));
      expect(toHex(r.fields.serialNumber)).toBe('000201');
    }
  });

  it('does not hash static data: the same certificate fails as an ICC key over static data', () => {
    expect(recoverIccKey({ ...input, hashedAfter: fromHex('5A08') })).toMatchObject({ result: 'failed', reason: 'hash-mismatch' });
  });

  it('checks the PAN', () => {
    expect(recoverIccPinKey({ ...input, pan: fromHex('4761739001010011') })).toMatchObject({ result: 'failed', reason: 'pan-mismatch' });
  });
});
