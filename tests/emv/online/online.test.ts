import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { newTsi, newTvr, readAip } from '../../../src/emv/dictionary/index.js';
import { authenticateIssuer, encodeScriptResults, parseIssuerScripts, runIssuerScripts } from '../../../src/emv/online/index.js';
import { parseGenerateAcResponse } from '../../../src/emv/contact/generate-ac.js';
import { ScriptedTransport } from '../apdu/scripted-transport.js';
import { errorOf } from '../../support/pos-error.js';

// Two scripts as an issuer sends them (EMV Book 3 §10.10): 71 with id 11223344 and an
// APPLICATION BLOCK + a PUT DATA; 72 without id and one UPDATE RECORD.
const SCRIPTS = '7118 9F180411223344 8605841E000000 8608 04DA9F580301 02 03'.replace(/ /g, '') + '720A 8608 04DC010C03 700100';

describe('issuer scripts (EMV Book 3 §10.10)', () => {
  it('parses 71 and 72 templates with their ids and commands', () => {
    const scripts = parseIssuerScripts(fromHex(SCRIPTS));
    expect(scripts.map((s) => [s.timing, toHex(s.id), s.commands.map(toHex)])).toEqual([
      ['before-final-ac', '11223344', ['841E000000', '04DA9F58030102 03'.replace(/ /g, '')]],
      ['after-final-ac', '00000000', ['04DC010C03700100']],
    ]);
  });

  it('runs the scripts of one timing, stops a script at its first refused command, and encodes 9F5B', async () => {
    const scripts = parseIssuerScripts(fromHex(SCRIPTS));
    const tvr = newTvr();
    const tsi = newTsi();
    const card = new ScriptedTransport([
      ['841E000000', '9000'],
      ['04DA9F58030102 03'.replace(/ /g, ''), '6988'],
    ]);
    const before = await runIssuerScripts(card, scripts, 'before-final-ac', tvr, tsi);
    expect(card.finished).toBe(true);
    expect(toHex(encodeScriptResults(before))).toBe('1211223344');
    expect(tvr.has('scriptFailedBeforeFinalGenerateAc')).toBe(true);
    expect(tvr.has('scriptFailedAfterFinalGenerateAc')).toBe(false);
    expect(tsi.has('scriptProcessingPerformed')).toBe(true);

    const after = await runIssuerScripts(new ScriptedTransport([['04DC010C03700100', '9000']]), scripts, 'after-final-ac', tvr, tsi);
    expect(toHex(encodeScriptResults(after))).toBe('2000000000');
  });
});

describe('issuer authentication (EMV Book 3 §10.9)', () => {
  const IAD = '1122334455667788' + '3030';
  it('sends EXTERNAL AUTHENTICATE when the AIP supports it, and flags a refusal', async () => {
    const tvr = newTvr();
    const tsi = newTsi();
    const ok = await authenticateIssuer(new ScriptedTransport([[`008200000A${IAD}`, '9000']]), readAip(fromHex('3C00')), fromHex(IAD), tvr, tsi);
    expect(ok).toBe('successful');
    expect(tsi.has('issuerAuthenticationPerformed')).toBe(true);
    const failed = await authenticateIssuer(new ScriptedTransport([[`008200000A${IAD}`, '6300']]), readAip(fromHex('3C00')), fromHex(IAD), tvr, tsi);
    expect(failed).toBe('failed');
    expect(tvr.has('issuerAuthenticationFailed')).toBe(true);
  });

  it('leaves the card alone when the AIP does not support issuer authentication', async () => {
    const card = new ScriptedTransport([]);
    expect(await authenticateIssuer(card, readAip(fromHex('3800')), fromHex(IAD), newTvr(), newTsi())).toBe('not-performed');
  });
});

describe('GENERATE AC response (EMV Book 3 §6.5.5.4)', () => {
  it('reads format 1 and format 2', () => {
    const f1 = parseGenerateAcResponse(fromHex('80128000011122334455667788 06010A03A00000'.replace(/ /g, '')));
    expect([f1.format, f1.type, toHex(f1.atc), toHex(f1.cryptogram), toHex(f1.issuerApplicationData!)]).toEqual([1, 'ARQC', '0001', '1122334455667788', '06010A03A00000']);
    const f2 = parseGenerateAcResponse(fromHex('77149F2701409F360200029F2608AABBCCDDEEFF0011'));
    expect([f2.format, f2.type, toHex(f2.atc), f2.objects.length]).toEqual([2, 'TC', '0002', 3]);
  });

  it('rejects a response without the mandatory objects', () => {
    expect(errorOf(() => parseGenerateAcResponse(fromHex('77049F270140'))).code).toBe('E-CARD-0014');
    expect(errorOf(() => parseGenerateAcResponse(fromHex('8005800001AABB'))).code).toBe('E-CARD-0014');
  });
});
