// EMV Contactless Book C-2 mag-stripe mode (the reader's side of Mastercard's PayPass Mag
// Stripe): a card whose AIP lacks 'EMV mode is supported', or a kernel configured without EMV
// mode, is read for its track data, asked for a CVC3 over the Unpredictable Number (Numeric)
// and the ATC with COMPUTE CRYPTOGRAPHIC CHECKSUM, and the dynamic digits are written into the
// tracks of the Data Record for an Online Request (mag-stripe mode never approves offline).
//   S3.70-72  Active AFL: only '08 01 01 00' when the AFL starts with it, else the whole AFL.
//   S7        READ RECORD of the mag-stripe data (Track 2 Data 9F6B and its PCVC3/PUNATC/NATC
//             9F65-9F67; Track 1 Data 56 and 9F62-9F64 when present; UDOL 9F69).
//   S7.20-24  the track 2 objects must be there (card data missing), and nUN = set bits in
//             PUNATC(Track2) - NATC(Track2) must be 0-8 and agree with track 1 (card data error).
//   S78       the transaction limit (Select Next above it), the Unpredictable Number (Numeric)
//             with nUN random digits, 'OD-CVM required' in the Mobile Support Indicator above
//             the CVM limit for an on-device-CVM device, CCC with the UDOL (else Default UDOL)
//             data. The card is done with after the CCC answer.
//   S13/S14   ATC and CVC3 (Track2) (and CVC3 (Track1) with a track 1) must be there; a phone
//             that answers without a CVC3 but with POS Cardholder Interaction Information asks
//             for a second tap (see phone) or declines; nUN' is (nUN + 5) mod 10 when the phone
//             says it verified the cardholder; the tracks get CVC3, UN, ATC and nUN'
//             (track-data.ts); the Outcome is Online Request with the CVM the device verified,
//             else the Mag-stripe CVM Capability for the amount (DF811E above the Reader CVM
//             Required Limit, with a receipt; DF812C up to it).
// Not performed: the Failed MS Counter back-off (S13.30-31, S13.42-44: waiting 2^n × 300 ms
// after a failed checksum, which this stateless kernel does not keep between taps), and data
// exchange with the terminal (DEK/DET).
import { toHex } from '../../../bytes/hex.js';
import { computeCryptographicChecksumCommand, decodeResponseTlv, exchange, SW } from '../../apdu/index.js';
import { buildDolData, parseDol } from '../../dol/index.js';
import { readAflRecords, type AflEntry } from '../../records/index.js';
import { primitives } from '../../tlv/index.js';
import type { OutcomeParameterSet } from '../kernel-contract.js';
import type { MagStripeCvm } from './config.js';
import { magStripeDataRecord } from './data-record.js';
import { discretionary, endApp, failed, maskedPan, onDeviceCvm, transactionLimit } from './exits.js';
import * as out from './outcome.js';
import type { C2Session } from './session.js';
import type { ChecksumAnswer, Done, MagStripeLayout, MagStripeState } from './states.js';
import { isMagStripeEntry, recordObjects } from './records.js';
import { encodeTrack, packedDigits, parseTrack1, parseTrack2, unpredictableDigits, withDynamicData, type TrackBitmaps } from './track-data.js';

/** Mobile Support Indicator (9F7E) b2: the reader asks the device to verify the cardholder. */
const OD_CVM_REQUIRED = 0x02;
/** POS Cardholder Interaction Information (DF4B) byte 2 b5: the device verified the cardholder. */
const OD_CVM_VERIFIED = 0x10;

/** S3.70-81: the mag-stripe path starts with the Active AFL. */
export function enterMagStripe(s: C2Session, afl: readonly AflEntry[] | undefined): MagStripeState | Done {
  s.mode = 'mag-stripe';
  // S3.14: no AFL, nothing to read the tracks from.
  if (afl === undefined || afl.length === 0) return failed(s, endApp(s, 'E-CTLS-0203', 'card-data-missing', { step: 'gpo', tag: '94' }));
  return { step: 'ms-read', afl: isMagStripeEntry(afl[0]) ? [afl[0]!] : afl };
}

export async function advanceMagStripe(s: C2Session, state: MagStripeState): Promise<MagStripeState | Done> {
  switch (state.step) {
    case 'ms-read': {
      // S7.9-19
      const { records } = await readAflRecords(s.activation.transport, state.afl);
      for (const r of records) s.data.addRecordObjects(recordObjects(r), 'read-record');
      return { step: 'ms-check' };
    }
    case 'ms-check':
      return checkTracks(s);
    case 'ms-checksum':
      return computeChecksum(s, state.layout);
    case 'ms-complete':
      return complete(s, state.layout, state.answer);
  }
}

