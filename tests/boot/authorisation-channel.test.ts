// The kernel's AuthorisationPort over the channel contract (src/boot/authorisation-channel.ts):
// the kernel's request as the contract's message, and the issuer's answer back, its structured
// scripts as the 71/72 templates the kernel parses (Book 3 §10.10).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { authorisationAnswer, authorisationRequestMessage, channelAuthorisationPort } from '../../src/boot/authorisation-channel.js';
import type { AuthorisationRequest } from '../../src/emv/contact/authorisation.js';
import { parseIssuerScripts } from '../../src/emv/online/index.js';
import { posrt, toBigInt, toLong } from '../../src/protos/index.js';

const v1 = posrt.channel.v1;
const request: AuthorisationRequest = {
  pan: '4761739001010010',
  panSequenceNumber: fromHex('01'),
  amount: 1234n,
  currencyCode: '156',
  transactionType: fromHex('00'),
  arqc: fromHex('1122334455667788'),
  cid: 0x80,
  atc: fromHex('0042'),
  issuerApplicationData: fromHex('0102A0000000'),
  aip: fromHex('3C00'),
  cdol1Data: fromHex('000000001234'),
  iccData: new Map([[0x9f26, fromHex('1122334455667788')]]),
  onlinePinBlock: { pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') },
};

describe('authorisation over the channel contract', () => {
  it('carries what the kernel sent, the PIN block with the pad\'s format, as a message that survives the wire', () => {
    const m = v1.AuthorisationRequest.decode(v1.AuthorisationRequest.encode(authorisationRequestMessage(request, { transactionId: 'txn-1', stan: 42, entryMode: 'contact', pinBlockFormat: 'iso0' })).finish());
    expect([m.transactionId, m.stan, m.type, m.entryMode, toBigInt(m.amount!.minorUnits!), m.amount!.currency, m.pan]).toEqual(['txn-1', 42, v1.TransactionType.TRANSACTION_TYPE_SALE, v1.EntryMode.ENTRY_MODE_CONTACT, 1234n, '156', request.pan]);
    expect([toHex(m.arqc), toHex(m.issuerApplicationData), toHex(m.cdol1Data), m.iccData.map((t) => [t.tag, toHex(t.value!)])]).toEqual(['1122334455667788', '0102A0000000', '000000001234', [[0x9f26, '1122334455667788']]]);
    expect([m.onlinePin!.format, toHex(m.onlinePin!.pinBlock!), toHex(m.onlinePin!.ksn!)]).toEqual([v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO0, '1B9C1845EB993A7A', 'FFFF9876543210E00001']);
    // Formats the contract has no value for travel as unspecified; the issuer cannot read them.
    expect(authorisationRequestMessage(request, { transactionId: 'txn-2', entryMode: 'contact', pinBlockFormat: 'iso3' }).onlinePin?.format).toBe(v1.PinBlockFormat.PIN_BLOCK_FORMAT_UNSPECIFIED);
  });

  it('turns the issuer\'s scripts into 71/72 templates in order (an unspecified timing left out), with 91 and the ARC', () => {
    const answer = authorisationAnswer({
      outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED,
      arc: fromHex('3030'),
      issuerAuthenticationData: fromHex('0102030400800000'),
      issuerScripts: [
        { timing: v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_AFTER_FINAL_AC, scriptId: fromHex('0000A001'), commands: [fromHex('04DA9F1409031122334455667788')] },
        { timing: v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_UNSPECIFIED, commands: [fromHex('841E000008AABBCCDDEEFF0011')] },
        { timing: v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_BEFORE_FINAL_AC, commands: [fromHex('841E000008AABBCCDDEEFF0011')] },
      ],
    });
    if (answer.kind === 'unavailable') throw new Error('an approval');
    expect([answer.kind, toHex(answer.authorisationResponseCode), toHex(answer.issuerAuthenticationData!)]).toEqual(['approved', '3030', '0102030400800000']);
    expect(toHex(answer.issuerScripts!)).toBe('7217' + '9F18040000A001' + '860E04DA9F1409031122334455667788' + '710F' + '860D841E000008AABBCCDDEEFF0011');
    expect(parseIssuerScripts(answer.issuerScripts!).map((s) => [s.timing, toHex(s.id), s.commands.length])).toEqual([
      ['after-final-ac', '0000A001', 1],
      ['before-final-ac', '00000000', 1],
    ]);
  });

  it('names the entry mode the card was read by: a swipe is mag-stripe, or fallback after an unreadable chip; tracks from a tap are contactless mag-stripe mode', () => {
    const tracks = { track2: fromHex('4761739001010010D28122011000012300000F'), track1: undefined };
    const swipe = { ...request, arqc: new Uint8Array(0), tracks };
    const mode = (r: AuthorisationRequest, entryMode: 'contact' | 'contactless' | 'mag-stripe' | 'fallback') => authorisationRequestMessage(r, { transactionId: 't', entryMode, pinBlockFormat: 'iso0' }).entryMode;
    expect([mode(swipe, 'fallback'), mode(swipe, 'mag-stripe'), mode(swipe, 'contactless'), mode(request, 'contactless'), mode(request, 'contact')]).toEqual([
      v1.EntryMode.ENTRY_MODE_FALLBACK,
      v1.EntryMode.ENTRY_MODE_MAG_STRIPE,
      v1.EntryMode.ENTRY_MODE_CONTACTLESS_MAG_STRIPE,
      v1.EntryMode.ENTRY_MODE_CONTACTLESS,
      v1.EntryMode.ENTRY_MODE_CONTACT,
    ]);
  });

  it("gives the kernel the approval's authorisation code, the host's reference and a balance in the request's currency; a decline has no code", () => {
    const approved = authorisationAnswer(
      { outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED, arc: fromHex('3030'), authorisationCode: '123456', hostReference: '000000000042', availableBalance: { minorUnits: toLong(-1500n), currency: '156' } },
      '0156',
    );
    expect(approved).toEqual({ kind: 'approved', authorisationResponseCode: fromHex('3030'), authorisationCode: '123456', hostReference: '000000000042', availableBalance: -1500n });
    const elsewhere = authorisationAnswer({ outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED, arc: fromHex('3030'), availableBalance: { minorUnits: toLong(900n), currency: '840' } }, '156');
    expect(elsewhere).toEqual({ kind: 'approved', authorisationResponseCode: fromHex('3030') });
    const declined = authorisationAnswer({ outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED, arc: fromHex('3531'), authorisationCode: '999999', hostReference: '000000000043' }, '156');
    expect(declined).toEqual({ kind: 'declined', authorisationResponseCode: fromHex('3531'), hostReference: '000000000043' });
    // What a slip cannot print is left out: a code longer than field 38's six, a reference with a line break.
    const odd = authorisationAnswer({ outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED, arc: fromHex('3030'), authorisationCode: '1234567', hostReference: '0000\n12' }, '156');
    expect(odd).toEqual({ kind: 'approved', authorisationResponseCode: fromHex('3030') });
  });

  it('is "unavailable" when the host cannot be reached or says so', async () => {
    const down = channelAuthorisationPort(() => Promise.reject(new Error('E-CHAN-0102')), { transactionId: 'txn-3', entryMode: 'contact', pinBlockFormat: 'iso0' });
    expect(await down.authorise(request)).toEqual({ kind: 'unavailable' });
    expect(authorisationAnswer({ outcome: v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_UNAVAILABLE })).toEqual({ kind: 'unavailable' });
  });
});
