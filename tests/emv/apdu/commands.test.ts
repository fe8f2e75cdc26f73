import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import {
  commandCase,
  describeSw,
  externalAuthenticateCommand,
  generateAcCommand,
  getChallengeCommand,
  getDataCommand,
  getProcessingOptionsCommand,
  getResponseCommand,
  internalAuthenticateCommand,
  parseResponse,
  readRecordCommand,
  selectCommand,
  verifyCommand,
} from '../../../src/emv/apdu/index.js';
import { isPosError } from '../../../src/errors/index.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isPosError(e)) return e.code;
    throw e;
  }
  return 'no error';
}

const PSE = Buffer.from('1PAY.SYS.DDF01');

describe('command builders (EMV Book 3 §6.5, Book 1 §11.3)', () => {
  it('SELECT by DF name, first and next occurrence, case 4 with Le 00', () => {
    // Byte-for-byte the SELECT of openemv/emv-utils tests/emv_build_candidate_list_test.c.
    expect(toHex(selectCommand(PSE))).toBe('00A404000E315041592E5359532E444446303100');
    expect(toHex(selectCommand(fromHex('A0000000041010'), 'next'))).toBe('00A4040207A000000004101000');
    expect(commandCase(selectCommand(PSE))).toBe(4);
  });

  it('refuses a DF name outside 5 to 16 bytes', () => {
    expect(codeOf(() => selectCommand(fromHex('A000000003')))).toBe('no error');
    expect(codeOf(() => selectCommand(fromHex('A0000000')))).toBe('E-CARD-0005');
    expect(codeOf(() => selectCommand(new Uint8Array(17)))).toBe('E-CARD-0005');
  });

  it('READ RECORD puts the record in P1 and SFI<<3|4 in P2', () => {
    expect(toHex(readRecordCommand(1, 1))).toBe('00B2010C00');
    expect(toHex(readRecordCommand(2, 3))).toBe('00B2031400');
    expect(toHex(readRecordCommand(11, 1))).toBe('00B2015C00');
    expect(toHex(readRecordCommand(30, 254))).toBe('00B2FEF400');
    expect(codeOf(() => readRecordCommand(0, 1))).toBe('E-CARD-0005');
    expect(codeOf(() => readRecordCommand(31, 1))).toBe('E-CARD-0005');
    expect(codeOf(() => readRecordCommand(1, 0))).toBe('E-CARD-0005');
  });

  it('GET PROCESSING OPTIONS wraps the PDOL data in 83', () => {
    expect(toHex(getProcessingOptionsCommand(new Uint8Array(0)))).toBe('80A800000283' + '00' + '00');
    expect(toHex(getProcessingOptionsCommand(fromHex('0156')))).toBe('80A800000483020156' + '00');
    expect(codeOf(() => getProcessingOptionsCommand(new Uint8Array(253)))).toBe('E-CARD-0005');
  });

  it('GET DATA puts the tag in P1 P2', () => {
    expect(toHex(getDataCommand(0x9f36))).toBe('80CA9F3600');
    expect(toHex(getDataCommand(0x9f13))).toBe('80CA9F1300');
    expect(toHex(getDataCommand(0x9f17))).toBe('80CA9F1700');
    expect(toHex(getDataCommand(0x9f4f))).toBe('80CA9F4F00');
  });

  it('GENERATE AC codes the cryptogram and the CDA request in P1', () => {
    const cdol = fromHex('000000001000');
    expect(toHex(generateAcCommand('aac', cdol))).toBe('80AE000006000000001000' + '00');
    expect(toHex(generateAcCommand('tc', cdol))).toBe('80AE400006000000001000' + '00');
    expect(toHex(generateAcCommand('arqc', cdol))).toBe('80AE800006000000001000' + '00');
    expect(toHex(generateAcCommand('arqc', cdol, 'cda'))).toBe('80AE900006000000001000' + '00');
    expect(toHex(generateAcCommand('tc', cdol, 'cda'))).toBe('80AE500006000000001000' + '00');
  });

  it('INTERNAL AUTHENTICATE, GET CHALLENGE, EXTERNAL AUTHENTICATE and GET RESPONSE', () => {
    expect(toHex(internalAuthenticateCommand(fromHex('01020304')))).toBe('008800000401020304' + '00');
    expect(toHex(getChallengeCommand())).toBe('0084000000');
    expect(commandCase(getChallengeCommand())).toBe(2);
    const arpc = fromHex('1122334455667788' + '3030');
    expect(toHex(externalAuthenticateCommand(arpc))).toBe('008200000A11223344556677883030');
    expect(commandCase(externalAuthenticateCommand(arpc))).toBe(3);
    expect(codeOf(() => externalAuthenticateCommand(new Uint8Array(7)))).toBe('E-CARD-0005');
    expect(toHex(getResponseCommand(0x26))).toBe('00C0000026');
  });

  it('VERIFY: P2 80 for a plaintext PIN block, 88 for an enciphered PIN, case 3', () => {
    const block = fromHex('241234FFFFFFFFFF');
    expect(toHex(verifyCommand(block, 'plaintext'))).toBe('0020008008241234FFFFFFFFFF');
    expect(toHex(verifyCommand(new Uint8Array(128), 'enciphered')).slice(0, 10)).toBe('0020008880');
    expect(commandCase(verifyCommand(block, 'plaintext'))).toBe(3);
  });
});

