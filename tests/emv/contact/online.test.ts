// Online processing branches (EMV Book 3 §10.9 issuer authentication, §10.10 issuer scripts,
// §10.7 unable to go online) through whole contact transactions against the virtual card and
// the local issuer (src/emulators/issuer/local-issuer.ts): the card checks the ARPC (Book 2
// §8.2.1 method 1) and the script MACs (Book 2 §9.2.1) itself.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import type { IssuerScriptSpec } from '../../../src/emulators/issuer/local-issuer.js';
import { ONLINE_TSI, recordOf, transact, tsiWith, tvrWith, withFloorLimit } from '../../emulators/card/transaction.js';

const arc = (r: Awaited<ReturnType<typeof transact>>): string => Buffer.from(recordOf(r).authorisationResponseCode ?? []).toString('ascii');
/** Byte 3 of the generic CVN's CVR (IAD byte 5, src/emulators/card/cryptogram.ts) in the final GENERATE AC. */
const finalCvrByte3 = (r: Awaited<ReturnType<typeof transact>>): number | undefined => recordOf(r).iccData.get(0x9f10)?.[4];

const APPLICATION_BLOCK = fromHex('841E0000');
const PUT_DATA_LCOL = fromHex('04DA9F14');
const PIN_UNBLOCK = fromHex('84240000');
const script = (template: 0x71 | 0x72, id: string, ...commands: IssuerScriptSpec['commands']): IssuerScriptSpec => ({ template, id: fromHex(id), commands });

describe('issuer authentication (Book 3 §10.9)', () => {
  it('a right ARPC: TSI "issuer authentication performed" (Annex C2 byte 1 b5), no TVR bit, TC; the card records it in its CVR', async () => {
    const r = await transact({ profile: 'visa' });
    expect(r.outcome.kind).toBe('approved');
    const rec = recordOf(r);
    expect(rec.cryptogram?.type).toBe('TC');
    expect(toHex(rec.tvr)).toBe(tvrWith('transactionExceedsFloorLimit'));
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI));
    expect(finalCvrByte3(r)).toBe(0x80);
  });

  it('a wrong ARPC: EXTERNAL AUTHENTICATE 6300 sets "issuer authentication failed" (Annex C1 byte 5 b7); a card that does not require it still gives TC', async () => {
    const r = await transact({ profile: 'visa', issuer: { wrongArpc: true } });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('transactionExceedsFloorLimit', 'issuerAuthenticationFailed'));
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI));
    expect(rec.cryptogram?.type).toBe('TC');
    expect(finalCvrByte3(r)).toBe(0xc0);
  });

  it('arpc-required card: a wrong ARPC turns the approval into an AAC at the second GENERATE AC (online-declined)', async () => {
    const r = await transact({ profile: 'arpc-required', issuer: { wrongArpc: true } });
    expect(r.outcome.kind).toBe('online-declined');
    expect(recordOf(r).cryptogram?.type).toBe('AAC');
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('transactionExceedsFloorLimit', 'issuerAuthenticationFailed'));
    expect(arc(r)).toBe('00');
  });

  it('arpc-required card: no 91 at all means no issuer authentication (TSI b5 clear) and an AAC', async () => {
    const r = await transact({ profile: 'arpc-required', issuer: { withoutArpc: true } });
    expect(r.outcome.kind).toBe('online-declined');
    expect(toHex(recordOf(r).tsi)).toBe(tsiWith(...ONLINE_TSI.filter((b) => b !== 'issuerAuthenticationPerformed')));
  });

  it('arpc-required card with the right ARPC approves', async () => {
    const r = await transact({ profile: 'arpc-required' });
    expect(r.outcome.kind).toBe('approved');
    expect(recordOf(r).cryptogram?.type).toBe('TC');
  });
});

