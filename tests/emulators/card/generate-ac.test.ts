// GENERATE AC (EMV Book 3 §6.5.5, §9.3): the cryptogram type per profile rule, and the AC
// recomputed here from the IMK with src/security (Book 2 A1.4.1 Option A, A1.3.1 common session
// key, A1.2 MAC) over the generic CVN's data: CDOL data || AIP || ATC || CVR.
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../src/bytes/hex.js';
import { generateAcCommand, getDataCommand, verifyCommand } from '../../../src/emv/apdu/commands.js';
import { findValue } from '../../../src/emv/tlv/index.js';
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, verifyApplicationCryptogram } from '../../../src/security/index.js';
import { getProfile, type CardProfile } from '../../../src/emulators/card/index.js';
import { card, dolData, fromHex, initiate, ok, recordData, send, toHex } from './session.js';

interface AcAnswer {
  readonly cid: number;
  readonly atc: Uint8Array;
  readonly ac: Uint8Array;
  readonly iad: Uint8Array;
}

async function generateAc(c: ReturnType<typeof card>, request: 'aac' | 'tc' | 'arqc', data: Uint8Array): Promise<AcAnswer> {
  const nodes = await ok(c, generateAcCommand(request, data));
  if (nodes[0]!.tag === 0x80) {
    const v = nodes[0]!.value;
    return { cid: v[0]!, atc: v.subarray(1, 3), ac: v.subarray(3, 11), iad: v.subarray(11) };
  }
  expect(nodes[0]!.tag).toBe(0x77);
  return { cid: findValue(nodes, 0x9f27)![0]!, atc: findValue(nodes, 0x9f36)!, ac: findValue(nodes, 0x9f26)!, iad: findValue(nodes, 0x9f10)! };
}

/** Independent check of the generic CVN: true when the AC is the MAC the issuer would compute. */
function acVerifies(imk: string, pan: string, psn: string, aip: Uint8Array, cdolData: Uint8Array, answer: AcAnswer): boolean {
  expect(answer.iad).toHaveLength(6);
  expect(answer.iad[1]).toBe(0x01); // CVN
  const cvr = answer.iad.subarray(2);
  const sessionKey = deriveAcSessionKey(deriveIccMasterKeyOptionA(fromHex(imk), pan, psn), { method: 'emv-common', atc: answer.atc });
  return verifyApplicationCryptogram(sessionKey, concatBytes(cdolData, aip, answer.atc, cvr), answer.ac);
}

async function started(profile: string | CardProfile, aid: string) {
  const c = card(profile);
  const session = await initiate(c, aid);
  const records = recordData(session.records);
  return { c, session, cdol1: records.get('8C')!, cdol2: records.get('8D')! };
}

const VISA_IMK = '0123456789ABCDEFFEDCBA9876543210';

