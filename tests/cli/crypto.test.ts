// pos crypto, run as the real command (tests/cli/run-pos.ts) on the published vectors the
// tests/security suites use; each block names its source.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, generateArpc, tdesEncryptEcb } from '../../src/security/index.js';
import { runPos } from './run-pos.js';

async function ok(args: string[]): Promise<string> {
  const r = await runPos(['crypto', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\n$/);
  return r.stdout.trimEnd();
}

async function fails(args: string[], code: string): Promise<string> {
  const r = await runPos(['crypto', ...args]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(code);
  return r.stderr;
}

// ANSI X9.24-1:2009 Annex A.4 (via openemv/dukpt test/dukpt_tdes_test.c).
const BDK = '0123456789ABCDEFFEDCBA9876543210';
const KSN1 = 'FFFF9876543210E00001';
const TXN_KEY1 = '042666B49184CFA368DE9628D0397BC9';

describe('pos crypto pinblock', () => {
  it('encodes and decodes format 0 in the clear (psec tests/test_pinblock.py)', async () => {
    expect(await ok(['pinblock', 'encode', '--format', '0', '--pin', '1234', '--pan', '5555555551234567'])).toBe('041261AAAAEDCBA9');
    expect(await ok(['pinblock', 'decode', '--format', '0', '--block', '0C1261032D8226A9', '--pan', '5555555551234567'])).toBe('123456789012');
  });

  it('enciphers format 0 under the DUKPT PIN key of X9.24-1 A.4 (KSN ...E00001 gives 1B9C1845EB993A7A)', async () => {
    const pek = await ok(['dukpt', '--bdk', BDK, '--ksn', KSN1]);
    const args = ['--format', '0', '--pan', '4012345678909', '--key', pek];
    expect(await ok(['pinblock', 'encode', '--pin', '1234', ...args])).toBe('1B9C1845EB993A7A');
    expect(await ok(['pinblock', 'decode', '--block', '1B9C1845EB993A7A', ...args])).toBe('1234');
  });

  it('format 3 with a given filler, and format 1 without a PAN (psec; ISO 9564-1 layout)', async () => {
    expect(await ok(['pinblock', 'encode', '--format', '3', '--pin', '1234', '--pan', '5555555551234567', '--fill', 'FFFFFFFFFF'])).toBe('341261AAAAEDCBA9');
    expect(await ok(['pinblock', 'decode', '--format', '3', '--block', '3A1261032D82CBA9', '--pan', '5555555551234567'])).toBe('1234567890');
    expect(await ok(['pinblock', 'encode', '--format', '1', '--pin', '1234', '--fill', '0123456789'])).toBe('1412340123456789');
  });

  it('format 4: psec deterministic example and the ep2 §8.4 example', async () => {
    const key = '00112233445566778899AABBCCDDEEFF';
    const pan = '1234567890123456789';
    expect(await ok(['pinblock', 'encode', '--format', '4', '--pin', '1234', '--pan', pan, '--key', key, '--fill', 'FFFFFFFFFFFFFFFF'])).toBe('28B41FDDD29B743E93124BD8E32D921E');
    expect(await ok(['pinblock', 'encode', '--format', '4', '--pin', '1234', '--fill', 'FFFFFFFFFFFFFFFF'])).toBe('441234AAAAAAAAAAFFFFFFFFFFFFFFFF');
    expect(
      await ok(['pinblock', 'decode', '--format', '4', '--block', 'CC17F65586BFD0953010226C4FC5B3CA', '--pan', '432198765432109870', '--key', 'C1D0F8FB4958670DBA40AB1F3752EF0D']),
    ).toBe('1234');
  });

  it('refuses bad input with a code and exit 2, never echoing the PIN', async () => {
    await fails(['pinblock', 'encode', '--format', '2', '--pin', '1234'], 'E-CRYPTO-0008');
    const short = await fails(['pinblock', 'encode', '--format', '0', '--pin', '987', '--pan', '5555555551234567'], 'E-CVM-0003');
    expect(short).not.toContain('987');
    await fails(['pinblock', 'decode', '--format', '0', '--block', '241261AAAAEDCBA9', '--pan', '5555555551234567'], 'E-CRYPTO-0007');
    await fails(['pinblock', 'decode', '--format', '0', '--block', '04126G', '--pan', '5555555551234567'], 'E-CORE-0002');
    await fails(['pinblock', 'encode', '--format', '0', '--pin', '1234', '--pan', '5555555551234567', '--key', '0011'], 'E-CRYPTO-0001');
    await fails(['pinblock', 'shuffle', '--format', '0'], 'E-CORE-0001');
    await fails(['pinblock', 'encode', '--format', '0', '--pin', '1234', '--pan', '5555555551234567', '--fill', 'AAAAAAAAAA'], 'E-CORE-0001');
  });
});

describe('pos crypto dukpt', () => {
  const xor = (a: string, b: string) => toHex(fromHex(a).map((x, i) => x ^ fromHex(b)[i]!));

  it('TDES: PIN and MAC keys are the A.4 transaction key under the X9.24-1 variants', async () => {
    expect(xor(await ok(['dukpt', '--bdk', BDK, '--ksn', KSN1, '--tdes']), TXN_KEY1)).toBe('00000000000000FF00000000000000FF');
    expect(xor(await ok(['dukpt', '--bdk', BDK, '--ksn', KSN1, '--usage', 'mac']), TXN_KEY1)).toBe('000000000000FF00000000000000FF00');
    // The data key is its variant encrypted under itself, half by half (X9.24-1:2009 A.4).
    const variant = fromHex(xor(TXN_KEY1, '0000000000FF00000000000000FF0000'));
    const expected = toHex(tdesEncryptEcb(variant, variant.subarray(0, 8))) + toHex(tdesEncryptEcb(variant, variant.subarray(8)));
    expect(await ok(['dukpt', '--bdk', BDK, '--ksn', KSN1, '--usage', 'data'])).toBe(expected);
  });

  // X9.24-3:2017 supplement PIN encryption keys, as reproduced in QRCS-CORP/CEX Test/DUKPTTest.cpp.
  it('AES-128 and AES-256: the supplement PIN encryption keys for counter 1', async () => {
    expect(await ok(['dukpt', '--bdk', 'FEDCBA9876543210F1F1F1F1F1F1F1F1', '--ksn', '123456789012345600000001', '--aes128'])).toBe('AF8CB133A78F8DC2D1359F18527593FB');
    const bdk256 = 'FEDCBA9876543210F1F1F1F1F1F1F1F1FEDCBA9876543210F1F1F1F1F1F1F1F1';
    expect(await ok(['dukpt', '--bdk', bdk256, '--ksn', '123456789012345600000001', '--aes256', '--usage', 'pin'])).toBe(
      '8C1AB7BEE973829E30242E0BBBDD4946D540C98FC1B5BDCF94790001A23FD502',
    );
    const mac = await ok(['dukpt', '--bdk', bdk256, '--ksn', '123456789012345600000001', '--usage', 'mac']);
    expect(mac).toMatch(/^[0-9A-F]{64}$/);
    expect(mac).not.toBe('8C1AB7BEE973829E30242E0BBBDD4946D540C98FC1B5BDCF94790001A23FD502');
  });

  it('refuses a KSN of the wrong length, a BDK of the wrong type and two variant flags', async () => {
    await fails(['dukpt', '--bdk', BDK, '--ksn', 'FFFF9876543210E000'], 'E-CRYPTO-0009');
    await fails(['dukpt', '--bdk', BDK, '--ksn', '123456789012345600000001', '--aes256'], 'E-CRYPTO-0001');
    await fails(['dukpt', '--bdk', BDK, '--ksn', KSN1, '--tdes', '--aes128'], 'E-CORE-0001');
    await fails(['dukpt', '--bdk', BDK, '--ksn', KSN1, '--usage', 'kek'], 'E-CORE-0001');
  });
});

describe('pos crypto kcv', () => {
  it('TDES 08D7B4 (pyemv) and AES 5 bytes of CMAC (openemv/tr31 test8 key, KCV 0A00E3...)', async () => {
    expect(await ok(['kcv', '--key', BDK])).toBe('08D7B4');
    const aes = await ok(['kcv', '--aes', '--key', 'BE19E6A07A760F10EF8E83A226B63AAD141F463FDDD4F47DB244B4023EC3CACC']);
    expect(aes).toMatch(/^0A00E3[0-9A-F]{4}$/);
    await fails(['kcv', '--key', '0011223344'], 'E-CRYPTO-0001');
  });
});

describe('pos crypto arqc / arpc', () => {
  // pyemv tests/test_cvn_hsm.py Visa CVN 18: IMK 0123..3210, PAN 1234567890123456, PSN 00, ATC 001C;
  // CVN 18 runs the EMV common session key and MAC algorithm 3 over the Book 2 data || IAD.
  const card = ['--imk', BDK, '--pan', '1234567890123456', '--psn', '00', '--atc', '001C'];
  const data = '000000004000000000000000012480000480000124191105' + '0152BF45851800001C' + '06011203A0B800';

  it('ARQC 7A788EA6B8A3E733 and ARPC method 2 9AF514C1', async () => {
    expect(await ok(['arqc', ...card, '--data', data])).toBe('7A788EA6B8A3E733');
    expect(await ok(['arpc', ...card, '--arqc', '7A788EA6B8A3E733', '--csu', '00000000'])).toBe('9AF514C1');
    expect(await ok(['arpc', ...card, '--arqc', '7A788EA6B8A3E733', '--csu', '00000000', '--method', '2'])).toBe('9AF514C1');
  });

  it('ARPC method 1 is the library value for the same card session key', async () => {
    const sk = deriveAcSessionKey(deriveIccMasterKeyOptionA(fromHex(BDK), '1234567890123456', '00'), { method: 'emv-common', atc: fromHex('001C') });
    const expected = toHex(generateArpc(sk, { method: 1, arqc: fromHex('7A788EA6B8A3E733'), authorisationResponseCode: fromHex('3030') }));
    expect(await ok(['arpc', ...card, '--arqc', '7A788EA6B8A3E733', '--arc', '3030'])).toBe(expected);
  });

  it('refuses a missing ARC, a bad PSN and a bad method', async () => {
    await fails(['arpc', ...card, '--arqc', '7A788EA6B8A3E733', '--method', '1'], 'E-CORE-0001');
    await fails(['arqc', '--imk', BDK, '--pan', '1234567890123456', '--psn', '0', '--atc', '001C', '--data', data], 'E-CRYPTO-0005');
    await fails(['arpc', ...card, '--arqc', '7A788EA6B8A3E733', '--arc', '3030', '--method', '3'], 'E-CORE-0001');
  });
});