describe('commandCase (ISO/IEC 7816-3 §12.1.3)', () => {
  it('tells the four cases apart and rejects what is none of them', () => {
    expect(commandCase(fromHex('00A40400'))).toBe(1);
    expect(commandCase(fromHex('00B2010C00'))).toBe(2);
    expect(commandCase(fromHex('0082000002AABB'))).toBe(3);
    expect(commandCase(fromHex('0082000002AABB00'))).toBe(4);
    expect(codeOf(() => commandCase(fromHex('00A404')))).toBe('E-CARD-0005');
    expect(codeOf(() => commandCase(fromHex('0082000003AABB')))).toBe('E-CARD-0005');
    expect(codeOf(() => commandCase(fromHex('008200000000')))).toBe('E-CARD-0005');
  });
});

describe('parseResponse and describeSw', () => {
  it('splits data from SW1 SW2', () => {
    const r = parseResponse(fromHex('6F00 9000'));
    expect(toHex(r.data)).toBe('6F00');
    expect(r.sw).toBe(0x9000);
    expect(parseResponse(fromHex('6A82'))).toEqual({ data: new Uint8Array(0), sw: 0x6a82 });
  });

  it('refuses a response without a status word', () => {
    expect(codeOf(() => parseResponse(fromHex('90')))).toBe('E-CARD-0001');
    expect(codeOf(() => parseResponse(new Uint8Array(0)))).toBe('E-CARD-0001');
  });

  it('names the status words EMV commands return', () => {
    expect(describeSw(0x9000)).toBe('normal processing');
    expect(describeSw(0x6283)).toBe('selected file invalidated');
    expect(describeSw(0x6a81)).toBe('function not supported (card or application blocked)');
    expect(describeSw(0x6a82)).toBe('file or application not found');
    expect(describeSw(0x6a83)).toBe('record not found');
    expect(describeSw(0x6985)).toBe('conditions of use not satisfied');
    expect(describeSw(0x6983)).toBe('authentication method blocked');
    expect(describeSw(0x6984)).toBe('referenced data invalidated');
    expect(describeSw(0x6700)).toBe('wrong length');
    expect(describeSw(0x6d00)).toBe('instruction code not supported or invalid');
    expect(describeSw(0x6e00)).toBe('class not supported');
    expect(describeSw(0x6a86)).toBe('incorrect parameters P1 P2');
    expect(describeSw(0x6b00)).toBe('wrong parameters P1 P2');
    expect(describeSw(0x6982)).toBe('security status not satisfied');
    expect(describeSw(0x6a88)).toBe('referenced data not found');
    expect(describeSw(0x6400)).toBe('execution error, non-volatile memory unchanged');
    expect(describeSw(0x6581)).toBe('memory failure');
    expect(describeSw(0x63c2)).toBe('counter: 2 tries left');
    expect(describeSw(0x63c0)).toBe('counter: 0 tries left');
    expect(describeSw(0x6126)).toBe('38 more response bytes available');
    expect(describeSw(0x6c1c)).toBe('wrong Le, 28 bytes available');
    expect(describeSw(0x6286)).toBe('warning, non-volatile memory unchanged');
    expect(describeSw(0x9234)).toBe('unknown status word');
  });
});
