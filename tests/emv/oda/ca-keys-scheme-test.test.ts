// config/ca-keys-scheme-test.json: the Visa and Mastercard TEST CA public keys published for
// certification, and two UnionPay keys from a terminal test app, each with the SHA-1 check sum
// of EMV Book 2 §11.2.2 Table 23 (RID || index || modulus || exponent). The check sums below are the published ones, from
// RfidResearchGroup/proxmark3 client/resources/capk.txt and openemv/emv-utils
// src/emv_capk_static_data.h (Visa 99, Mastercard F4 and FE from emv-utils only); both label
// these indexes test keys. UnionPay C0 and C1 come from the IDTech CAPK records (RID, index,
// algorithms, SHA-1, exponent, modulus) in clearent/IDTech_VP3300_Demo
// VP3300TestApp/UniPay/ViewController.m, a terminal test app that does not call them test or
// live. Each entry's "source" field names where it was read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../src/bytes/hex.js';
import { parseCaKeyFile } from '../../../src/emv/oda/index.js';

const file = join(import.meta.dirname, '..', '..', '..', 'config', 'ca-keys-scheme-test.json');

interface KeyJson {
  readonly rid: string;
  readonly index: string;
  readonly modulus: string;
  readonly exponent: string;
  readonly checksum: string;
  readonly source: string;
}

const keys = (JSON.parse(readFileSync(file, 'utf8')) as { keys: KeyJson[] }).keys;

const published: readonly (readonly [rid: string, index: string, checksum: string])[] = [
  ['A000000003', '92', '429C954A3859CEF91295F663C963E582ED6EB253'],
  ['A000000003', '94', 'C4A3C43CCF87327D136B804160E47D43B60E6E0F'],
  ['A000000003', '95', 'EE1511CEC71020A9B90443B37B1D5F6E703030F6'],
  ['A000000003', '99', '4ABFFD6B1C51212D05552E431C5B17007D2F5E6D'],
  ['A000000004', 'EF', '21766EBB0EE122AFB65D7845B73DB46BAB65427A'],
  ['A000000004', 'F1', 'D8E68DA167AB5A85D8C3D55ECB9B0517A1A5B4BB'],
  ['A000000004', 'F3', 'A69AC7603DAF566E972DEDC2CB433E07E8B01A9A'],
  ['A000000004', 'F4', 'BF6B5B9C47134E494571732A4903C935874682B9'],
  ['A000000004', 'F5', 'C2239804C8098170BE52D6D5D4159E81CE8466BF'],
  ['A000000004', 'F8', 'F06ECC6D2AAEBF259B7E755A38D9A9B24E2FF3DD'],
  ['A000000004', 'FA', '5BED4068D96EA16D2D77E03D6036FC7A160EA99C'],
  ['A000000004', 'FE', '9A295B05FB390EF7923F57618A9FDA2941FC34E0'],
  ['A000000333', 'C0', '8B094D260BDF8BFC8B9A88B0C177A43FE2FAE765'],
  ['A000000333', 'C1', 'B6372DB9919F8C6C9C88E83D3C600A4AD8ADC7A9'],
];

describe('scheme TEST CA public keys (config/ca-keys-scheme-test.json)', () => {
  it('holds exactly the published test keys', () => {
    expect(keys.map((k) => [k.rid, k.index])).toEqual(published.map(([rid, index]) => [rid, index]));
  });

  for (const [rid, index, checksum] of published) {
    it(`${rid} #${index}: SHA-1(RID || index || modulus || exponent) is the published ${checksum.slice(0, 8)}…`, () => {
      const key = keys.find((k) => k.rid === rid && k.index === index)!;
      const digest = createHash('sha1')
        .update(fromHex(key.rid + key.index + key.modulus + key.exponent))
        .digest('hex')
        .toUpperCase();
      expect(digest).toBe(checksum);
      expect(key.checksum).toBe(checksum);
      expect(key.source).toMatch(/proxmark3|emv-utils|IDTech_VP3300_Demo/);
    });
  }

  it('loads through parseCaKeyFile, which checks every check sum again (Book 2 §11.2.2)', () => {
    const store = parseCaKeyFile(JSON.parse(readFileSync(file, 'utf8')));
    // Visa #94 is the 1984-bit (248-byte) key; found until the placeholder expiry, not after.
    expect(store.find(fromHex('A000000003'), 0x94, 20491231)?.modulus.length).toBe(248);
    expect(store.find(fromHex('A000000003'), 0x94, 20500101)).toBeUndefined();
    expect(store.find(fromHex('A000000004'), 0xf5, 20250101)?.exponent).toEqual(fromHex('010001'));
    expect(store.find(fromHex('A000000333'), 0xc1, 20250101)?.modulus.length).toBe(248);
  });
});
