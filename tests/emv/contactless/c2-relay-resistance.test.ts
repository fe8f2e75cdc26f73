// Kernel 2 relay resistance protocol (EMV Contactless Book C-2 S3.60-65, state R1, S910.4)
// against the virtual card's EXCHANGE RELAY RESISTANCE DATA, in-process. The kernel's clock is the
// test's: each ERRD takes exactly as long as the test says, so nothing sleeps. The card (profile
// mastercard-c2-rrp) says Min Time 1.6 ms, Max Time 4.8 ms, Device Estimated Transmission Time
// 2.4 ms; the kernel's defaults are grace periods 2 ms / 5 ms, expected transmission times 1.8 ms
// (C-APDU) and 2.4 ms (R-APDU), accuracy threshold 30 ms, mismatch threshold 50 %.
//   measured = taken - 1.8 - min(2.4, 2.4) = taken - 4.2 ms; too slow above 4.8 + 5 = 9.8 ms.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { getProfile, type CardProfile } from '../../../src/emulators/card/index.js';
import { KERNEL_CONFIG, tap } from './c2-run.js';

/** Kernel Configuration b6 on-device CVM and b5 relay resistance protocol. */
const RRP = { ...KERNEL_CONFIG, DF811B: '30' } as const;
const ERRD = 0xea;

const hex = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : toHex(v));

/** A clock that moves only while the card answers ERRD, by the next of `ms`. */
function clockWith(ms: readonly number[]) {
  let now = 0;
  const left = [...ms];
  return {
    elapsedMs: () => now,
    onApdu: (capdu: Uint8Array) => {
      if (capdu[1] === ERRD) now += left.shift() ?? 0;
    },
  };
}

function errds(commands: readonly Uint8Array[]): Uint8Array[] {
  return commands.filter((c) => c[1] === ERRD);
}

