// Whole contact transactions whose card breaks the rules of initiating and reading the
// application (EMV 4.4 Book 3 §10.1, §10.2, §7.2): GPO refused with 6985, a data object given
// twice, a mandatory data object missing. The cards are the virtual profiles, adjusted here.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { TransactionData } from '../../../src/emv/contact/transaction-data.js';
import { decodeTlv } from '../../../src/emv/tlv/index.js';
import { getProfile, type CardProfile } from '../../../src/emulators/card/index.js';
import type { DataObject } from '../../../src/emulators/card/profile.js';
import { isPosError } from '../../../src/errors/index.js';
import { recordOf, transact } from '../../emulators/card/transaction.js';

const VISA_PAN = '4761739001010010';
const GPO = 0xa8;

/** The Visa profile with record SFI `sfi` number `number` of its only application rewritten. */
function visaWithRecord(sfi: number, number: number, change: (data: readonly DataObject[]) => DataObject[]): CardProfile {
  const visa = getProfile('visa');
  const [app] = visa.applications;
  if (!app) throw new Error('visa profile has no application');
  let found = false;
  const records = app.records.map((r) => {
    if (r.sfi !== sfi || r.number !== number) return r;
    found = true;
    return { ...r, data: change(r.data) };
  });
  if (!found) throw new Error(`visa profile has no record ${sfi}/${number}`);
  return { ...visa, name: 'visa-adjusted', applications: [{ ...app, records }] };
}

const gpoAnswers = (trace: readonly { command: string; sw: string }[]) => trace.filter((t) => t.command === 'GET PROCESSING OPTIONS').map((t) => t.sw);

describe('initiate application processing: GPO 6985 (Book 3 §10.1)', () => {
  it('drops the application whose GPO answers 6985 and completes with the next candidate', async () => {
    // UnionPay: 1 SELECT PSE, 2-4 READ RECORD (the third 6A83), 5 SELECT A000000333010101, 6 GPO.
    const r = await transact({ profile: 'unionpay', pin: '123456', trace: true, faults: [{ kind: 'status-word', sw: 0x6985, when: { apdu: 6 } }] });
    expect(['approved', 'declined', 'online-declined']).toContain(r.outcome.kind);
    expect(toHex(recordOf(r).aid)).toBe('A000000333010102');
    expect(gpoAnswers(r.trace!)).toEqual(['6985', '9000']);
    // Back in selection, the dropped AID is not selected again.
    const selected = r.trace!.filter((t) => t.command === 'SELECT' && t.step === 'select').length;
    expect(selected).toBeGreaterThanOrEqual(3);
    expect(r.phases.map((p) => p.step).slice(0, 4)).toEqual(['select', 'initiate', 'select', 'initiate']);
  });

  it('ends the application when every candidate answers 6985, trying each once', async () => {
    const r = await transact({ profile: 'unionpay', trace: true, faults: [{ kind: 'status-word', sw: 0x6985, when: { ins: GPO } }] });
    expect(r.outcome.kind).toBe('end-application');
    expect(gpoAnswers(r.trace!)).toEqual(['6985', '6985']);
    expect(r.trace!.some((t) => t.command === 'READ RECORD' && t.step === 'read')).toBe(false);
  });
});

