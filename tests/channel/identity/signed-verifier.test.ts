// issue 6: what the backend signs is verified against the pinned key before use.
import { describe, expect, it } from 'vitest';
import { createSignedVerifier } from '../../../src/channel/identity.js';
import { PAYLOAD_TYPES, posrt } from '../../../src/protos/index.js';
import { BACKEND, OTHER_BACKEND, expectCode, hex, signAs } from './fixtures.js';

const verifier = createSignedVerifier(BACKEND.publicKey);
const payload = posrt.channel.v1.MerchantData.encode({ merchantId: '123456789012345', name: '演示商户' }).finish();

describe('verifySigned', () => {
  it('returns the payload signed by the pinned key for the expected type', () => {
    const signed = signAs(BACKEND, PAYLOAD_TYPES.merchantData, payload);
    expect(hex(verifier.verifySigned(PAYLOAD_TYPES.merchantData, signed))).toBe(hex(payload));
    expect(verifier.openSigned(PAYLOAD_TYPES.merchantData, signed, (b) => posrt.channel.v1.MerchantData.decode(b)).name).toBe('演示商户');
  });

  it('refuses a tampered payload (E-CHAN-0006)', () => {
    const signed = signAs(BACKEND, PAYLOAD_TYPES.merchantData, payload);
    const changed = Uint8Array.from(payload);
    changed[changed.length - 1]! ^= 0x01;
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...signed, payload: changed }));
  });

  it('refuses a tampered, truncated or missing signature (E-CHAN-0006)', () => {
    const signed = signAs(BACKEND, PAYLOAD_TYPES.merchantData, payload);
    const flipped = Uint8Array.from(signed.signature!);
    flipped[0]! ^= 0x80;
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...signed, signature: flipped }));
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...signed, signature: signed.signature!.subarray(1) }));
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...signed, signature: null }));
  });

  it('refuses another key: by its key id (E-CHAN-0007), and by the signature when the id lies (E-CHAN-0006)', () => {
    const forged = signAs(OTHER_BACKEND, PAYLOAD_TYPES.merchantData, payload);
    expectCode('E-CHAN-0007', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, forged));
    const pinnedId = signAs(BACKEND, PAYLOAD_TYPES.merchantData, payload).keyId;
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...forged, keyId: pinnedId }));
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...forged, keyId: null }));
  });

  it('refuses a payload of another type, even one validly signed as that type (E-CHAN-0008)', () => {
    const asCommand = signAs(BACKEND, PAYLOAD_TYPES.remoteCommand, payload);
    expectCode('E-CHAN-0008', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, asCommand));
    // Relabelling breaks the signature, which covers the type name.
    expectCode('E-CHAN-0006', () => verifier.verifySigned(PAYLOAD_TYPES.merchantData, { ...asCommand, payloadType: PAYLOAD_TYPES.merchantData }));
  });

  it('refuses a validly signed payload that does not decode (E-CHAN-0017)', () => {
    const garbage = Uint8Array.of(0x0a, 0xff, 0xff);
    expectCode('E-CHAN-0017', () => verifier.openSigned(PAYLOAD_TYPES.merchantData, signAs(BACKEND, PAYLOAD_TYPES.merchantData, garbage), (b) => posrt.channel.v1.MerchantData.decode(b)));
  });
});
