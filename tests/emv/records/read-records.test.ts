import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { exchange, getDataCommand, getProcessingOptionsCommand } from '../../../src/emv/apdu/index.js';
import { parseAfl, parseGpoResponse, readAflRecords } from '../../../src/emv/records/index.js';
import { readPseDirectory, selectApplication, selectPse } from '../../../src/emv/selection/index.js';
import { isPosError, type PosError } from '../../../src/errors/index.js';
import { ScriptedTransport } from '../apdu/scripted-transport.js';
import { EMVPT_ODA_INPUT, EMVPT_SESSION } from './emvpt-session.js';
import { rejectionOf } from '../../support/pos-error.js';

// Records of openemv/emv-utils tests/emv_read_application_data_test.c (a Visa test card).
const SFI1_R2 = '7033' + '57114761739001010119D22122011758928889' + '5F200C455850495245442F43415244' + '9F1F0E3137353839303936303030303030';
const SFI2_R1 =
  '7046' + '5A084761739001010119' + '5F340101' + '5F2403221231' +
  '8C159F02069F03069F1A0295055F2A029A039C019F3704' +
  '8D198A029F02069F03069F1A0295055F2A029A039C019F37049108';
const SFI2_R2 = '70138F019492009F3201039F4701039F49039F3704';
const SFI11_R1 = '70030101FF';

describe('readAflRecords (EMV Book 3 §10.2, §10.3)', () => {
  it('reads every record and builds the ODA input: SFI 1-10 without 70 and length, SFI 11-30 whole (test 11)', async () => {
    const card = new ScriptedTransport([
      ['00B2020C00', SFI1_R2 + '9000'],
      ['00B2011400', SFI2_R1 + '9000'],
      ['00B2021400', SFI2_R2 + '9000'],
      ['00B2015C00', SFI11_R1 + '9000'],
    ]);
    const r = await readAflRecords(card, parseAfl(fromHex('08020200 10010201 58010101')));
    expect(card.finished).toBe(true);
    expect(r.records.map((x) => `${x.kind} ${x.sfi}.${x.record}`)).toEqual(['template 1.2', 'template 2.1', 'template 2.2', 'proprietary 11.1']);
    const first = r.records[0];
    expect(first?.kind === 'template' && first.tlv.map((n) => n.tag)).toEqual([0x57, 0x5f20, 0x9f1f]);
    // Only SFI 2 record 1 and SFI 11 record 1 are marked for ODA.
    expect(r.oda).toEqual({ kind: 'complete', data: fromHex(SFI2_R1.slice(4) + SFI11_R1) });
  });

  it('keeps reading after an SFI 11-30 ODA record that is not a 70 template, and reports it (test 10)', async () => {
    const card = new ScriptedTransport([
      ['00B2020C00', SFI1_R2 + '9000'],
      ['00B2016400', 'FF9000'],
      ['00B2011400', SFI2_R1 + '9000'],
      ['00B2021400', SFI2_R2 + '9000'],
      ['00B2015C00', SFI11_R1 + '9000'],
    ]);
    const r = await readAflRecords(card, parseAfl(fromHex('08020200 60010101 10010201 58010101')));
    expect(card.finished).toBe(true);
    expect(r.oda).toEqual({ kind: 'invalid-record', sfi: 12, record: 1 });
    expect(r.records).toHaveLength(5);
  });

  it('does not check records of SFI 11-30 that ODA does not use', async () => {
    const card = new ScriptedTransport([['00B2016400', 'FF9000']]);
    const r = await readAflRecords(card, parseAfl(fromHex('60010100')));
    expect(r.records).toEqual([{ kind: 'proprietary', sfi: 12, record: 1, data: fromHex('FF') }]);
    expect(r.oda).toEqual({ kind: 'complete', data: new Uint8Array(0) });
  });

  it('stops on a status other than 9000 (test 3, E-CARD-0010)', async () => {
    const card = new ScriptedTransport([['00B2020C00', '6985']]);
    const e = await rejectionOf(readAflRecords(card, parseAfl(fromHex('08020200 10010400 18010201'))));
    expect(e.code).toBe('E-CARD-0010');
    expect(e.context).toEqual({ step: 'read-application-data', sfi: 1, record: 2, sw: '6985' });
  });

  it('refuses an SFI 1-10 record that is not a 70 template (test 4, E-CARD-0011)', async () => {
    const card = new ScriptedTransport([['00B2020C00', '71009000']]);
    const e = await rejectionOf(readAflRecords(card, parseAfl(fromHex('08020200'))));
    expect(e.code).toBe('E-CARD-0011');
    expect(e.context).toEqual({ step: 'read-application-data', sfi: 1, record: 2 });
  });

  it('refuses data after the 70 template (test 5, E-CARD-0011)', async () => {
    const card = new ScriptedTransport([['00B2020C00', SFI1_R2 + 'FFFF9000']]);
    expect((await rejectionOf(readAflRecords(card, parseAfl(fromHex('08020200'))))).code).toBe('E-CARD-0011');
  });

  it('refuses malformed data inside the template (test 6, E-CARD-0012)', async () => {
    const malformed = SFI1_R2.replace('9F1F0E', '9F1F0F');
    const card = new ScriptedTransport([['00B2020C00', malformed + '9000']]);
    const e = await rejectionOf(readAflRecords(card, parseAfl(fromHex('08020200'))));
    expect(e.code).toBe('E-CARD-0012');
    expect(e.context).toMatchObject({ sfi: 1, record: 2, tlvError: 'E-TLV-0004' });
  });
});

describe('a contact session replayed (mrautio/emvpt test_data.yaml)', () => {
  it('selects through the PSE, gets processing options and reads the AFL records', async () => {
    const card = new ScriptedTransport(EMVPT_SESSION);

    const pse = await selectPse(card);
    if (pse.kind !== 'selected') throw new Error(pse.kind);
    const directory = await readPseDirectory(card, pse.fci.sfi);
    const [app] = directory;
    if (app?.kind !== 'adf') throw new Error('no application');
    expect(app.label).toBe('VESA ELECTRON');

    const selected = await selectApplication(card, app.aid);
    if (selected.kind !== 'selected') throw new Error(selected.kind);
    expect(selected.fci.label).toBe('VESA ELECTRON');
    expect(selected.fci.pdol).toBeUndefined();

    const atc = await exchange(card, getDataCommand(0x9f36));
    expect(toHex(atc.data)).toBe('9F360200F0');

    const gpo = await exchange(card, getProcessingOptionsCommand(new Uint8Array(0)));
    const { aip, afl } = parseGpoResponse(gpo.data);
    expect(toHex(aip)).toBe('3C00');

    const read = await readAflRecords(card, afl ?? []);
    expect(card.finished).toBe(true);
    expect(read.records).toHaveLength(5);
    expect(read.oda).toEqual({ kind: 'complete', data: fromHex(EMVPT_ODA_INPUT) });
  });
});