describe('Kernel 2 relay resistance protocol (Book C-2 S3.60-65, R1)', () => {
  it('exchanges once within the card’s times, marks RRP performed and checks the exchange inside the CDA signature', async () => {
    const { result, commands } = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: RRP, ...clockWith([6]) });
    expect(result.outcome.status).toBe('approved');
    expect(result.cryptogram?.type).toBe('TC');
    // TVR byte 5 b2-b1 '10': RRP performed; nothing exceeded.
    expect(hex(result.dataRecord?.get(0x95))).toBe('0000000002');
    const sent = errds(commands);
    expect(sent).toHaveLength(1);
    // 80 EA 00 00 04, the Terminal Relay Resistance Entropy = the Unpredictable Number the CDA signed.
    expect(hex(sent[0]!.subarray(0, 5))).toBe('80EA000004');
    expect(hex(sent[0]!.subarray(5, 9))).toBe(hex(result.dataRecord?.get(0x9f37)));
    // ERRD comes after GPO and before the records.
    expect(commands.findIndex((c) => c[1] === ERRD)).toBe(2);
  });

  it('sends ERRD again with a new entropy when the answer comes too late, and goes on when the next is in time (R1.17)', async () => {
    const { result, commands } = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: RRP, random: counting(), ...clockWith([15, 5]) });
    const sent = errds(commands);
    expect(sent).toHaveLength(2);
    expect(hex(sent[1]!.subarray(5, 9))).not.toBe(hex(sent[0]!.subarray(5, 9)));
    // The second entropy is the Unpredictable Number the card signed.
    expect(hex(sent[1]!.subarray(5, 9))).toBe(hex(result.dataRecord?.get(0x9f37)));
    expect(result.outcome.status).toBe('approved');
    expect(hex(result.dataRecord?.get(0x95))).toBe('0000000002');
  });

  it('after three late answers marks the time limits exceeded, which the TAC sends online (R1.18)', async () => {
    const { result, commands } = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: RRP, ...clockWith([15, 15, 15]) });
    expect(errds(commands)).toHaveLength(3);
    // byte 5: b3 time limits exceeded, b2-b1 performed. TAC Online F45084800C has byte 5 '0C'.
    expect(hex(result.dataRecord?.get(0x95))).toBe('0000000006');
    expect(result.outcome.status).toBe('online-request');
    expect(result.cryptogram?.type).toBe('ARQC');
  });

  it('marks the threshold exceeded when card and terminal disagree on the R-APDU transmission time (R1.19)', async () => {
    // The terminal expects 9.6 ms for the R-APDU, the card says 2.4: 25 % is under the 50 % threshold.
    const { result } = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: { ...RRP, DF8135: '0060' }, ...clockWith([6]) });
    expect(hex(result.dataRecord?.get(0x95))).toBe('000000000A');
  });

  it('marks the threshold exceeded when the measured time is beyond the accuracy threshold past Min Time (R1.19)', async () => {
    // Measured 6 - 4.2 = 1.8 ms is 0.2 ms past Min Time 1.6 ms: beyond an accuracy threshold of 0.1 ms.
    const { result } = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: { ...RRP, DF8136: '0001' }, ...clockWith([6]) });
    expect(hex(result.dataRecord?.get(0x95))).toBe('000000000A');
  });

  it('ends the application when the card answers faster than it says it can (R1.15-16)', async () => {
    const fast: CardProfile = withTimes(getProfile('mastercard-c2-rrp'), { minTime: 0x0100, maxTime: 0x0200, estimatedTransmissionTime: 0x0018 });
    const { result, commands } = await tap({ profile: 'mastercard-c2-rrp', cardProfile: fast, amount: 1000n, config: RRP, ...clockWith([6]) });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0205');
    expect(hex(result.discretionaryData?.get(0xdf8115))?.slice(0, 4)).toBe('0006');
    // Nothing read after the exchange.
    expect(commands).toHaveLength(3);
  });

  it('is not performed when the kernel is not configured for it (S3.65), nor for a card without it', async () => {
    const off = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, ...clockWith([6]) });
    expect(errds(off.commands)).toHaveLength(0);
    expect(hex(off.result.dataRecord?.get(0x95))).toBe('0000000001');
    expect(off.result.outcome.status).toBe('approved');
    const plain = await tap({ profile: 'mastercard-c2', amount: 1000n, config: RRP });
    expect(errds(plain.commands)).toHaveLength(0);
    expect(hex(plain.result.dataRecord?.get(0x95))).toBe('0000000001');
  });

  it('asks for the card again when it leaves the field at ERRD', async () => {
    const { result } = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: RRP, faults: [{ kind: 'removal', atApdu: 3 }] });
    expect(result.outcome).toMatchObject({ status: 'try-again', start: 'B' });
    expect(result.error?.code).toBe('E-CTLS-0201');
  });

  it('ends with a parsing error when the ERRD answer is not 80 with 10 bytes (R1.12), a status error when refused (R1.11)', async () => {
    const empty = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: RRP, faults: [{ kind: 'status-word', sw: 0x9000, when: { ins: ERRD } }] });
    expect(empty.result.outcome.status).toBe('end-application');
    expect(empty.result.error?.code).toBe('E-CTLS-0202');
    const refused = await tap({ profile: 'mastercard-c2-rrp', amount: 1000n, config: RRP, faults: [{ kind: 'status-word', sw: 0x6985, when: { ins: ERRD } }] });
    expect(refused.result.error?.code).toBe('E-CTLS-0204');
    expect(hex(refused.result.discretionaryData?.get(0xdf8115))).toBe('00030069851C');
  });

  it('fails CDA when the card did not sign the relay resistance data it exchanged (S910.4)', async () => {
    const unsigned = withTimes(getProfile('mastercard-c2-rrp'), { minTime: 0x0010, maxTime: 0x0030, estimatedTransmissionTime: 0x0018, unsigned: true });
    const { result } = await tap({ profile: 'mastercard-c2-rrp', cardProfile: unsigned, amount: 1000n, config: RRP, ...clockWith([6]) });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0206');
    expect(result.cryptogram).toBeUndefined();
    expect(hex(result.discretionaryData?.get(0xdf8115))?.slice(0, 4)).toBe('0002');
  });
});

/** Randomness that differs at each draw (the shared tap's is constant). */
function counting(): (n: number) => Uint8Array {
  let next = 1;
  return (n) => Uint8Array.from({ length: n }, () => next++ & 0xff);
}

function withTimes(profile: CardProfile, times: NonNullable<CardProfile['applications'][number]['relayResistance']>): CardProfile {
  return { ...profile, applications: profile.applications.map((a) => ({ ...a, relayResistance: times })) };
}