describe('read application data (Book 3 §10.2, §7.2)', () => {
  it('terminates when a record repeats a primitive object another record gave (E-CARD-0017), before any GENERATE AC', async () => {
    // 5F24 is in SFI 2 record 1; give it again in record 2.
    const card = visaWithRecord(2, 2, (data) => [...data, ['5F24', '301231']]);
    const r = await transact({ profile: card, trace: true });
    expect(r.outcome.kind).toBe('aborted');
    if (r.outcome.kind !== 'aborted') return;
    expect(isPosError(r.outcome.error, 'E-CARD-0017')).toBe(true);
    expect(r.outcome.error.context).toEqual({ step: 'read-application-data', tag: '5F24' });
    expect(r.phases.at(-1)?.step).toBe('read');
    expect(r.trace!.some((t) => t.command === 'GENERATE AC')).toBe(false);
    expect(r.outcome.error.message).not.toContain(VISA_PAN);
  });

  it('terminates when a record repeats an object inside the same record (E-CARD-0017)', async () => {
    const card = visaWithRecord(2, 2, (data) => [...data, ['9F49', '9F3704']]);
    const r = await transact({ profile: card });
    expect(r.outcome.kind === 'aborted' && isPosError(r.outcome.error, 'E-CARD-0017') && r.outcome.error.context['tag']).toBe('9F49');
  });

  it('reads a card without repeats to the end (the adjusted profile is not itself the fault)', async () => {
    const card = visaWithRecord(2, 2, (data) => [...data]);
    const r = await transact({ profile: card });
    expect(r.outcome.kind).toBe('approved');
  });

  // The virtual card needs its own PAN, CDOL1 and CDOL2 to compute cryptograms, so only the
  // expiry date can be withheld here; the check runs the same for 5A, 8C and 8D.
  it('terminates when the mandatory Application Expiration Date (5F24) is missing (E-CARD-0018), before any GENERATE AC', async () => {
    const card = visaWithRecord(2, 1, (data) => data.filter(([t]) => t !== '5F24'));
    const r = await transact({ profile: card, trace: true });
    expect(r.outcome.kind).toBe('aborted');
    if (r.outcome.kind !== 'aborted') return;
    expect(isPosError(r.outcome.error, 'E-CARD-0018')).toBe(true);
    expect(r.outcome.error.context).toEqual({ step: 'read-application-data', tag: '5F24' });
    expect(r.trace!.some((t) => t.command === 'GENERATE AC')).toBe(false);
  });
});

describe('read application data: format checks (Book 3 §10.2, §4.3, Annex A)', () => {
  const abortedWith = (r: Awaited<ReturnType<typeof transact>>) => (r.outcome.kind === 'aborted' ? { code: r.outcome.error.code, context: r.outcome.error.context } : r.outcome.kind);

  it('terminates before any GENERATE AC when the mandatory expiry date (5F24, n 6) is 4 bytes long (E-CARD-0012)', async () => {
    const card = visaWithRecord(2, 1, (data) => data.map(([t, v]) => (t === '5F24' ? [t, '30123100'] : [t, v])));
    const r = await transact({ profile: card, trace: true });
    expect(abortedWith(r)).toEqual({ code: 'E-CARD-0012', context: { step: 'read-application-data', tag: '5F24', length: 4, problem: 'length' } });
    expect(r.trace!.some((t) => t.command === 'GENERATE AC')).toBe(false);
  });

  it('terminates when the expiry date is not BCD digits (format n)', async () => {
    const card = visaWithRecord(2, 1, (data) => data.map(([t, v]) => (t === '5F24' ? [t, '3A1231'] : [t, v])));
    expect(abortedWith(await transact({ profile: card }))).toEqual({ code: 'E-CARD-0012', context: { step: 'read-application-data', tag: '5F24', length: 3, problem: 'digits' } });
  });

  it('terminates when an object offline data authentication reads is out of bounds (ICC Public Key Exponent 9F47, 1 to 3 bytes)', async () => {
    const card = visaWithRecord(2, 2, (data) => [...data, ['9F47', '00010001']]);
    expect(abortedWith(await transact({ profile: card }))).toEqual({ code: 'E-CARD-0012', context: { step: 'read-application-data', tag: '9F47', length: 4, problem: 'length' } });
  });

  it('treats any other malformed object as absent: a 3-byte Issuer Country Code (5F28, n 3) is left out and the transaction completes', async () => {
    const card = visaWithRecord(2, 1, (data) => data.map(([t, v]) => (t === '5F28' ? [t, '084000'] : [t, v])));
    expect(abortedWith(await transact({ profile: card }))).toBe('approved');
    const data = new TransactionData({ checkFormats: true });
    data.addRecordObjects(decodeTlv(fromHex('5F2803084000' + '5F340101' + '5F2403301231')), 'read-application-data');
    expect(data.value(0x5f28)).toBeUndefined();
    expect(toHex(data.value(0x5f34)!)).toBe('01');
    expect(toHex(data.value(0x5f24)!)).toBe('301231');
    // Without the checks (the contactless kernels' store) the value is kept as given.
    const unchecked = new TransactionData();
    unchecked.addRecordObjects(decodeTlv(fromHex('5F2803084000')), 'read-record');
    expect(toHex(unchecked.value(0x5f28)!)).toBe('084000');
  });
});
