// Whole contact transactions (EMV Book 3 ch. 10) replayed from a public recording: mrautio/emvpt
// emvpt/test_data.yaml (tests/fixtures/emvpt/test-data-session.json cites the commit), a DDA
// card "VESA ELECTRON" (AID AFFFFFFFFF1234) answering under T=0 with 61xx and 6Cxx, signed
// under emvpt's own test CA key (tests/fixtures/emvpt/ca-keys-test.json).
//
// The file is a list of exchanges emvpt tests one by one, not one terminal's run, so the kernel
// order is built from it: it skips exchange 7 (GET DATA 9F36 before GPO, emvpt's "GET DATA
// test"; a kernel reads the ATC only for velocity checks, Book 3 §10.6.3, which need 9F14/9F23
// and the card has neither) and exchange 22 (plaintext VERIFY: the CVM list's first applicable
// rule is 44 03, enciphered offline PIN, which the terminal supports, Book 3 §10.5), and it adds
// one exchange the file lacks: GET DATA 9F17 before offline PIN (Book 3 §10.5.1, optional for
// the card), answered 6A88 "referenced data not found" (ISO 7816-4 §5.1.3), which the kernel
// reads as "PIN try counter not known".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { isPosError } from '../../../src/errors/index.js';
import { parseAidConfigs, parseTerminalConfig } from '../../../src/emv/contact/config.js';
import { runContactTransaction, type KernelResult } from '../../../src/emv/contact/kernel.js';
import type { AuthorisationRequest } from '../../../src/emv/contact/authorisation.js';
import { createCaKeyStore, type CaKeyEntry } from '../../../src/emv/oda/index.js';
import { keyedPinPad } from '../../../src/emulators/pinpad/keyed-pin-pad.js';
import { ReplayCard, ReplayMismatchError, type RecordedExchange } from './replay-card.js';

