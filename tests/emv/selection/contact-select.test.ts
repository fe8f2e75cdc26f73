// Contact application selection (EMV Book 1 §12.3-12.4) replayed APDU by APDU: sessions from
// openemv/emv-utils tests/emv_build_candidate_list_test.c (test_pse_card_blocked,
// test_aid_card_blocked, test_pse_multi_app_supported, test_aid_blocked), and sessions built here for the DDF walk
// (§12.3.2), final-selection fallback and cardholder confirmation (§12.4).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { parseAidConfigs, parseTerminalConfig, type AidConfig } from '../../../src/emv/contact/config.js';
import { selectForPayment, type SelectionResult } from '../../../src/emv/contact/select.js';
import { newSession, type KernelEnvironment } from '../../../src/emv/contact/session.js';
import type { CandidateView, CardholderSelectionPort } from '../../../src/emv/selection/index.js';
import { ScriptedTransport, type Step } from '../apdu/scripted-transport.js';

const CONFIG = join(import.meta.dirname, '../../../config');
const terminal = parseTerminalConfig(JSON.parse(readFileSync(join(CONFIG, 'terminal.json'), 'utf8')));
const template = parseAidConfigs(JSON.parse(readFileSync(join(CONFIG, 'aids.json'), 'utf8')))[0]!;
const aid = (hex: string, partialSelection = false): AidConfig => ({ ...template, aid: fromHex(hex), partialSelection });
// emv-utils' terminal list in emv_build_candidate_list_test.c; A0000000041010 allows partial selection there.
const EMV_UTILS_AIDS = [aid('A0000000031010'), aid('A0000000032010'), aid('A0000000032020'), aid('A0000000041010', true), aid('A0000000043060')];

/** BER-TLV with a one-byte length (every object here is shorter than 128 bytes). */
const tlv = (tag: string, value: string): string => {
  const n = value.length / 2;
  if (n > 0x7f) throw new Error('test helper: long length');
  return tag + n.toString(16).padStart(2, '0').toUpperCase() + value;
};
const ascii = (s: string) => toHex(Buffer.from(s, 'ascii'));
const selectApdu = (name: string, next = false) => `00A404${next ? '02' : '00'}${(name.length / 2).toString(16).padStart(2, '0').toUpperCase()}${name}00`;
const readRecord = (sfi: number, record: number) => `00B2${record.toString(16).padStart(2, '0').toUpperCase()}${((sfi << 3) | 4).toString(16).padStart(2, '0').toUpperCase()}00`;
const ddfFci = (name: string, sfi: number) => tlv('6F', tlv('84', name) + tlv('A5', tlv('88', sfi.toString(16).padStart(2, '0')) + tlv('5F2D', ascii('nlen')))) + '9000';
const adfFci = (name: string, priority: string, languages = 'fr') => tlv('6F', tlv('84', name) + tlv('A5', tlv('50', ascii('APP ' + name.slice(-4))) + tlv('87', priority) + tlv('5F2D', ascii(languages)))) + '9000';
const entry = (name: string, priority: string) => tlv('61', tlv('4F', name) + tlv('50', ascii('APP ' + name.slice(-4))) + tlv('87', priority));
const record = (...entries: string[]) => tlv('70', entries.join('')) + '9000';

const PSE = ascii('1PAY.SYS.DDF01');
const SELECT_PSE = selectApdu(PSE);
const PSE_FCI = '6F20840E315041592E5359532E4444463031A50E8801015F2D046E6C656E9F1101019000'; // emv-utils' PSE FCI

interface Run {
  aids?: AidConfig[];
  cardholder?: CardholderSelectionPort;
  excluded?: Uint8Array[];
}

async function select(steps: readonly Step[], run: Run = {}): Promise<{ r: SelectionResult; card: ScriptedTransport }> {
  const card = new ScriptedTransport(steps);
  // selectForPayment reads only the AIDs and the cardholder port of the environment.
  const env = { terminal, aids: run.aids ?? EMV_UTILS_AIDS, cardholder: run.cardholder } as unknown as KernelEnvironment;
  const s = newSession(card, env, { type: 'purchase', amount: 100n, amountOther: 0n });
  return { r: await selectForPayment(s, run.excluded ?? []), card };
}

const selectedAid = (r: SelectionResult) => (r.kind === 'selected' ? toHex(r.fci.dfName) : r.outcome.kind);

/** A port that answers from a script and records what it was shown. */
function port(choose: (number | 'cancel')[], confirm: boolean[] = []) {
  const shown: { call: 'choose' | 'confirm'; aids: string[]; languages: readonly string[] }[] = [];
  const p: CardholderSelectionPort = {
    chooseApplication: async (cs: readonly CandidateView[], languages) => (shown.push({ call: 'choose', aids: cs.map((c) => c.aidHex), languages }), choose.shift() ?? 'cancel'),
    confirmApplication: async (c, languages) => (shown.push({ call: 'confirm', aids: [c.aidHex], languages }), confirm.shift() ?? false),
  };
  return { p, shown };
}

