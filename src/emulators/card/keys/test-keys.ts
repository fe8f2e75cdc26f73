// The virtual card's TEST key material (EMV Book 2 §11.2), loaded from test-keys.json, which
// generate.ts wrote once. Exports the CA public keys for a terminal's CA key store in tests.
import { createHash, createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { PosError } from '../../../errors/index.js';
import { concatBytes, fromHex } from '../../../bytes/hex.js';
import keyFile from './test-keys.json' with { type: 'json' };

/** An RSA key pair as the card uses it: the private key for the raw signature, the public
 *  parts as they go into certificates. */
export interface RsaKeyPair {
  readonly privateKey: KeyObject;
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
}

/** A Certification Authority public key as a terminal stores it (Book 2 §11.2.2 Table 23). */
export interface CaPublicKey {
  readonly rid: Uint8Array;
  readonly index: number;
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
  /** YYMMDD. */
  readonly expiry: string;
  /** SHA-1 over RID || index || modulus || exponent: the key's check sum. */
  readonly checksum: Uint8Array;
}

interface StoredCa {
  readonly rid: string;
  readonly index: string;
  readonly expiry: string;
  readonly jwk: JsonWebKey;
}

const cas: readonly StoredCa[] = keyFile.cas;

function keyPair(jwk: JsonWebKey): RsaKeyPair {
  return {
    privateKey: createPrivateKey({ key: jwk, format: 'jwk' }),
    modulus: Uint8Array.from(Buffer.from(jwk.n ?? '', 'base64url')),
    exponent: Uint8Array.from(Buffer.from(jwk.e ?? '', 'base64url')),
  };
}

export function caKeyPair(rid: string): { readonly index: number; readonly key: RsaKeyPair } {
  const ca = cas.find((c) => c.rid === rid);
  if (!ca) throw new PosError('E-EMU-0004', { kind: 'ca', rid });
  return { index: parseInt(ca.index, 16), key: keyPair(ca.jwk) };
}

export function issuerKeyPair(name: string): RsaKeyPair {
  const found = keyFile.issuers.find((k) => k.name === name);
  if (!found) throw new PosError('E-EMU-0004', { kind: 'issuer', name });
  return keyPair(found.jwk);
}

export function iccKeyPair(name: string): RsaKeyPair {
  const found = keyFile.iccs.find((k) => k.name === name);
  if (!found) throw new PosError('E-EMU-0004', { kind: 'icc', name });
  return keyPair(found.jwk);
}

/** The test CAs' public keys, one per RID, for the terminal side of tests and the demo. */
export function testCaPublicKeys(): CaPublicKey[] {
  return cas.map((ca) => {
    const { modulus, exponent } = keyPair(ca.jwk);
    const rid = fromHex(ca.rid);
    const index = parseInt(ca.index, 16);
    const checksum = createHash('sha1').update(concatBytes(rid, Uint8Array.of(index), modulus, exponent)).digest();
    return { rid, index, modulus, exponent, expiry: ca.expiry, checksum: Uint8Array.from(checksum) };
  });
}
