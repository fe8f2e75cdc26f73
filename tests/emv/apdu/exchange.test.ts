// T=0 response handling replayed from the EMV Book 1 Annex A cases as openemv/emv-utils
// tests/emv_ttl_tpdu_test.c scripts them, with each C-TPDU written as the whole C-APDU a
// PC/SC reader passes on (and the procedure bytes dropped from the R-APDUs).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { exchange, MAX_CHAINED_RESPONSES, readRecordCommand, selectCommand, verifyCommand, type CardTransport } from '../../../src/emv/apdu/index.js';
import { isPosError, PosError } from '../../../src/errors/index.js';
import { ScriptedTransport } from './scripted-transport.js';
import { rejectionOf } from '../../support/pos-error.js';

const SELECT_PSE = '00A404000E315041592E5359532E444446303100';
const PSE_FCI = '6F24840E315041592E5359532E4444463031A5128801015F2D08656E6573667264659F110101';
const RECORD = '701A61184F07A0000000031010500A56495341204445424954870101';

describe('exchange: T=0 rules in one place (EMV Book 1 §9.3.1, Annex A)', () => {
  it('passes a plain response through with one transmit', async () => {
    const card = new ScriptedTransport([['00B2010C00', RECORD + '9000']]);
    const r = await exchange(card, readRecordCommand(1, 1));
    expect(toHex(r.data)).toBe(RECORD);
    expect(r.sw).toBe(0x9000);
    expect(card.finished).toBe(true);
  });

  it('case 2, 6Cxx: re-sends the command once with Le = xx (Annex A2)', async () => {
    const card = new ScriptedTransport([
      ['00B2010C00', '6C1C'],
      ['00B2010C1C', RECORD + '9000'],
    ]);
    const r = await exchange(card, readRecordCommand(1, 1));
    expect(toHex(r.data)).toBe(RECORD);
    expect(r.sw).toBe(0x9000);
    expect(card.finished).toBe(true);
  });

  it('case 2, an error after 6Cxx is the answer (Annex A2, late error)', async () => {
    const card = new ScriptedTransport([
      ['00B2010C00', '6C1C'],
      ['00B2010C1C', '6581'],
    ]);
    expect(await exchange(card, readRecordCommand(1, 1))).toEqual({ data: new Uint8Array(0), sw: 0x6581 });
  });

  it('case 4, 61xx: GET RESPONSE with Le = xx (Annex A4)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PSE, '6126'],
      ['00C0000026', PSE_FCI + '9000'],
    ]);
    const r = await exchange(card, selectCommand(Buffer.from('1PAY.SYS.DDF01')));
    expect(toHex(r.data)).toBe(PSE_FCI);
    expect(r.sw).toBe(0x9000);
  });

  it('case 4, an error from GET RESPONSE is the answer, with no data (Annex A4, late error)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PSE, '6126'],
      ['00C0000026', '6581'],
    ]);
    expect(await exchange(card, selectCommand(Buffer.from('1PAY.SYS.DDF01')))).toEqual({ data: new Uint8Array(0), sw: 0x6581 });
  });

  it('case 2 using both 6C and 61, the card returning part of the data each time (Annex A5)', async () => {
    const card = new ScriptedTransport([
      ['00B2010C00', '6C1C'],
      ['00B2010C1C', '611C'],
      ['00C000001C', RECORD.slice(0, 26) + '610F'],
      ['00C000000F', RECORD.slice(26) + '9000'],
    ]);
    const r = await exchange(card, readRecordCommand(1, 1));
    expect(toHex(r.data)).toBe(RECORD);
    expect(r.sw).toBe(0x9000);
    expect(card.finished).toBe(true);
  });

  it('case 4 with several 61xx, concatenating every part (Annex A6)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PSE, '6126'],
      ['00C0000026', PSE_FCI.slice(0, 36) + '6114'],
      ['00C0000014', PSE_FCI.slice(36) + '9000'],
    ]);
    const r = await exchange(card, selectCommand(Buffer.from('1PAY.SYS.DDF01')));
    expect(toHex(r.data)).toBe(PSE_FCI);
    expect(r.sw).toBe(0x9000);
  });

  it('case 4 warning: fetches the data with GET RESPONSE Le 00 and keeps the warning (Annex A7)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PSE, '6286'],
      ['00C0000000', '6C26'],
      ['00C0000026', PSE_FCI + '9000'],
    ]);
    const r = await exchange(card, selectCommand(Buffer.from('1PAY.SYS.DDF01')));
    expect(toHex(r.data)).toBe(PSE_FCI);
    expect(r.sw).toBe(0x6286);
    expect(card.finished).toBe(true);
  });

  it('case 4 warning with no data waiting: the warning stands, with no data', async () => {
    const card = new ScriptedTransport([
      [SELECT_PSE, '6283'],
      ['00C0000000', '6A88'],
    ]);
    expect(await exchange(card, selectCommand(Buffer.from('1PAY.SYS.DDF01')))).toEqual({ data: new Uint8Array(0), sw: 0x6283 });
  });

  it('case 4 warning that already carries data (T=1): no GET RESPONSE', async () => {
    const card = new ScriptedTransport([[SELECT_PSE, PSE_FCI + '6283']]);
    const r = await exchange(card, selectCommand(Buffer.from('1PAY.SYS.DDF01')));
    expect(toHex(r.data)).toBe(PSE_FCI);
    expect(r.sw).toBe(0x6283);
    expect(card.sent).toHaveLength(1);
  });

  it('sends no GET RESPONSE after a warning to a case 2 or case 3 command', async () => {
    const read = new ScriptedTransport([['00B2010C00', '6282']]);
    expect((await exchange(read, readRecordCommand(1, 1))).sw).toBe(0x6282);
    const verify = new ScriptedTransport([['0020008008241234FFFFFFFFFF', '63C2']]);
    expect(await exchange(verify, verifyCommand(fromHex('241234FFFFFFFFFF'), 'plaintext'))).toEqual({ data: new Uint8Array(0), sw: 0x63c2 });
    expect(verify.sent).toHaveLength(1);
  });

  it('does not retry a 6Cxx to a command without Le', async () => {
    const card = new ScriptedTransport([['0082000008' + '1122334455667788', '6C08']]);
    expect((await exchange(card, fromHex('00820000081122334455667788'))).sw).toBe(0x6c08);
  });

  it('refuses a second 6Cxx for the same command (E-CARD-0004)', async () => {
    const card = new ScriptedTransport([
      ['00B2010C00', '6C1C'],
      ['00B2010C1C', '6C1D'],
    ]);
    const e = await rejectionOf(exchange(card, readRecordCommand(1, 1)));
    expect(e.code).toBe('E-CARD-0004');
    expect(e.context).toEqual({ ins: 'B2', sw: '6C1D' });
  });

  it('stops a card that keeps answering 61xx (E-CARD-0003)', async () => {
    const endless: CardTransport = { transmit: async () => fromHex('AA6101') };
    const e = await rejectionOf(exchange(endless, readRecordCommand(1, 1)));
    expect(e.code).toBe('E-CARD-0003');
    expect(e.context['responses']).toBe(MAX_CHAINED_RESPONSES);
  });

  it('refuses a response shorter than the status word (E-CARD-0001)', async () => {
    const card = new ScriptedTransport([['00B2010C00', '90']]);
    const e = await rejectionOf(exchange(card, readRecordCommand(1, 1)));
    expect(e.code).toBe('E-CARD-0001');
    expect(e.context).toEqual({ length: 1 });
  });

  it('wraps a transport failure in E-CARD-0002 and lets a coded one through', async () => {
    const broken: CardTransport = { transmit: async () => Promise.reject(new Error('socket closed')) };
    const e = await rejectionOf(exchange(broken, readRecordCommand(1, 1)));
    expect(e.code).toBe('E-CARD-0002');
    expect((e.cause as Error).message).toBe('socket closed');
    const coded: CardTransport = { transmit: async () => Promise.reject(new PosError('E-CORE-0002', {})) };
    expect((await rejectionOf(exchange(coded, readRecordCommand(1, 1)))).code).toBe('E-CORE-0002');
  });

  it('keeps the PIN block out of the error context of a failed VERIFY', async () => {
    const broken: CardTransport = { transmit: async () => Promise.reject(new Error('reader gone')) };
    const e = await rejectionOf(exchange(broken, verifyCommand(fromHex('241234FFFFFFFFFF'), 'plaintext')));
    expect(e.message).not.toContain('1234');
    expect(e.context).toEqual({ ins: '20' });
  });
});