// test_pse_multi_app_supported's directory record: A0000000032020 priority 1, A0000000032010 priority 2.
const MULTI_APP_RECORD =
  '704461204F07A000000003202050055620504159870101730B9F0A080001050100000000' + '61204F07A000000003201050055620504159870102730B9F0A0800010501000000009000';
const MULTI_APP_PSE: Step[] = [
  [SELECT_PSE, PSE_FCI],
  [readRecord(1, 1), MULTI_APP_RECORD],
  [readRecord(1, 2), '6A83'],
];

describe('selectForPayment: the PSE (Book 1 §12.3.2)', () => {
  it('terminates the card session when SELECT PSE answers 6A81, without trying the list of AIDs (test_pse_card_blocked)', async () => {
    const { r, card } = await select([[SELECT_PSE, '6A81']]);
    expect(r.kind).toBe('none');
    if (r.kind === 'none') expect(r.outcome).toMatchObject({ kind: 'end-application', reason: expect.stringContaining('6A81') });
    expect(card.finished).toBe(true);
  });

  it('selects the highest-priority candidate first and hands on the application languages (test_pse_multi_app_supported)', async () => {
    const { r, card } = await select([...MULTI_APP_PSE, [selectApdu('A0000000032020'), adfFci('A0000000032020', '01', 'zhen')]]);
    expect(selectedAid(r)).toBe('A0000000032020');
    if (r.kind === 'selected') expect(r.languages).toEqual(['zh', 'en']);
    expect(card.finished).toBe(true);
  });

  it('falls back to the next candidate when the final SELECT fails (6A82) or the application is blocked (6283)', async () => {
    const refusals: Step[][] = [[[selectApdu('A0000000032020'), '6A82']], [[selectApdu('A0000000032020'), '6283'], ['00C0000000', '6A82']]];
    for (const refusal of refusals) {
      const { r, card } = await select([...MULTI_APP_PSE, ...refusal, [selectApdu('A0000000032010'), adfFci('A0000000032010', '02')]]);
      expect(selectedAid(r)).toBe('A0000000032010');
      expect(card.finished).toBe(true);
    }
  });

  it('ends the application when every candidate fails final selection', async () => {
    const { r } = await select([...MULTI_APP_PSE, [selectApdu('A0000000032020'), '6A82'], [selectApdu('A0000000032010'), '6A82']]);
    expect(r.kind === 'none' && r.outcome.kind === 'end-application' && r.outcome.reason).toContain('no candidate could be selected');
  });

  it('leaves out an application excluded after GPO 6985', async () => {
    const { r } = await select([...MULTI_APP_PSE, [selectApdu('A0000000032010'), adfFci('A0000000032010', '02')]], { excluded: [fromHex('A0000000032020')] });
    expect(selectedAid(r)).toBe('A0000000032010');
  });

  it('matches a longer ADF name by partial selection only when the terminal AID allows it', async () => {
    const steps: Step[] = [[SELECT_PSE, PSE_FCI], [readRecord(1, 1), record(entry('A000000004101010', '01'))], [readRecord(1, 2), '6A83']];
    const { r } = await select([...steps, [selectApdu('A000000004101010'), adfFci('A000000004101010', '01')]]);
    expect(selectedAid(r)).toBe('A000000004101010');
    const exactOnly = await select(steps, { aids: [aid('A0000000041010', false)] });
    expect(exactOnly.r.kind === 'none' && exactOnly.r.outcome.kind === 'end-application' && exactOnly.r.outcome.reason).toContain('no application');
  });
});

describe('selectForPayment: DDF entries (Book 1 §12.3.2)', () => {
  const DDF = ascii('2PAY.DDF.VISA');

  it('selects a DDF named in the directory (after reading the whole PSE directory) and reads its directory', async () => {
    const { r, card } = await select([
      [SELECT_PSE, PSE_FCI],
      [readRecord(1, 1), record(tlv('61', tlv('9D', DDF)), entry('A0000000032010', '02'))],
      [readRecord(1, 2), '6A83'],
      [selectApdu(DDF), ddfFci(DDF, 2)],
      [readRecord(2, 1), record(entry('A0000000031010', '01'))],
      [readRecord(2, 2), '6A83'],
      // The DDF's application has priority 1, so it is tried before the PSE's own.
      [selectApdu('A0000000031010'), adfFci('A0000000031010', '01')],
    ]);
    expect(selectedAid(r)).toBe('A0000000031010');
    expect(card.finished).toBe(true);
  });

  it('passes over a DDF the card will not select', async () => {
    const { r, card } = await select([
      [SELECT_PSE, PSE_FCI],
      [readRecord(1, 1), record(tlv('61', tlv('9D', DDF)), entry('A0000000032010', '02'))],
      [readRecord(1, 2), '6A83'],
      [selectApdu(DDF), '6A82'],
      [selectApdu('A0000000032010'), adfFci('A0000000032010', '02')],
    ]);
    expect(selectedAid(r)).toBe('A0000000032010');
    expect(card.finished).toBe(true);
  });

  it('does not enter a DDF twice, so a directory naming itself cannot loop', async () => {
    const { r, card } = await select([
      [SELECT_PSE, PSE_FCI],
      [readRecord(1, 1), record(tlv('61', tlv('9D', DDF)))],
      [readRecord(1, 2), '6A83'],
      [selectApdu(DDF), ddfFci(DDF, 2)],
      [readRecord(2, 1), record(tlv('61', tlv('9D', DDF)), entry('A0000000031010', '01'))],
      [readRecord(2, 2), '6A83'],
      [selectApdu('A0000000031010'), adfFci('A0000000031010', '01')],
    ]);
    expect(selectedAid(r)).toBe('A0000000031010');
    expect(card.finished).toBe(true);
  });
});

