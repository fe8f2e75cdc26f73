// The composition root reads the CA public key file (src/emv may not do I/O, src/emv/README.md)
// and hands the JSON to parseCaKeyFile (EMV Book 2 §11.2.2). The Visa A000000003 #01 key and its
// check sum come from Proxmark3 client/src/emv/test/sda_test.c, via tests/emv/oda/vectors.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { DEFAULT_CONFIG_DIR, loadTerminalFiles, readCaKeyFile, readReaderRules, readRevocationFile } from '../../src/cli/config-files.js';
import { DEFAULT_INTERFACE_RULES, interfaceOf } from '../../src/devices/pcsc/index.js';
import { isPosError } from '../../src/errors/index.js';
import { proxmarkSda } from '../emv/oda/vectors.js';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'posrt-ca-')), 'ca-keys.json');
  writeFileSync(path, text);
  return path;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isPosError(e) ? e.code : 'not a PosError';
  }
  return undefined;
}

describe('readCaKeyFile', () => {
  it('reads and parses a key file', () => {
    const visa01 = { rid: 'A000000003', index: '01', modulus: proxmarkSda.CA_MOD, exponent: '03', expiry: '291231', checksum: proxmarkSda.CA_HASH };
    const store = readCaKeyFile(file(JSON.stringify({ keys: [visa01] })));
    expect(toHex(store.find(fromHex('A000000003'), 0x01, 20291231)!.modulus)).toBe(proxmarkSda.CA_MOD);
  });

  it('reports a missing file and a file that is not JSON as E-ODA-0001', () => {
    expect(codeOf(() => readCaKeyFile('/nonexistent/ca-keys.json'))).toBe('E-ODA-0001');
    expect(codeOf(() => readCaKeyFile(file('{ "keys": [')))).toBe('E-ODA-0001');
  });

  it('leaves entry checks to parseCaKeyFile (E-ODA-0002)', () => {
    expect(codeOf(() => readCaKeyFile(file('{ "keys": {} }')))).toBe('E-ODA-0002');
  });

  it('loads the checked-in config folder with its CA key file (virtual-card TEST key A000000003 #F1)', () => {
    const key = loadTerminalFiles(DEFAULT_CONFIG_DIR).caKeys.find(fromHex('A000000003'), 0xf1, 20250101);
    expect(key?.modulus.length).toBe(144);
  });
});

describe('readReaderRules', () => {
  const dirWith = (text: string | null): string => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-readers-'));
    if (text !== null) writeFileSync(join(dir, 'readers.json'), text);
    return dir;
  };

  it('keeps the driver defaults when there is no readers.json and no variable', () => {
    expect(readReaderRules(dirWith(null), {})).toBe(DEFAULT_INTERFACE_RULES);
  });

  it('reads readers.json from the config folder when it is there', () => {
    const rules = readReaderRules(dirWith('{ "interfaces": [{ "match": "Virtual PCD 00 00", "interface": "contactless" }] }'), {});
    expect(interfaceOf('Virtual PCD 00 00', rules)).toBe('contactless');
    expect(interfaceOf('Virtual PCD 00 01', rules)).toBe('contact');
  });

  it('lets POSRT_READER_INTERFACES win over readers.json', () => {
    const dir = dirWith('{ "interfaces": [{ "match": "Virtual PCD 00 00", "interface": "contactless" }] }');
    const rules = readReaderRules(dir, { POSRT_READER_INTERFACES: 'Virtual PCD=both' });
    expect(interfaceOf('Virtual PCD 00 00', rules)).toBe('both');
  });

  it('reports a readers.json that is not JSON, or has a bad field, as E-CORE-0003 naming the file', () => {
    expect(codeOf(() => readReaderRules(dirWith('{ "interfaces": ['), {}))).toBe('E-CORE-0003');
    const dir = dirWith('{ "interfaces": [{ "match": "PICC", "interface": "nfc" }] }');
    let context: unknown;
    try {
      readReaderRules(dir, {});
    } catch (e) {
      context = isPosError(e) ? e.context : e;
    }
    expect(context).toMatchObject({ file: join(dir, 'readers.json'), field: 'interfaces[0].interface' });
  });
});

describe('readRevocationFile', () => {
  it('reads the list; a missing file or one that is not JSON is E-ODA-0008, never an empty list', () => {
    const path = file('{ "revoked": [{ "rid": "A000000003", "caIndex": "F1", "serialNumber": "0000A5" }] }');
    expect(readRevocationFile(path).map((r) => toHex(r.serialNumber))).toEqual(['0000A5']);
    expect(codeOf(() => readRevocationFile('/nonexistent/revocation.json'))).toBe('E-ODA-0008');
    expect(codeOf(() => readRevocationFile(file('{ "revoked": [')))).toBe('E-ODA-0008');
  });

  it('the checked-in config folder ships an empty list', () => {
    expect(loadTerminalFiles(DEFAULT_CONFIG_DIR).revoked).toEqual([]);
  });
});
