import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { buildDolData, chooseDol, DEFAULT_DDOL, dolDataLength, parseDol, type DolValue } from '../../../src/emv/dol/index.js';
import { getProcessingOptionsCommand } from '../../../src/emv/apdu/index.js';
import { isPosError } from '../../../src/errors/index.js';
import { errorOf } from '../../support/pos-error.js';

const source = (entries: Record<number, DolValue>) => new Map(Object.entries(entries).map(([k, v]) => [Number(k), v]));

// The CDOL1 of openemv/emv-utils tests/emv_dol_test.c (test 1), a typical Visa CDOL1.
const CDOL1 = '9F0206 9F0306 9F1A02 9505 5F2A02 9A03 9C01 9F3704';

describe('parseDol (EMV Book 3 §5.4)', () => {
  it('reads tag and length pairs, one- and two-byte tags', () => {
    expect(parseDol(fromHex(CDOL1))).toEqual([
      { tag: 0x9f02, length: 6 },
      { tag: 0x9f03, length: 6 },
      { tag: 0x9f1a, length: 2 },
      { tag: 0x95, length: 5 },
      { tag: 0x5f2a, length: 2 },
      { tag: 0x9a, length: 3 },
      { tag: 0x9c, length: 1 },
      { tag: 0x9f37, length: 4 },
    ]);
    expect(dolDataLength(parseDol(fromHex(CDOL1)))).toBe(29);
  });

  it('reads an empty DOL as no entries', () => {
    expect(parseDol(new Uint8Array(0))).toEqual([]);
  });

  // emv_dol_test.c tests 2 and 3: a DOL cut after a tag, before its length.
  it('rejects a DOL that ends before an entry length, naming the entry offset', () => {
    expect(errorOf(() => parseDol(fromHex('9F0206 9F0306 9F1A02 95')))).toMatchObject({ code: 'E-DOL-0002', context: { offset: 9 } });
    expect(errorOf(() => parseDol(fromHex('9F0206 9F0306 9F1A02 9505 5F2A02 9A03 9C01 9F37')))).toMatchObject({ code: 'E-DOL-0002', context: { offset: 18 } });
  });

  it('rejects a DOL that ends inside a multi-byte tag', () => {
    expect(errorOf(() => parseDol(fromHex('9F0206 9F')))).toMatchObject({ code: 'E-DOL-0001', context: { offset: 3 } });
    expect(errorOf(() => parseDol(fromHex('DF81')))).toMatchObject({ code: 'E-DOL-0001', context: { offset: 0 } });
  });

  it('accepts the 81 xx long length form and rejects the others', () => {
    expect(parseDol(fromHex('9F4B 81 80'))).toEqual([{ tag: 0x9f4b, length: 128 }]);
    expect(errorOf(() => parseDol(fromHex('9F4B 82 0001'))).code).toBe('E-DOL-0003');
    expect(errorOf(() => parseDol(fromHex('9F4B 81'))).code).toBe('E-DOL-0002');
  });

  it('rejects a tag longer than four bytes', () => {
    expect(errorOf(() => parseDol(fromHex('DF8181810101'))).code).toBe('E-DOL-0004');
  });
});

