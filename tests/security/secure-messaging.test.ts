// Secure messaging for issuer scripts (EMV Book 2 §9.2-9.3): the session keys, the command MAC
// and the enciphered data against pyemv's tests (tests/test_sm.py test_generate_command_mac,
// test_mastercard_pin_change and test_ccd_pin_change: IMK-SMI 0123..3210, IMK-SMC 1111..2222,
// PAN 1234567890123456, PSN 01, R = ARQC ABCDEF1234567890). pyemv MACs the command as given, so its vectors run here with an empty
// ATC and ARQC; the cards and issuers of posrt put both in the MAC input (§9.2.1).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { decipherScriptData, deriveScriptSessionKey, encipherScriptData, openSecuredCommand, pinBlockFormat2, scriptMac, securedScriptCommand, tdesKeyCheckValue } from '../../src/security/index.js';

const IMK_SMI = fromHex('0123456789ABCDEFFEDCBA9876543210');
const CARD = { pan: '1234567890123456', panSequenceNumber: '01' };
const ARQC = fromHex('ABCDEF1234567890');
const SK = deriveScriptSessionKey(IMK_SMI, CARD, ARQC);
const EMPTY = new Uint8Array(0);

describe('secure messaging (EMV Book 2 §9.2)', () => {
  it('derives SK-SMI from IMK-SMI by Option A and the common derivation over R = ARQC (pyemv: check digits F088F8)', () => {
    expect(toHex(tdesKeyCheckValue(SK)).slice(0, 6)).toBe('F088F8');
  });

  it('MACs CLA INS P1 P2 Lc (Lc counting the MAC) and the data: pyemv CF323F09A0F6AB9E and 8C4D10091A093B5B', () => {
    expect(toHex(scriptMac({ smiSessionKey: SK, atc: EMPTY, arqc: EMPTY }, fromHex('84240000'), EMPTY))).toBe('CF323F09A0F6AB9E');
    expect(toHex(scriptMac({ smiSessionKey: SK, atc: EMPTY, arqc: EMPTY }, fromHex('84240002'), fromHex('28367E05DE3381C2')))).toBe('8C4D10091A093B5B');
  });

  it('builds header || Lc || data || MAC, which the card opens back to the data; another transaction\'s ATC or a flipped bit does not open', () => {
    const context = { smiSessionKey: SK, atc: fromHex('0042'), arqc: ARQC };
    const command = securedScriptCommand(context, fromHex('04DA9F14'), fromHex('07'));
    expect(toHex(command.subarray(0, 6))).toBe('04DA9F140907');
    const data = command.subarray(5);
    expect(toHex(openSecuredCommand(context, fromHex('04DA9F14'), data)!)).toBe('07');
    expect(openSecuredCommand({ ...context, atc: fromHex('0043') }, fromHex('04DA9F14'), data)).toBeUndefined();
    const flipped = Uint8Array.from(data);
    flipped[flipped.length - 1]! ^= 0x01;
    expect(openSecuredCommand(context, fromHex('04DA9F14'), flipped)).toBeUndefined();
    expect(openSecuredCommand(context, fromHex('04DA9F14'), data.subarray(0, 7))).toBeUndefined();
  });

  it('enciphers a new PIN\'s format 2 block under SK-SMC with padding always added (pyemv CCD: SK check digits D694B8, 28367E05DE3381C29D30A6055A8DEB86)', () => {
    const smc = deriveScriptSessionKey(fromHex('11111111111111112222222222222222'), CARD, ARQC);
    expect(toHex(tdesKeyCheckValue(smc)).slice(0, 6)).toBe('D694B8');
    const data = encipherScriptData(smc, pinBlockFormat2('9999'));
    expect(toHex(data)).toBe('28367E05DE3381C29D30A6055A8DEB86');
    expect(toHex(decipherScriptData(smc, data)!)).toBe('249999FFFFFFFFFF');
    // Under another key the padding does not come out; a part block is not data at all.
    expect(decipherScriptData(SK, data)).toBeUndefined();
    expect(decipherScriptData(smc, data.subarray(0, 12))).toBeUndefined();
  });
});
