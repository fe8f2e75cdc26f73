// What the terminal signs with its device key: the enrolment request (proof that it holds the
// key it registers) and the session proof — the backend's challenge nonce with the device
// serial and the time, so a proof is bound to one challenge and one terminal.
import { PosError } from '../errors/index.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../protos/index.js';
import type { DeviceIdentity } from './device-identity.js';

const NONCE_LENGTH = 32;

export function proveSession(identity: DeviceIdentity, challenge: posrt.channel.v1.ISessionChallenge, deviceSerial: string, nowMs: bigint): posrt.channel.v1.ISigned {
  const nonce = challenge.nonce ?? new Uint8Array(0);
  if (nonce.length !== NONCE_LENGTH) throw new PosError('E-CHAN-0017', { type: 'posrt.channel.v1.SessionChallenge', nonceLength: nonce.length });
  const proof = posrt.channel.v1.SessionProof.encode({ nonce, deviceSerial, signedAtMs: toLong(nowMs) }).finish();
  return identity.sign(PAYLOAD_TYPES.sessionProof, proof);
}

export interface EnrolmentFacts {
  readonly deviceSerial: string;
  readonly model: string;
  readonly firmwareVersion: string;
  readonly capabilities: readonly string[];
  /** The one-time token: goes into the signed request and nowhere else. */
  readonly provisioningToken: string;
}

export function signEnrolmentRequest(identity: DeviceIdentity, facts: EnrolmentFacts, nowMs: bigint): posrt.channel.v1.ISigned {
  const request = posrt.channel.v1.EnrolmentRequest.encode({
    deviceSerial: facts.deviceSerial,
    model: facts.model,
    firmwareVersion: facts.firmwareVersion,
    capabilities: [...facts.capabilities],
    publicKey: identity.publicKey,
    provisioningToken: facts.provisioningToken,
    requestedAtMs: toLong(nowMs),
  }).finish();
  return identity.sign(PAYLOAD_TYPES.enrolmentRequest, request);
}
