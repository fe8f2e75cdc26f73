import { describe, it, expect } from 'vitest';
import { conditionSatisfied, decodeCvRule, type CvmList, type CvmTransaction } from '../../../src/emv/cvm/index.js';
import { transaction } from './context.js';

// EMV Book 3 Annex C3 Table 44, as §10.5 applies it.
const list = (amountX: bigint, amountY: bigint): CvmList => ({ amountX, amountY, rules: [] });
const holds = (method: number, condition: number, tx: CvmTransaction, l: CvmList = list(0n, 0n)) =>
  conditionSatisfied(decodeCvRule(method, condition), l, tx);

const unattendedCash = transaction({ type: 'cash', terminalType: 0x14 });
const manualCash = transaction({ type: 'cash', terminalType: 0x12 });
const cashback = transaction({ type: 'cashback', amount: 15000n, amountOther: 5000n });
const purchase = transaction();

describe('conditionSatisfied', () => {
  it('00 always holds', () => {
    expect(holds(0x1f, 0x00, unattendedCash)).toBe(true);
    expect(holds(0x1f, 0x00, purchase)).toBe(true);
  });

  it('01 holds for cash at an unattended terminal (9F35 x4-x6) only', () => {
    expect(holds(0x1f, 0x01, unattendedCash)).toBe(true);
    expect(holds(0x1f, 0x01, transaction({ type: 'cash', terminalType: 0x26 }))).toBe(true);
    expect(holds(0x1f, 0x01, manualCash)).toBe(false);
    expect(holds(0x1f, 0x01, transaction({ terminalType: 0x14 }))).toBe(false);
  });

  it('02 holds unless unattended cash, manual cash or cashback', () => {
    expect(holds(0x1f, 0x02, purchase)).toBe(true);
    expect(holds(0x1f, 0x02, transaction({ type: 'refund' }))).toBe(true);
    expect(holds(0x1f, 0x02, unattendedCash)).toBe(false);
    expect(holds(0x1f, 0x02, manualCash)).toBe(false);
    expect(holds(0x1f, 0x02, cashback)).toBe(false);
  });

  it('03 holds when the terminal supports the CVM, both halves for a combined one', () => {
    expect(holds(0x01, 0x03, purchase)).toBe(true);
    expect(holds(0x01, 0x03, transaction({ caps: 'E07808' }))).toBe(false);
    // 9F33 E0 D8 C8: everything but signature.
    expect(holds(0x03, 0x03, transaction({ caps: 'E0D8C8' }))).toBe(false);
    expect(holds(0x01, 0x03, transaction({ caps: 'E0D8C8' }))).toBe(true);
    expect(holds(0x1e, 0x03, transaction({ caps: 'E0D8C8' }))).toBe(false);
    expect(holds(0x1f, 0x03, transaction({ caps: 'E0F0C8' }))).toBe(false);
  });

  it('03 never holds for an unrecognised or biometric method', () => {
    expect(holds(0x30, 0x03, purchase)).toBe(false);
    expect(holds(0x06, 0x03, transaction({ caps: 'E0FFC8' }))).toBe(false);
  });

  it('04 holds for cash at an attended terminal only', () => {
    expect(holds(0x1f, 0x04, manualCash)).toBe(true);
    expect(holds(0x1f, 0x04, unattendedCash)).toBe(false);
    expect(holds(0x1f, 0x04, purchase)).toBe(false);
  });

  it('05 holds for purchase with cashback only', () => {
    expect(holds(0x1f, 0x05, cashback)).toBe(true);
    expect(holds(0x1f, 0x05, purchase)).toBe(false);
  });

  it('06-09 compare the amount strictly with X and Y', () => {
    const l = list(10000n, 20000n);
    const at = (amount: bigint) => transaction({ amount });
    expect([holds(0x1f, 0x06, at(9999n), l), holds(0x1f, 0x06, at(10000n), l)]).toEqual([true, false]);
    expect([holds(0x1f, 0x07, at(10001n), l), holds(0x1f, 0x07, at(10000n), l)]).toEqual([true, false]);
    expect([holds(0x1f, 0x08, at(19999n), l), holds(0x1f, 0x08, at(20000n), l)]).toEqual([true, false]);
    expect([holds(0x1f, 0x09, at(20001n), l), holds(0x1f, 0x09, at(20000n), l)]).toEqual([true, false]);
  });

  it('06-09 do not hold outside the application currency or without 9F42', () => {
    const l = list(10000n, 20000n);
    for (const condition of [0x06, 0x07, 0x08, 0x09]) {
      expect(holds(0x1f, condition, transaction({ amount: condition % 2 === 0 ? 1n : 99999n, currency: 840 }), l)).toBe(false);
      expect(holds(0x1f, condition, transaction({ amount: condition % 2 === 0 ? 1n : 99999n, applicationCurrency: undefined }), l)).toBe(false);
    }
  });

  it('an RFU (0A-7F) or payment-system (80-FF) condition never holds', () => {
    expect(holds(0x1f, 0x0a, purchase)).toBe(false);
    expect(holds(0x1f, 0x7f, purchase)).toBe(false);
    expect(holds(0x1f, 0x80, purchase)).toBe(false);
  });
});
