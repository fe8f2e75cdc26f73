// EMV Book 3 §10.6 Terminal Risk Management. The named cases replay openemv/emv-utils
// tests/emv_terminal_risk_management_test.c (same floor limit, amount, 9F14/9F23 and GET DATA
// answers, same TVR and TSI); the others are built from Book 3 §10.6.1–§10.6.3 and the TVR
// (Annex C5) and TSI (Annex C6) layouts.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { newTsi, newTvr } from '../../../src/emv/dictionary/index.js';
import {
  checkExceptionFile,
  checkFloorLimit,
  checkVelocity,
  performTerminalRiskManagement,
  randomSelectionNumber,
  selectRandomly,
  type TerminalRiskManagementInput,
} from '../../../src/emv/risk/index.js';
import { ScriptedTransport, type Step } from '../apdu/scripted-transport.js';

const GET_ATC = '80CA9F3600';
const GET_LAST_ONLINE_ATC = '80CA9F1300';
const atc = (value: string): Step => [GET_ATC, `9F3602${value}9000`];
const lastOnlineAtc = (value: string): Step => [GET_LAST_ONLINE_ATC, `9F1302${value}9000`];
const notSupported = (capdu: string): Step => [capdu, '6A81'];

// emv-utils' common input: floor limit 100.00, amount 50.00, LCOL 18 (0x12), UCOL 52 (0x34).
// AIP 0800: byte 1 bit 4, terminal risk management to be performed (Annex C1).
const base: TerminalRiskManagementInput = {
  aip: fromHex('0800'),
  policy: 'as-card-requests',
  pan: fromHex('5413330089010442'),
  amount: 5000n,
  floorLimit: 10000n,
  randomNumber: 99,
  consecutiveOfflineLimits: { lower: 0x12, upper: 0x34 },
};

async function run(input: Partial<TerminalRiskManagementInput>, steps: readonly Step[]) {
  const transport = new ScriptedTransport(steps);
  const tvr = newTvr();
  const tsi = newTsi();
  const result = await performTerminalRiskManagement({ ...base, ...input }, { transport }, tvr, tsi);
  expect(transport.finished).toBe(true);
  return { result, tvr: toHex(tvr.value()), tsi: toHex(tsi.value()) };
}

// TSI byte 1 bit 4: terminal risk management was performed (Annex C6).
const TRM_PERFORMED = '0800';

describe('performTerminalRiskManagement — openemv/emv-utils tests/emv_terminal_risk_management_test.c', () => {
  it('"No risk found": ATC 1234, last online 1233 → TVR 0000000000, TSI 0800', async () => {
    expect(await run({}, [atc('04D2'), lastOnlineAtc('04D1')])).toEqual({ result: 'performed', tvr: '0000000000', tsi: TRM_PERFORMED });
  });

  it('"Floor limit exceeded": 150.00 against 100.00, no 9F14/9F23 → byte 4 bit 8 (§10.6.1), no GET DATA', async () => {
    expect(await run({ amount: 15000n, consecutiveOfflineLimits: undefined }, [])).toEqual({
      result: 'performed',
      tvr: '0000008000',
      tsi: TRM_PERFORMED,
    });
  });

  it('"Velocity checking not possible": both GET DATA answer 6A81 → byte 4 bits 7 and 6 (§10.6.3)', async () => {
    expect((await run({}, [notSupported(GET_ATC), notSupported(GET_LAST_ONLINE_ATC)])).tvr).toBe('0000006000');
  });

  it('"Lower Consecutive Offline Limit matched": 1234 − 1216 = 18 = LCOL → no bit', async () => {
    expect((await run({}, [atc('04D2'), lastOnlineAtc('04C0')])).tvr).toBe('0000000000');
  });

  it('"Lower Consecutive Offline Limit exceeded": 1234 − 1215 = 19 > 18 → byte 4 bit 7', async () => {
    expect((await run({}, [atc('04D2'), lastOnlineAtc('04BF')])).tvr).toBe('0000004000');
  });

  it('"Upper Consecutive Offline Limit matched": 1234 − 1182 = 52 = UCOL → lower only', async () => {
    expect((await run({}, [atc('04D2'), lastOnlineAtc('049E')])).tvr).toBe('0000004000');
  });

  it('"Upper Consecutive Offline Limit exceeded": 1234 − 1181 = 53 > 52 → byte 4 bits 7 and 6', async () => {
    expect((await run({}, [atc('04D2'), lastOnlineAtc('049D')])).tvr).toBe('0000006000');
  });

  it('"New card": ATC 5, last online ATC 0 → byte 2 bit 4 only', async () => {
    expect((await run({}, [atc('0005'), lastOnlineAtc('0000')])).tvr).toBe('0008000000');
  });

  it('"New card with no ATC": ATC not returned, last online ATC 0 → new card and both limit bits', async () => {
    expect((await run({}, [notSupported(GET_ATC), lastOnlineAtc('0000')])).tvr).toBe('0008006000');
  });
});

