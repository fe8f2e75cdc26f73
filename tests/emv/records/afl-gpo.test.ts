import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { parseAfl, parseGpoResponse } from '../../../src/emv/records/index.js';
import { isPosError, type PosError } from '../../../src/errors/index.js';
import { errorOf } from '../../support/pos-error.js';

describe('parseAfl (EMV Book 3 §10.2)', () => {
  it('reads four-byte entries (openemv/emv-utils tests/emv_read_application_data_test.c, test 11)', () => {
    expect(parseAfl(fromHex('08020200 10010201 58010101'))).toEqual([
      { sfi: 1, firstRecord: 2, lastRecord: 2, odaRecords: 0 },
      { sfi: 2, firstRecord: 1, lastRecord: 2, odaRecords: 1 },
      { sfi: 11, firstRecord: 1, lastRecord: 1, odaRecords: 1 },
    ]);
    expect(parseAfl(new Uint8Array(0))).toEqual([]);
    expect(parseAfl(fromHex('F001FE FE'))).toEqual([{ sfi: 30, firstRecord: 1, lastRecord: 254, odaRecords: 254 }]);
  });

  it('rejects a length that is not a multiple of 4', () => {
    expect(errorOf(() => parseAfl(fromHex('0802020010')))).toMatchObject({ code: 'E-CARD-0008', context: { length: 5 } });
  });

  it('rejects SFI 0 and SFI 31', () => {
    expect(errorOf(() => parseAfl(fromHex('00010100'))).context).toMatchObject({ offset: 0, sfi: 0 });
    expect(errorOf(() => parseAfl(fromHex('08010100 F8010100'))).context).toMatchObject({ offset: 4, sfi: 31 });
  });

  it('rejects an SFI byte with b3-b1 set (emv_read_application_data_test.c, test 2)', () => {
    expect(errorOf(() => parseAfl(fromHex('09020200 10010400 18010201'))).context).toMatchObject({ offset: 0, reason: 'SFI byte b3-b1 not zero' });
  });

  it('rejects first record 0', () => {
    expect(errorOf(() => parseAfl(fromHex('08000100'))).context).toMatchObject({ offset: 1, reason: 'first record is 0' });
  });

  it('rejects a last record before the first (emv_read_application_data_test.c, test 7)', () => {
    expect(errorOf(() => parseAfl(fromHex('08020200 10010000 18010201'))).context).toMatchObject({ offset: 6, reason: 'last record before first' });
  });

  it('rejects more ODA records than the range holds', () => {
    expect(errorOf(() => parseAfl(fromHex('10010203'))).context).toMatchObject({ offset: 3, reason: 'more ODA records than the range holds' });
    expect(parseAfl(fromHex('10010202'))[0]?.odaRecords).toBe(2);
  });
});

describe('parseGpoResponse (EMV Book 3 §6.5.8.4)', () => {
  it('reads format 1: AIP then AFL, untagged (mrautio/emvpt emvpt/test_data.yaml)', () => {
    const r = parseGpoResponse(fromHex('800E3C00080202001001020018010201'));
    expect(r.format).toBe(1);
    expect(toHex(r.aip)).toBe('3C00');
    expect(r.afl).toEqual([
      { sfi: 1, firstRecord: 2, lastRecord: 2, odaRecords: 0 },
      { sfi: 2, firstRecord: 1, lastRecord: 2, odaRecords: 0 },
      { sfi: 3, firstRecord: 1, lastRecord: 2, odaRecords: 1 },
    ]);
    expect(r.data).toEqual([]);
  });

  it('reads format 1 with an empty AFL', () => {
    expect(parseGpoResponse(fromHex('80021980')).afl).toEqual([]);
  });

  it('reads format 2: 82 and 94 among other objects, all kept for the data store', () => {
    const r = parseGpoResponse(fromHex('7713' + '82021980' + '94080801010010010301' + '9F3602002A'));
    expect(r.format).toBe(2);
    expect(toHex(r.aip)).toBe('1980');
    expect(r.afl).toEqual([
      { sfi: 1, firstRecord: 1, lastRecord: 1, odaRecords: 0 },
      { sfi: 2, firstRecord: 1, lastRecord: 3, odaRecords: 1 },
    ]);
    expect(r.data.map((n) => n.tag)).toEqual([0x82, 0x94, 0x9f36]);
  });

  it('reports a format 2 response without an AFL as afl undefined', () => {
    const r = parseGpoResponse(fromHex('770982020080 9F3602002A'));
    expect(r.afl).toBeUndefined();
    expect(toHex(r.aip)).toBe('0080');
  });

  it('rejects what is neither format, a missing AIP, or a truncated format 1 (E-CARD-0009)', () => {
    expect(errorOf(() => parseGpoResponse(fromHex('7003820100'))).context).toMatchObject({ step: 'gpo', reason: 'neither format 1 (80) nor format 2 (77)' });
    expect(errorOf(() => parseGpoResponse(fromHex('7706940408010100'))).context).toMatchObject({ tag: '82' });
    expect(errorOf(() => parseGpoResponse(fromHex('800119'))).context).toMatchObject({ reason: 'format 1 shorter than the AIP' });
    expect(errorOf(() => parseGpoResponse(fromHex('80021980 9F360100'))).context).toMatchObject({ objects: 2 });
    expect(errorOf(() => parseGpoResponse(fromHex('800519800801'))).code).toBe('E-CARD-0009');
  });

  it('rejects a format 1 AFL that is not whole entries (E-CARD-0008)', () => {
    expect(errorOf(() => parseGpoResponse(fromHex('80051980080101'))).code).toBe('E-CARD-0008');
  });
});
