// CA public key store (Book 2 §11.2.2): check sums, expiry and the JSON key file. The Visa
// A000000003 #01 key and its check sum come from Proxmark3 client/src/emv/test/sda_test.c.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { testCaPublicKeys } from '../../../src/emulators/card/index.js';
import { createCaKeyStore, parseCaKeyFile } from '../../../src/emv/oda/index.js';
import { isPosError } from '../../../src/errors/index.js';
import { proxmarkSda } from './vectors.js';

const RID = fromHex('A000000003');
const visa01 = { rid: 'A000000003', index: '01', modulus: proxmarkSda.CA_MOD, exponent: '03', expiry: '291231', checksum: proxmarkSda.CA_HASH };

/** The key file as JSON.parse returns it, after a round trip through text like the real file. */
function keyFile(keys: unknown): unknown {
  return JSON.parse(JSON.stringify({ keys }));
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isPosError(e) ? e.code : 'not a PosError';
  }
  return undefined;
}

describe('CA public key store', () => {
  it('loads a key file and finds a key by RID and index until its expiry date', () => {
    const store = parseCaKeyFile(keyFile([visa01]));
    expect(toHex(store.find(RID, 0x01, 20291231)!.modulus)).toBe(proxmarkSda.CA_MOD);
    expect(store.find(RID, 0x01, 20300101)).toBeUndefined();
    expect(store.find(RID, 0x02, 20200101)).toBeUndefined();
    expect(store.find(fromHex('A000000004'), 0x01, 20200101)).toBeUndefined();
  });

  it('accepts YYYY-MM-DD expiry dates and entries without a check sum', () => {
    const { checksum: _c, ...noChecksum } = visa01;
    const store = parseCaKeyFile(keyFile([{ ...noChecksum, expiry: '2029-12-31' }]));
    expect(store.find(RID, 0x01, 20291231)).toBeDefined();
  });

  it('refuses a key whose check sum does not match (E-ODA-0003)', () => {
    expect(codeOf(() => parseCaKeyFile(keyFile([{ ...visa01, checksum: proxmarkSda.CA_HASH.replace(/^D3/, 'D4') }])))).toBe('E-ODA-0003');
    expect(codeOf(() => parseCaKeyFile(keyFile([{ ...visa01, exponent: '010001' }])))).toBe('E-ODA-0003');
  });

  it('refuses the same RID and index twice (E-ODA-0004)', () => {
    expect(codeOf(() => parseCaKeyFile(keyFile([visa01, visa01])))).toBe('E-ODA-0004');
  });

  it('refuses malformed entries and a file without a key list (E-ODA-0002)', () => {
    expect(codeOf(() => parseCaKeyFile(keyFile([{ ...visa01, rid: 'A0000003' }])))).toBe('E-ODA-0002');
    expect(codeOf(() => parseCaKeyFile(keyFile([{ ...visa01, index: '0101' }])))).toBe('E-ODA-0002');
    expect(codeOf(() => parseCaKeyFile(keyFile([{ ...visa01, modulus: 'XYZ' }])))).toBe('E-ODA-0002');
    expect(codeOf(() => parseCaKeyFile(keyFile([{ ...visa01, expiry: '291331' }])))).toBe('E-ODA-0002');
    expect(codeOf(() => parseCaKeyFile(keyFile({ not: 'a list' })))).toBe('E-ODA-0002');
    expect(codeOf(() => parseCaKeyFile(null))).toBe('E-ODA-0002');
    expect(codeOf(() => parseCaKeyFile([visa01]))).toBe('E-ODA-0002');
  });

  it('takes a Date as the expiry (its UTC day)', () => {
    const store = createCaKeyStore([{ rid: RID, index: 1, modulus: fromHex(proxmarkSda.CA_MOD), exponent: fromHex('03'), expiry: new Date('2029-12-31T00:00:00Z') }]);
    expect(store.find(RID, 0x01, 20291231)).toBeDefined();
    expect(store.find(RID, 0x01, 20300101)).toBeUndefined();
  });

  it('takes the virtual card test CA keys with their check sums', () => {
    const store = createCaKeyStore(testCaPublicKeys());
    for (const k of testCaPublicKeys()) expect(store.find(k.rid, k.index, 20261123)).toBeDefined();
  });
});
