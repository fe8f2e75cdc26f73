import { describe, it, expect } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { isPosError } from '../../../src/errors/index.js';
import {
  performCardholderVerification,
  signatureRequired,
  type CardholderVerificationOutcome,
  type CvmTransaction,
  type OnlinePinResult,
} from '../../../src/emv/cvm/index.js';
import { ScriptedTransport, type Step } from '../apdu/scripted-transport.js';
import { aipWithCvm, aipWithoutCvm, bits, transaction } from './context.js';
import { FakePinPad, type OfflineEntry } from './fake-pin-pad.js';

// EMV Book 3 §10.5 (Figure 8) and Book 4 Annex A4 (CVM Results), one scripted session each.
const PAN = '4761739001010010';
const GET_PTC = '80CA9F1700';
const VERIFY_1234 = '0020008008241234FFFFFFFFFF';
const VERIFY_9999 = '0020008008249999FFFFFFFFFF';
const ptc = (n: number) => `9F1701${n.toString(16).padStart(2, '0')}9000`;
const amounts = '0000000000000000';

interface Run {
  list?: string | undefined;
  steps?: readonly Step[];
  offline?: readonly OfflineEntry[];
  online?: readonly OnlinePinResult[];
  tx?: CvmTransaction;
  aip?: ReturnType<typeof aipWithCvm>;
}

async function run(r: Run) {
  const card = new ScriptedTransport(r.steps ?? []);
  const pinPad = new FakePinPad({ offline: r.offline ?? [], online: r.online ?? [] });
  const { tvr, tsi } = bits();
  const outcome = await performCardholderVerification({
    aip: r.aip ?? aipWithCvm(),
    cvmList: 'list' in r ? (r.list === undefined ? undefined : fromHex(r.list)) : undefined,
    transaction: r.tx ?? transaction(),
    pan: PAN,
    iccPinKey: () => undefined,
    card,
    pinPad,
    tvr,
    tsi,
  });
  expect(card.finished).toBe(true);
  return { outcome, tvr: toHex(tvr.value()), tsi: toHex(tsi.value()), pinPad, results: resultsOf(outcome) };
}

function resultsOf(outcome: CardholderVerificationOutcome): string | null {
  return outcome.kind === 'cancelled' ? null : toHex(outcome.cvmResults);
}

describe('performCardholderVerification: when the list is not processed', () => {
  it('skips CVM when the AIP does not ask for it: 3F0000, TVR and TSI untouched', async () => {
    const r = await run({ aip: aipWithoutCvm(), list: `${amounts}1F00` });
    expect(r.outcome.kind).toBe('not-performed');
    expect(r.results).toBe('3F0000');
    expect(r.tvr).toBe('0000000000');
    expect(r.tsi).toBe('0000');
  });

  it.each([
    ['absent', undefined],
    ['amounts only', amounts],
    ['odd length', `${amounts}1F`],
    ['shorter than the amounts', '000000'],
  ])('sets ICC data missing and 3F0000 without touching the TSI when the list is %s', async (_, list) => {
    const r = await run({ list });
    expect(r.outcome).toMatchObject({ kind: 'not-performed', reason: 'no-cvm-list' });
    expect(r.results).toBe('3F0000');
    expect(r.tvr).toBe('2000000000');
    expect(r.tsi).toBe('0000');
  });
});

