// EXTERNAL AUTHENTICATE (EMV Book 3 §6.5.4, ARPC method 1 per Book 2 §8.2.1) and the issuer
// script commands with secure messaging (Book 3 §6.5.1-6.5.3, §6.5.10, PUT DATA; MAC per Book 2
// §9.2.1 and Annex A1.2, under the SMI session key of §9.2.3: the card's MK-SMI diversified by the
// ARQC; a new PIN enciphered per §9.3 under the SMC session key) against the visa profile,
// command by command. The ARPC, the MACs and the enciphered PIN are computed here from the
// profile's TEST IMK, IMK-SMI and IMK-SMC with src/security's primitives, not with the card's
// own code.
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../src/bytes/hex.js';
import { externalAuthenticateCommand, generateAcCommand, getDataCommand, selectCommand, verifyCommand } from '../../../src/emv/apdu/commands.js';
import { findValue } from '../../../src/emv/tlv/index.js';
import { deriveAcSessionKey, deriveCommonSessionKey, deriveIccMasterKeyOptionA, issuerAuthenticationData, macAlgorithm3, padIso9797, pinBlockFormat2, tdesEncryptCbc } from '../../../src/security/index.js';
import { getProfile } from '../../../src/emulators/card/index.js';
import { card, dolData, fromHex, initiate, ok, recordData, send, toHex } from './session.js';

const AID = 'A0000000031010';
const IMK = getProfile('visa').applications[0]!.cryptogram.imk;
const IMK_SMI = getProfile('visa').applications[0]!.cryptogram.imkSmi;
const IMK_SMC = getProfile('visa').applications[0]!.cryptogram.imkSmc;
const ARC = fromHex('3030');

async function online() {
  const c = card('visa');
  const session = await initiate(c, AID);
  const data = recordData(session.records);
  const cdol2 = data.get('8D')!;
  // Visa answers format 1: 80 [CID ATC AC IAD].
  const [first] = await ok(c, generateAcCommand('arqc', dolData(data.get('8C')!)));
  const v = first!.value;
  const atc = v.subarray(1, 3);
  const arqc = v.subarray(3, 11);
  const sessionKey = deriveAcSessionKey(deriveIccMasterKeyOptionA(fromHex(IMK), '4761739001010010', '01'), { method: 'emv-common', atc });
  const smiSessionKey = deriveCommonSessionKey(deriveIccMasterKeyOptionA(fromHex(IMK_SMI), '4761739001010010', '01'), arqc);
  const smcSessionKey = deriveCommonSessionKey(deriveIccMasterKeyOptionA(fromHex(IMK_SMC), '4761739001010010', '01'), arqc);
  /** A new PIN as Book 2 §9.3 carries it: its format 2 block, padded (method 2), TDES-CBC under SK-SMC. */
  const enciphered = (pin: string, key = smcSessionKey): string => toHex(tdesEncryptCbc(key, padIso9797(pinBlockFormat2(pin), 'method-2')));
  const secured = (header: string, plain = '', corrupt = false): Uint8Array => {
    const h = fromHex(header);
    const p = fromHex(plain);
    const lc = Uint8Array.of(p.length + 8);
    const mac = macAlgorithm3(smiSessionKey, concatBytes(h, lc, atc, arqc, p), 'method-2', 8);
    if (corrupt) mac[7]! ^= 0x01;
    return concatBytes(h, lc, p, mac);
  };
  const secondAcAnswer = async (): Promise<Uint8Array> => (await send(c, generateAcCommand('tc', dolData(cdol2, { '8A': '3030' })))).data;
  const secondAc = async (): Promise<number> => (await secondAcAnswer())[2]!;
  return { c, atc, arqc, sessionKey, smiSessionKey, secured, enciphered, secondAc, secondAcAnswer };
}

describe('EXTERNAL AUTHENTICATE', () => {
  it('answers 9000 to the right ARPC, then 6985 to a second one (once per transaction)', async () => {
    const t = await online();
    const iad = issuerAuthenticationData(t.sessionKey, { method: 1, arqc: t.arqc, authorisationResponseCode: ARC });
    expect((await send(t.c, externalAuthenticateCommand(iad))).sw).toBe(0x9000);
    expect((await send(t.c, externalAuthenticateCommand(iad))).sw).toBe(0x6985);
  });

  it('answers 6300 to an ARPC for another ARC, and the second GENERATE AC CVR says performed and failed', async () => {
    const t = await online();
    const iad = issuerAuthenticationData(t.sessionKey, { method: 1, arqc: t.arqc, authorisationResponseCode: fromHex('3035') });
    expect((await send(t.c, externalAuthenticateCommand(concatBytes(iad.subarray(0, 8), ARC)))).sw).toBe(0x6300);
    const answer = await t.secondAcAnswer();
    // Format 1: 80 L, CID (1) ATC (2) AC (8), IAD: DKI CVN CVR (4); CVR byte 3 b8 b7.
    expect(answer[2 + 1 + 2 + 8 + 2 + 2]).toBe(0xc0);
  });

  it('is refused before any ARQC (6985)', async () => {
    const c = card('visa');
    await initiate(c, AID);
    expect((await send(c, externalAuthenticateCommand(new Uint8Array(10)))).sw).toBe(0x6985);
  });
});

