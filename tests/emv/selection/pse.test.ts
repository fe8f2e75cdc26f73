// PSE sessions from openemv/emv-utils tests/emv_build_candidate_list_test.c (test_pse_*),
// replayed C-APDU by C-APDU.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { encodeTlv } from '../../../src/emv/tlv/index.js';
import { orderByPriority, parsePseRecord, readPseDirectory, selectPse, type PseEntry } from '../../../src/emv/selection/index.js';
import { isPosError, type PosError } from '../../../src/errors/index.js';
import { ScriptedTransport } from '../apdu/scripted-transport.js';
import { errorOf, rejectionOf } from '../../support/pos-error.js';

const SELECT_PSE = '00A404000E315041592E5359532E444446303100';
// 6F: 84 '1PAY.SYS.DDF01', A5: 88 01 (SFI 1), 5F2D 'nlen', 9F11 01.
const PSE_FCI = '6F20840E315041592E5359532E4444463031A50E8801015F2D046E6C656E9F110101';

const aids = (entries: readonly PseEntry[]) => entries.map((e) => (e.kind === 'adf' ? toHex(e.aid) : `DDF ${toHex(e.ddfName)}`));

describe('selectPse (EMV Book 1 §12.3.2)', () => {
  it('returns the directory SFI and the FCI fields', async () => {
    const card = new ScriptedTransport([[SELECT_PSE, PSE_FCI + '9000']]);
    const r = await selectPse(card);
    expect(r.kind).toBe('selected');
    if (r.kind !== 'selected') return;
    expect(r.fci.sfi).toBe(1);
    expect(toHex(r.fci.dfName)).toBe(toHex(Buffer.from('1PAY.SYS.DDF01')));
    expect(r.fci.languages).toEqual(['nl', 'en']);
    expect(r.fci.issuerCodeTableIndex).toBe(1);
  });

  it('ends the session on 6A81 (card blocked or SELECT not supported)', async () => {
    expect(await selectPse(new ScriptedTransport([[SELECT_PSE, '6A81']]))).toEqual({ kind: 'card-blocked', sw: 0x6a81 });
  });

  it('sends the terminal to its list of AIDs on 6A82 (no PSE)', async () => {
    expect(await selectPse(new ScriptedTransport([[SELECT_PSE, '6A82']]))).toEqual({ kind: 'use-list-of-aids', sw: 0x6a82 });
  });

  it('sends the terminal to its list of AIDs on 6283 (PSE blocked), after fetching the FCI the warning left waiting', async () => {
    // test_pse_blocked; its 6C1A is written here as 6C22, the FCI's real length.
    const card = new ScriptedTransport([
      [SELECT_PSE, '6283'],
      ['00C0000000', '6C22'],
      ['00C0000022', PSE_FCI + '9000'],
    ]);
    expect(await selectPse(card)).toEqual({ kind: 'use-list-of-aids', sw: 0x6283 });
    expect(card.finished).toBe(true);
  });

  it('refuses an FCI without the directory SFI, or with one outside 1 to 10 (E-CARD-0006)', async () => {
    const noSfi = '6F1D840E315041592E5359532E4444463031A50B5F2D046E6C656E9F110101';
    let e = await rejectionOf(selectPse(new ScriptedTransport([[SELECT_PSE, noSfi + '9000']])));
    expect(e.code).toBe('E-CARD-0006');
    expect(e.context).toMatchObject({ step: 'select-pse', tag: '88' });
    const sfi11 = PSE_FCI.replace('A50E880101', 'A50E88010B');
    e = await rejectionOf(selectPse(new ScriptedTransport([[SELECT_PSE, sfi11 + '9000']])));
    expect(e.code).toBe('E-CARD-0006');
  });
});