describe('performCardholderVerification: methods', () => {
  it('no CVM required: 1F0002, successful, TSI byte 1 bit 7', async () => {
    const r = await run({ list: `${amounts}1F00` });
    expect(r.outcome.kind).toBe('successful');
    expect(r.results).toBe('1F0002');
    expect(r.tvr).toBe('0000000000');
    expect(r.tsi).toBe('4000');
  });

  it('signature: result unknown (1E0300) and the receipt needs a signature line', async () => {
    const r = await run({ list: `${amounts}1E03` });
    expect(r.results).toBe('1E0300');
    expect(signatureRequired(r.outcome)).toBe(true);
  });

  it('online PIN captured: 420300 keeps b7, TVR online CVM captured, the PIN block and KSN handed on', async () => {
    const pinBlock = fromHex('0123456789ABCDEF');
    const ksn = fromHex('FFFF9876543210E00001');
    const r = await run({ list: `${amounts}42031E03`, online: [{ kind: 'entered', pinBlock, ksn }] });
    expect(r.results).toBe('420300');
    expect(r.tvr).toBe('0000040000');
    expect(r.outcome).toMatchObject({ kind: 'successful', followUp: { kind: 'online-pin', pinBlock, ksn } });
    expect(signatureRequired(r.outcome)).toBe(false);
    expect(r.pinPad.onlineRequests).toEqual([{ pan: PAN }]);
  });

  it('online PIN bypassed: PIN not entered, then the next rule (signature)', async () => {
    const r = await run({ list: `${amounts}42031E03`, online: [{ kind: 'bypassed' }] });
    expect(r.tvr).toBe('0000080000');
    expect(r.results).toBe('1E0300');
  });

  it('online PIN with the pad broken and b7 off: PIN pad not working, verification failed 020001', async () => {
    const r = await run({ list: `${amounts}02001F00`, online: [{ kind: 'pad-unavailable' }] });
    expect(r.outcome.kind).toBe('failed');
    expect(r.tvr).toBe('0000900000');
    expect(r.results).toBe('020001');
  });

  it('plaintext offline PIN verified: reads the PIN try counter, VERIFY P2 80, 410302', async () => {
    const r = await run({
      list: `${amounts}41031F03`,
      steps: [[GET_PTC, ptc(3)], [VERIFY_1234, '9000']],
      offline: [{ pin: '1234' }],
    });
    expect(r.results).toBe('410302');
    expect(r.tvr).toBe('0000000000');
    expect(r.pinPad.offlineRequests).toEqual([{ mode: 'plaintext', triesLeft: 3 }]);
  });

  it('plaintext offline PIN wrong once then right: asks again with the tries the card reported', async () => {
    const r = await run({
      list: `${amounts}0103`,
      steps: [[GET_PTC, ptc(3)], [VERIFY_9999, '63C2'], [VERIFY_1234, '9000']],
      offline: [{ pin: '9999' }, { pin: '1234' }],
    });
    expect(r.results).toBe('010302');
    expect(r.pinPad.offlineRequests.map((q) => q.triesLeft)).toEqual([3, 2]);
  });

  it('plaintext offline PIN with no PIN Try Counter from the card still asks for the PIN', async () => {
    const r = await run({ list: `${amounts}0100`, steps: [[GET_PTC, '6A88'], [VERIFY_1234, '9000']], offline: [{ pin: '1234' }] });
    expect(r.results).toBe('010002');
    expect(r.pinPad.offlineRequests).toEqual([{ mode: 'plaintext', triesLeft: undefined }]);
  });

  it('PIN Try Counter 0: PIN try limit exceeded, no prompt, next rule', async () => {
    const r = await run({ list: `${amounts}41031E03`, steps: [[GET_PTC, ptc(0)]] });
    expect(r.pinPad.offlineRequests).toEqual([]);
    expect(r.tvr).toBe('0000200000');
    expect(r.results).toBe('1E0300');
  });

  it('last try wrong (63C0): PIN try limit exceeded; with b7 off verification fails 010301', async () => {
    const r = await run({ list: `${amounts}01031F03`, steps: [[GET_PTC, ptc(1)], [VERIFY_9999, '63C0']], offline: [{ pin: '9999' }] });
    expect(r.outcome.kind).toBe('failed');
    expect(r.tvr).toBe('0000A00000');
    expect(r.results).toBe('010301');
  });

  it('PIN blocked (6983): PIN try limit exceeded and the rule fails', async () => {
    const r = await run({ list: `${amounts}41031F03`, steps: [[GET_PTC, '6A81'], [VERIFY_1234, '6983']], offline: [{ pin: '1234' }] });
    expect(r.tvr).toBe('0000200000');
    expect(r.results).toBe('1F0302');
  });

  it('a VERIFY the card refuses (6985) fails the rule without a TVR bit of its own', async () => {
    const r = await run({ list: `${amounts}0100`, steps: [[GET_PTC, ptc(3)], [VERIFY_1234, '6985']], offline: [{ pin: '1234' }] });
    expect(r.tvr).toBe('0000800000');
    expect(r.results).toBe('010001');
  });

  it('offline PIN bypassed: PIN not entered, next rule', async () => {
    const r = await run({ list: `${amounts}41031F03`, steps: [[GET_PTC, ptc(3)]], offline: [{ kind: 'bypassed' }] });
    expect(r.tvr).toBe('0000080000');
    expect(r.results).toBe('1F0302');
  });

  it('offline PIN with the pad unavailable: PIN pad not present or not working', async () => {
    const r = await run({ list: `${amounts}41031F03`, steps: [[GET_PTC, ptc(3)]], offline: [{ kind: 'pad-unavailable' }] });
    expect(r.tvr).toBe('0000100000');
    expect(r.results).toBe('1F0302');
  });

  it.each([['cancelled'], ['timeout']] as const)('PIN entry %s ends cardholder verification as cancelled', async (kind) => {
    const r = await run({ list: `${amounts}41031F03`, steps: [[GET_PTC, ptc(3)]], offline: [{ kind }] });
    expect(r.outcome).toEqual({ kind: 'cancelled' });
    expect(r.tvr).toBe('0000000000');
  });

  it('plaintext PIN and signature: PIN verified, result unknown (030000), signature line required', async () => {
    const r = await run({ list: `${amounts}0300`, steps: [[GET_PTC, ptc(3)], [VERIFY_1234, '9000']], offline: [{ pin: '1234' }] });
    expect(r.results).toBe('030000');
    expect(signatureRequired(r.outcome)).toBe(true);
  });

  it('enciphered offline PIN without the ICC PIN key from ODA fails the rule without a card command', async () => {
    const r = await run({ list: `${amounts}44001F00` });
    expect(r.results).toBe('1F0002');
    expect(r.tvr).toBe('0000000000');
  });

  it('fail CVM with b7 off: 000001, cardholder verification not successful', async () => {
    const r = await run({ list: `${amounts}00001F00` });
    expect(r.outcome.kind).toBe('failed');
    expect(r.results).toBe('000001');
    expect(r.tvr).toBe('0000800000');
    expect(r.tsi).toBe('4000');
  });

  it('fail CVM with b7 on moves to the next rule', async () => {
    const r = await run({ list: `${amounts}40001F00` });
    expect(r.results).toBe('1F0002');
  });
});