describe('issuer authentication by ARPC method 2 (Book 2 §8.2.2, a CVN 02 card)', () => {
  it('the issuer answers the card\'s CVN with ARPC (4) || CSU (4); EXTERNAL AUTHENTICATE passes and the card gives TC', async () => {
    const r = await transact({ profile: 'arpc-method-2' });
    expect(r.requests[0]!.issuerApplicationData?.[1]).toBe(0x02);
    const answer = r.responses[0]!;
    expect(answer.kind === 'approved' && toHex(answer.issuerAuthenticationData!).slice(8)).toBe('00800000');
    expect(r.outcome.kind).toBe('approved');
    expect(recordOf(r).cryptogram?.type).toBe('TC');
    expect(toHex(recordOf(r).tsi)).toBe(tsiWith(...ONLINE_TSI));
    expect(finalCvrByte3(r)).toBe(0x80);
  });

  it('a wrong method 2 ARPC: 6300, TVR "issuer authentication failed", and the card that requires it answers AAC', async () => {
    const r = await transact({ profile: 'arpc-method-2', issuer: { wrongArpc: true } });
    expect(r.outcome.kind).toBe('online-declined');
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('transactionExceedsFloorLimit', 'issuerAuthenticationFailed'));
    expect(finalCvrByte3(r)).toBe(0xc0);
  });

  it('a decline: the authenticated CSU does not approve, so the card answers AAC', async () => {
    const r = await transact({ profile: 'arpc-method-2', online: 'decline' });
    expect(finalCvrByte3(r)).toBe(0x80);
    expect(recordOf(r).cryptogram?.type).toBe('AAC');
  });
});

describe('authorisation outcomes (Book 3 §10.9, §10.7)', () => {
  it("the record keeps the issuer's authorisation code (89) and reference when it approved, only the reference when it declined, and none when no issuer answered, even when the card then approved (Y3)", async () => {
    const approved = await transact({ profile: 'visa' });
    const atc = toHex(recordOf(approved).atc!);
    expect(recordOf(approved).issuer).toEqual({ authorisationCode: expect.stringMatching(/^[0-9A-F]{6}$/), hostReference: atc.padStart(12, '0'), availableBalance: undefined });
    const declined = await transact({ profile: 'visa', online: 'decline' });
    expect(recordOf(declined).issuer).toEqual({ authorisationCode: undefined, hostReference: toHex(recordOf(declined).atc!).padStart(12, '0'), availableBalance: undefined });
    const unanswered = await transact({ profile: 'visa', online: 'unavailable' });
    expect(recordOf(unanswered).issuer).toBeUndefined();
    const offline = await transact({ profile: 'online-only', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n), online: 'unavailable' });
    expect([offline.outcome.kind, recordOf(offline).issuer]).toEqual(['approved', undefined]);
  });

  it('issuer decline: ARC 05, AAC at the second GENERATE AC, online-declined', async () => {
    const r = await transact({ profile: 'visa', online: 'decline' });
    expect(r.outcome.kind).toBe('online-declined');
    expect(recordOf(r).cryptogram?.type).toBe('AAC');
    expect(arc(r)).toBe('05');
  });

  it('unable to go online, TAC/IAC-Default match (floor limit exceeded): Z3 and AAC', async () => {
    const r = await transact({ profile: 'visa', online: 'unavailable' });
    expect(r.outcome.kind).toBe('declined');
    const rec = recordOf(r);
    expect(arc(r)).toBe('Z3');
    expect(rec.cryptogram?.type).toBe('AAC');
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI.filter((b) => b !== 'issuerAuthenticationPerformed')));
  });

  it('unable to go online with a clean TVR: the default action approves, Y3 and TC', async () => {
    const r = await transact({ profile: 'online-only', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n), online: 'unavailable' });
    expect(r.outcome.kind).toBe('approved');
    expect(arc(r)).toBe('Y3');
    expect(recordOf(r).cryptogram?.type).toBe('TC');
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith());
  });
});

