// The backend's issuer simulator: ARQC checked with the configured test issuer master key
// (Option A, common session key), decision by the configured rules (online PIN, amount, PAN
// range), ARC and the ARPC by the method the card's CVN names, which the card's own check
// accepts, and issuer scripts whose MACs are checked here with a key derived independently.
// PIN vectors: ANSI X9.24-1:2009 Annex A.4 (BDK 0123..3210, KSN FFFF9876543210E00001, PIN 1234,
// PAN 4012345678909: enciphered format 0 block 1B9C1845EB993A7A); AES: the X9.24-3:2017 test BDK
// FEDCBA9876543210F1F1F1F1F1F1F1F1 with Initial Key ID 1234567890123456.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../src/bytes/hex.js';
import { authorise, type IssuerRules } from '../../src/backend/issuer-simulator.js';
import { parseBackendConfig } from '../../src/backend/config.js';
import { PinTryCounter } from '../../src/backend/online-pin-check.js';
import {
  csuApproves,
  deriveAesInitialKey,
  deriveAesWorkingKeyFromInitialKey,
  deriveCommonSessionKey,
  deriveIccMasterKeyOptionA,
  encipherPinBlockFormat4,
  macAlgorithm3,
  tdesDecryptCbc,
  verifyArpc,
  verifyGenericIssuerAuthentication,
} from '../../src/security/index.js';
import { posrt } from '../../src/protos/index.js';
import { cardRequest, TEST_IMK } from '../support/issuer-cards.js';