describe('performCardholderVerification: rules that cannot be performed', () => {
  it('an unrecognised method with b7 off: TVR unrecognised CVM and not successful, 3F0001', async () => {
    const r = await run({ list: `${amounts}30001F00` });
    expect(r.tvr).toBe('0000C00000');
    expect(r.results).toBe('3F0001');
  });

  it('an unrecognised method with b7 on: TVR unrecognised CVM, then the next rule', async () => {
    const r = await run({ list: `${amounts}70001F00` });
    expect(r.tvr).toBe('0000400000');
    expect(r.results).toBe('1F0002');
  });

  it('a biometric method is recognised but not performed: no unrecognised CVM bit', async () => {
    const r = await run({ list: `${amounts}46001F00` });
    expect(r.tvr).toBe('0000000000');
    expect(r.results).toBe('1F0002');
  });

  it('a PIN method the terminal lacks under "always": PIN pad not present, next rule', async () => {
    // 9F33 E0 28 C8: signature and no CVM only.
    const r = await run({ list: `${amounts}41001E00`, tx: transaction({ caps: 'E028C8' }) });
    expect(r.tvr).toBe('0000100000');
    expect(r.results).toBe('1E0000');
  });

  it('signature the terminal lacks under "always" with b7 off fails: 3F0001', async () => {
    const r = await run({ list: `${amounts}1E001F00`, tx: transaction({ caps: 'E0C8C8' }) });
    expect(r.tvr).toBe('0000800000');
    expect(r.results).toBe('3F0001');
  });

  it('rules whose conditions are not satisfied are passed over, and none left is 3F0001', async () => {
    const r = await run({ list: `${amounts}42011F05` });
    expect(r.outcome.kind).toBe('failed');
    expect(r.tvr).toBe('0000800000');
    expect(r.tsi).toBe('4000');
    expect(r.results).toBe('3F0001');
  });

  it('keeps naming the last rule tried when a later one could not be performed', async () => {
    const r = await run({ list: `${amounts}4200300042001F05`, online: [{ kind: 'bypassed' }] });
    expect(r.tvr).toBe('0000C80000');
    expect(r.results).toBe('420001');
  });

  it('the amount conditions choose between rules: under X no CVM, over X signature', async () => {
    const list = '00002710000000001F061E07';
    expect((await run({ list, tx: transaction({ amount: 5000n }) })).results).toBe('1F0602');
    expect((await run({ list, tx: transaction({ amount: 50000n }) })).results).toBe('1E0700');
  });
});

describe('performCardholderVerification: caller mistakes', () => {
  it('refuses a negative amount with E-CVM-0001 naming the tag', async () => {
    await expect(run({ list: `${amounts}1F00`, tx: transaction({ amount: -1n }) })).rejects.toSatisfy(
      (e) => isPosError(e) && e.code === 'E-CVM-0001' && e.context['field'] === '9F02',
    );
  });

  it('refuses a currency code beyond 999 with E-CVM-0001', async () => {
    await expect(run({ list: `${amounts}1F00`, tx: transaction({ applicationCurrency: 1000 }) })).rejects.toSatisfy(
      (e) => isPosError(e) && e.code === 'E-CVM-0001' && e.context['field'] === '9F42',
    );
  });
});