describe('issuer script processing (Book 3 §10.10, 9F5B per Annex A)', () => {
  it('PUT DATA and PIN UNBLOCK after the final GENERATE AC succeed: 9F5B 20 || id per script, TSI b3, no TVR script bit', async () => {
    const r = await transact({
      profile: 'visa',
      issuer: { scripts: [script(0x72, '0000A001', { header: PUT_DATA_LCOL, data: fromHex('03') }, { header: PIN_UNBLOCK })] },
    });
    const rec = recordOf(r);
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(rec.issuerScriptResults!)).toBe('200000A001');
    expect(toHex(rec.tvr)).toBe(tvrWith('transactionExceedsFloorLimit'));
    expect(toHex(rec.tsi)).toBe(tsiWith(...ONLINE_TSI, 'scriptProcessingPerformed'));
  });

  it('APPLICATION BLOCK before the final GENERATE AC succeeds, and the blocked application answers AAC (Book 3 §6.5.1)', async () => {
    const r = await transact({ profile: 'visa', issuer: { scripts: [script(0x71, '0000B001', { header: APPLICATION_BLOCK })] } });
    expect(toHex(recordOf(r).issuerScriptResults!)).toBe('200000B001');
    expect(r.outcome.kind).toBe('online-declined');
    expect(recordOf(r).cryptogram?.type).toBe('AAC');
  });

  it('a bad MAC before the final GENERATE AC: 6988, "script failed before final GENERATE AC" (Annex C1 byte 5 b6), 9F5B 1x', async () => {
    const r = await transact({ profile: 'visa', issuer: { scripts: [script(0x71, '0000C001', { header: APPLICATION_BLOCK, wrongMac: true })] } });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('transactionExceedsFloorLimit', 'scriptFailedBeforeFinalGenerateAc'));
    expect(toHex(rec.issuerScriptResults!)).toBe('110000C001');
    // The bad MAC changed nothing: the application was not blocked.
    expect(rec.cryptogram?.type).toBe('TC');
  });

  it('a bad MAC on the second command after the final GENERATE AC: byte 5 b5 and sequence number 2 in 9F5B', async () => {
    const r = await transact({
      profile: 'visa',
      issuer: {
        scripts: [
          script(0x71, '0000D001', { header: PUT_DATA_LCOL, data: fromHex('04') }),
          script(0x72, '0000D002', { header: PIN_UNBLOCK }, { header: PUT_DATA_LCOL, data: fromHex('05'), wrongMac: true }),
        ],
      },
    });
    const rec = recordOf(r);
    expect(toHex(rec.tvr)).toBe(tvrWith('transactionExceedsFloorLimit', 'scriptFailedAfterFinalGenerateAc'));
    expect(toHex(rec.issuerScriptResults!)).toBe('200000D001' + '120000D002');
  });
});

describe('issuer authentication in the second GENERATE AC (91 in CDOL2, Book 3 §10.9)', () => {
  it('a right ARPC in the CDOL2 data gives TC; the terminal sends no EXTERNAL AUTHENTICATE (AIP b3 clear), so TSI b5 stays clear', async () => {
    const r = await transact({ profile: 'cdol2-issuer-auth', pin: '4315' });
    expect(r.outcome.kind).toBe('approved');
    expect(recordOf(r).cryptogram?.type).toBe('TC');
    expect(toHex(recordOf(r).tsi)).toBe(tsiWith(...ONLINE_TSI.filter((b) => b !== 'issuerAuthenticationPerformed')));
    expect(finalCvrByte3(r)).toBe(0x80);
  });

  it('a wrong ARPC in the CDOL2 data: the card answers AAC and its CVR says issuer authentication failed', async () => {
    const r = await transact({ profile: 'cdol2-issuer-auth', pin: '4315', issuer: { wrongArpc: true } });
    expect(r.outcome.kind).toBe('online-declined');
    expect(recordOf(r).cryptogram?.type).toBe('AAC');
    expect(finalCvrByte3(r)).toBe(0xc0);
    // The terminal did not perform issuer authentication, so its TVR has no such bit.
    expect(recordOf(r).tvr[4]! & 0x40).toBe(0);
  });
});
