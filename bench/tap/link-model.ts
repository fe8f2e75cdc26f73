// The modelled cost of a tap's card interaction: the ISO/IEC 14443 Type A link at 106 kbit/s
// for the bytes actually moved, and the card's own processing per command. Nothing sleeps: the
// time is added up from the exchanges a tap made.
//
// Link (ISO/IEC 14443-2 and 14443-3:2018 Type A, 14443-4 block transmission protocol):
//   bit rate   fc/128 with fc = 13.56 MHz: 1 etu = 128/fc = 9.44 µs (14443-2; 14443-3 §6.1)
//   frame      standard frame: S + n × (8 data bits + odd parity) + E = 9n + 2 etu; the
//              short frame (WUPA) is S + 7 bits + E (14443-3 §6.2.3)
//   block      an APDU travels in I-blocks: PCB (1) + INF + CRC_A (2), no CID and no NAD, as
//              an EMV reader sends them (14443-4 block format; 14443-3 §6.2.4 CRC_A)
//   chaining   INF above FSC − 3 (to the card) or FSD − 3 (from it) is chained; each block
//              but the last is acknowledged by an R(ACK) of PCB + CRC_A (14443-4 chaining).
//              FSD 256 (an EMV reader's), FSC 256 (ATS T0 = 78, FSCI 8, as payment cards send)
//   turnaround FDT PCD→PICC at least 1172/fc (14443-3 §6.2.1.1); the card's processing time
//              replaces it when longer. FDT PICC→PCD at least 1172/fc (14443-3 §6.2.1.2)
//              before the reader's next frame; the terminal's own time comes on top and is
//              measured, not modelled
//   WTX        processing past the frame waiting time FWT = 256 × 16 × 2^FWI / fc (FWI 7:
//              38.7 ms) costs one S(WTX) request and response (PCB + WTXM + CRC_A each) per
//              FWT started after the first (14443-4 frame waiting time and its extension)
//   activation once per tap: 5 ms for the card to power up in the field before it must answer
//              (14443-3 §5.2.1 polling), WUPA/ATQA, one cascade level of ANTICOLLISION and SELECT
//              (a 4-byte random UID, as payment cards use) with SAK, RATS/ATS (14443-3 §6.4-6.5,
//              14443-4 RATS/ATS). Type B polling, collision handling and DESELECT are left out.
//
// Card processing (assumptions, not measurements; see bench/README.md):
//   every command            4 ms  OS dispatch, file and record lookup, answer from NVM
//   a cryptogram             +10 ms quick GPO (qVSDC/qPBOC) or GENERATE AC: ATC write to NVM,
//                                  session key, MAC
//   an RSA signature         +30 ms × (modulus bits / 1024)^3: the fDDA signature in a quick
//                                  GPO answer or the CDA signature in GENERATE AC (9F4B, whose
//                                  length is the ICC modulus length); CRT on the chip's
//                                  coprocessor, cubic in the key length
import type { Exchange } from '../shared/recorded-card.js';
import { decodeTlv, type TlvNode } from '../../src/emv/tlv/index.js';

const FC_HZ = 13.56e6;
const ETU_US = (128 / FC_HZ) * 1e6;
const FDT_MIN_US = (1172 / FC_HZ) * 1e6;
const BITS_PER_BYTE = 9;
const START_END_BITS = 2;
const PCB = 1;
const CRC_A = 2;
const FSD = 256;
const FSC = 256;
const FWI = 7;
const FWT_US = ((256 * 16 * 2 ** FWI) / FC_HZ) * 1e6;
const CARD_POWER_UP_US = 5000;

export const CARD_COMMAND_MS = 4;
export const CARD_CRYPTOGRAM_MS = 10;
export const CARD_RSA_1024_MS = 30;

export const LINK = { etuUs: ETU_US, fdtMinUs: FDT_MIN_US, fsc: FSC, fsd: FSD, fwtMs: FWT_US / 1000 } as const;

/** The card's RSA signing time for a modulus of `bits`. */
export const rsaSignatureMs = (bits: number): number => CARD_RSA_1024_MS * (bits / 1024) ** 3;

const frameUs = (bytes: number): number => (bytes * BITS_PER_BYTE + START_END_BITS) * ETU_US;

/** Frames for one direction of an APDU: the I-blocks, and the R(ACK)s chaining costs. */
function blocks(apduBytes: number, frameSize: number): { readonly frames: number; readonly bytes: number; readonly acks: number } {
  const perBlock = frameSize - PCB - CRC_A;
  const frames = Math.max(1, Math.ceil(apduBytes / perBlock));
  return { frames, bytes: apduBytes + frames * (PCB + CRC_A), acks: frames - 1 };
}