describe('readPseDirectory (EMV Book 1 §12.3.2)', () => {
  it('reads two applications from one record until 6A83 (test_pse_multi_app_supported)', async () => {
    const record =
      '7044' +
      '6120' + '4F07A0000000032020' + '50055620504159' + '870101' + '730B9F0A080001050100000000' +
      '6120' + '4F07A0000000032010' + '50055620504159' + '870102' + '730B9F0A080001050100000000';
    const card = new ScriptedTransport([
      ['00B2010C00', record + '9000'],
      ['00B2020C00', '6A83'],
    ]);
    const entries = await readPseDirectory(card, 1);
    expect(card.finished).toBe(true);
    expect(entries).toHaveLength(2);
    const [first, second] = entries;
    expect(first).toEqual({
      kind: 'adf',
      aid: fromHex('A0000000032020'),
      label: 'V PAY',
      preferredName: undefined,
      priority: { rank: 1, confirmationRequired: false },
      discretionary: fromHex('9F0A080001050100000000'),
    });
    expect(second?.kind === 'adf' && second.priority?.rank).toBe(2);
  });

  it('reads records until 6A83 across several records, in the card order', async () => {
    // Record 1 is test_pse_app_supported's (VISA CREDIT with a preferred name); record 2 is built here.
    const visa = '70296127' + '4F07A0000000031010' + '500B5649534120435245444954' + '870101' + '9F120B5649534120435245444954';
    const maestro = toHex(encodeTlv([{ tag: 0x70, children: [{ tag: 0x61, children: [
      { tag: 0x4f, value: fromHex('A0000000043060') },
      { tag: 0x50, value: Buffer.from('MAESTRO') },
    ] }] }]));
    const card = new ScriptedTransport([
      ['00B2010C00', visa + '9000'],
      ['00B2020C00', maestro + '9000'],
      ['00B2030C00', '6A83'],
    ]);
    const entries = await readPseDirectory(card, 1);
    expect(aids(entries)).toEqual(['A0000000031010', 'A0000000043060']);
    const [visaEntry, maestroEntry] = entries;
    expect(visaEntry?.kind === 'adf' && visaEntry.label).toBe('VISA CREDIT');
    expect(visaEntry?.kind === 'adf' && Buffer.from(visaEntry.preferredName ?? []).toString('latin1')).toBe('VISA CREDIT');
    expect(maestroEntry?.kind === 'adf' && maestroEntry.priority).toBeUndefined();
  });

  it('returns an empty directory when record 1 is not found', async () => {
    expect(await readPseDirectory(new ScriptedTransport([['00B2010C00', '6A83']]), 1)).toEqual([]);
  });

  it('fails on any other status with the SFI, record and status word (E-CARD-0010)', async () => {
    const e = await rejectionOf(readPseDirectory(new ScriptedTransport([['00B2010C00', '6985']]), 1));
    expect(e.code).toBe('E-CARD-0010');
    expect(e.context).toEqual({ step: 'pse-directory', sfi: 1, record: 1, sw: '6985' });
  });

  it('returns a DDF entry (9D) as a DDF for the kernel to follow', () => {
    const record = encodeTlv([{ tag: 0x70, children: [{ tag: 0x61, children: [
      { tag: 0x9d, value: Buffer.from('PAY.SYS.DDF2') },
      { tag: 0x73, children: [{ tag: 0x9f0a, value: fromHex('00010501') }] },
    ] }] }]);
    expect(aids(parsePseRecord(record, 1, 1))).toEqual([`DDF ${toHex(Buffer.from('PAY.SYS.DDF2'))}`]);
    expect(parsePseRecord(record, 1, 1)[0]).toMatchObject({ kind: 'ddf', discretionary: fromHex('9F0A0400010501') });
  });

  it('skips an entry without a selectable name', () => {
    // test_ppse_invalid_dir_entry's three-byte AID, and an entry with a label only.
    const record = '700F' + '61054F03A00000' + '61065004' + toHex(Buffer.from('ABCD'));
    expect(parsePseRecord(fromHex(record), 1, 1)).toEqual([]);
  });

  it('refuses a record that is not a 70 template, or is malformed (E-CARD-0007)', async () => {
    expect((errorOf(() => parsePseRecord(fromHex('7100'), 1, 1))).code).toBe('E-CARD-0007');
    const e = errorOf(() => parsePseRecord(fromHex('7005610A4F'), 1, 2));
    expect(e.code).toBe('E-CARD-0007');
    expect(e.context).toMatchObject({ step: 'pse-directory', sfi: 1, record: 2, tlvError: 'E-TLV-0004' });
  });
});

describe('orderByPriority (EMV Book 1 §12.4)', () => {
  it('puts rank 1 first, keeps ties in card order, and unranked entries last', () => {
    const entry = (aid: string, rank: number | undefined) => ({ aid, priority: rank === undefined ? undefined : { rank, confirmationRequired: false } });
    const sorted = orderByPriority([entry('A', undefined), entry('B', 2), entry('C', 1), entry('D', 2), entry('E', 15)]);
    expect(sorted.map((e) => e.aid)).toEqual(['C', 'B', 'D', 'E', 'A']);
  });
});
