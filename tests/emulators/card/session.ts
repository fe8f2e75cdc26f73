// Test helpers: drive a virtual card command by command, as a terminal would.
import { expect } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../../src/bytes/hex.js';
import { getProcessingOptionsCommand, readRecordCommand, selectCommand } from '../../../src/emv/apdu/commands.js';
import { decodeTlv, findValue, type TlvNode } from '../../../src/emv/tlv/index.js';
import { createCard, createCardFromProfile, type CardInterface, type CardProfile } from '../../../src/emulators/card/index.js';
import type { VirtualIcc } from '../../../src/emulators/icc.js';

export interface Answer {
  readonly data: Uint8Array;
  readonly sw: number;
}

export async function send(card: VirtualIcc, capdu: Uint8Array): Promise<Answer> {
  const reply = await card.transmit(capdu);
  if (reply.kind !== 'response') throw new Error('card removed');
  const n = reply.rapdu.length;
  return { data: reply.rapdu.subarray(0, n - 2), sw: (reply.rapdu[n - 2]! << 8) | reply.rapdu[n - 1]! };
}

/** Sends and expects 9000, returning the decoded data. */
export async function ok(card: VirtualIcc, capdu: Uint8Array): Promise<TlvNode[]> {
  const answer = await send(card, capdu);
  expect(answer.sw.toString(16)).toBe('9000');
  return decodeTlv(answer.data);
}

/** A deterministic RNG: 01 02 03 ... so dynamic numbers are reproducible. */
export function countingRng(): (n: number) => Uint8Array {
  let next = 1;
  return (n) => Uint8Array.from({ length: n }, () => next++ & 0xff);
}

export function card(profile: string | CardProfile, iface: CardInterface = 'contact'): VirtualIcc {
  const options = { interface: iface, rng: countingRng() };
  return typeof profile === 'string' ? createCard(profile, options) : createCardFromProfile(profile, options);
}

/** Zero-filled data of the length a DOL asks for, with chosen values by tag. */
export function dolData(dol: Uint8Array, values: Readonly<Record<string, string>> = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < dol.length) {
    let tag = dol[at++]!;
    if ((tag & 0x1f) === 0x1f) {
      let b: number;
      do {
        b = dol[at++]!;
        tag = tag * 256 + b;
      } while (b & 0x80);
    }
    const length = dol[at++]!;
    const chosen = values[tag.toString(16).toUpperCase()];
    parts.push(chosen ? fromHex(chosen) : new Uint8Array(length));
    expect(parts[parts.length - 1]!.length).toBe(length);
  }
  return concatBytes(...parts);
}

export interface Initiated {
  readonly fci: TlvNode[];
  readonly aip: Uint8Array;
  readonly afl: Uint8Array;
  readonly pdolData: Uint8Array;
  readonly records: Map<string, Uint8Array>;
}

/** SELECT the AID, GPO with zeroed PDOL data, READ RECORD every AFL record. */
export async function initiate(c: VirtualIcc, aid: string, pdolValues: Readonly<Record<string, string>> = {}): Promise<Initiated> {
  const fci = await ok(c, selectCommand(fromHex(aid)));
  const pdol = findValue(fci, 0x9f38) ?? new Uint8Array(0);
  const pdolData = dolData(pdol, pdolValues);
  const gpo = await ok(c, getProcessingOptionsCommand(pdolData));
  let aip: Uint8Array;
  let afl: Uint8Array;
  if (gpo[0]!.tag === 0x80) {
    aip = gpo[0]!.value.subarray(0, 2);
    afl = gpo[0]!.value.subarray(2);
  } else {
    aip = findValue(gpo, 0x82)!;
    afl = findValue(gpo, 0x94)!;
  }
  const records = new Map<string, Uint8Array>();
  for (let i = 0; i < afl.length; i += 4) {
    const sfi = afl[i]! >> 3;
    for (let r = afl[i + 1]!; r <= afl[i + 2]!; r++) {
      const answer = await send(c, readRecordCommand(sfi, r));
      expect(answer.sw).toBe(0x9000);
      records.set(`${sfi}/${r}`, Uint8Array.from(answer.data));
    }
  }
  return { fci, aip, afl, pdolData, records };
}

/** Every primitive object of the records read, by tag hex. */
export function recordData(records: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const record of records.values()) {
    const [template] = decodeTlv(record);
    if (template?.kind !== 'constructed' || template.tag !== 0x70) throw new Error('not a record template');
    for (const child of template.children) out.set(child.tag.toString(16).toUpperCase(), child.value);
  }
  return out;
}

export { toHex, fromHex };