/** S7.20-24, and S7.23: DD Card (Track1/Track2) keep the discretionary data as personalised. */
function checkTracks(s: C2Session): MagStripeState | Done {
  const missing = [0x9f6b, 0x9f66, 0x9f65, 0x9f67].find((tag) => !nonEmpty(s.data.value(tag)));
  if (missing !== undefined) return failed(s, endApp(s, 'E-CTLS-0203', 'card-data-missing', { step: 'read-record', tag: hexTag(missing) }));
  const dataError = (reason: string) => failed(s, endApp(s, 'E-CTLS-0205', 'card-data-error', { step: 'read-record', reason }));
  const track2 = parseTrack2(s.data.value(0x9f6b)!);
  if (track2 === undefined) return dataError('Track 2 Data is not PAN D YYMM service code');
  const bitmaps2 = bitmaps(s, 0x9f65, 0x9f66, 0x9f67);
  const nUN = bitmaps2 && unpredictableDigits(track2, bitmaps2);
  if (bitmaps2 === undefined || nUN === undefined) return dataError('PCVC3/PUNATC/NATC (Track2) do not fit the track');
  let track1: MagStripeLayout['track1'];
  const raw1 = s.data.value(0x56);
  if (nonEmpty(raw1)) {
    const parsed = parseTrack1(raw1!);
    const bitmaps1 = bitmaps(s, 0x9f62, 0x9f63, 0x9f64);
    if (parsed === undefined || bitmaps1 === undefined || unpredictableDigits(parsed, bitmaps1) !== nUN) return dataError('Track 1 Data or its PCVC3/PUNATC/NATC disagree with track 2');
    track1 = { track: parsed, bitmaps: bitmaps1 };
    s.data.setTerminal(0xdf812a, Uint8Array.from(Buffer.from(parsed.discretionary, 'latin1')));
  }
  s.data.setTerminal(0xdf812b, packedDigits(track2.discretionary));
  return { step: 'ms-checksum', layout: { track2: { track: track2, bitmaps: bitmaps2 }, track1, nUN, onDeviceCvm: onDeviceCvm(s) } };
}

/** S78: limit, Unpredictable Number (Numeric), Mobile Support Indicator, CCC; S13.9-13 / S14. */
async function computeChecksum(s: C2Session, layout: MagStripeLayout): Promise<MagStripeState | Done> {
  const { activation: act, config } = s;
  const amount = act.transaction.amount;
  // S78.10-11
  if (amount > transactionLimit(s)) {
    return failed(s, { code: 'E-CTLS-0207', context: { step: 'limits' }, indication: { l1: 'ok', l2: 'max-limit-exceeded' }, outcome: out.selectNext() });
  }
  // S78.15: nUN random digits, the rest zero: the issuer reads back only nUN digits from the
  // track, and the CVC3 is computed over all eight. A 32-bit draw reduced modulo 10^nUN.
  const draw = Buffer.from(act.random(4)).readUInt32BE(0);
  const digits = layout.nUN === 0 ? 0 : draw % 10 ** layout.nUN;
  s.data.setTerminal(0x9f6a, Buffer.from(String(digits).padStart(8, '0'), 'hex'));
  // S78.18-20: above the CVM limit the device is asked to verify the cardholder (S14).
  if (layout.onDeviceCvm && amount > config.cvmRequiredLimit) {
    s.data.setTerminal(0x9f7e, Uint8Array.of(s.data.value(0x9f7e)![0]! | OD_CVM_REQUIRED));
  }
  const udol = s.data.value(0x9f69) ?? config.defaultUdol;
  const udolData = buildDolData(parseDol(udol), s.data);
  const { data, sw } = await exchange(act.transport, computeCryptographicChecksumCommand(udolData));
  // The card is done with: from here on the field may be off.
  // S13.10 / S14: refused → END APPLICATION, status bytes.
  if (sw !== SW.ok) return failed(s, endApp(s, 'E-CTLS-0204', 'status-bytes', { step: 'compute-cryptographic-checksum', sw }, sw));
  // S13.11-13: a 77 template; anything else is a parsing error.
  const top = decodeResponseTlv(data, 'E-CARD-0012', { step: 'compute-cryptographic-checksum' });
  if (top.length !== 1 || top[0]!.tag !== 0x77 || top[0]!.kind !== 'constructed') {
    return failed(s, endApp(s, 'E-CTLS-0202', 'parsing-error', { step: 'compute-cryptographic-checksum', reason: 'not a 77 template' }));
  }
  const objects = [...primitives(top[0]!.children)];
  s.data.setCard(objects);
  const get = (tag: number) => objects.find((o) => o.tag === tag)?.value;
  const answer: ChecksumAnswer = { atc: get(0x9f36), cvc3Track2: get(0x9f61), cvc3Track1: get(0x9f60), cardholderInteraction: get(0xdf4b) };
  return { step: 'ms-complete', layout, answer };
}

