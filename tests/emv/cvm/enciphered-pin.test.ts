import { describe, it, expect } from 'vitest';
import { constants, generateKeyPairSync, privateDecrypt, type KeyObject } from 'node:crypto';
import { toHex } from '../../../src/bytes/hex.js';
import type { CardTransport } from '../../../src/emv/apdu/index.js';
import { performCardholderVerification, type RsaPublicKey } from '../../../src/emv/cvm/index.js';
import { isPosError } from '../../../src/errors/index.js';
import { aipWithCvm, bits, transaction } from './context.js';
import { FakePinPad, type OfflineEntry } from './fake-pin-pad.js';

// EMV Book 2 §7.1 Keys and Certificates for PIN Encipherment: the terminal enciphers
// 7F || PIN block (8) || ICC Unpredictable Number (8) || random pad (N - 17) with the ICC PIN
// Encipherment Public Key (or the ICC Public Key), raw RSA; the card recovers and checks it.
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
const jwk = publicKey.export({ format: 'jwk' });
const iccPinKey: RsaPublicKey = { modulus: Buffer.from(jwk.n!, 'base64url'), exponent: Buffer.from(jwk.e!, 'base64url') };
const CHALLENGES = ['0102030405060708', '1112131415161718'];

/** A card that takes enciphered PIN only: GET CHALLENGE, VERIFY P2 88, PIN 4321, 3 tries. */
class EncipheredPinCard implements CardTransport {
  tries = 3;
  readonly recovered: string[] = [];
  private challenge: string | undefined;
  private issued = 0;

  constructor(private readonly key: KeyObject) {}

  async transmit(capdu: Uint8Array): Promise<Uint8Array> {
    const hex = toHex(capdu);
    if (hex === '80CA9F1700') return Uint8Array.of(0x9f, 0x17, 0x01, this.tries, 0x90, 0x00);
    if (hex === '0084000000') {
      this.challenge = CHALLENGES[this.issued++ % CHALLENGES.length];
      return Uint8Array.from(Buffer.from(`${this.challenge}9000`, 'hex'));
    }
    if (hex.startsWith('00200088')) {
      const plain = toHex(privateDecrypt({ key: this.key, padding: constants.RSA_NO_PADDING }, capdu.subarray(5, 5 + capdu[4]!)));
      this.recovered.push(plain);
      const ok = plain.startsWith('7F') && plain.slice(18, 34) === this.challenge;
      this.challenge = undefined;
      if (!ok) return Uint8Array.of(0x69, 0x85);
      if (plain.slice(2, 18) === '244321FFFFFFFFFF') return Uint8Array.of(0x90, 0x00);
      this.tries--;
      return Uint8Array.of(0x63, 0xc0 | this.tries);
    }
    return Uint8Array.of(0x6d, 0x00);
  }
}

async function verify(list: string, offline: readonly OfflineEntry[], card: CardTransport, pinPad = new FakePinPad({ offline, padding: (n) => new Uint8Array(n).fill(0xbb) })) {
  const { tvr, tsi } = bits();
  const outcome = await performCardholderVerification({
    aip: aipWithCvm(),
    cvmList: Buffer.from(list, 'hex'),
    transaction: transaction(),
    pan: '5413330089010012',
    iccPinKey: () => iccPinKey,
    card,
    pinPad,
    tvr,
    tsi,
  });
  return { outcome, tvr: toHex(tvr.value()), pinPad };
}

describe('enciphered offline PIN', () => {
  it('sends 7F || format 2 block || the challenge || padding under the ICC PIN key: 440302', async () => {
    const card = new EncipheredPinCard(privateKey);
    const r = await verify('000000000000000044031F03', [{ pin: '4321' }], card);
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('440302');
    expect(card.recovered).toEqual([`7F244321FFFFFFFFFF0102030405060708${'BB'.repeat(128 - 17)}`]);
    expect(r.pinPad.offlineRequests[0]).toMatchObject({ mode: 'enciphered', triesLeft: 3, key: iccPinKey });
  });

  it('fetches a fresh challenge for each attempt', async () => {
    const card = new EncipheredPinCard(privateKey);
    const r = await verify('00000000000000000400', [{ pin: '1111' }, { pin: '4321' }], card);
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('040002');
    expect(card.recovered.map((p) => p.slice(18, 34))).toEqual(CHALLENGES);
  });

  it('with signature: PIN verified, result unknown and a signature line (050000)', async () => {
    const r = await verify('00000000000000000500', [{ pin: '4321' }], new EncipheredPinCard(privateKey));
    expect(r.outcome).toMatchObject({ kind: 'successful', followUp: { kind: 'signature' } });
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('050000');
  });

  it('a card that gives no challenge fails the rule: 040001', async () => {
    const noChallenge: CardTransport = {
      transmit: async (c) => (toHex(c) === '80CA9F1700' ? Uint8Array.of(0x6a, 0x88) : Uint8Array.of(0x6d, 0x00)),
    };
    const r = await verify('00000000000000000400', [], noChallenge);
    expect(r.tvr).toBe('0000800000');
    expect(r.outcome.kind === 'failed' && toHex(r.outcome.cvmResults)).toBe('040001');
  });
});

describe('a PIN pad that never stops reporting wrong PINs', () => {
  it('is cut off after 16 attempts with E-CVM-0002', async () => {
    const card: CardTransport = { transmit: async () => Uint8Array.of(0x6a, 0x88) };
    const pad = new FakePinPad();
    pad.verifyOfflinePin = async () => ({ kind: 'wrong', triesLeft: 3 });
    await expect(verify('00000000000000000100', [], card, pad)).rejects.toSatisfy((e) => isPosError(e) && e.code === 'E-CVM-0002');
  });
});