const ROOT = join(import.meta.dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

const recording = (readJson('tests/fixtures/emvpt/test-data-session.json') as { exchanges: RecordedExchange[] }).exchanges;
const caFixture = readJson('tests/fixtures/emvpt/ca-keys-test.json') as { rid: string; index: string; modulus: string; exponent: string };

const GET_DATA_PIN_TRY_COUNTER: RecordedExchange = { c: '80 CA 9F 17 00', r: '6A 88' };
const kernelOrder: readonly RecordedExchange[] = [...recording.slice(0, 7), ...recording.slice(8, 22), GET_DATA_PIN_TRY_COUNTER, ...recording.slice(23)];
/** The recorded exchanges, by what they are in the file. */
const firstAcResponse = fromHex(recording[27]!.r);
const secondAcCommand = fromHex(recording[29]!.c);
const secondAcResponse = fromHex(recording[29]!.r);
const firstAcCommand = fromHex(recording[26]!.c);

// emvpt's file gives the key no expiry date; one far off keeps it in force.
const emvptCa: CaKeyEntry = {
  rid: fromHex(caFixture.rid),
  index: Number.parseInt(caFixture.index, 16),
  modulus: fromHex(caFixture.modulus),
  exponent: fromHex(caFixture.exponent),
  expiry: '2049-12-31',
};

// The recorded GENERATE AC carries 9F1A 0246 and 5F2A 0978 (Finland, euro), amount 0.01,
// date 200724 and unpredictable number 01234567: the terminal here is set up the same.
const terminal = parseTerminalConfig({ ...(readJson('config/terminal.json') as object), countryCode: '246', currencyCode: '978' });
const aids = parseAidConfigs([
  {
    aid: 'AFFFFFFFFF1234',
    partialSelection: false,
    applicationVersion: '0096',
    floorLimit: '0',
    tac: { denial: '0000000000', online: '0000000000', default: '0000000000' },
    defaultDdol: '9F3704',
    randomSelection: { targetPercent: 0, maxTargetPercent: 0, threshold: '0' },
  },
]);
const UNPREDICTABLE = [0x01, 0x23, 0x45, 0x67];

async function replay(exchanges: readonly RecordedExchange[], caKeys: readonly CaKeyEntry[] = [emvptCa]) {
  const card = new ReplayCard(exchanges);
  const requests: AuthorisationRequest[] = [];
  const result: KernelResult = await runContactTransaction(
    card,
    { type: 'purchase', amount: 1n, amountOther: 0n },
    {
      terminal,
      aids,
      caKeys: createCaKeyStore(caKeys),
      revoked: [],
      // The recorded plaintext VERIFY carries PIN block 24 12 34 FF..: PIN 1234.
      pinPad: keyedPinPad('1234'),
      // The recorded EXTERNAL AUTHENTICATE sends 91 = 1234567812345678.
      authorisation: {
        authorise: async (r) => (requests.push(r), { kind: 'approved', authorisationResponseCode: fromHex('3030'), issuerAuthenticationData: fromHex('1234567812345678') }),
      },
      now: () => new Date('2020-07-24T10:00:00Z'),
      elapsedMs: () => 0,
      random: (n) => Uint8Array.from({ length: n }, (_, i) => UNPREDICTABLE[i % 4]!),
    },
  );
  return { result, card, requests };
}

describe('replay of mrautio/emvpt test_data.yaml through the contact kernel', () => {
  it('runs the whole recorded session: DDA, enciphered offline PIN, ARQC, online, issuer authentication, TC', async () => {
    const { result, card, requests } = await replay(kernelOrder);
    expect(result.outcome.kind).toBe('approved');
    expect(card.remaining).toBe(0);
    expect(result.apdus).toBe(kernelOrder.length);
    if (result.outcome.kind !== 'approved') return;
    const record = result.outcome.record;

    // Second GENERATE AC, format 1 (Book 3 §6.5.5.4): 80 len | CID | ATC(2) | AC(8) | IAD.
    expect(secondAcCommand[2]).toBe(0x40); // the recording asked for a TC
    expect(record.cryptogram?.type).toBe('TC');
    expect(toHex(record.cryptogram!.value)).toBe(toHex(secondAcResponse.subarray(5, 13)));
    expect(toHex(record.atc!)).toBe(toHex(secondAcResponse.subarray(3, 5)));
    // The ARQC the issuer got is the first GENERATE AC's, as recorded.
    expect(requests).toHaveLength(1);
    expect(requests[0]!.cid).toBe(firstAcResponse[2]);
    expect(toHex(requests[0]!.arqc)).toBe(toHex(firstAcResponse.subarray(5, 13)));

    // TVR (Book 3 Annex C1): DDA passed and ODA performed (byte 1 all clear); expiry 5F24
    // 181130 is before the recorded date 200724 (byte 2 b7); amount over the zero floor limit
    // (byte 4 b8); issuer authentication passed, EXTERNAL AUTHENTICATE 9000 (byte 5 b7 clear).
    expect(record.tvr[0]).toBe(0x00);
    expect(record.tvr[1]! & 0x40).toBe(0x40);
    expect(record.tvr[3]! & 0x80).toBe(0x80);
    expect(record.tvr[4]! & 0x40).toBe(0);
    // TSI (Annex C2): ODA, cardholder verification, card risk management, issuer
    // authentication, terminal risk management performed.
    expect(record.tsi[0]! & 0xf8).toBe(0xf8);
    // CVM Results (Annex C3): rule 44 03 performed, successful.
    expect(toHex(record.cvmResults)).toBe('440302');
  });

  it('sends the recorded CDOL1 data but for the TVR and transaction type', async () => {
    const { card } = await replay(kernelOrder);
    const sent = card.sent.map((c) => fromHex(c)).find((c) => c[1] === 0xae)!;
    // CDOL1 (8C): 9F02 6, 9F03 6, 9F1A 2, 95 5, 5F2A 2, 9A 3, 9C 1, 9F37 4; TVR at 14..19, 9C at 24.
    const mask = (c: Uint8Array) => toHex(Uint8Array.from(c.subarray(5, 5 + c[4]!), (b, i) => ((i >= 14 && i < 19) || i === 24 ? 0 : b)));
    expect(mask(sent)).toBe(mask(firstAcCommand));
  });

  it('without the CA key fails DDA before INTERNAL AUTHENTICATE and falls back to the recorded plaintext PIN', async () => {
    // Book 2 §6.2: no CA key, no issuer key, so DDA fails before INTERNAL AUTHENTICATE (Book 3
    // Annex C1 byte 1 b4 "DDA failed"); nor is there an ICC key to encipher the PIN with, so
    // rule 44 03 (apply next on failure) gives way to 41 03, plaintext offline PIN, the
    // recorded exchange 22 (Book 3 §10.5.1).
    const withoutDda = [...recording.slice(0, 7), ...recording.slice(8, 20), GET_DATA_PIN_TRY_COUNTER, recording[22]!, ...recording.slice(26)];
    const { result, card } = await replay(withoutDda, []);
    expect(card.remaining).toBe(0);
    expect(result.outcome.kind).toBe('approved');
    if (result.outcome.kind !== 'approved') return;
    const record = result.outcome.record;
    expect(record.tvr[0]! & 0x08).toBe(0x08);
    expect(record.tvr[0]! & 0x80).toBe(0); // ODA was performed, and failed
    expect(record.tsi[0]! & 0x80).toBe(0x80);
    expect(toHex(record.cvmResults)).toBe('410302');
    expect(record.cryptogram?.type).toBe('TC');
  });

  it('stops with a mismatch naming the APDU index when the recording diverges from the kernel', async () => {
    // The file order has GET DATA 9F36 where the kernel sends GET PROCESSING OPTIONS.
    const { result, card } = await replay(recording);
    expect(result.outcome.kind).toBe('aborted');
    if (result.outcome.kind !== 'aborted') return;
    const error = result.outcome.error;
    expect(isPosError(error)).toBe(true);
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(ReplayMismatchError);
    const mismatch = cause as ReplayMismatchError;
    expect(mismatch.index).toBe(7);
    expect(mismatch.message).toContain('80A80000 Lc=02 <terminal data> Le=00');
    expect(mismatch.message).toContain('expects 80CA9F36 Le=05');
    expect(card.sent).toHaveLength(8);
  });
});

describe('ReplayCard matching', () => {
  const send = (card: ReplayCard, hex: string) => card.transmit(fromHex(hex));

  it('matches terminal-filled commands on header and Lc, the rest byte for byte', async () => {
    const card = new ReplayCard([
      { c: '00 20 00 80 08 24 12 34 FF FF FF FF FF', r: '90 00' },
      { c: '00 B2 01 0C 00', r: '6C 32' },
    ]);
    expect(toHex(await send(card, '0020008008241111FFFFFFFFFF'))).toBe('9000');
    await expect(send(card, '00B2010D00')).rejects.toThrow(/APDU 1: .*expects 00B2010C Le=00 \(header differs\)/);
  });

  it('does not show terminal-filled data (a PIN block) in its messages', async () => {
    const card = new ReplayCard([{ c: '00 20 00 80 08 24 12 34 FF FF FF FF FF', r: '90 00' }]);
    const error = await send(card, '00200080072412FFFFFFFFFF').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplayMismatchError);
    expect((error as Error).message).not.toMatch(/2412/);
    expect((error as Error).message).toContain('Lc differs');
  });

  it('reports commands past the end of the recording', async () => {
    const card = new ReplayCard([]);
    await expect(send(card, '00A404000E315041592E5359532E444446303100')).rejects.toThrow(/APDU 0: .* the recording has ended/);
  });
});
