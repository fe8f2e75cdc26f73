// Entry Point pre-processing (EMV Contactless Book B v2.x §3.1.1.1-13) and the contactless
// configuration parser. The requirements' wording is cross-checked against the requirement
// comments of the public libemv (mijung/libemv, libemv/ep.c, Book B v2.5 numbering).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { parseContactlessConfig } from '../../../src/emv/contactless/config.js';
import { preProcessCombination, runContactlessTransaction } from '../../../src/emv/contactless/entry-point/index.js';
import type { ContactlessTransaction } from '../../../src/emv/contactless/kernel-contract.js';
import { PosError } from '../../../src/errors/index.js';
import { ScriptedTransport } from '../apdu/scripted-transport.js';
import { combination, environment, fakeKernel } from './entry-point-support.js';

const tx = (amount: bigint): ContactlessTransaction => ({ type: 'purchase', amount, amountOther: 0n, currencyCode: '0156', currencyExponent: 2 });
const visa = (over = {}) => combination('A0000000031010', 3, { floorLimit: 50000n, ...over });

describe('pre-processing (Book B §3.1.1)', () => {
  it('copies the TTQ with byte 2 b8 and b7 reset when no limit is reached (3.1.1.2)', () => {
    const i = preProcessCombination(visa({ ttq: fromHex('36C04000') }), tx(1234n));
    expect(toHex(i.ttq!)).toBe('36004000');
    expect(i.readerContactlessFloorLimitExceeded).toBe(false);
    expect(i.readerCvmRequiredLimitExceeded).toBe(false);
  });

  it('asks for an online cryptogram above the floor limit, not at it (3.1.1.6, 3.1.1.9)', () => {
    expect(toHex(preProcessCombination(visa(), tx(50000n)).ttq!)).toBe('36004000');
    const over = preProcessCombination(visa(), tx(50001n));
    expect(over.readerContactlessFloorLimitExceeded).toBe(true);
    expect(toHex(over.ttq!)).toBe('36804000');
  });

  it('asks for a CVM at the CVM required limit (3.1.1.8, 3.1.1.12): QuickPass 1000.00 CNY', () => {
    const c = combination('A000000333010101', 7, { floorLimit: undefined, cvmRequiredLimit: 100000n });
    expect(toHex(preProcessCombination(c, tx(99999n)).ttq!)).toBe('36004000');
    const at = preProcessCombination(c, tx(100000n));
    expect(at.readerCvmRequiredLimitExceeded).toBe(true);
    expect(toHex(at.ttq!)).toBe('36404000');
  });

  it('excludes the combination at the transaction limit and keeps it one cent below (3.1.1.5)', () => {
    expect(preProcessCombination(visa(), tx(499999n)).contactlessApplicationNotAllowed).toBe(false);
    expect(preProcessCombination(visa(), tx(500000n)).contactlessApplicationNotAllowed).toBe(true);
  });

  it('requests a status check for one unit of currency and sends it online (3.1.1.3, 3.1.1.10)', () => {
    const i = preProcessCombination(visa({ statusCheckSupported: true }), tx(100n));
    expect(i.statusCheckRequested).toBe(true);
    expect(toHex(i.ttq!)).toBe('36804000');
    expect(preProcessCombination(visa({ statusCheckSupported: true }), tx(101n)).statusCheckRequested).toBe(false);
  });

  it('handles a zero amount by the flag and the reader kind (3.1.1.4, 3.1.1.11)', () => {
    expect(preProcessCombination(visa({ zeroAmountAllowed: false }), tx(0n)).contactlessApplicationNotAllowed).toBe(true);
    const online = preProcessCombination(visa(), tx(0n));
    expect(online.zeroAmount).toBe(true);
    expect(toHex(online.ttq!)).toBe('36804000');
    // TTQ byte 1 b4: offline-only reader.
    expect(preProcessCombination(visa({ ttq: fromHex('3E004000') }), tx(0n)).contactlessApplicationNotAllowed).toBe(true);
  });

  it('leaves kernel 2 without a TTQ', () => {
    expect(preProcessCombination(combination('A0000000041010', 2), tx(100n)).ttq).toBeUndefined();
  });

  it('ends with Try Another Interface and "Please insert or swipe card" when every combination is out (3.1.1.13)', async () => {
    const card = new ScriptedTransport([]);
    const shown: string[] = [];
    const r = await runContactlessTransaction(card, { type: 'purchase', amount: 600000n, amountOther: 0n }, environment([visa(), combination('A0000000041010', 2)], [fakeKernel(3, []), fakeKernel(2, [])], { ui: { show: (u) => shown.push(`${u.message}/${u.status}`) } }));
    expect(r.outcome.outcome.status).toBe('try-another-interface');
    expect(r.outcome.kernel).toBeNull();
    if (r.outcome.kernel === null) expect(r.outcome.error.code).toBe('E-CTLS-0001');
    expect(shown).toEqual(['insert-or-swipe-card/processing-error']);
    expect(r.apdus).toBe(0);
  });
});

describe('contactless configuration', () => {
  it('parses config/contactless.json: Visa k3, Mastercard k2, UnionPay k7 with CNY limits', () => {
    const list = parseContactlessConfig(JSON.parse(readFileSync(new URL('../../../config/contactless.json', import.meta.url), 'utf8')));
    expect(list.map((c) => `${toHex(c.aid)}:${c.kernel}`)).toEqual(['A0000000031010:3', 'A0000000041010:2', 'A000000333010101:7', 'A000000333010102:7']);
    const quickPass = list[2]!;
    expect(quickPass.cvmRequiredLimit).toBe(100000n);
    expect(quickPass.transactionLimit).toBe(500000n);
    expect(quickPass.ttq).toHaveLength(4);
    expect(list[1]!.ttq).toBeUndefined();
  });

  it('refuses a kernel 3 combination without a TTQ, naming the field (E-CORE-0003)', () => {
    const bad = { combinations: [{ aid: 'A0000000031010', kernel: 3 }] };
    expect(() => parseContactlessConfig(bad, 'c.json')).toThrow(PosError);
    try {
      parseContactlessConfig(bad, 'c.json');
    } catch (e) {
      expect((e as PosError).code).toBe('E-CORE-0003');
      expect((e as PosError).message).toContain('combinations[0].ttq');
    }
  });

  it('refuses amounts given as numbers and unknown kernels', () => {
    expect(() => parseContactlessConfig({ combinations: [{ aid: 'A0000000041010', kernel: 2, floorLimit: 10.5 }] })).toThrow(/floorLimit/);
    expect(() => parseContactlessConfig({ combinations: [{ aid: 'A0000000041010', kernel: 4 }] })).toThrow(/kernel/);
  });
});
