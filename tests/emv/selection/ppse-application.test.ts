// PPSE and application SELECT sessions from openemv/emv-utils
// tests/emv_ep_build_candidate_list_test.c (test_ppse_*) and
// tests/emv_build_candidate_list_test.c (test_aid_*), replayed C-APDU by C-APDU.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { orderByPriority, parseAdfFci, parsePpseFci, selectApplication, selectPpse } from '../../../src/emv/selection/index.js';
import { parseDol } from '../../../src/emv/dol/index.js';
import { encodeTlv } from '../../../src/emv/tlv/index.js';
import { isPosError, type PosError } from '../../../src/errors/index.js';
import { ScriptedTransport } from '../apdu/scripted-transport.js';
import { errorOf } from '../../support/pos-error.js';

const SELECT_PPSE = '00A404000E325041592E5359532E444446303100';
const PPSE_NAME = '840E325041592E5359532E4444463031';

describe('selectPpse (EMV Book B §3.3.2)', () => {
  it('returns each directory entry with its priority (test_ppse_priority_sorting)', async () => {
    const fci =
      '6F66' + PPSE_NAME + 'A554BF0C51' +
      '61134F07A00000000320105005415050203287010F' +
      '61134F07A000000003202050054150502033870100' +
      '61104F07A000000004101050054150502034' +
      '61134F07A000000003101050054150502031870101';
    const card = new ScriptedTransport([[SELECT_PPSE, fci + '9000']]);
    const r = await selectPpse(card);
    if (r.kind !== 'selected') throw new Error(`refused ${r.sw}`);
    expect(r.entries.map((e) => e.label)).toEqual(['APP 2', 'APP 3', 'APP 4', 'APP 1']);
    expect(r.entries.map((e) => e.priority?.rank)).toEqual([15, undefined, undefined, 1]);
    // Rank 1 first, then 15; priority 0 and no indicator keep the card's order at the end.
    expect(orderByPriority(r.entries).map((e) => toHex(e.aid))).toEqual(['A0000000031010', 'A0000000032010', 'A0000000032020', 'A0000000041010']);
  });

  it('reads kernel identifiers and keeps entries without one (test_ppse_kernel_id)', () => {
    const fci =
      '6F8189' + PPSE_NAME + 'A577BF0C74' +
      '61134F07A00000000320105005415050203287010F' +
      '61194F07A0000000032020500541505020348701009F2A03830528' +
      '61104F07A000000004306050054150502035' +
      '61174F07A0000000032020500541505020338701009F2A0103' +
      '61174F07A0000000031010500541505020318701019F2A0100';
    const entries = parsePpseFci(fromHex(fci));
    expect(entries.map((e) => (e.kernelIdentifier === undefined ? null : toHex(e.kernelIdentifier)))).toEqual([null, '830528', null, '03', '00']);
  });

  it('keeps the extended selection (9F29) of an entry', () => {
    const fci = '6F2C' + PPSE_NAME + 'A51ABF0C17' + '6115' + '4F07A0000000031010' + '870101' + '9F2A0103' + '9F29020102';
    const [entry] = parsePpseFci(fromHex(fci));
    expect(entry?.extendedSelection).toEqual(fromHex('0102'));
    expect(entry?.label).toBeUndefined();
  });

  it('reads the confirmation bit without letting it change the rank (test_ppse_confirmation_bit_ignored)', () => {
    const fci = '6F30' + PPSE_NAME + 'A51EBF0C1B' + '61194F07A0000000031010500B5649534120435245444954870181';
    expect(parsePpseFci(fromHex(fci))[0]?.priority).toEqual({ rank: 1, confirmationRequired: true });
  });

  it('skips an entry whose AID is too short (test_ppse_invalid_dir_entry)', () => {
    const fci = '6F31' + PPSE_NAME + 'A51FBF0C1C' + '61054F03A00000' + '61134F07A000000003101050054150502031870101';
    expect(parsePpseFci(fromHex(fci)).map((e) => toHex(e.aid))).toEqual(['A0000000031010']);
  });

  it('offers no entries when BF0C is absent, empty or holds no 61 (test_ppse_no_BF0C, _no_dir_entries, _unexpected_dir_element)', () => {
    expect(parsePpseFci(fromHex('6F19' + PPSE_NAME + 'A5075F2D046E6C656E'))).toEqual([]);
    expect(parsePpseFci(fromHex('6F15' + PPSE_NAME + 'A503BF0C00'))).toEqual([]);
    expect(parsePpseFci(fromHex('6F1C' + PPSE_NAME + 'A50ABF0C075F2D046E6C656E'))).toEqual([]);
  });

  it('reports any status but 9000 as refused, including 6283 after fetching the FCI (test_ppse_blocked)', async () => {
    expect(await selectPpse(new ScriptedTransport([[SELECT_PPSE, '6A82']]))).toEqual({ kind: 'refused', sw: 0x6a82 });
    const fci = '6F2D' + PPSE_NAME + 'A51BBF0C1861164F07A0000000031010500B5649534120435245444954';
    const card = new ScriptedTransport([
      [SELECT_PPSE, '6283'],
      ['00C0000000', '6C2F'],
      ['00C000002F', fci + '9000'],
    ]);
    expect(await selectPpse(card)).toEqual({ kind: 'refused', sw: 0x6283 });
    expect(card.finished).toBe(true);
  });

  it('fails on a one-byte response (test_ppse_ttl_failure, E-CARD-0001)', async () => {
    await expect(selectPpse(new ScriptedTransport([[SELECT_PPSE, '00']]))).rejects.toMatchObject({ code: 'E-CARD-0001' });
  });
});

