// Secure messaging for issuer script integrity (EMV Book 2 §9.2): the SMI session key and the
// command MAC against pyemv's tests (tests/test_sm.py test_generate_command_mac and
// test_mastercard_pin_change: IMK-SMI 0123..3210, PAN 1234567890123456, PSN 01, R = ARQC
// ABCDEF1234567890). pyemv MACs the command as given, so its vectors run here with an empty
// ATC and ARQC; the cards and issuers of posrt put both in the MAC input (§9.2.1).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { deriveSmiSessionKey, openSecuredCommand, scriptMac, securedScriptCommand, tdesKeyCheckValue } from '../../src/security/index.js';

const IMK_SMI = fromHex('0123456789ABCDEFFEDCBA9876543210');
const CARD = { pan: '1234567890123456', panSequenceNumber: '01' };
const ARQC = fromHex('ABCDEF1234567890');
const SK = deriveSmiSessionKey(IMK_SMI, CARD, ARQC);
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
});
