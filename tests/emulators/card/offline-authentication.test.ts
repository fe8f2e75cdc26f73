// Offline data authentication as a terminal performs it (EMV Book 2 §5.3-5.4 SDA, §6.3-6.5 DDA,
// §6.6 CDA), written here independently of the card: recover each certificate with the public
// key above it (raw RSA, Node's publicDecrypt without padding), check header, format, trailer
// and hash, and rebuild the static data to be authenticated from the AFL (Book 3 §10.3).
import { constants, createHash, createPublicKey, publicDecrypt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../src/bytes/hex.js';
import { generateAcCommand, internalAuthenticateCommand } from '../../../src/emv/apdu/commands.js';
import { decodeTlv, encodeOne, findTag, findValue } from '../../../src/emv/tlv/index.js';
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, verifyApplicationCryptogram } from '../../../src/security/index.js';
import { testCaPublicKeys } from '../../../src/emulators/card/index.js';
import { card, dolData, fromHex, initiate, ok, recordData, send, toHex, type Initiated } from './session.js';

interface PublicKey {
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
}

function recover(key: PublicKey, signed: Uint8Array): Uint8Array {
  expect(signed).toHaveLength(key.modulus.length);
  const jwk = { kty: 'RSA', n: Buffer.from(key.modulus).toString('base64url'), e: Buffer.from(key.exponent).toString('base64url') };
  const recovered = Uint8Array.from(publicDecrypt({ key: createPublicKey({ key: jwk, format: 'jwk' }), padding: constants.RSA_NO_PADDING }, signed));
  expect(recovered[0]).toBe(0x6a);
  expect(recovered[recovered.length - 1]).toBe(0xbc);
  return recovered;
}

/** Hash check common to Tables 6, 7, 14 and 17: SHA-1 over byte 2 to the hash, then the extra data. */
function hashMatches(recovered: Uint8Array, extra: Uint8Array): boolean {
  const n = recovered.length;
  const hash = createHash('sha1').update(recovered.subarray(1, n - 21)).update(extra).digest();
  return toHex(hash) === toHex(recovered.subarray(n - 21, n - 1));
}

function staticData(session: Initiated): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < session.afl.length; i += 4) {
    const sfi = session.afl[i]! >> 3;
    const first = session.afl[i + 1]!;
    for (let r = first; r < first + session.afl[i + 3]!; r++) {
      const record = session.records.get(`${sfi}/${r}`)!;
      parts.push(sfi <= 10 ? decodeTlv(record)[0]!.value : record);
    }
  }
  if (toHex(recordData(session.records).get('9F4A') ?? new Uint8Array(0)) === '82') parts.push(session.aip);
  return concatBytes(...parts);
}

function caFor(aid: string, index: Uint8Array): PublicKey {
  const ca = testCaPublicKeys().find((k) => toHex(k.rid) === aid.slice(0, 10) && k.index === index[0]);
  if (!ca) throw new Error('no test CA for the card');
  return ca;
}

/** Table 6: recovers the issuer key from 90, 92, 9F32 under the CA key. */
function issuerKey(aid: string, data: Map<string, Uint8Array>): PublicKey {
  const ca = caFor(aid, data.get('8F')!);
  const x = recover(ca, data.get('90')!);
  expect(x[1]).toBe(0x02);
  expect(toHex(x.subarray(2, 6))).toBe(toHex(data.get('5A')!).slice(0, 6) + 'FF');
  const remainder = data.get('92') ?? new Uint8Array(0);
  const exponent = data.get('9F32')!;
  expect(hashMatches(x, concatBytes(remainder, exponent))).toBe(true);
  const length = x[13]!;
  const leftmost = x.subarray(15, x.length - 21);
  return { modulus: length <= leftmost.length ? leftmost.subarray(0, length) : concatBytes(leftmost, remainder), exponent };
}