describe('issuer script commands with secure messaging', () => {
  it('a wrong MAC is 6988 and changes nothing; the right one blocks the application, which then answers AAC', async () => {
    const t = await online();
    expect((await send(t.c, t.secured('841E0000', '', true))).sw).toBe(0x6988);
    expect((await send(t.c, t.secured('841E0000'))).sw).toBe(0x9000);
    // CID 00: AAC although the terminal asked for TC after an approval (Book 3 §6.5.1).
    expect((await t.secondAc()) & 0xc0).toBe(0x00);
  });

  it('a MAC under the AC session key is 6988: script MACs take the secure-messaging key (Book 2 §9.2.3)', async () => {
    const t = await online();
    const header = fromHex('841E0000');
    const mac = macAlgorithm3(t.sessionKey, concatBytes(header, Uint8Array.of(8), t.atc, t.arqc), 'method-2', 8);
    expect((await send(t.c, concatBytes(header, Uint8Array.of(8), mac))).sw).toBe(0x6988);
  });

  it('PUT DATA writes a value GET DATA then returns', async () => {
    const t = await online();
    expect((await send(t.c, t.secured('04DA9F14', '07'))).sw).toBe(0x9000);
    expect(toHex(findValue(await ok(t.c, getDataCommand(0x9f14)), 0x9f14)!)).toBe('07');
  });

  it('PIN UNBLOCK resets the PIN Try Counter (9F17) to the limit', async () => {
    const c = card('pin-tries-exceeded');
    await initiate(c, 'A0000000041010');
    expect(toHex(findValue(await ok(c, getDataCommand(0x9f17)), 0x9f17)!)).toBe('00');
    // Mastercard's format 2 answer: 77 [9F27 9F36 9F26 9F10].
    const cdol1 = fromHex('9F02069F03069F1A0295055F2A029A039C019F37049F35019F45029F3403');
    const nodes = await ok(c, generateAcCommand('arqc', dolData(cdol1)));
    const atc = findValue(nodes, 0x9f36)!;
    const arqc = findValue(nodes, 0x9f26)!;
    const imkSmi = getProfile('mastercard').applications[0]!.cryptogram.imkSmi;
    const sk = deriveCommonSessionKey(deriveIccMasterKeyOptionA(fromHex(imkSmi), '5413330089010491', '00'), arqc);
    const header = fromHex('84240000');
    const mac = macAlgorithm3(sk, concatBytes(header, Uint8Array.of(8), atc, arqc), 'method-2', 8);
    expect((await send(c, concatBytes(header, Uint8Array.of(8), mac))).sw).toBe(0x9000);
    expect(toHex(findValue(await ok(c, getDataCommand(0x9f17)), 0x9f17)!)).toBe('03');
  });

  it('PIN CHANGE (P2 01) sets the new PIN it deciphers under SK-SMC: VERIFY takes it, and no longer the old one', async () => {
    const t = await online();
    expect((await send(t.c, t.secured('84240001', t.enciphered('9876')))).sw).toBe(0x9000);
    expect((await send(t.c, verifyCommand(pinBlockFormat2('9876'), 'plaintext'))).sw).toBe(0x9000);
    expect((await send(t.c, verifyCommand(pinBlockFormat2('1234'), 'plaintext'))).sw).toBe(0x63c2);
  });

  it('PIN CHANGE whose PIN was enciphered under another key is 6A80 and leaves the PIN as it was', async () => {
    const t = await online();
    expect((await send(t.c, t.secured('84240001', t.enciphered('9876', t.smiSessionKey)))).sw).toBe(0x6a80);
    expect((await send(t.c, verifyCommand(pinBlockFormat2('1234'), 'plaintext'))).sw).toBe(0x9000);
  });

  it('CARD BLOCK makes every later command answer 6A81, SELECT included', async () => {
    const t = await online();
    expect((await send(t.c, t.secured('84160000'))).sw).toBe(0x9000);
    expect((await send(t.c, selectCommand(fromHex(AID)))).sw).toBe(0x6a81);
  });

  it('refuses a script command before any ARQC (6985): the MAC has nothing to cover', async () => {
    const c = card('visa');
    await initiate(c, AID);
    expect((await send(c, concatBytes(fromHex('841E000008'), new Uint8Array(8)))).sw).toBe(0x6985);
  });
});