describe('selectForPayment: list of AIDs (Book 1 §12.3.3)', () => {
  it('terminates the card session when a SELECT from the list answers 6A81 (test_aid_card_blocked)', async () => {
    const { r, card } = await select([
      [SELECT_PSE, '6A82'],
      [selectApdu('A0000000031010'), '6A81'],
    ]);
    expect(r.kind === 'none' && r.outcome.kind === 'end-application' && r.outcome.reason).toContain('6A81');
    expect(card.finished).toBe(true);
  });

  it('does not take an application that answers 6283 as a candidate (test_aid_blocked)', async () => {
    // emv-utils' GET RESPONSE answer 6C33 is written here as 6C31, the FCI's real length.
    const blockedFci = '6F2F8407A0000000032020A524500556205041598701015F2D046E6C656EBF0C109F4D020B059F0A080001050100000000';
    const { r, card } = await select([
      [SELECT_PSE, '6A82'],
      [selectApdu('A0000000031010'), '6A82'],
      [selectApdu('A0000000032010'), '6A82'],
      [selectApdu('A0000000032020'), '6283'],
      ['00C0000000', '6C31'],
      ['00C0000031', blockedFci + '9000'],
      [selectApdu('A0000000041010'), '6A82'],
      [selectApdu('A0000000043060'), '6A82'],
    ]);
    expect(r.kind === 'none' && r.outcome.kind === 'end-application' && r.outcome.reason).toContain('no application');
    expect(card.finished).toBe(true);
  });
});

describe('selectForPayment: cardholder choice and confirmation (Book 1 §12.4)', () => {
  const CONFIRM_PSE: Step[] = [[SELECT_PSE, PSE_FCI], [readRecord(1, 1), record(entry('A0000000031010', '81'))], [readRecord(1, 2), '6A83']];

  it('without a cardholder port, leaves out an application whose priority asks for confirmation', async () => {
    const { r, card } = await select(CONFIRM_PSE);
    expect(r.kind === 'none' && r.outcome.kind === 'end-application' && r.outcome.reason).toContain('no candidate');
    expect(card.finished).toBe(true);
  });

  it('selects it when the cardholder confirms, showing the PSE languages', async () => {
    const { p, shown } = port([], [true]);
    const { r } = await select([...CONFIRM_PSE, [selectApdu('A0000000031010'), adfFci('A0000000031010', '81')]], { cardholder: p });
    expect(selectedAid(r)).toBe('A0000000031010');
    expect(shown).toEqual([{ call: 'confirm', aids: ['A0000000031010'], languages: ['nl', 'en'] }]);
  });

  it('ends the application when the cardholder does not confirm, without selecting it', async () => {
    const { p } = port([], [false]);
    const { r, card } = await select(CONFIRM_PSE, { cardholder: p });
    expect(r.kind === 'none' && r.outcome.kind === 'end-application' && r.outcome.reason).toContain('did not confirm');
    expect(card.finished).toBe(true);
  });

  it('offers several candidates in priority order and selects the one chosen', async () => {
    const { p, shown } = port([1]);
    const { r } = await select([...MULTI_APP_PSE, [selectApdu('A0000000032010'), adfFci('A0000000032010', '02')]], { cardholder: p });
    expect(selectedAid(r)).toBe('A0000000032010');
    expect(shown).toEqual([{ call: 'choose', aids: ['A0000000032020', 'A0000000032010'], languages: ['nl', 'en'] }]);
  });

  it('offers the list again without an application that fails final selection', async () => {
    const { p, shown } = port([0], [true]);
    const steps: Step[] = [
      [SELECT_PSE, PSE_FCI],
      [readRecord(1, 1), record(entry('A0000000032020', '01'), entry('A0000000032010', '82'))],
      [readRecord(1, 2), '6A83'],
      [selectApdu('A0000000032020'), '6283'],
      ['00C0000000', '6A82'],
      [selectApdu('A0000000032010'), adfFci('A0000000032010', '82')],
    ];
    const { r, card } = await select(steps, { cardholder: p });
    expect(selectedAid(r)).toBe('A0000000032010');
    // One left, and it asks for confirmation: confirmed rather than chosen.
    expect(shown.map((x) => x.call)).toEqual(['choose', 'confirm']);
    expect(card.finished).toBe(true);
  });

  it('ends the application when the cardholder cancels', async () => {
    const { p } = port(['cancel']);
    const { r, card } = await select(MULTI_APP_PSE, { cardholder: p });
    expect(r.kind === 'none' && r.outcome.kind === 'end-application' && r.outcome.reason).toContain('cancelled');
    expect(card.finished).toBe(true);
  });
});