/** Table 14: recovers the ICC key from 9F46, 9F48, 9F47 under the issuer key; the hash covers the static data. */
function iccKey(session: Initiated, issuer: PublicKey, data: Map<string, Uint8Array>): PublicKey {
  const x = recover(issuer, data.get('9F46')!);
  expect(x[1]).toBe(0x04);
  expect(toHex(x.subarray(2, 12))).toBe(toHex(data.get('5A')!).padEnd(20, 'F'));
  const remainder = data.get('9F48') ?? new Uint8Array(0);
  const exponent = data.get('9F47')!;
  expect(hashMatches(x, concatBytes(remainder, exponent, staticData(session)))).toBe(true);
  const length = x[19]!;
  const leftmost = x.subarray(21, x.length - 21);
  return { modulus: length <= leftmost.length ? leftmost.subarray(0, length) : concatBytes(leftmost, remainder), exponent };
}

describe('test CA public keys', () => {
  it('are 1152-bit, exponent 3, one per RID, with the Book 2 §11.2.2 check sum', () => {
    const keys = testCaPublicKeys();
    expect(keys.map((k) => toHex(k.rid))).toEqual(['A000000003', 'A000000004', 'A000000333']);
    for (const k of keys) {
      expect(k.modulus).toHaveLength(144);
      expect(toHex(k.exponent)).toBe('03');
      const sum = createHash('sha1').update(concatBytes(k.rid, Uint8Array.of(k.index), k.modulus, k.exponent)).digest();
      expect(toHex(k.checksum)).toBe(toHex(sum));
    }
  });
});

describe('SDA (UnionPay debit)', () => {
  it('Signed Static Application Data recovers with the issuer key and its hash covers the AFL records and the AIP', async () => {
    const session = await initiate(card('unionpay'), 'A000000333010101');
    const data = recordData(session.records);
    const issuer = issuerKey('A000000333010101', data);
    expect(issuer.modulus).toHaveLength(128);
    const x = recover(issuer, data.get('93')!);
    expect(x[1]).toBe(0x03);
    expect(toHex(x.subarray(3, 5))).toBe('DAC1');
    expect(hashMatches(x, staticData(session))).toBe(true);
    expect(hashMatches(x, staticData(session).subarray(1))).toBe(false);
  });

  it('does not know INTERNAL AUTHENTICATE (6D00)', async () => {
    const c = card('unionpay');
    await initiate(c, 'A000000333010101');
    expect((await send(c, internalAuthenticateCommand(fromHex('01020304')))).sw).toBe(0x6d00);
  });
});

describe('DDA', () => {
  it.each([
    ['visa', 'A0000000031010'],
    ['unionpay', 'A000000333010102'],
  ])('%s: INTERNAL AUTHENTICATE signs the DDOL data with the certified ICC key', async (profile, aid) => {
    const c = card(profile);
    const session = await initiate(c, aid);
    const data = recordData(session.records);
    const icc = iccKey(session, issuerKey(aid, data), data);
    expect(icc.modulus).toHaveLength(96);
    const ddolData = dolData(data.get('9F49')!, { '9F37': '11223344' });
    const nodes = await ok(c, internalAuthenticateCommand(ddolData));
    expect(nodes[0]!.tag).toBe(0x80);
    const x = recover(icc, nodes[0]!.value);
    expect(x[1]).toBe(0x05);
    expect(x[3]).toBe(9);
    expect(x[4]).toBe(8);
    // The injected counting RNG supplied the ICC Dynamic Number.
    expect(toHex(x.subarray(5, 13))).toBe('0102030405060708');
    expect(hashMatches(x, ddolData)).toBe(true);
    expect(hashMatches(x, fromHex('11223345'))).toBe(false);
  });
});