// test_aid_multi_partial_match_app_supported: a Mastercard FCI with label, languages,
// priority, code table, preferred name and BF0C.
const MC_FCI =
  '6F45' + '8408A000000004101010' +
  'A539' + '50094D4320435245444954' + '5F2D046E6C656E' + '870101' + '9F110101' + '9F120A4D415354455243415244' +
  'BF0C10' + '9F4D020B0A' + '9F0A080001050200000000';

describe('selectApplication (EMV Book 1 §12.3.3, §12.4)', () => {
  it('parses the application FCI into a typed record', async () => {
    const card = new ScriptedTransport([['00A4040007A000000004101000', MC_FCI + '9000']]);
    const r = await selectApplication(card, fromHex('A0000000041010'));
    if (r.kind !== 'selected') throw new Error(r.kind);
    const { fci } = r;
    expect(toHex(fci.dfName)).toBe('A000000004101010');
    expect(fci.label).toBe('MC CREDIT');
    expect(fci.languages).toEqual(['nl', 'en']);
    expect(fci.priority).toEqual({ rank: 1, confirmationRequired: false });
    expect(fci.issuerCodeTableIndex).toBe(1);
    expect(Buffer.from(fci.preferredName ?? []).toString('latin1')).toBe('MASTERCARD');
    expect(fci.pdol).toBeUndefined();
    expect(fci.discretionary.map((n) => n.tag)).toEqual([0x9f4d, 0x9f0a]);
    expect(fci.tlv[0]?.tag).toBe(0x6f);
  });

  it('selects the next occurrence with P2 02', async () => {
    const card = new ScriptedTransport([['00A4040207A000000004101000', '6A82']]);
    expect(await selectApplication(card, fromHex('A0000000041010'), 'next')).toEqual({ kind: 'refused', sw: 0x6a82 });
  });

  it('reports a blocked application (6283) with the FCI the warning left waiting (test_aid_blocked)', async () => {
    const fci = '6F2F8407A0000000032020A524500556205041598701015F2D046E6C656EBF0C109F4D020B059F0A080001050100000000';
    const card = new ScriptedTransport([
      ['00A4040007A000000003202000', '6283'],
      ['00C0000000', '6C31'],
      ['00C0000031', fci + '9000'],
    ]);
    const r = await selectApplication(card, fromHex('A0000000032020'));
    expect(r.kind).toBe('blocked');
    expect(r.kind === 'blocked' && r.fci?.label).toBe('V PAY');
  });

  it('returns the PDOL ready for parseDol', () => {
    const fci = encodeTlv([{ tag: 0x6f, children: [
      { tag: 0x84, value: fromHex('A0000000031010') },
      { tag: 0xa5, children: [
        { tag: 0x50, value: Buffer.from('VISA') },
        { tag: 0x9f38, value: fromHex('9F66049F02069F37045F2A02') },
      ] },
    ] }]);
    expect(parseDol(parseAdfFci(fci).pdol ?? new Uint8Array(0))).toEqual([
      { tag: 0x9f66, length: 4 },
      { tag: 0x9f02, length: 6 },
      { tag: 0x9f37, length: 4 },
      { tag: 0x5f2a, length: 2 },
    ]);
  });

  it('refuses a malformed FCI with a typed error naming what is missing (E-CARD-0006)', () => {
    expect(errorOf(() => parseAdfFci(fromHex('7003840100'))).context).toMatchObject({ tag: '6F' });
    expect(errorOf(() => parseAdfFci(fromHex('6F03A50100'))).context).toMatchObject({ tag: '84' });
    expect(errorOf(() => parseAdfFci(fromHex('6F098407A0000000031010'))).context).toMatchObject({ tag: 'A5' });
    const truncated = errorOf(() => parseAdfFci(fromHex('6F108407A0000000031010')));
    expect(truncated.code).toBe('E-CARD-0006');
    expect(truncated.context).toMatchObject({ step: 'select-application', tlvError: 'E-TLV-0004', offset: 0 });
  });
});
