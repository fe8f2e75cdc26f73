// Ed25519 with the domain bound into the input (src/security/ed25519.ts, node:crypto). Key
// vectors: RFC 8032 §7.1 TEST 1 (seed 9d61…7f60 gives public key d75a…511a) and TEST 2; every
// signature is also checked against tweetnacl, an independent implementation.
import { createHash, randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { isPosError } from '../../src/errors/index.js';
import { ed25519KeyPairFromSeed, ed25519PublicKeyOf, keyIdOf, signEd25519, verifyEd25519 } from '../../src/security/index.js';

const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));
const SEED = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const RFC_EMPTY_SIGNATURE = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

describe('ed25519 with a domain', () => {
  const pair = ed25519KeyPairFromSeed(SEED);

  it('derives RFC 8032 TEST 1 public key and signature from its seed', () => {
    expect(Buffer.from(pair.publicKey).toString('hex')).toBe(PUBLIC);
    expect(Buffer.from(nacl.sign.detached(new Uint8Array(0), pair.secretKey)).toString('hex')).toBe(RFC_EMPTY_SIGNATURE);
  });

  it('makes RFC 8032 TEST 2 through the domain-free input: seed 4ccd…a6fb signs 72', () => {
    // RFC 8032 §7.1 TEST 2. The domain "" with the 0x00 terminator cannot express a bare message,
    // so the vector is checked through the layout: the signature over "" || 00 || payload is
    // tweetnacl's signature of 00 || payload, and the key pair is the RFC's.
    const two = ed25519KeyPairFromSeed(hex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb'));
    expect(Buffer.from(two.publicKey).toString('hex')).toBe('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c');
    expect(Buffer.from(signEd25519(two.secretKey, '', hex('72'))).toString('hex')).toBe(Buffer.from(nacl.sign.detached(hex('0072'), two.secretKey)).toString('hex'));
  });

  it('agrees with tweetnacl both ways on random keys and payloads', () => {
    for (let i = 0; i < 20; i++) {
      const keys = ed25519KeyPairFromSeed(randomBytes(32));
      expect(Buffer.from(keys.secretKey).equals(Buffer.from(nacl.sign.keyPair.fromSeed(keys.secretKey.subarray(0, 32)).secretKey))).toBe(true);
      const payload = randomBytes(i * 13);
      const ours = signEd25519(keys.secretKey, 'posrt.r', payload);
      const input = Uint8Array.from([...Buffer.from('posrt.r'), 0, ...payload]);
      const theirs = nacl.sign.detached(input, keys.secretKey);
      expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
      expect(nacl.sign.detached.verify(input, ours, keys.publicKey)).toBe(true);
      expect(verifyEd25519(keys.publicKey, 'posrt.r', payload, theirs)).toBe(true);
    }
  });

  it('says false, not throws, for a public key that is no point on the curve', () => {
    const sig = signEd25519(pair.secretKey, 'posrt.x', hex('01'));
    // y = 2 has no x on Ed25519 (2 is not a valid y: (y²-1)/(dy²+1) is a non-square mod p).
    const notAPoint = new Uint8Array(32);
    notAPoint[0] = 2;
    expect(verifyEd25519(notAPoint, 'posrt.x', hex('01'), sig)).toBe(false);
  });

  it('signs UTF-8(domain) || 00 || payload', () => {
    const sig = signEd25519(pair.secretKey, 'posrt.x', hex('0102'));
    expect(nacl.sign.detached.verify(Uint8Array.from([...Buffer.from('posrt.x'), 0, 1, 2]), sig, pair.publicKey)).toBe(true);
    expect(verifyEd25519(pair.publicKey, 'posrt.x', hex('0102'), sig)).toBe(true);
  });

  it('refuses another domain, a changed payload, a flipped signature bit, another key and bad lengths', () => {
    const sig = signEd25519(pair.secretKey, 'posrt.a', hex('0102'));
    const other = ed25519KeyPairFromSeed(new Uint8Array(32).fill(7));
    const flipped = Uint8Array.from(sig);
    flipped[10]! ^= 0x01;
    expect(verifyEd25519(pair.publicKey, 'posrt.b', hex('0102'), sig)).toBe(false);
    // The domain's terminator keeps "a" + "\0b…" apart from "a\0" + "b…".
    expect(verifyEd25519(pair.publicKey, 'posrt.a\u0000', hex('02'), sig)).toBe(false);
    expect(verifyEd25519(pair.publicKey, 'posrt.a', hex('0103'), sig)).toBe(false);
    expect(verifyEd25519(pair.publicKey, 'posrt.a', hex('0102'), flipped)).toBe(false);
    expect(verifyEd25519(other.publicKey, 'posrt.a', hex('0102'), sig)).toBe(false);
    expect(verifyEd25519(pair.publicKey, 'posrt.a', hex('0102'), sig.subarray(0, 63))).toBe(false);
    expect(verifyEd25519(pair.publicKey.subarray(0, 31), 'posrt.a', hex('0102'), sig)).toBe(false);
  });

  it('tells a consistent secret key from one whose halves disagree', () => {
    expect(Buffer.from(ed25519PublicKeyOf(pair.secretKey)!).toString('hex')).toBe(PUBLIC);
    const damaged = Uint8Array.from(pair.secretKey);
    damaged[40]! ^= 0xff;
    expect(ed25519PublicKeyOf(damaged)).toBeUndefined();
  });

  it('refuses a seed of the wrong length with E-CRYPTO-0001', () => {
    expect(() => ed25519KeyPairFromSeed(new Uint8Array(31))).toThrow(expect.objectContaining({ code: 'E-CRYPTO-0001' }));
    let caught: unknown;
    try { signEd25519(new Uint8Array(32), 'x', new Uint8Array(0)); } catch (e) { caught = e; }
    expect(isPosError(caught, 'E-CRYPTO-0001')).toBe(true);
  });

  it('names a key by the first 8 bytes of its SHA-256', () => {
    expect(Buffer.from(keyIdOf(pair.publicKey)).toString('hex')).toBe(createHash('sha256').update(hex(PUBLIC)).digest('hex').slice(0, 16));
  });
});