describe('CDA (Mastercard)', () => {
  const MC_IMK = '11111111111111112222222222222222';

  async function cdaSession() {
    const c = card('mastercard');
    const session = await initiate(c, 'A0000000041010');
    const data = recordData(session.records);
    return { c, session, data, icc: iccKey(session, issuerKey('A0000000041010', data), data) };
  }

  /** Book 2 §6.6.2: recover 9F4B, check the hash with the UN, the CID, and the Transaction Data Hash Code. */
  function checkCda(icc: PublicKey, response: Uint8Array, un: Uint8Array, signedDolData: readonly Uint8Array[]): { cid: number; ac: Uint8Array; atc: Uint8Array; iad: Uint8Array } {
    const nodes = decodeTlv(response);
    const template = nodes[0]!;
    expect(template.tag).toBe(0x77);
    expect(findTag(nodes, 0x9f26)).toBeUndefined();
    const x = recover(icc, findValue(nodes, 0x9f4b)!);
    expect(x[1]).toBe(0x05);
    expect(hashMatches(x, un)).toBe(true);
    const dynamic = x.subarray(4, 4 + x[3]!);
    const cid = dynamic[9]!;
    expect(cid).toBe(findValue(nodes, 0x9f27)![0]);
    const others = template.kind === 'constructed' ? template.children.filter((n) => n.tag !== 0x9f4b).map((n) => encodeOne(n.tag, n.value)) : [];
    const tdhc = createHash('sha1').update(concatBytes(...signedDolData, ...others)).digest();
    expect(toHex(dynamic.subarray(18, 38))).toBe(toHex(tdhc));
    return { cid, ac: dynamic.subarray(10, 18), atc: findValue(nodes, 0x9f36)!, iad: findValue(nodes, 0x9f10)! };
  }

  it('first GENERATE AC with CDA: the SDAD carries a TC whose AC verifies, the CVR says CDA performed', async () => {
    const { c, session, data, icc } = await cdaSession();
    const cdol1Data = dolData(data.get('8C')!, { '9F02': '000000000500', '9F37': 'A1B2C3D4' });
    const answer = await send(c, generateAcCommand('tc', cdol1Data, 'cda'));
    expect(answer.sw).toBe(0x9000);
    const { cid, ac, atc, iad } = checkCda(icc, answer.data, fromHex('A1B2C3D4'), [session.pdolData, cdol1Data]);
    expect(cid).toBe(0x40);
    expect(toHex(iad.subarray(2))).toBe('98300000');
    const key = deriveAcSessionKey(deriveIccMasterKeyOptionA(fromHex(MC_IMK), '5413330089010491', '00'), { method: 'emv-common', atc });
    expect(verifyApplicationCryptogram(key, concatBytes(cdol1Data, session.aip, atc, iad.subarray(2)), ac)).toBe(true);
  });

  it('second GENERATE AC with CDA hashes PDOL, CDOL1 and CDOL2 data', async () => {
    const { c, session, data, icc } = await cdaSession();
    const cdol1Data = dolData(data.get('8C')!, { '9F02': '000000100000', '9F37': '00000001' });
    const first = await send(c, generateAcCommand('arqc', cdol1Data, 'cda'));
    expect(checkCda(icc, first.data, fromHex('00000001'), [session.pdolData, cdol1Data]).cid).toBe(0x80);
    const cdol2Data = dolData(data.get('8D')!, { '8A': '3030', '9F37': '00000002' });
    const second = await send(c, generateAcCommand('tc', cdol2Data, 'cda'));
    expect(checkCda(icc, second.data, fromHex('00000002'), [session.pdolData, cdol1Data, cdol2Data]).cid).toBe(0x40);
  });

  it('gives an AAC in clear (9F26, no 9F4B) even when CDA was asked', async () => {
    const { c, data } = await cdaSession();
    const nodes = await ok(c, generateAcCommand('aac', dolData(data.get('8C')!), 'cda'));
    expect(findValue(nodes, 0x9f27)![0]).toBe(0x00);
    expect(findValue(nodes, 0x9f26)).toHaveLength(8);
    expect(findTag(nodes, 0x9f4b)).toBeUndefined();
  });
});