const v1 = posrt.channel.v1;
const TEST_SMI = fromHex('89ABCDEF0123456776543210FEDCBA98');
const TEST_SMC = fromHex('0123456789ABCDEF89ABCDEF01234567');
const OTHER = { ac: fromHex('11111111111111112222222222222222'), smi: fromHex('11111111111111113333333333333333'), smc: fromHex('11111111111111114444444444444444') };
const BDKS = { tdes: fromHex('0123456789ABCDEFFEDCBA9876543210'), aes: fromHex('FEDCBA9876543210F1F1F1F1F1F1F1F1') };
const X924_PAN = '4012345678909';
const X924_PIN = { format: v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO0, pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') };

function rules(over: Partial<IssuerRules> = {}): IssuerRules {
  return {
    masterKeys: [OTHER, { ac: TEST_IMK, smi: TEST_SMI, smc: TEST_SMC }],
    amountLimit: 100_000n,
    declinedPanPrefixes: ['999999'],
    scripts: [],
    onlinePin: { bdks: BDKS, pins: new Map([[X924_PAN, '1234']]), tries: new PinTryCounter(3) },
    contactlessCryptogramData: [],
    balances: new Map([['4761739001010119', -2_500n]]),
    ...over,
  };
}
const arc = (r: { arc?: Uint8Array | null }): string => Buffer.from(r.arc ?? []).toString('ascii');

describe('issuer simulator: ARQC, ARC and ARPC', () => {
  it('approves a genuine ARQC under the limit with ARC 00, an authorisation code and an ARPC the card accepts', () => {
    const { request, sessionKey } = cardRequest('4761739001010119', 1000n);
    const r = authorise(rules(), request, () => 4242);
    expect(r.outcome).toBe(v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED);
    expect(arc(r)).toBe('00');
    expect(r.authorisationCode).toBe('004242');
    expect(r.arpcMethod).toBe(v1.ArpcMethod.ARPC_METHOD_1);
    expect(verifyArpc(sessionKey, { method: 1, arqc: request.arqc, authorisationResponseCode: r.arc! }, r.arpc!)).toBe(true);
    expect(toHex(r.issuerAuthenticationData!)).toBe(toHex(r.arpc!) + '3030');
    expect(r.issuerScripts).toEqual([]);
  });

  it('declines over the amount limit with ARC 51 (E-BACKEND-0021), still authenticated by an ARPC', () => {
    const { request, sessionKey } = cardRequest('4761739001010119', 100_001n);
    const r = authorise(rules(), request);
    expect([arc(r), r.declineCode, r.outcome]).toEqual(['51', 'E-BACKEND-0021', v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED]);
    expect(verifyArpc(sessionKey, { method: 1, arqc: request.arqc, authorisationResponseCode: r.arc! }, r.arpc!)).toBe(true);
  });

  it('declines a PAN in a declined range with ARC 05 (E-BACKEND-0022)', () => {
    const r = authorise(rules(), cardRequest('9999990000000001', 100n).request);
    expect([arc(r), r.declineCode]).toEqual(['05', 'E-BACKEND-0022']);
  });

  it('declines an ARQC no configured key made (E-BACKEND-0020) without an ARPC, and a request without one (E-BACKEND-0023)', () => {
    const foreign = authorise(rules(), cardRequest('4761739001010119', 100n, fromHex('FEDCBA98765432100123456789ABCDEF')).request);
    expect([arc(foreign), foreign.declineCode, foreign.arpcMethod, foreign.arpc]).toEqual(['05', 'E-BACKEND-0020', v1.ArpcMethod.ARPC_METHOD_NONE, undefined]);
    const { request } = cardRequest('4761739001010119', 100n);
    request.arqc = new Uint8Array(0);
    expect(authorise(rules(), request).declineCode).toBe('E-BACKEND-0023');
    // An IAD of a CVN the issuer does not know: it cannot tell what the cryptogram covers.
    const unknown = cardRequest('4761739001010119', 100n).request;
    unknown.issuerApplicationData = fromHex('010903A00000');
    expect(authorise(rules(), unknown).declineCode).toBe('E-BACKEND-0023');
  });
});

describe('issuer simulator: a balance inquiry', () => {
  const inquiry = (pan: string) => {
    const { request } = cardRequest(pan, 0n);
    request.type = v1.TransactionType.TRANSACTION_TYPE_BALANCE;
    return request;
  };

  it("approves a genuine ARQC with the card's balance from the rules in the request's currency, or the amount limit for a card not listed; a sale carries none", () => {
    const listed = authorise(rules(), inquiry('4761739001010119'));
    expect([arc(listed), String(listed.availableBalance?.minorUnits), listed.availableBalance?.currency]).toEqual(['00', '-2500', '156']);
    const other = authorise(rules(), inquiry('4761739001010010'));
    expect(String(other.availableBalance?.minorUnits)).toBe('100000');
    expect(authorise(rules(), cardRequest('4761739001010119', 100n).request).availableBalance).toBeUndefined();
  });

  it('gives no balance when it declines (a PAN in a declined range, or an ARQC it cannot verify)', () => {
    const forged = inquiry('4761739001010119');
    forged.arqc = fromHex('0000000000000000');
    for (const declined of [authorise(rules(), inquiry('9999990000000001')), authorise(rules(), forged)]) {
      expect([declined.outcome, declined.availableBalance]).toEqual([v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED, undefined]);
    }
  });
});

describe('issuer simulator: a swipe (track 2, no cryptogram)', () => {
  const swipe = (pan: string, track2: string, amount = 100n) => {
    const { request } = cardRequest(pan, amount);
    request.arqc = new Uint8Array(0);
    request.tracks = v1.Tracks.create({ track2: fromHex(track2), track1: new Uint8Array(0) });
    return authorise(rules(), request, () => 7, () => new Date('2026-11-30T12:00:00Z'));
  };

  it("approves by the rules once track 2 reads (the message's PAN, not expired), with no ARPC to give", () => {
    const ok = swipe('4761739001010119', '4761739001010119D2812201123456789F');
    expect([arc(ok), ok.outcome, ok.arpcMethod, ok.arpc, ok.authorisationCode]).toEqual(['00', v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED, v1.ArpcMethod.ARPC_METHOD_NONE, undefined, '000007']);
    expect(arc(swipe('4761739001010119', '4761739001010119D2812201123456789F', 10_000_000n))).toBe('51');
  });

  it('declines an expired track with ARC 54, and one naming another card or unreadable with 30 (E-BACKEND-0027)', () => {
    // Valid through the last day of November 2026, expired on the first of December.
    expect(arc(swipe('4761739001010119', '4761739001010119D2611201123456789F'))).toBe('00');
    const expired = swipe('4761739001010119', '4761739001010119D2610201123456789F');
    expect([arc(expired), expired.declineCode]).toEqual(['54', 'E-BACKEND-0027']);
    expect([arc(swipe('4761739001010119', '4000000000000002D2812201123456789F')), arc(swipe('4761739001010119', '47617390'))]).toEqual(['30', '30']);
  });
});

describe('issuer simulator: ARPC method 2 for a CVN 02 card (Book 2 §8.2.2)', () => {
  it('answers ARPC (4) || CSU with "issuer approves" set; the card\'s check accepts it', () => {
    const { request, sessionKey } = cardRequest('4761739001010119', 1000n, TEST_IMK, { cvn: 0x02 });
    const r = authorise(rules(), request);
    expect([arc(r), r.arpcMethod, r.arpc?.length]).toEqual(['00', v1.ArpcMethod.ARPC_METHOD_2, 4]);
    expect(toHex(r.issuerAuthenticationData!)).toBe(toHex(r.arpc!) + '00800000');
    const check = verifyGenericIssuerAuthentication(sessionKey, 0x02, request.arqc, r.issuerAuthenticationData!);
    expect(check.verified).toBe(true);
    expect(verifyArpc(sessionKey, { method: 2, arqc: request.arqc, cardStatusUpdate: fromHex('00800000') }, r.arpc!)).toBe(true);
  });

  it('a decline carries a CSU without the approval, authenticated all the same', () => {
    const { request, sessionKey } = cardRequest('4761739001010119', 100_001n, TEST_IMK, { cvn: 0x02 });
    const r = authorise(rules(), request);
    expect(arc(r)).toBe('51');
    const check = verifyGenericIssuerAuthentication(sessionKey, 0x02, request.arqc, r.issuerAuthenticationData!);
    expect([check.verified, csuApproves(check.cardStatusUpdate!)]).toEqual([true, false]);
  });
});

describe('issuer simulator: issuer scripts by rule (Book 3 §10.10, Book 2 §9.2)', () => {
  const scriptRules: IssuerRules['scripts'] = [
    { when: { kind: 'pan-prefix', prefix: '476173' }, timing: 'after-final-ac', id: fromHex('0000A001'), commands: [{ kind: 'put-data', tag: 0x9f14, value: fromHex('03') }, { kind: 'pin-unblock' }] },
    { when: { kind: 'amount-over', amount: 50_000n }, timing: 'before-final-ac', id: fromHex('0000B001'), commands: [{ kind: 'application-block' }] },
  ];

  it('sends the scripts whose condition holds, each command MACed under the card\'s SMI session key over header, Lc, ATC, ARQC and data', () => {
    const { request } = cardRequest('4761739001010119', 1000n);
    const r = authorise(rules({ scripts: scriptRules }), request);
    expect(r.issuerScripts).toHaveLength(1);
    const script = r.issuerScripts![0]!;
    expect([script.timing, toHex(script.scriptId!)]).toEqual([v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_AFTER_FINAL_AC, '0000A001']);
    // Independently: MK-SMI by Option A, SK-SMI over R = ARQC (Book 2 §9.2.3), MAC algorithm 3.
    const sk = deriveCommonSessionKey(deriveIccMasterKeyOptionA(TEST_SMI, '4761739001010119', '01'), request.arqc);
    const mac = (header: string, data: string): string => toHex(macAlgorithm3(sk, concatBytes(fromHex(header), Uint8Array.of(fromHex(data).length + 8), request.atc, request.arqc, fromHex(data)), 'method-2', 8));
    expect(script.commands!.map(toHex)).toEqual(['04DA9F140903' + mac('04DA9F14', '03'), '8424000008' + mac('84240000', '')]);
  });

  it('a PIN CHANGE carries the new PIN\'s format 2 block enciphered under the card\'s SMC session key (Book 2 §9.3), MACed like the rest', () => {
    const { request } = cardRequest('4761739001010119', 1000n);
    const rule = { when: { kind: 'pan-prefix', prefix: '4761' }, timing: 'after-final-ac', id: fromHex('0000C001'), commands: [{ kind: 'pin-change', pin: '9876' }] } as const;
    const command = authorise(rules({ scripts: [rule] }), request).issuerScripts![0]!.commands![0]!;
    expect(toHex(command.subarray(0, 5))).toBe('8424000118');
    // Independently: SK-SMC by Option A and R = ARQC, TDES-CBC over the block padded by method 2.
    const smc = deriveCommonSessionKey(deriveIccMasterKeyOptionA(TEST_SMC, '4761739001010119', '01'), request.arqc);
    expect(toHex(tdesDecryptCbc(smc, command.subarray(5, 21)))).toBe('249876FFFFFFFFFF' + '8000000000000000');
  });

  it('an amount over the rule adds the APPLICATION BLOCK script before the final GENERATE AC, also to a decline', () => {
    const r = authorise(rules({ scripts: scriptRules, amountLimit: 10_000n }), cardRequest('5413330089010491', 60_000n).request);
    expect(arc(r)).toBe('51');
    expect(r.issuerScripts!.map((s) => [s.timing, toHex(s.scriptId!), toHex(s.commands![0]!).slice(0, 10)])).toEqual([
      [v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_BEFORE_FINAL_AC, '0000B001', '841E000008'],
    ]);
  });

  it('sends no script to a card whose ARQC does not verify', () => {
    const r = authorise(rules({ scripts: scriptRules }), cardRequest('4761739001010119', 1000n, fromHex('FEDCBA98765432100123456789ABCDEF')).request);
    expect(r.issuerScripts).toBeUndefined();
  });
});

describe('issuer simulator: online PIN (ISO 9564 under DUKPT, ARC 55 and 75)', () => {
  const pinRequest = (onlinePin: posrt.channel.v1.IOnlinePin, pan = X924_PAN) => cardRequest(pan, 1000n, TEST_IMK, { onlinePin }).request;

  it('approves the X9.24-1 A.4 format 0 block (PIN 1234 under the test BDK) for the card whose PIN is 1234', () => {
    const r = authorise(rules(), pinRequest(X924_PIN));
    expect([arc(r), r.declineCode]).toEqual(['00', '']);
  });

  it('approves a format 4 block under AES DUKPT as the PIN pad makes it from its initial key', () => {
    const ksn = fromHex('123456789012345600000001');
    const padKey = deriveAesWorkingKeyFromInitialKey(deriveAesInitialKey(BDKS.aes, fromHex('1234567890123456')), ksn, 'pin-encryption');
    const r = authorise(rules(), pinRequest({ format: v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO4, pinBlock: encipherPinBlockFormat4(padKey, '1234', X924_PAN), ksn }));
    expect(arc(r)).toBe('00');
  });

  it('declines a wrong PIN with 55 (E-BACKEND-0024), the third wrong one with 75 (E-BACKEND-0025), and then even the right one with 75', () => {
    const issuer = rules({ onlinePin: { bdks: BDKS, pins: new Map([[X924_PAN, '4321']]), tries: new PinTryCounter(3) } });
    const answers = [1, 2, 3].map(() => authorise(issuer, pinRequest(X924_PIN)));
    expect(answers.map((r) => [arc(r), r.declineCode])).toEqual([
      ['55', 'E-BACKEND-0024'],
      ['55', 'E-BACKEND-0024'],
      ['75', 'E-BACKEND-0025'],
    ]);
    // Still an ARPC: the card learns the decline from an authenticated answer.
    expect(answers[0]!.arpcMethod).toBe(v1.ArpcMethod.ARPC_METHOD_1);
    const fixed = { ...issuer, onlinePin: { ...issuer.onlinePin!, pins: new Map([[X924_PAN, '1234']]) } };
    expect(arc(authorise(fixed, pinRequest(X924_PIN)))).toBe('75');
    // Counted per card: another card's PIN is not blocked.
    expect(issuer.onlinePin!.tries.blocked('4761739001010119')).toBe(false);
  });

  it('a right PIN clears the wrong tries before the limit', () => {
    const tries = new PinTryCounter(3);
    const wrong = rules({ onlinePin: { bdks: BDKS, pins: new Map([[X924_PAN, '4321']]), tries } });
    const right = rules({ onlinePin: { bdks: BDKS, pins: new Map([[X924_PAN, '1234']]), tries } });
    authorise(wrong, pinRequest(X924_PIN));
    authorise(wrong, pinRequest(X924_PIN));
    expect(arc(authorise(right, pinRequest(X924_PIN)))).toBe('00');
    expect(arc(authorise(wrong, pinRequest(X924_PIN)))).toBe('55');
  });

  it('a PIN it cannot check is 55 E-BACKEND-0026 and not counted: no PIN on file, a block under another KSN, an unknown format, no PIN rules', () => {
    const issuer = rules();
    const cases = [
      pinRequest(X924_PIN, '4761739001010119'),
      pinRequest({ ...X924_PIN, ksn: fromHex('FFFF9876543210E00002') }),
      pinRequest({ ...X924_PIN, ksn: fromHex('FFFF98') }),
      pinRequest({ ...X924_PIN, format: v1.PinBlockFormat.PIN_BLOCK_FORMAT_UNSPECIFIED }),
    ];
    for (const request of cases) expect([arc(authorise(issuer, request)), authorise(issuer, request).declineCode]).toEqual(['55', 'E-BACKEND-0026']);
    expect(issuer.onlinePin!.tries.blocked(X924_PAN)).toBe(false);
    expect(authorise(rules({ onlinePin: undefined }), pinRequest(X924_PIN)).declineCode).toBe('E-BACKEND-0026');
  });

  it('checks the PIN before the amount: a wrong PIN over the limit is 55, not 51', () => {
    const issuer = rules({ onlinePin: { bdks: BDKS, pins: new Map([[X924_PAN, '4321']]), tries: new PinTryCounter(3) } });
    expect(arc(authorise(issuer, cardRequest(X924_PAN, 100_001n, TEST_IMK, { onlinePin: X924_PIN }).request))).toBe('55');
  });
});

describe('issuer configuration (config/backend.json)', () => {
  const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../config/backend.json'), 'utf8')) as { issuer: Record<string, unknown> };

  it('reads the shipped file: key sets, a script rule and the online PIN table', () => {
    const { issuer } = parseBackendConfig(shipped);
    expect(issuer.masterKeys.map((k) => toHex(k.ac))).toContain(toHex(TEST_IMK));
    expect(issuer.scripts[0]).toEqual({ when: { kind: 'amount-over', amount: 500_000n }, timing: 'after-final-ac', id: fromHex('00000001'), commands: [{ kind: 'put-data', tag: 0x9f14, value: fromHex('00') }] });
    expect(issuer.onlinePin?.pins.get('4761739001010010')).toBe('1234');
    expect(issuer.onlinePin?.tries.limit).toBe(3);
    expect(issuer.balances.get('6212345678901232')).toBe(8_888_800n);
  });

  it('refuses a bad field with E-BACKEND-0011 naming it, never a PAN or PIN of the table', () => {
    const bad = (issuer: Record<string, unknown>) => () => parseBackendConfig({ ...shipped, issuer: { ...shipped.issuer, ...issuer } });
    expect(bad({ masterKeys: ['0123456789ABCDEFFEDCBA9876543210'] })).toThrow(/E-BACKEND-0011.*issuer\.masterKeys\[0\]/);
    expect(bad({ masterKeys: [{ ac: '0123456789ABCDEFFEDCBA9876543210', smi: '89ABCDEF0123456776543210FEDCBA98' }] })).toThrow(/issuer\.masterKeys\[0\]\.smc/);
    const pinChange = bad({ scripts: [{ when: { panPrefix: '4' }, timing: 'after-final-ac', id: '00000001', commands: [{ command: 'pin-change', pin: '98' }] }] });
    expect(pinChange).toThrow(/issuer\.scripts\[0\]\.commands\[0\]\.pin/);
    expect(pinChange).not.toThrow(/98/);
    expect(bad({ scripts: [{ when: { panPrefix: '4' }, timing: 'later', id: '00000001', commands: [{ command: 'card-block' }] }] })).toThrow(/issuer\.scripts\[0\]\.timing/);
    expect(bad({ scripts: [{ when: { panPrefix: '4' }, timing: 'after-final-ac', id: '00000001', commands: [{ command: 'format-card' }] }] })).toThrow(/issuer\.scripts\[0\]\.commands\[0\]\.command/);
    const pins = bad({ onlinePin: { ...(shipped.issuer.onlinePin as object), pins: { '4761739001010010': '12' } } });
    expect(pins).toThrow(/issuer\.onlinePin\.pins/);
    expect(pins).not.toThrow(/4761739001010010/);
    const balances = bad({ balances: { '4761739001010010': '12.50' } });
    expect(balances).toThrow(/issuer\.balances/);
    expect(balances).not.toThrow(/4761739001010010/);
  });
});
