// CDA signatures over GENERATE AC that do not verify, in whole transactions (EMV 4.4 Book 2
// §6.6.2, Book 4 §6.3.7): the ICC key was recovered during ODA, so CDA is requested, but the
// Signed Dynamic Application Data (9F4B) the card returns is damaged in flight. The TVR gets
// "CDA failed" (Annex C1 byte 1 b3) and the cryptogram is not trusted: a TC becomes an offline
// decline, an ARQC is closed with an AAC without going online.
import { describe, expect, it } from 'vitest';
import type { CardTransport } from '../../../src/emv/apdu/index.js';
import { decodeTlv, findValue } from '../../../src/emv/tlv/index.js';
import { recordOf, transact, withFloorLimit } from '../../emulators/card/transaction.js';

const GENERATE_AC = 0xae;
const CDA_FAILED = 0x04; // TVR byte 1 b3

/** Flips one bit in the signature (9F4B) of the `nth` GENERATE AC answer (counted from 1). */
function damageSignature(nth: number): (card: CardTransport) => CardTransport {
  let seen = 0;
  return (card) => ({
    async transmit(capdu) {
      const rapdu = await card.transmit(capdu);
      if (capdu[1] !== GENERATE_AC || ++seen !== nth) return rapdu;
      const data = rapdu.subarray(0, -2);
      const signature = findValue(decodeTlv(data), 0x9f4b);
      if (!signature) throw new Error('the GENERATE AC answer has no 9F4B to damage');
      const out = rapdu.slice();
      out[signature.byteOffset - data.byteOffset + 10]! ^= 0x01;
      return out;
    },
  });
}

/** P1 of each GENERATE AC sent: 40 TC, 80 ARQC, 00 AAC, plus 10 when CDA is requested. */
const generateAcP1 = (trace: readonly { command: string; header: string }[]) => trace.filter((t) => t.command === 'GENERATE AC').map((t) => t.header.slice(4, 6));

describe('CDA signature failure over GENERATE AC (Book 2 §6.6.2, Book 4 §6.3.7)', () => {
  it('an offline TC whose signature does not verify: CDA failed, declined offline, no second GENERATE AC', async () => {
    const r = await transact({ profile: 'mastercard', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n), trace: true, wrap: damageSignature(1) });
    expect(r.outcome.kind).toBe('declined');
    expect(recordOf(r).tvr[0]! & CDA_FAILED).toBe(CDA_FAILED);
    expect(generateAcP1(r.trace!)).toEqual(['50']);
    expect(r.requests).toHaveLength(0);
    // The AC sits inside the signature that failed: no cryptogram is reported, not a "TC",
    // and the acquirer's ICC data has no 9F26 (not an empty one).
    expect(recordOf(r).cryptogram).toBeUndefined();
    expect(recordOf(r).iccData.has(0x9f26)).toBe(false);
  });

  it('the same transaction with the signature intact approves with the TC, CDA failed clear', async () => {
    const r = await transact({ profile: 'mastercard', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n), trace: true });
    expect(r.outcome.kind).toBe('approved');
    expect(recordOf(r).tvr[0]! & CDA_FAILED).toBe(0);
    expect(generateAcP1(r.trace!)).toEqual(['50']);
    expect(recordOf(r).cryptogram?.type).toBe('TC');
    expect(recordOf(r).cryptogram?.value).toHaveLength(8);
    expect(recordOf(r).iccData.get(0x9f26)).toEqual(recordOf(r).cryptogram?.value);
  });

  it('an ARQC whose signature does not verify: no authorisation, a second GENERATE AC for an AAC without CDA, declined', async () => {
    const r = await transact({ profile: 'mastercard', pin: '4315', trace: true, wrap: damageSignature(1) });
    expect(r.requests).toHaveLength(0);
    expect(generateAcP1(r.trace!)).toEqual(['90', '00']);
    expect(r.outcome.kind).toBe('declined');
    expect(recordOf(r).tvr[0]! & CDA_FAILED).toBe(CDA_FAILED);
    expect(recordOf(r).cryptogram?.type).toBe('AAC');
    expect(recordOf(r).iccData.get(0x9f26)).toEqual(recordOf(r).cryptogram?.value);
  });

  it('a TC from the second GENERATE AC whose signature does not verify: online-declined with CDA failed', async () => {
    const r = await transact({ profile: 'mastercard', pin: '4315', trace: true, wrap: damageSignature(2) });
    expect(r.requests).toHaveLength(1);
    expect(generateAcP1(r.trace!)).toEqual(['90', '50']);
    expect(r.outcome.kind).toBe('online-declined');
    expect(recordOf(r).tvr[0]! & CDA_FAILED).toBe(CDA_FAILED);
    expect(recordOf(r).cryptogram).toBeUndefined();
    // Nor the first GENERATE AC's ARQC: 9F26 in the record is the final cryptogram or nothing.
    expect(recordOf(r).iccData.has(0x9f26)).toBe(false);
  });
});