describe('GENERATE AC: Visa (always online, format 1)', () => {
  it('answers ARQC to a TC request, with an AC that verifies and the CVR of a first ARQC', async () => {
    const { c, session, cdol1 } = await started('visa', 'A0000000031010');
    const data = dolData(cdol1, { '9F02': '000000001000', '9F37': 'CAFEBABE' });
    const answer = await generateAc(c, 'tc', data);
    expect(answer.cid).toBe(0x80);
    expect(toHex(answer.atc)).toBe('0011');
    expect(toHex(answer.iad)).toBe('0101A0300000');
    expect(acVerifies(VISA_IMK, '4761739001010010', '01', session.aip, data, answer)).toBe(true);
    expect(acVerifies(VISA_IMK, '4761739001010010', '00', session.aip, data, answer)).toBe(false);
  });

  it('completes online with TC on an approving ARC, updating the last online ATC register', async () => {
    const { c, session, cdol1, cdol2 } = await started('visa', 'A0000000031010');
    await generateAc(c, 'arqc', dolData(cdol1));
    const data = dolData(cdol2, { '8A': '3030', '9F37': '01020304' });
    const second = await generateAc(c, 'tc', data);
    expect(second.cid).toBe(0x40);
    expect(toHex(second.iad.subarray(2))).toBe('60300000');
    expect(acVerifies(VISA_IMK, '4761739001010010', '01', session.aip, data, second)).toBe(true);
    expect(toHex(findValue(await ok(c, getDataCommand(0x9f13)), 0x9f13)!)).toBe('0011');
    expect((await send(c, generateAcCommand('tc', data))).sw).toBe(0x6985);
  });

  it('answers AAC in the second GENERATE AC when the issuer declined (ARC 05)', async () => {
    const { c, cdol1, cdol2 } = await started('visa', 'A0000000031010');
    await generateAc(c, 'arqc', dolData(cdol1));
    expect((await generateAc(c, 'tc', dolData(cdol2, { '8A': '3035' }))).cid).toBe(0x00);
  });

  it('records an offline PIN in the CVR', async () => {
    const { c, cdol1 } = await started('visa', 'A0000000031010');
    await ok(c, verifyCommand(fromHex('241234FFFFFFFFFF'), 'plaintext'));
    const answer = await generateAc(c, 'arqc', dolData(cdol1));
    expect(toHex(answer.iad.subarray(2))).toBe('A0380000');
  });

  it('answers 6985 before GPO and 6700 when the CDOL1 data has the wrong length', async () => {
    const c = card('visa');
    expect((await send(c, generateAcCommand('arqc', new Uint8Array(33)))).sw).toBe(0x6985);
    await initiate(c, 'A0000000031010');
    expect((await send(c, generateAcCommand('arqc', new Uint8Array(32)))).sw).toBe(0x6700);
  });
});

describe('GENERATE AC: Mastercard (offline up to 50.00, format 2)', () => {
  it.each([
    ['000000004999', 0x40],
    ['000000005000', 0x40],
    ['000000005001', 0x80],
  ])('amount %s answers CID %i to a TC request', async (amount, cid) => {
    const { c, session, cdol1 } = await started('mastercard', 'A0000000041010');
    const data = dolData(cdol1, { '9F02': amount });
    const answer = await generateAc(c, 'tc', data);
    expect(answer.cid).toBe(cid);
    expect(acVerifies('11111111111111112222222222222222', '5413330089010491', '00', session.aip, data, answer)).toBe(true);
  });

  it('never answers above the request: AAC asked is AAC given', async () => {
    const { c, cdol1 } = await started('mastercard', 'A0000000041010');
    expect((await generateAc(c, 'aac', dolData(cdol1, { '9F02': '000000000100' }))).cid).toBe(0x00);
    expect((await send(c, generateAcCommand('tc', dolData(cdol1)))).sw).toBe(0x6985);
  });
});

describe('GENERATE AC: UnionPay', () => {
  it('debit approves offline up to 100.00 CNY; credit always goes online', async () => {
    const debit = await started('unionpay', 'A000000333010101');
    const debitData = dolData(debit.cdol1, { '9F02': '000000010000', '5F2A': '0156' });
    const tc = await generateAc(debit.c, 'tc', debitData);
    expect(tc.cid).toBe(0x40);
    expect(acVerifies('33333333333333334444444444444444', '6212345678901232', '01', debit.session.aip, debitData, tc)).toBe(true);
    const credit = await started('unionpay', 'A000000333010102');
    expect((await generateAc(credit.c, 'tc', dolData(credit.cdol1, { '9F02': '000000000001' }))).cid).toBe(0x80);
  });
});

describe('GENERATE AC: a declining profile', () => {
  it('answers AAC to TC and ARQC requests', async () => {
    const base = getProfile('visa');
    const declining: CardProfile = { ...base, applications: base.applications.map((a) => ({ ...a, cryptogram: { ...a.cryptogram, decision: { kind: 'always-decline' } } })) };
    for (const request of ['tc', 'arqc'] as const) {
      const { c, cdol1 } = await started(declining, 'A0000000031010');
      expect((await generateAc(c, request, dolData(cdol1))).cid).toBe(0x00);
    }
  });
});