describe('performTerminalRiskManagement — when it runs (Book 3 §10.6)', () => {
  it('does nothing, and leaves the TSI alone, when the AIP (7400: SDA, DDA, CVM, no TRM) does not ask and the policy follows the card', async () => {
    expect(await run({ aip: fromHex('7400'), amount: 15000n }, [])).toEqual({
      result: 'not-requested',
      tvr: '0000000000',
      tsi: '0000',
    });
  });

  it('runs anyway under the "always" policy', async () => {
    expect(await run({ aip: fromHex('0000'), policy: 'always', amount: 15000n, consecutiveOfflineLimits: undefined }, [])).toEqual({
      result: 'performed',
      tvr: '0000008000',
      tsi: TRM_PERFORMED,
    });
  });

  it('adds the logged amount for the same card and asks the exception file with PAN and PSN', async () => {
    const transport = new ScriptedTransport([]);
    const tvr = newTvr();
    const seen: string[] = [];
    await performTerminalRiskManagement(
      { ...base, panSequenceNumber: 1, amount: 6000n, consecutiveOfflineLimits: undefined },
      {
        transport,
        loggedAmount: () => 4000n,
        isOnExceptionFile: async (pan, psn) => {
          seen.push(`${toHex(pan)}/${psn}`);
          return true;
        },
      },
      tvr,
      newTsi(),
    );
    // 6000 + 4000 reaches the 10000 floor limit (§10.6.1); byte 1 bit 5 exception file.
    expect(toHex(tvr.value())).toBe('1000008000');
    expect(seen).toEqual(['5413330089010442/1']);
  });
});

describe('checkFloorLimit (Book 3 §10.6.1)', () => {
  it('sets the bit at the floor limit, not below it', () => {
    const at = newTvr();
    checkFloorLimit(10000n, undefined, 10000n, at);
    expect(at.has('transactionExceedsFloorLimit')).toBe(true);
    const below = newTvr();
    checkFloorLimit(9999n, undefined, 10000n, below);
    expect(below.has('transactionExceedsFloorLimit')).toBe(false);
  });

  it('a zero floor limit sends every transaction past it', () => {
    const tvr = newTvr();
    checkFloorLimit(1n, undefined, 0n, tvr);
    expect(toHex(tvr.value())).toBe('0000008000');
  });
});

