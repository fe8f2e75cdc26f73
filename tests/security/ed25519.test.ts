// Ed25519 with the domain bound into the input (src/security/ed25519.ts). Key vector: RFC 8032
// §7.1 TEST 1 (seed 9d61…7f60 gives public key d75a…511a).
import { createHash } from 'node:crypto';
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