/** S13.14-26 / S14: the answer becomes the tracks and the Outcome. */
function complete(s: C2Session, layout: MagStripeLayout, answer: ChecksumAnswer): Done {
  const missing = (tag: string) => failed(s, endApp(s, 'E-CTLS-0203', 'card-data-missing', { step: 'compute-cryptographic-checksum', tag }));
  // S13.14.1, S13.14.4
  if (answer.atc?.length !== 2) return missing('9F36');
  const interaction = answer.cardholderInteraction?.length === 3 ? answer.cardholderInteraction : undefined;
  if (answer.cvc3Track2?.length !== 2) {
    // S13.14.3, S13.41-45: a phone that did not compute a CVC3 tells why.
    if (interaction === undefined) return missing('9F61');
    const hold = s.config.messageHoldTimeMs;
    return done(s, secondTap(interaction) ? out.seePhone(hold) : out.declinedByCard('n/a', 'declined', hold));
  }
  // S13.15-16
  if (layout.track1 !== undefined && answer.cvc3Track1?.length !== 2) return missing('9F60');
  // S13.14.5-8
  const verified = interaction !== undefined && (interaction[1]! & OD_CVM_VERIFIED) !== 0;
  const nUNDigit = verified ? (layout.nUN + 5) % 10 : layout.nUN;
  const dynamic = (cvc3: Uint8Array) => ({ cvc3, unpredictableNumber: toHex(s.data.value(0x9f6a)!), nUN: layout.nUN, nUNDigit, atc: answer.atc! });
  // S13.18-19
  s.data.setTerminal(0x9f6b, encodeTrack(withDynamicData(layout.track2.track, layout.track2.bitmaps, dynamic(answer.cvc3Track2))));
  // S13.20-22
  if (layout.track1 !== undefined) s.data.setTerminal(0x56, encodeTrack(withDynamicData(layout.track1.track, layout.track1.bitmaps, dynamic(answer.cvc3Track1!))));
  // S13.24-26 (S14: the device verified the cardholder)
  const amount = s.activation.transaction.amount;
  const above = amount > s.config.cvmRequiredLimit;
  const cvm: OutcomeParameterSet['cvm'] = verified ? 'confirmation-code-verified' : magStripeCvm(s, above);
  const receipt = cvm === 'signature' || (above && !verified);
  s.cvm = cvm;
  s.receipt = receipt;
  return done(s, out.onlineRequest(cvm, receipt));
}

/** S13.25-26, S13.43, S13.45: the mag-stripe Data Record goes with every outcome the card's
 *  answer decided. */
function done(s: C2Session, outcome: OutcomeParameterSet): Done {
  return {
    step: 'done',
    outcome: {
      kernel: 2,
      outcome,
      dataRecord: magStripeDataRecord(s.data),
      discretionaryData: discretionary(s, out.encodeErrorIndication({ l1: 'ok', l2: 'ok' })),
      cryptogram: undefined,
      maskedPan: maskedPan(s),
    },
  };
}

/** S13.41: byte 2 b2-b1 (ACK / OD-CVM required) or byte 3 b4-b1 (e.g. the wallet wants a second
 *  tap): the cardholder has something to do on the phone. */
function secondTap(interaction: Uint8Array): boolean {
  return (interaction[1]! & 0x03) !== 0 || (interaction[2]! & 0x0f) !== 0;
}

/** DF811E above the Reader CVM Required Limit, DF812C up to it. */
function magStripeCvm(s: C2Session, above: boolean): MagStripeCvm {
  return above ? s.config.magStripeCvm.cvmRequired : s.config.magStripeCvm.noCvmRequired;
}

function bitmaps(s: C2Session, pcvc3: number, punatc: number, natc: number): TrackBitmaps | undefined {
  const p = s.data.value(pcvc3);
  const u = s.data.value(punatc);
  const n = s.data.value(natc);
  return nonEmpty(p) && nonEmpty(u) && n?.length === 1 && p!.length === u!.length ? { pcvc3: p!, punatc: u!, natc: n[0]! } : undefined;
}

function nonEmpty(v: Uint8Array | undefined): boolean {
  return v !== undefined && v.length > 0;
}

function hexTag(tag: number): string {
  return tag.toString(16).toUpperCase();
}
