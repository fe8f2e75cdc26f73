// The quick GET PROCESSING OPTIONS answer of a contactless card (EMV Contactless Book C-3
// Annex A / Visa qVSDC; Book C-7 / UnionPay qPBOC): the card decides on the spot from the
// Terminal Transaction Qualifiers (9F66) and amount in the PDOL data, and answers in format 2
// with AIP, AFL, cryptogram, ATC, IAD, CTQ and, when it can sign, fDDA's Signed Dynamic
// Application Data (9F4B) and Card Authentication Related Data (9F69). No GENERATE AC follows.
//   decision  AAC: the profile always declines, or an offline-only reader and the card will
//             not approve offline; ARQC: the reader asks for an online cryptogram, the profile
//             is always-online, the card wants online PIN, or the amount is above the offline
//             limit or balance; TC otherwise.
//   fDDA      version 01: ICC Dynamic Number = ATC; the terminal's hashed data is
//             UN (9F37) || amount (9F02) || currency (5F2A) || 9F69, where 9F69 is
//             '01' || card unpredictable number (4) || CTQ (2).
import { concatBytes, fromHex, toHex } from '../../bytes/hex.js';
import { BitSet, ctqBits, ttqBits, type CtqBit, type TtqBit } from '../../emv/dictionary/index.js';
import type { CryptogramType } from '../../emv/dictionary/codes/cryptogram.js';
import { encodeTlv, type TlvInput } from '../../emv/tlv/index.js';
import { applicationCryptogram, cardVerificationResults, issuerApplicationData } from './cryptogram.js';
import { dolValue } from './dol-values.js';
import { ddaSignature } from './dynamic-signature.js';
import type { CryptogramDecision } from './profile.js';
import type { QuickProfile } from './quick-profile.js';
import { respond, status, type CardResponse } from './response.js';
import { u16, type ApplicationCounters, type ApplicationSession, type CardState } from './state.js';

type Answer = Exclude<CryptogramType, 'AAR'>;

const CID: Readonly<Record<Answer, number>> = { AAC: 0x00, TC: 0x40, ARQC: 0x80 };
const FDDA_VERSION = 0x01;
const CARD_UNPREDICTABLE_NUMBER_LENGTH = 4;
/** 6986: the phone asks the cardholder to look at it (Book C-3: "see phone"). */
const SEE_PHONE = 0x6986;
const BALANCE_TAG = { qvsdc: 0x9f5d, qpboc: 0x9f79 } as const;

/** Offline spending so far, per application's non-volatile counters (they survive a reset). */
const spent = new WeakMap<ApplicationCounters, bigint>();
/** Phones the cardholder has looked at after "see phone": unlocked from then on. */
const unlocked = new WeakSet<ApplicationCounters>();

export function quickGpo(state: CardState, session: ApplicationSession, quick: QuickProfile, pdolData: Uint8Array, counters: ApplicationCounters): CardResponse {
  if (quick.seePhone === 'every-tap' || (quick.seePhone === 'first-tap' && !unlocked.has(counters))) {
    unlocked.add(counters);
    return status(SEE_PHONE);
  }
  const { app } = session;
  const pdol = app.pdol.contactless ?? [];
  const field = (tag: number) => dolValue(pdol, pdolData, tag) ?? new Uint8Array(0);
  const ttq = new BitSet(ttqBits, 4, field(0x9f66));
  const amount = bcd(field(0x9f02));
  const balance = quick.offlineBalance === undefined ? undefined : quick.offlineBalance - (spent.get(counters) ?? 0n);
  const ctq = cardTransactionQualifiers(quick, ttq);
  const answer = decide(app.profile.cryptogram.decision, ttq, ctq, amount, balance);
  if (answer === 'TC' && balance !== undefined) spent.set(counters, (spent.get(counters) ?? 0n) + amount);

  const atc = u16(counters.atc);
  const signer = answer !== 'AAC' ? app.iccKey : null;
  if (signer) session.events.add('offline-dda-performed');
  const cvr = cardVerificationResults({ first: answer, second: 'not-requested' }, session.events, false, state.pinTriesLeft);
  const objects: TlvInput[] = [
    { tag: 0x82, value: app.aip },
    { tag: 0x94, value: app.afl },
    { tag: 0x9f36, value: atc },
    { tag: 0x9f27, value: Uint8Array.of(CID[answer]) },
    { tag: 0x9f26, value: applicationCryptogram(app, atc, pdolData, cvr) },
    { tag: 0x9f10, value: issuerApplicationData(app, cvr) },
    { tag: 0x9f6c, value: ctq.value() },
  ];
  if (signer) {
    const cardAuthentication = concatBytes(Uint8Array.of(FDDA_VERSION), state.rng(CARD_UNPREDICTABLE_NUMBER_LENGTH), ctq.value());
    const sdad = ddaSignature(signer, atc, concatBytes(field(0x9f37), field(0x9f02), field(0x5f2a), cardAuthentication));
    if (quick.corruptSdad) sdad[sdad.length >> 1]! ^= 0xff;
    objects.push({ tag: 0x9f4b, value: sdad }, { tag: 0x9f69, value: cardAuthentication });
  }
  if (balance !== undefined) objects.push({ tag: BALANCE_TAG[quick.mode], value: amountBcd(answer === 'TC' ? balance - amount : balance) });
  session.phase = { kind: 'completed' };
  return respond(encodeTlv([{ tag: 0x77, children: objects }]));
}

function cardTransactionQualifiers(quick: QuickProfile, ttq: BitSet<TtqBit>): BitSet<CtqBit> {
  const ctq = new BitSet(ctqBits, 2, fromHex(quick.ctq));
  // A cardholder verified on the phone needs no reader CVM; below the reader's CVM limit the
  // card asks for none either.
  if ((quick.consumerDeviceCvm && ttq.has('consumerDeviceCvmSupported')) || !ttq.has('cvmRequired')) {
    ctq.clear('onlinePinRequired').clear('signatureRequired');
  }
  if (quick.consumerDeviceCvm && ttq.has('consumerDeviceCvmSupported') && ttq.has('cvmRequired')) ctq.set('consumerDeviceCvmPerformed');
  return ctq;
}

function decide(decision: CryptogramDecision, ttq: BitSet<TtqBit>, ctq: BitSet<CtqBit>, amount: bigint, balance: bigint | undefined): Answer {
  if (decision.kind === 'always-decline') return 'AAC';
  const offline = decision.kind === 'offline-up-to' && amount <= decision.limit && (balance === undefined || amount <= balance) && !ctq.has('onlinePinRequired');
  if (ttq.has('offlineOnlyReader')) return offline ? 'TC' : 'AAC';
  return offline && !ttq.has('onlineCryptogramRequired') ? 'TC' : 'ARQC';
}

/** 9F02 is n12: a value that is not BCD counts as above every limit. */
function bcd(value: Uint8Array): bigint {
  const digits = toHex(value);
  return /^[0-9]+$/.test(digits) ? BigInt(digits) : BigInt(Number.MAX_SAFE_INTEGER);
}

function amountBcd(amount: bigint): Uint8Array {
  return fromHex((amount < 0n ? 0n : amount).toString().padStart(12, '0'));
}
