// The virtual card's Kernel 2 commands at the APDU level: COMPUTE CRYPTOGRAPHIC CHECKSUM
// (Book C-2 §5.2) on the mag-stripe profiles, with the CVC3 recomputed here from the documented
// TEST derivation (src/emulators/card/cvc3.ts) over src/security, and EXCHANGE RELAY RESISTANCE
// DATA (§5.3) on the relay resistance variant.
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../../src/bytes/hex.js';
import { computeCryptographicChecksumCommand, exchangeRelayResistanceDataCommand, generateAcCommand, readRecordCommand } from '../../../src/emv/apdu/commands.js';
import { findValue } from '../../../src/emv/tlv/index.js';
import { deriveIccMasterKeyOptionA, macAlgorithm3, tdesEncryptEcb } from '../../../src/security/index.js';
import { card, initiate, ok, send } from './session.js';

const AID = 'A0000000041010';
const KEY = deriveIccMasterKeyOptionA(fromHex('33333333333333334444444444444444'), '5413330089010491', '00');
const TRACK2 = fromHex('5413330089010491D30122010000000000000F');

function cvc3(track: Uint8Array, un: string, atc: number): string {
  const iv = macAlgorithm3(KEY, track, 'method-2').slice(6, 8);
  return toHex(tdesEncryptEcb(KEY, concatBytes(iv, fromHex(un), Uint8Array.of(atc >> 8, atc & 0xff))).slice(6, 8));
}

describe('COMPUTE CRYPTOGRAPHIC CHECKSUM (mag-stripe mode)', () => {
  it('answers CVC3 (Track2), CVC3 (Track1) and the ATC the GPO counted, once a transaction', async () => {
    const c = card('mastercard-magstripe', 'contactless');
    const session = await initiate(c, AID);
    // AIP without EMV mode, AFL '08 01 01 00': the tracks in SFI 1 record 1.
    expect(toHex(session.aip)).toBe('0000');
    expect(toHex(session.afl)).toBe('08010100');
    const answer = await ok(c, computeCryptographicChecksumCommand(fromHex('00001234')));
    expect(answer[0]!.tag).toBe(0x77);
    expect(toHex(findValue(answer, 0x9f36)!)).toBe('0042');
    expect(toHex(findValue(answer, 0x9f61)!)).toBe(cvc3(TRACK2, '00001234', 0x42));
    expect(findValue(answer, 0x9f60)).toHaveLength(2);
    expect(findValue(answer, 0xdf4b)).toBeUndefined();
    // Once: the transaction is over.
    expect((await send(c, computeCryptographicChecksumCommand(fromHex('00001234')))).sw).toBe(0x6985);
  });

  it('refuses before GPO (6985), a wrong UDOL length (6700), wrong P1/P2 (6A86) and GENERATE AC (6985)', async () => {
    const c = card('mastercard-magstripe', 'contactless');
    await initiate(c, AID);
    expect((await send(c, computeCryptographicChecksumCommand(fromHex('000012'))))?.sw).toBe(0x6700);
    const badP2 = computeCryptographicChecksumCommand(fromHex('00001234'));
    badP2[3] = 0x00;
    expect((await send(c, badP2)).sw).toBe(0x6a86);
    expect((await send(c, generateAcCommand('arqc', fromHex('00')))).sw).toBe(0x6985);
    const fresh = card('mastercard-magstripe', 'contactless');
    await ok(fresh, fromHex('00A4040007A000000004101000'));
    expect((await send(fresh, computeCryptographicChecksumCommand(fromHex('00001234')))).sw).toBe(0x6985);
    // An EMV card has no CVC3 key.
    const emv = card('mastercard-c2', 'contactless');
    await initiate(emv, AID);
    expect((await send(emv, computeCryptographicChecksumCommand(fromHex('00001234')))).sw).toBe(0x6d00);
  });

  it('a phone says it verified the cardholder; one that has not answers without a CVC3 when asked to', async () => {
    const verified = card('mastercard-phone-magstripe', 'contactless');
    await initiate(verified, AID);
    const a = await ok(verified, computeCryptographicChecksumCommand(fromHex('0000123403')));
    expect(toHex(findValue(a, 0xdf4b)!)).toBe('001000');
    expect(findValue(a, 0x9f61)).toHaveLength(2);
    const pending = card('mastercard-phone-magstripe-see-phone', 'contactless');
    await initiate(pending, AID);
    const b = await ok(pending, computeCryptographicChecksumCommand(fromHex('0000123403')));
    expect(toHex(findValue(b, 0xdf4b)!)).toBe('000100');
    expect(findValue(b, 0x9f61)).toBeUndefined();
    expect(findValue(b, 0x9f36)).toBeDefined();
  });

  it('reads its tracks and bitmaps from SFI 1 record 1', async () => {
    const c = card('mastercard-magstripe', 'contactless');
    await initiate(c, AID);
    const record = await ok(c, readRecordCommand(1, 1));
    expect(toHex(findValue(record, 0x9f6b)!)).toBe(toHex(TRACK2));
    expect(toHex(findValue(record, 0x9f66)!)).toBe('0E70');
  });
});

describe('EXCHANGE RELAY RESISTANCE DATA', () => {
  it('answers format 1 with fresh device entropy and the times the profile gives, between GPO and GENERATE AC', async () => {
    const c = card('mastercard-c2-rrp', 'contactless');
    const session = await initiate(c, AID);
    expect(toHex(session.aip)).toBe('3D81');
    const first = await send(c, exchangeRelayResistanceDataCommand(fromHex('01020304')));
    expect(first.sw).toBe(0x9000);
    expect(toHex(first.data.subarray(0, 2))).toBe('800A');
    expect(toHex(first.data.subarray(6))).toBe('001000300018');
    const second = await send(c, exchangeRelayResistanceDataCommand(fromHex('01020304')));
    expect(toHex(second.data.subarray(2, 6))).not.toBe(toHex(first.data.subarray(2, 6)));
    expect((await send(c, fromHex('80EA000003010203' + '00'))).sw).toBe(0x6700);
  });

  it('is not supported by a card whose AIP does not announce it', async () => {
    const c = card('mastercard-c2', 'contactless');
    await initiate(c, AID);
    expect((await send(c, exchangeRelayResistanceDataCommand(fromHex('01020304')))).sw).toBe(0x6d00);
  });
});