describe('selectRandomly (Book 3 §10.6.2)', () => {
  // FL 100.00, threshold 50.00, target 20 %, maximum target 50 %.
  const parameters = { targetPercentage: 20, maxTargetPercentage: 50, threshold: 5000n };
  const selected = (amount: bigint, r: number): boolean => {
    const tvr = newTvr();
    const result = selectRandomly(amount, 10000n, parameters, r, tvr);
    expect(tvr.has('randomlySelectedForOnline')).toBe(result);
    return result;
  };

  it('below the threshold selects when the random number is at most the target percentage', () => {
    expect(selected(4999n, 20)).toBe(true);
    expect(selected(4999n, 21)).toBe(false);
  });

  it('at the threshold the transaction target percent is the target percentage', () => {
    expect(selected(5000n, 20)).toBe(true);
    expect(selected(5000n, 21)).toBe(false);
  });

  it('between threshold and floor limit interpolates: 75.00 → (50−20)×25/50+20 = 35 %', () => {
    expect(selected(7500n, 35)).toBe(true);
    expect(selected(7500n, 36)).toBe(false);
  });

  it('a fractional transaction target percent compares exactly: 51.00 → 20.6 % selects 20, not 21', () => {
    expect(selected(5100n, 20)).toBe(true);
    expect(selected(5100n, 21)).toBe(false);
  });

  it('just below the floor limit approaches the maximum target: 99.99 → 49.994 %', () => {
    expect(selected(9999n, 49)).toBe(true);
    expect(selected(9999n, 50)).toBe(false);
  });

  it('at or above the floor limit never selects, even with random number 1', () => {
    expect(selected(10000n, 1)).toBe(false);
    expect(selected(20000n, 1)).toBe(false);
  });

  it('refuses a random number outside 1–99 and a percentage outside 0–99 with E-RISK-0002', () => {
    expect(() => selectRandomly(100n, 10000n, parameters, 0, newTvr())).toThrow(expect.objectContaining({ code: 'E-RISK-0002' }));
    expect(() => selectRandomly(100n, 10000n, parameters, 100, newTvr())).toThrow(expect.objectContaining({ code: 'E-RISK-0002' }));
    expect(() => selectRandomly(100n, 10000n, { ...parameters, maxTargetPercentage: 100 }, 50, newTvr())).toThrow(
      expect.objectContaining({ code: 'E-RISK-0002', context: expect.objectContaining({ field: 'maxTargetPercentage' }) }),
    );
  });

  it('refuses a maximum target below the target percentage with E-RISK-0002', () => {
    // TP 50, MTP 20 would make 99.99 less likely to go online than 1.00.
    expect(() => selectRandomly(7500n, 10000n, { targetPercentage: 50, maxTargetPercentage: 20, threshold: 5000n }, 30, newTvr())).toThrow(
      expect.objectContaining({ code: 'E-RISK-0002', context: expect.objectContaining({ field: 'maxTargetPercentage' }) }),
    );
  });

  it('maps the injected random() in [0, 1) onto 1–99', () => {
    expect(randomSelectionNumber(() => 0)).toBe(1);
    expect(randomSelectionNumber(() => 0.5)).toBe(50);
    expect(randomSelectionNumber(() => 0.9999999)).toBe(99);
  });
});

describe('checkVelocity (Book 3 §10.6.3)', () => {
  const limits = { lower: 2, upper: 4 };
  async function velocity(steps: readonly Step[]): Promise<string> {
    const transport = new ScriptedTransport(steps);
    const tvr = newTvr();
    await checkVelocity(transport, limits, tvr);
    expect(transport.finished).toBe(true);
    return toHex(tvr.value());
  }

  it('sets both limit bits when only the last online ATC is not returned (6A88)', async () => {
    expect(await velocity([atc('0010'), [GET_LAST_ONLINE_ATC, '6A88']])).toBe('0000006000');
  });

  it('sets both limit bits when the ATC is not above the last online ATC (Book 3 §10.6.3)', async () => {
    // Equal: the difference 0 is within both limits, yet the card's counters are inconsistent.
    expect(await velocity([atc('0010'), lastOnlineAtc('0010')])).toBe('0000006000');
    // Below: a negative difference must not pass as "no offline transactions".
    expect(await velocity([atc('000F'), lastOnlineAtc('0010')])).toBe('0000006000');
    // One above is the normal case right after an online transaction.
    expect(await velocity([atc('0011'), lastOnlineAtc('0010')])).toBe('0000000000');
  });

  it('an inconsistent ATC on a new card still sets "new card" with both limit bits', async () => {
    expect(await velocity([atc('0000'), lastOnlineAtc('0000')])).toBe('0008006000');
  });

  it('treats an answer with the wrong tag or length as not returned', async () => {
    expect(await velocity([['80CA9F3600', '9F13020010' + '9000'], lastOnlineAtc('000F')])).toBe('0000006000');
    expect(await velocity([['80CA9F3600', '9F3601109000'], lastOnlineAtc('000F')])).toBe('0000006000');
  });

  it('lets a transport failure (card removed) propagate rather than read it as "not returned"', async () => {
    const tvr = newTvr();
    const transport = {
      transmit: async () => {
        throw new Error('card removed');
      },
    };
    await expect(checkVelocity(transport, limits, tvr)).rejects.toThrow(expect.objectContaining({ code: 'E-CARD-0002' }));
    expect(toHex(tvr.value())).toBe('0000000000');
  });
});

describe('checkExceptionFile (Book 3 §10.6)', () => {
  it('sets byte 1 bit 5 only when the lookup finds the card', async () => {
    const hit = newTvr();
    await checkExceptionFile(() => true, fromHex('4761739001010010'), undefined, hit);
    expect(toHex(hit.value())).toBe('1000000000');
    const miss = newTvr();
    await checkExceptionFile(() => false, fromHex('4761739001010010'), undefined, miss);
    expect(toHex(miss.value())).toBe('0000000000');
  });
});
