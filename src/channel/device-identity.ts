// The device key in use: signs as the terminal (enrolment, session proofs) without ever
// handing the secret key out. The key lives in this closure only; the object has no field, no
// toJSON and no inspect output that could carry it into a log.
import { keyIdOf, signEd25519, ed25519PublicKeyOf } from '../security/index.js';
import type { PayloadType, posrt } from '../protos/index.js';

export interface DeviceIdentity {
  /** The Ed25519 public key (32 bytes) enrolment registers. */
  readonly publicKey: Uint8Array;
  /** `Signed.key_id` of what this terminal signs. */
  readonly keyId: Uint8Array;
  /** Signs an encoded payload of the given type as a `Signed`. */
  sign(payloadType: PayloadType, payload: Uint8Array): posrt.channel.v1.ISigned;
}

/** `secretKey` is a 64-byte tweetnacl secret key whose halves have been checked. */
export function deviceIdentityFromSecretKey(secretKey: Uint8Array): DeviceIdentity {
  const key = Uint8Array.from(secretKey);
  const publicKey = ed25519PublicKeyOf(key)!;
  const keyId = keyIdOf(publicKey);
  return Object.freeze({
    publicKey,
    keyId,
    sign: (payloadType: PayloadType, payload: Uint8Array) => ({
      payloadType,
      payload,
      signature: signEd25519(key, payloadType, payload),
      keyId,
    }),
  });
}