describe('buildDolData (EMV Book 3 §5.4)', () => {
  it('concatenates values of exactly the requested lengths (emv_dol_test.c test 6)', () => {
    const values = source({
      0x9c: { value: fromHex('09'), format: 'n' },
      0x9a: { value: fromHex('240217'), format: 'n' },
      0x5f2a: { value: fromHex('0978'), format: 'n' },
      0x9f02: { value: fromHex('000123456789'), format: 'n' },
      0x9f03: { value: fromHex('000987654321'), format: 'n' },
      0x9f1a: { value: fromHex('0528'), format: 'n' },
      0x9f37: { value: fromHex('DEADBEEF'), format: 'b' },
      0x95: { value: fromHex('1234554321'), format: 'b' },
    });
    expect(toHex(buildDolData(parseDol(fromHex(CDOL1)), values))).toBe(
      '000123456789' + '000987654321' + '0528' + '1234554321' + '0978' + '240217' + '09' + 'DEADBEEF',
    );
  });

  it('pads and truncates by format (emv_dol_test.c test 7)', () => {
    const dol = parseDol(fromHex('9F0203 9F0307 9F1A02 9506 5F2A02 9A00 9C03 9F3703'));
    const values = source({
      0x9c: { value: fromHex('09'), format: 'n' },
      0x9a: { value: fromHex('240217'), format: 'n' },
      0x5f2a: { value: fromHex('0978'), format: 'n' },
      0x9f02: { value: fromHex('000123456789'), format: 'n' },
      0x9f03: { value: fromHex('000987654321'), format: 'n' },
      0x9f1a: { value: fromHex('0528'), format: 'n' },
      0x9f37: { value: fromHex('DEADBEEF'), format: 'b' },
      0x95: { value: fromHex('1234554321'), format: 'b' },
    });
    // n shorter: leftmost bytes dropped; n longer: leading 00; b longer: trailing 00; b shorter:
    // rightmost bytes dropped; length 0: nothing.
    expect(toHex(buildDolData(dol, values))).toBe('456789' + '00000987654321' + '0528' + '123455432100' + '0978' + '000009' + 'DEADBE');
  });

  it('pads cn with trailing FF and truncates it on the right', () => {
    const pan = { value: fromHex('5413330089600010FF'), format: 'cn' } as const;
    expect(toHex(buildDolData([{ tag: 0x5a, length: 10 }], source({ 0x5a: pan })))).toBe('5413330089600010FFFF');
    expect(toHex(buildDolData([{ tag: 0x5a, length: 4 }], source({ 0x5a: pan })))).toBe('54133300');
  });

  it('pads a, an and ans with trailing 00 and truncates them on the right', () => {
    for (const format of ['a', 'an', 'ans'] as const) {
      const label = { value: Buffer.from('VISA'), format };
      expect(toHex(buildDolData([{ tag: 0x50, length: 6 }], source({ 0x50: label })))).toBe('564953410000');
      expect(toHex(buildDolData([{ tag: 0x50, length: 2 }], source({ 0x50: label })))).toBe('5649');
    }
  });

  it('treats var and an unstated format like b', () => {
    expect(toHex(buildDolData([{ tag: 0x9f4e, length: 4 }], source({ 0x9f4e: { value: fromHex('AABB'), format: 'var' } })))).toBe('AABB0000');
    expect(toHex(buildDolData([{ tag: 0x9f4e, length: 1 }], source({ 0x9f4e: { value: fromHex('AABB') } })))).toBe('AA');
  });

  it('sends zeros for an unknown tag, an absent or empty value, and a constructed tag', () => {
    const values = source({
      0x9f35: {},
      0x9f36: { value: new Uint8Array(0), format: 'b' },
      0x77: { value: fromHex('8202AABB'), format: 'var' },
    });
    const dol = [
      { tag: 0x9f7c, length: 3 },
      { tag: 0x9f35, length: 1 },
      { tag: 0x9f36, length: 2 },
      { tag: 0x77, length: 4 },
    ];
    expect(toHex(buildDolData(dol, values))).toBe('00'.repeat(10));
  });

  it('builds the GET PROCESSING OPTIONS data from a PDOL, wrapped in 83', () => {
    // A qVSDC-style PDOL: TTQ, amount, other amount, country, TVR, currency, date, type, UN.
    const pdol = parseDol(fromHex('9F6604 9F0206 9F0306 9F1A02 9505 5F2A02 9A03 9C01 9F3704'));
    const values = source({
      0x9f66: { value: fromHex('36004000'), format: 'b' },
      0x9f02: { value: fromHex('000000001000'), format: 'n' },
      0x9f1a: { value: fromHex('0156'), format: 'n' },
      0x5f2a: { value: fromHex('0156'), format: 'n' },
      0x9a: { value: fromHex('250101'), format: 'n' },
      0x9c: { value: fromHex('00'), format: 'n' },
      0x9f37: { value: fromHex('11223344'), format: 'b' },
    });
    const data = buildDolData(pdol, values);
    expect(toHex(getProcessingOptionsCommand(data))).toBe(
      '80A8000023' + '8321' + '36004000' + '000000001000' + '000000000000' + '0156' + '0000000000' + '0156' + '250101' + '00' + '11223344' + '00',
    );
    // No PDOL: the template is empty.
    expect(toHex(getProcessingOptionsCommand(buildDolData([], values)))).toBe('80A80000028300' + '00');
  });

  it('builds CDOL2 data with the authorisation response code and issuer data', () => {
    const cdol2 = parseDol(fromHex('8A02 9F0206 9505 9F3704 9104'));
    const values = source({
      0x8a: { value: Buffer.from('00'), format: 'an' },
      0x9f02: { value: fromHex('000000001000'), format: 'n' },
      0x95: { value: fromHex('0000008000'), format: 'b' },
      0x9f37: { value: fromHex('CAFEBABE'), format: 'b' },
      0x91: { value: fromHex('0102030405060708'), format: 'b' },
    });
    expect(toHex(buildDolData(cdol2, values))).toBe('3030' + '000000001000' + '0000008000' + 'CAFEBABE' + '01020304');
  });
});

describe('chooseDol: default DDOL and TDOL', () => {
  it('uses the card DDOL when the card has one, even an empty one', () => {
    expect(chooseDol(fromHex('9F3708'), DEFAULT_DDOL)).toEqual({ origin: 'card', entries: [{ tag: 0x9f37, length: 8 }] });
    expect(chooseDol(new Uint8Array(0), DEFAULT_DDOL)).toEqual({ origin: 'card', entries: [] });
  });

  it('falls back to the default DDOL 9F37 04 when the card has none (EMV Book 2 §6.5.1)', () => {
    const chosen = chooseDol(undefined, DEFAULT_DDOL);
    expect(chosen.origin).toBe('terminal-default');
    const data = buildDolData(chosen.entries, source({ 0x9f37: { value: fromHex('0A0B0C0D'), format: 'b' } }));
    expect(toHex(data)).toBe('0A0B0C0D');
  });

  it("reports a terminal default TDOL so the caller can set 'Default TDOL used'", () => {
    const terminalTdol = parseDol(fromHex('9F0206 5F2A02'));
    expect(chooseDol(undefined, terminalTdol)).toEqual({ origin: 'terminal-default', entries: terminalTdol });
    expect(chooseDol(fromHex('9F0206'), terminalTdol).origin).toBe('card');
  });
});