export interface ExchangeCost {
  /** Bytes on the air in both directions, framing included. */
  readonly airBytes: number;
  readonly linkMs: number;
  readonly cardMs: number;
  readonly rsaBits: number | undefined;
  /** S(WTX) round trips the card needed to stay within the frame waiting time. */
  readonly wtx: number;
}

/** One APDU exchange: link time for every frame and turnaround, and the card's processing. */
export function exchangeCost(e: Exchange): ExchangeCost {
  const out = blocks(e.command.length, FSC);
  const back = blocks(e.response.length, FSD);
  const rsaBits = signatureBits(e);
  const processingUs = Math.max(FDT_MIN_US, (CARD_COMMAND_MS + (isCryptogram(e) ? CARD_CRYPTOGRAM_MS : 0) + (rsaBits === undefined ? 0 : rsaSignatureMs(rsaBits))) * 1000);
  const wtx = Math.max(0, Math.ceil(processingUs / FWT_US) - 1);
  const ack = PCB + CRC_A;
  const sWtx = PCB + 1 + CRC_A;
  const iBlocksUs = ((out.bytes + back.bytes) * BITS_PER_BYTE + (out.frames + back.frames) * START_END_BITS) * ETU_US;
  const airUs = iBlocksUs + (out.acks + back.acks) * frameUs(ack) + 2 * wtx * frameUs(sWtx);
  const frames = out.frames + back.frames + out.acks + back.acks + 2 * wtx;
  // A gap follows every frame, the last one included (the reader's next command waits FDT
  // PICC→PCD). The card's processing fills the gap before its answer and the gaps after each
  // S(WTX) response; every other gap is the minimum FDT.
  const fdtGaps = frames - 1 - wtx;
  return {
    airBytes: out.bytes + back.bytes + (out.acks + back.acks) * ack + 2 * wtx * sWtx,
    linkMs: (airUs + fdtGaps * FDT_MIN_US) / 1000,
    cardMs: processingUs / 1000,
    rsaBits,
    wtx,
  };
}

/** Protocol activation before the first APDU: ISO/IEC 14443-3 §6.4-6.5, 14443-4 RATS/ATS. */
export function activationMs(): number {
  const shortFrame = (7 + START_END_BITS) * ETU_US;
  const pairs: readonly (readonly [number, number])[] = [
    [0, 2], // WUPA (short frame) / ATQA
    [2, 5], // ANTICOLLISION CL1: SEL NVB / UID CL1 + BCC
    [7 + CRC_A, 1 + CRC_A], // SELECT CL1: SEL NVB UID BCC + CRC_A / SAK + CRC_A
    [2 + CRC_A, 10 + CRC_A], // RATS: E0 param + CRC_A / ATS: TL T0 TA TB TC, 5 historical bytes + CRC_A
  ];
  let us = CARD_POWER_UP_US;
  for (const [to, from] of pairs) us += (to === 0 ? shortFrame : frameUs(to)) + FDT_MIN_US + frameUs(from) + FDT_MIN_US;
  return us / 1000;
}

const INS_GPO = 0xa8;
const INS_GENERATE_AC = 0xae;

/** A quick GPO (format 2 with a cryptogram, 9F26) or a GENERATE AC the card answered. */
function isCryptogram(e: Exchange): boolean {
  if (!answered(e)) return false;
  if (e.command[1] === INS_GENERATE_AC) return true;
  return e.command[1] === INS_GPO && responseObject(e, 0x9f26) !== undefined;
}

/** The RSA signature the card made for this answer: 9F4B's length is the ICC modulus length. */
function signatureBits(e: Exchange): number | undefined {
  if (!answered(e) || (e.command[1] !== INS_GPO && e.command[1] !== INS_GENERATE_AC)) return undefined;
  const sdad = responseObject(e, 0x9f4b);
  return sdad === undefined ? undefined : sdad.length * 8;
}

function answered(e: Exchange): boolean {
  const n = e.response.length;
  return n >= 2 && e.response[n - 2] === 0x90 && e.response[n - 1] === 0x00;
}

/** A primitive object anywhere in the answer's data, or undefined. */
export function responseObject(e: Exchange, tag: number): Uint8Array | undefined {
  let nodes: readonly TlvNode[];
  try {
    nodes = decodeTlv(e.response.subarray(0, e.response.length - 2));
  } catch {
    return undefined;
  }
  const walk = (list: readonly TlvNode[]): Uint8Array | undefined => {
    for (const n of list) {
      if (n.tag === tag && n.kind === 'primitive') return n.value;
      if (n.kind === 'constructed') {
        const inner = walk(n.children);
        if (inner !== undefined) return inner;
      }
    }
    return undefined;
  };
  return walk(nodes);
}
