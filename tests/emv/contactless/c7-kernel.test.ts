// Kernel 7 (EMV Contactless Book C-7, UnionPay QuickPass qPBOC) run whole against the virtual
// card's quick GPO, activated by hand as Entry Point would (Book B §3.4). What C-7 adds to the
// quick core it shares with Kernel 3 is the electronic cash (EC) balance, and no fDDA for an
// online authorisation; these cases follow from the profiles in profiles/quick-variants.ts
// (unionpay-ec: 300.00 CNY of EC, TC up to 500.00; unionpay-qpboc-online: ARQC to every tap).
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { c7Kernel } from '../../../src/emv/contactless/c7/index.js';
import type { KernelActivation } from '../../../src/emv/contactless/kernel-contract.js';
import { newTvr } from '../../../src/emv/dictionary/index.js';
import { PosError } from '../../../src/errors/index.js';
import { activation, TTQ, UNIONPAY_AID, UNIONPAY_CREDIT_AID, type Tap } from './c3-c7-activation.js';

/** Runs the kernel and keeps the INS byte of every command it sent. */
async function run(tap: Tap, failAt?: { ins: number; error: PosError }) {
  const base: KernelActivation = await activation({ currencyCode: '0156', ...tap });
  const sent: number[] = [];
  const transmit = (c: Uint8Array): Promise<Uint8Array> => {
    sent.push(c[1]!);
    return failAt !== undefined && failAt.ins === c[1] ? Promise.reject(failAt.error) : base.transport.transmit(c);
  };
  const result = await c7Kernel.run({ ...base, transport: { transmit } });
  return { result, sent };
}

const GPO = 0xa8;
const READ_RECORD = 0xb2;
const GET_DATA = 0xca;

describe('Kernel 7 (Book C-7)', () => {
  it('approves an EC purchase within the balance offline with fDDA, and shows the balance left', async () => {
    const { result, sent } = await run({ profile: 'unionpay-ec', aid: UNIONPAY_AID, amount: 10000n, ttq: TTQ.noCvm });
    expect(result.kernel).toBe(7);
    expect(result.outcome.status).toBe('approved');
    expect(result.cryptogram?.type).toBe('TC');
    // 300.00 - 100.00 left on the card, in the UI Request and the Data Record.
    expect(result.outcome.uiRequestOnOutcome?.value).toEqual({ kind: 'balance', amount: 20000n, currencyCode: '0156' });
    expect(toHex(result.dataRecord!.get(0x9f79)!)).toBe('000000020000');
    expect(newTvr(result.dataRecord!.get(0x95)).has('offlineDataAuthenticationNotPerformed')).toBe(false);
    // The balance came with the GPO answer: no GET DATA for it.
    expect(sent).not.toContain(GET_DATA);
    expect(sent[0]).toBe(GPO);
  });

  it('goes online when the amount is above the EC balance, without fDDA for the online cryptogram', async () => {
    const { result } = await run({ profile: 'unionpay-ec', aid: UNIONPAY_AID, amount: 40000n, ttq: TTQ.noCvm });
    expect(result.outcome).toMatchObject({ status: 'online-request', start: 'n/a' });
    expect(result.cryptogram?.type).toBe('ARQC');
    // Nothing was spent: the card still reports the whole 300.00.
    expect(result.outcome.uiRequestOnOutcome?.value?.amount).toBe(30000n);
    expect(newTvr(result.dataRecord!.get(0x95)).has('offlineDataAuthenticationNotPerformed')).toBe(true);
  });

  it('asks a card that did not report its EC balance with GET DATA 9F79 while it is in the field, and shows none when it has no EC', async () => {
    const { result, sent } = await run({ profile: 'unionpay-qpboc-online', aid: UNIONPAY_CREDIT_AID, amount: 2000n, ttq: TTQ.noCvm });
    expect(result.outcome.status).toBe('online-request');
    expect(sent.filter((ins) => ins === GET_DATA)).toHaveLength(1);
    expect(sent.indexOf(GET_DATA)).toBeGreaterThan(sent.lastIndexOf(READ_RECORD));
    expect(result.outcome.uiRequestOnOutcome?.value).toBeUndefined();
  });

  it('asks for online PIN above the CVM required limit when the card wants it (CTQ byte 1 b8)', async () => {
    const { result } = await run({ profile: 'unionpay-ec', aid: UNIONPAY_AID, amount: 20000n, ttq: TTQ.cvmRequired });
    expect(result.outcome).toMatchObject({ status: 'online-request', cvm: 'online-pin' });
  });

  it('ends with Try Again and "present card again" when the card leaves the field during the records', async () => {
    // APDU 1 is the test's SELECT, 2 the GPO, 3 the first READ RECORD.
    const { result } = await run({ profile: 'unionpay-ec', aid: UNIONPAY_AID, amount: 1000n, ttq: TTQ.noCvm, faults: [{ kind: 'removal', atApdu: 3 }] });
    expect(result.outcome).toMatchObject({ status: 'try-again', start: 'B' });
    expect(result.outcome.uiRequestOnRestart?.message).toBe('present-card-again');
    expect(result.error?.code).toBe('E-CTLS-0704');
    expect(result.cryptogram).toBeUndefined();
  });

  it('takes a failed exchange over PC/SC (the card gone before pcscd saw it) as the card leaving: Try Again, not a fault', async () => {
    for (const code of ['E-PCSC-0005', 'E-PCSC-0008'] as const) {
      const { result } = await run({ profile: 'unionpay-ec', aid: UNIONPAY_AID, amount: 1000n, ttq: TTQ.noCvm }, { ins: GPO, error: new PosError(code) });
      expect(result.outcome.status).toBe('try-again');
      expect(result.error?.code).toBe('E-CTLS-0704');
    }
  });

  it('ends the application on an error that is not the card leaving', async () => {
    const { result } = await run({ profile: 'unionpay-ec', aid: UNIONPAY_AID, amount: 1000n, ttq: TTQ.noCvm }, { ins: GPO, error: new PosError('E-PCSC-0004') });
    expect(result.outcome.status).toBe('end-application');
  });
});
