// pos oda recover, called as odaVerb (the lead registers the verb in main.ts), on the
// Proxmark3 dda_test.c vector (tests/emv/oda/vectors.ts) with its Mastercard CA key in a file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { odaVerb } from '../../src/cli/oda.js';
import { isPosError } from '../../src/errors/index.js';
import { proxmarkDda as V } from '../emv/oda/vectors.js';

const dir = mkdtempSync(join(tmpdir(), 'posrt-oda-cli-'));
const caKeys = join(dir, 'ca-keys.json');
writeFileSync(caKeys, JSON.stringify({ keys: [{ rid: 'A000000004', index: '05', modulus: V.CA_MOD, exponent: '03', expiry: '291231', checksum: V.CA_HASH }] }));

const base = ['recover', '--rid', 'A000000004', '--index', '05', '--issuer-cert', V.ISSUER_CERT, '--issuer-remainder', V.ISSUER_REM, '--issuer-exponent', '03', '--ca-keys', caKeys, '--date', '150101'];
const icc = ['--icc-cert', V.ICC_CERT, '--icc-exponent', '03', '--static-data', V.SSD];

async function run(argv: string[]): Promise<{ out: string; error: unknown }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await odaVerb(argv);
    return { out, error: undefined };
  } catch (error) {
    return { out, error };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('pos oda recover', () => {
  it('prints both certificates, the PAN masked', async () => {
    const { out, error } = await run([...base, '--pan', V.PAN, ...icc, '--json']);
    expect(error).toBeUndefined();
    const report = JSON.parse(out);
    expect(report.caKey).toEqual({ rid: 'A000000004', index: '05', bits: 1408 });
    expect(report.issuer).toMatchObject({ result: 'ok', format: '02', issuerIdentifier: '528588', expiry: '12/21', serialNumber: '006EE2', keyBits: 1408, hash: 'ok', panCheck: 'ok' });
    expect(report.icc).toMatchObject({ result: 'ok', format: '04', pan: '528588******5653', expiry: '06/15', keyBits: 896, hash: 'ok' });
    expect(out).not.toContain(V.PAN);
  });

  it('prints text and says the PAN was not checked without --pan', async () => {
    const { out, error } = await run(base);
    expect(error).toBeUndefined();
    expect(out).toContain('CA key       A000000004 #05 (1408 bits)');
    expect(out).toContain('panCheck         not checked (no --pan)');
  });

  it('prints the fields and exits with E-ODA-0006 when a hash fails', async () => {
    const { out, error } = await run([...base, '--pan', V.PAN, ...icc.slice(0, 4), '--static-data', '00', '--json']);
    expect(isPosError(error, 'E-ODA-0006')).toBe(true);
    expect(JSON.parse(out).icc).toMatchObject({ result: 'failed: hash-mismatch', hash: 'mismatch' });
  });

  it('refuses an unknown CA key, bad hex and a missing option with coded errors', async () => {
    expect(isPosError((await run([...base.slice(0, 4), '06', ...base.slice(5)])).error, 'E-ODA-0005')).toBe(true);
    expect(isPosError((await run([...base.slice(0, 6), 'ZZ', ...base.slice(7)])).error, 'E-CORE-0002')).toBe(true);
    // Without the remainder (92) the 1408-bit issuer key cannot be rebuilt (icc-data-missing).
    expect(isPosError((await run(base.filter((_, i) => i !== 7 && i !== 8))).error, 'E-ODA-0006')).toBe(true);
    expect(isPosError((await run(['recover', '--rid', 'A000000004', '--index', '05', '--ca-keys', caKeys])).error, 'E-CORE-0001')).toBe(true);
  });
});
