// issue 6: the session starts with the backend's challenge signed by the device (with its
// serial and the time); enrolment is signed by the key it registers. Verified here the way the
// backend does: decode Signed, check the type, verify with the device's public key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeviceIdentity, proveSession, provisionDeviceKey, signEnrolmentRequest } from '../../../src/channel/identity.js';
import { PAYLOAD_TYPES, posrt, toBigInt, toLong } from '../../../src/protos/index.js';
import { verifyEd25519 } from '../../../src/security/index.js';
import { expectCode, hex, tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  provisionDeviceKey(dir);
});
afterEach(() => cleanup());

const NOW = 1_790_000_000_000n;
const nonce = Uint8Array.from({ length: 32 }, (_, i) => i);

describe('device-signed messages', () => {
  it('proves a session: the nonce, serial and time, signed by the device key, over the wire', () => {
    const device = loadDeviceIdentity(dir);
    const signed = proveSession(device, { nonce, issuedAtMs: toLong(NOW), expiresAtMs: toLong(NOW + 30_000n) }, 'SN0001', NOW + 5n);
    // Through an envelope and back, as the backend receives it.
    const wire = posrt.channel.v1.Envelope.encode({ messageId: 'm', sequence: toLong(3n, true), sessionProof: signed }).finish();
    const got = posrt.channel.v1.Envelope.decode(wire).sessionProof as posrt.channel.v1.Signed;
    expect(got.payloadType).toBe(PAYLOAD_TYPES.sessionProof);
    expect(verifyEd25519(device.publicKey, got.payloadType, got.payload, got.signature)).toBe(true);
    expect(hex(got.keyId)).toBe(hex(device.keyId));
    const proof = posrt.channel.v1.SessionProof.decode(got.payload);
    expect([hex(proof.nonce), proof.deviceSerial, toBigInt(proof.signedAtMs)]).toEqual([hex(nonce), 'SN0001', NOW + 5n]);
    // A proof does not verify for another challenge.
    const other = posrt.channel.v1.SessionProof.encode({ ...proof, nonce: new Uint8Array(32) }).finish();
    expect(verifyEd25519(device.publicKey, got.payloadType, other, got.signature)).toBe(false);
  });

  it('refuses to sign a challenge whose nonce is not 32 bytes (E-CHAN-0017)', () => {
    const device = loadDeviceIdentity(dir);
    expectCode('E-CHAN-0017', () => proveSession(device, { nonce: nonce.subarray(0, 16) }, 'SN0001', NOW));
    expectCode('E-CHAN-0017', () => proveSession(device, {}, 'SN0001', NOW));
  });

  it('signs the enrolment request with the key it registers', () => {
    const device = loadDeviceIdentity(dir);
    const signed = signEnrolmentRequest(device, { deviceSerial: 'SN0001', model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: ['card-reader:contact'], provisioningToken: 'tok-123' }, NOW);
    const request = posrt.channel.v1.EnrolmentRequest.decode(signed.payload!);
    expect(verifyEd25519(request.publicKey, PAYLOAD_TYPES.enrolmentRequest, signed.payload!, signed.signature!)).toBe(true);
    expect([request.deviceSerial, request.provisioningToken, toBigInt(request.requestedAtMs)]).toEqual(['SN0001', 'tok-123', NOW]);
  });
});
