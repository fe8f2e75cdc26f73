// Everything the backend signs — parameter and key sets, remote commands, firmware offers — is
// verified against the backend key pinned at provisioning before any of it is decoded or used.
import { PosError } from '../errors/index.js';
import { keyIdOf, verifyEd25519 } from '../security/index.js';
import type { PayloadType, posrt } from '../protos/index.js';

export interface SignedVerifier {
  /** The payload's bytes once `signed` is of `expected` type and its signature verifies with
   *  the pinned key; a coded error otherwise (E-CHAN-0008 type, E-CHAN-0007 another key,
   *  E-CHAN-0006 tampered or forged). */
  verifySigned(expected: PayloadType, signed: posrt.channel.v1.ISigned): Uint8Array;
  /** verifySigned, then the payload decoded (E-CHAN-0017 when it does not decode). */
  openSigned<T>(expected: PayloadType, signed: posrt.channel.v1.ISigned, decode: (bytes: Uint8Array) => T): T;
}

const EMPTY = new Uint8Array(0);

export function createSignedVerifier(pinnedKey: Uint8Array): SignedVerifier {
  const key = Uint8Array.from(pinnedKey);
  const pinnedId = Buffer.from(keyIdOf(key));
  const verifySigned = (expected: PayloadType, signed: posrt.channel.v1.ISigned): Uint8Array => {
    const payload = signed.payload ?? EMPTY;
    if (signed.payloadType !== expected) throw new PosError('E-CHAN-0008', { expected, got: String(signed.payloadType ?? '').slice(0, 80) });
    // The key id is only a label, but a label naming another key says why the signature will
    // fail: another backend, or a rotated key, rather than tampering.
    const keyId = signed.keyId ?? EMPTY;
    if (keyId.length > 0 && !pinnedId.equals(keyId)) throw new PosError('E-CHAN-0007', { type: expected, keyId: Buffer.from(keyId).toString('hex').slice(0, 32) });
    if (!verifyEd25519(key, expected, payload, signed.signature ?? EMPTY)) throw new PosError('E-CHAN-0006', { type: expected, length: payload.length });
    return payload;
  };
  return Object.freeze({
    verifySigned,
    openSigned<T>(expected: PayloadType, signed: posrt.channel.v1.ISigned, decode: (bytes: Uint8Array) => T): T {
      const payload = verifySigned(expected, signed);
      try {
        return decode(payload);
      } catch (e) {
        throw new PosError('E-CHAN-0017', { type: expected, length: payload.length }, { cause: e });
      }
    },
  });
}
