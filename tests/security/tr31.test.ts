import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import { tdesKeyCheckValue, unwrapTr31KeyBlock } from '../../src/security/index.js';

// TR-31:2018 Annex A.7 examples and payShield 10k key blocks, as reproduced in openemv/tr31
// test/tr31_decrypt_test.c (test3 A.7.2.2, test5 A.7.3.2, test6 A.7.4, test1/7/8 HSM).
const cases = [
  {
    name: 'A.7.2.2 version B, TDES PIN key',
    kbpk: 'DD7515F2BFC17F85CE48F3CA25CB21F6',
    block: 'B0080P0TE00E000094B420079CC80BA3461F86FE26EFC4A3B8E4FA4C5F5341176EED7B727B8A248E',
    key: '3F419E1CB7079442AA37474C2EFBF8B8',
    header: { keyUsage: 'P0', algorithm: 'T', modeOfUse: 'E', keyVersion: '00', exportability: 'E' },
  },
  {
    name: 'A.7.3.2 version B, TDES BDK with a KS optional block',
    kbpk: '1D22BF32387C600AD97F9B97A51311AC',
    block: 'B0104B0TX12S0100KS1800604B120F9292800000BB68BE8680A400D9191AD4ECE45B6E6C0D21C4738A52190E248719E24B433627',
    key: 'E8BC63E5479455E26577F715D587FE68',
    header: { keyUsage: 'B0', algorithm: 'T', modeOfUse: 'X', keyVersion: '12', exportability: 'S' },
  },
  {
    name: 'payShield version B, TDES key',
    kbpk: 'EFE0853B256B583D868F251CE99EA1D9',
    block: 'B0080K0TN00N00001C414014375212C24995E405B5EE052CB92B67F455EA2680F6751088F9F1C228',
    key: '5DB50B454F8389ADCE573BE50861F2BF',
    header: { keyUsage: 'K0', algorithm: 'T', modeOfUse: 'N', keyVersion: '00', exportability: 'N' },
  },
  {
    name: 'A.7.4 version D, AES-256 KBPK, AES PIN key',
    kbpk: '88E1AB2A2E3DD38C1FA039A536500CC8A87AB9D62DC92C01058FA79F44657DE6',
    block: 'D0112P0AE00E0000B82679114F470F540165EDFBF7E250FCEA43F810D215F8D207E2E417C07156A27E8E31DA05F7425509593D03A457DC34',
    key: '3F419E1CB7079442AA37474C2EFBF8B8',
    header: { keyUsage: 'P0', algorithm: 'A', modeOfUse: 'E', keyVersion: '00', exportability: 'E' },
  },
  {
    name: 'payShield version D, TDES BDK under an AES-256 KBPK',
    kbpk: '41'.repeat(32),
    block: 'D0112B0TN00N000037DB9B046B7B0048785690759580ABC3B9842AB4BB7717B49E92528E575785D8123559376A2553B27BE94F054F4E971C',
    key: '1FA1F7CEC798D91545DA8AE0C7796BD9',
    header: { keyUsage: 'B0', algorithm: 'T', modeOfUse: 'N', keyVersion: '00', exportability: 'N' },
  },
  {
    name: 'payShield version D, AES-256 data key',
    kbpk: '41'.repeat(32),
    block: 'D0144D0AN00N0000127862F945C2DED04530FAF7CDBC8B0BA10C7AA79BD5E0C2C5D6AC173BF588E4B19ACF1357178D50EA0AB193228E13958304FC6149632DFDCADF3A5B3D57E814',
    key: 'BE19E6A07A760F10EF8E83A226B63AAD141F463FDDD4F47DB244B4023EC3CACC',
    header: { keyUsage: 'D0', algorithm: 'A', modeOfUse: 'N', keyVersion: '00', exportability: 'N' },
  },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPosError(e) ? e.code : String(e);
  }
  return undefined;
}

describe('TR-31 key block unwrap (versions B and D)', () => {
  it.each(cases)('$name', ({ kbpk, block, key, header }) => {
    const opened = unwrapTr31KeyBlock(fromHex(kbpk), block);
    expect(toHex(opened.key)).toBe(key);
    expect(opened).toMatchObject(header);
  });

  it('reads the KSN optional block of A.7.3.2 and the A.7.2.2 key check value 57C409', () => {
    const [, withKs] = cases;
    expect(unwrapTr31KeyBlock(fromHex(withKs!.kbpk), withKs!.block).optionalBlocks).toEqual([{ id: 'KS', data: '00604B120F9292800000' }]);
    expect(toHex(tdesKeyCheckValue(unwrapTr31KeyBlock(fromHex(cases[0]!.kbpk), cases[0]!.block).key))).toBe('57C409');
  });

  it('refuses a block under the wrong KBPK or with one character changed (MAC check)', () => {
    // The KBPK differs in a non-parity bit: DES ignores the low bit of each byte.
    const { kbpk, block } = cases[0]!;
    expect(codeOf(() => unwrapTr31KeyBlock(fromHex('DD7515F2BFC17F85CE48F3CA25CB21E6'), block))).toBe('E-CRYPTO-0012');
    expect(codeOf(() => unwrapTr31KeyBlock(fromHex(kbpk), block.replace('P0TE', 'P0TD')))).toBe('E-CRYPTO-0012');
    const d = cases[3]!;
    const flipped = d.block.slice(0, 40) + (d.block[40] === '0' ? '1' : '0') + d.block.slice(41);
    expect(codeOf(() => unwrapTr31KeyBlock(fromHex(d.kbpk), flipped))).toBe('E-CRYPTO-0012');
  });

  it('refuses variant-binding versions, a wrong length field and a KBPK of the wrong size', () => {
    // TR-31:2018 A.7.2.1, a version A block (openemv/tr31 test2).
    expect(codeOf(() => unwrapTr31KeyBlock(fromHex('89E88CF7931444F334BD7547FC3F380C'), 'A0072P0TE00E0000F5161ED902807AF26F1D62263644BD24192FDB3193C730301CEE8701'))).toBe(
      'E-CRYPTO-0013',
    );
    const { kbpk, block } = cases[0]!;
    expect(codeOf(() => unwrapTr31KeyBlock(fromHex(kbpk), block.slice(0, -2)))).toBe('E-CRYPTO-0011');
    expect(codeOf(() => unwrapTr31KeyBlock(fromHex(cases[3]!.kbpk).subarray(0, 8), cases[3]!.block))).toBe('E-CRYPTO-0001');
  });
});
