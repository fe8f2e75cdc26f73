// Entry Point combination selection, kernel activation and outcome processing (EMV
// Contactless Book B v2.x §3.2-§3.5) against scripted card sessions and fake kernels: the
// logic only; whole taps with the real kernels are in entry-point-taps.test.ts. Requirement
// numbers as Book B v2.5 gives them (cross-checked with mijung/libemv, libemv/ep.c).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { requestedKernelId, runContactlessTransaction } from '../../../src/emv/contactless/entry-point/index.js';
import { PosError } from '../../../src/errors/index.js';
import type { CardTransport } from '../../../src/emv/apdu/index.js';
import { ScriptedTransport, type Step } from '../apdu/scripted-transport.js';
import { adfFci, combination, environment, fakeKernel, kernelOutcome, ppseFci, select, SELECT_PPSE } from './entry-point-support.js';

const VISA = 'A0000000031010';
const MC = 'A0000000041010';
const UPI_DEBIT = 'A000000333010101';
const purchase = (amount = 1234n) => ({ type: 'purchase' as const, amount, amountOther: 0n });
const combos = [combination(VISA, 3), combination(MC, 2), combination(UPI_DEBIT, 7)];

function uiLog(): { show: (u: { message: string; status: string }) => void; shown: string[] } {
  const shown: string[] = [];
  return { shown, show: (u) => shown.push(`${u.message}/${u.status}`) };
}

describe('Requested Kernel ID (Book B §3.3.2.5 C, Table 3-6)', () => {
  it('defaults from the RID when 9F2A is absent or empty', () => {
    expect([...requestedKernelId(undefined, fromHex(VISA))!]).toEqual([3]);
    expect([...requestedKernelId(new Uint8Array(0), fromHex(MC))!]).toEqual([2]);
    expect([...requestedKernelId(undefined, fromHex(UPI_DEBIT))!]).toEqual([7]);
    expect(requestedKernelId(undefined, fromHex('A0000009999999'))).toBeUndefined();
  });

  it('takes byte 1 for an EMVCo or EMVCo-format kernel and three bytes for a proprietary one', () => {
    expect(toHex(requestedKernelId(fromHex('03'), fromHex(VISA))!)).toBe('03');
    expect(toHex(requestedKernelId(fromHex('0300'), fromHex(VISA))!)).toBe('03');
    expect(requestedKernelId(fromHex('8101'), fromHex(VISA))).toBeUndefined();
    expect(toHex(requestedKernelId(fromHex('810203'), fromHex(VISA))!)).toBe('810203');
  });
});

describe('combination selection (Book B §3.3)', () => {
  it('selects the highest priority entry, goes to the next on Select Next, and hands over FCI, TTQ and terminal data', async () => {
    const card = new ScriptedTransport([
      [SELECT_PPSE, ppseFci([{ aid: VISA, priority: 2, kernelId: '03' }, { aid: MC, priority: 1, kernelId: '02' }])],
      [select(MC), adfFci(MC, '9F3501')],
      [select(VISA), adfFci(VISA)],
    ]);
    const k2 = fakeKernel(2, [kernelOutcome(2, 'select-next')]);
    const k3 = fakeKernel(3, [kernelOutcome(3, 'approved', { uiRequestOnOutcome: { message: 'approved', status: 'card-read-successfully', holdTimeMs: 0 } })]);
    const ui = uiLog();
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [k2, k3], { ui }));
    expect(card.finished).toBe(true);
    expect(r.outcome.outcome.status).toBe('approved');
    expect(r.outcome.kernel).toBe(3);
    expect(r.selected && toHex(r.selected.aid)).toBe(VISA);
    expect(r.apdus).toBe(3);
    expect(ui.shown).toEqual(['present-card/ready-to-read', 'approved/card-read-successfully']);
    const a = k3.activations[0]!;
    expect(toHex(a.fci) + '9000').toBe(adfFci(VISA));
    // floor limit 0 CNY: 12.34 is above it, so pre-processing asks for an online cryptogram.
    expect(toHex(a.terminalData.get(0x9f66)!)).toBe('36804000');
    expect(toHex(a.terminalData.get(0x5f2a)!)).toBe('0156');
    expect(a.transaction.amount).toBe(1234n);
    expect(r.phases.map((p) => p.step)).toEqual(['pre-processing', 'protocol-activation', 'combination-selection', 'final-selection', 'kernel-2', 'final-selection', 'kernel-3']);
  });

  it('keeps PPSE order among equal priorities and puts entries without priority last (§3.3.3.2)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PPSE, ppseFci([{ aid: MC }, { aid: UPI_DEBIT, priority: 3 }, { aid: VISA, priority: 3 }])],
      [select(UPI_DEBIT), adfFci(UPI_DEBIT)],
    ]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, []), fakeKernel(3, []), fakeKernel(7, [kernelOutcome(7, 'declined')])]));
    expect(card.finished).toBe(true);
    expect(r.outcome.kernel).toBe(7);
  });

  it('leaves out an entry whose 9F2A names a kernel the combination does not have (§3.3.2.5 D)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PPSE, ppseFci([{ aid: VISA, priority: 1, kernelId: '02' }, { aid: MC, priority: 2 }])],
      [select(MC), adfFci(MC, '9F3501')],
    ]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'approved')]), fakeKernel(3, [])]));
    expect(card.finished).toBe(true);
    expect(r.outcome.kernel).toBe(2);
  });

  it('leaves out a combination whose kernel is not registered', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: VISA, priority: 1 }, { aid: MC, priority: 2 }])], [select(MC), adfFci(MC, '9F3501')]]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'approved')])]));
    expect(r.outcome.kernel).toBe(2);
  });

  it('appends Extended Selection only for a combination that supports it (§3.3.3.3)', async () => {
    const withExt = [combination(MC, 2, { extendedSelectionSupported: true })];
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC, extendedSelection: '0102' }])], [select(`${MC}0102`), adfFci(`${MC}0102`, '9F3501')]]);
    await runContactlessTransaction(card, purchase(), environment(withExt, [fakeKernel(2, [kernelOutcome(2, 'approved')])]));
    expect(card.finished).toBe(true);
    const without = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC, extendedSelection: '0102' }])], [select(MC), adfFci(MC, '9F3501')]]);
    await runContactlessTransaction(without, purchase(), environment([combination(MC, 2)], [fakeKernel(2, [kernelOutcome(2, 'approved')])]));
    expect(without.finished).toBe(true);
  });

  it('matches a longer ADF name only with partial selection (§3.3.2.5 B)', async () => {
    const long = `${UPI_DEBIT}01`;
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: long }])]]);
    const r = await runContactlessTransaction(card, purchase(), environment([combination(UPI_DEBIT, 7, { partialSelection: false })], [fakeKernel(7, [])]));
    expect(r.outcome.outcome.status).toBe('end-application');
    const partial = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: long }])], [select(long), adfFci(long)]]);
    const p = await runContactlessTransaction(partial, purchase(), environment([combination(UPI_DEBIT, 7)], [fakeKernel(7, [kernelOutcome(7, 'approved')])]));
    expect(p.outcome.kernel).toBe(7);
  });

  it('drops a candidate whose final SELECT is refused and selects the next (§3.3.3.5)', async () => {
    const card = new ScriptedTransport([
      [SELECT_PPSE, ppseFci([{ aid: VISA, priority: 1 }, { aid: MC, priority: 2 }])],
      [select(VISA), '6A81'],
      [select(MC), adfFci(MC, '9F3501')],
    ]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'approved')]), fakeKernel(3, [])]));
    expect(card.finished).toBe(true);
    expect(r.outcome.kernel).toBe(2);
  });

  it('drops a Visa application whose PDOL has no 9F66: kernel 1 would take it and there is none (§3.3.3.6)', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: VISA }])], [select(VISA), adfFci(VISA, '9F02069F3704')]]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(3, [kernelOutcome(3, 'approved')])]));
    expect(r.outcome.outcome.status).toBe('end-application');
  });

  it('ends the application with "Insert, swipe or try another card" when the card has no PPSE, with no list-of-AIDs fallback (§3.3.2.3, §3.3.2.7)', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, '6A82']]);
    const ui = uiLog();
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(3, [])], { ui }));
    expect(card.finished).toBe(true);
    expect(r.apdus).toBe(1);
    expect(r.outcome.outcome.status).toBe('end-application');
    if (r.outcome.kernel === null) expect(r.outcome.error.code).toBe('E-CTLS-0002');
    expect(ui.shown).toEqual(['present-card/ready-to-read', 'insert-swipe-or-try-another-card/ready-to-read']);
  });

  it('leaves out a combination the amount excluded while another still runs', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: VISA, priority: 1 }, { aid: MC, priority: 2 }])], [select(MC), adfFci(MC, '9F3501')]]);
    const limited = [combination(VISA, 3, { transactionLimit: 1000n }), combination(MC, 2)];
    const r = await runContactlessTransaction(card, purchase(5000n), environment(limited, [fakeKernel(2, [kernelOutcome(2, 'approved')]), fakeKernel(3, [])]));
    expect(r.outcome.kernel).toBe(2);
  });
});

describe('protocol activation and outcome processing (Book B §3.2, §3.5)', () => {
  it('shows "present one card only" while cards collide, then ready to read (§3.2.1.4-5)', async () => {
    const probes: ('collision' | 'one-card')[] = ['collision', 'collision', 'one-card'];
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]]);
    const ui = uiLog();
    await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'approved')])], { ui, fieldProbe: () => Promise.resolve(probes.shift()!) }));
    expect(ui.shown).toEqual(['present-card/ready-to-read', 'present-one-card-only/processing-error', 'present-one-card-only/ready-to-read']);
  });

  it('ends with E-CTLS-0004 when the collision never clears', async () => {
    const r = await runContactlessTransaction(new ScriptedTransport([]), purchase(), environment(combos, [fakeKernel(2, [])], { fieldProbe: () => Promise.resolve('collision') }));
    expect(r.outcome.kernel === null && r.outcome.error.code).toBe('E-CTLS-0004');
  });

  it('restarts at B on Try Again with the kernel\'s UI Request on Restart, selecting from the PPSE again (§3.5.1.3)', async () => {
    const script: Step[] = [[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]];
    const card = new ScriptedTransport([...script, ...script]);
    const again = kernelOutcome(2, 'try-again', { start: 'B', uiRequestOnRestart: { message: 'see-phone', status: 'ready-to-read', holdTimeMs: 1300 } });
    const ui = uiLog();
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [again, kernelOutcome(2, 'approved')])], { ui }));
    expect(card.finished).toBe(true);
    expect(r.outcome.outcome.status).toBe('approved');
    expect(r.restarts).toBe(1);
    expect(ui.shown).toEqual(['present-card/ready-to-read', 'see-phone/ready-to-read']);
  });

  it('ends with E-CTLS-0003 after the bounded number of restarts', async () => {
    const script: Step[] = [[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]];
    const card = new ScriptedTransport([...script, ...script, ...script]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'try-again', { start: 'B' })])], { maxRestarts: 2 }));
    expect(card.finished).toBe(true);
    expect(r.outcome.kernel === null && r.outcome.error.code).toBe('E-CTLS-0003');
    expect(r.restarts).toBe(2);
  });

  it('returns to Start B after a communications error during selection (§3.3.3.7)', async () => {
    const scripted = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]]);
    let failed = false;
    const card: CardTransport = {
      transmit(c) {
        if (!failed) {
          failed = true;
          return Promise.reject(new PosError('E-EMU-0001', { apdu: 1 }));
        }
        return scripted.transmit(c);
      },
    };
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'approved')])]));
    expect(r.outcome.outcome.status).toBe('approved');
    expect(r.restarts).toBe(1);
    expect(r.apdus).toBe(3);
  });

  it('brings the host answer back to the same combination at Start B, without the PPSE (§3.3.2.1)', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')], [select(MC), adfFci(MC, '9F3501')]]);
    const online = kernelOutcome(2, 'online-request', { start: 'B', onlineResponseData: 'emv-data' });
    const k2 = fakeKernel(2, [online, kernelOutcome(2, 'approved')]);
    const host = fromHex('8A023030');
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [k2], { online: () => Promise.resolve(host) }));
    expect(card.finished).toBe(true);
    expect(r.outcome.outcome.status).toBe('approved');
    expect(k2.activations[0]!.restart).toBeUndefined();
    expect(toHex(k2.activations[1]!.restart!.onlineResponse!)).toBe('8A023030');
  });

  it('restarts the kernel at Start D with the host answer and no further APDU from Entry Point', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]]);
    const k2 = fakeKernel(2, [kernelOutcome(2, 'online-request', { start: 'D', onlineResponseData: 'any' }), kernelOutcome(2, 'approved')]);
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [k2], { online: () => Promise.resolve(fromHex('8A023030')) }));
    expect(card.finished).toBe(true);
    expect(k2.activations).toHaveLength(2);
    expect(r.outcome.outcome.status).toBe('approved');
  });

  it('hands an Online Request without a restart to the application as the final outcome', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]]);
    let asked = 0;
    const r = await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'online-request')])], { online: () => Promise.resolve((asked++, undefined)) }));
    expect(r.outcome.outcome.status).toBe('online-request');
    expect(asked).toBe(0);
  });

  it('asks for the field off for the hold time the outcome gives (§3.5.1.2)', async () => {
    const card = new ScriptedTransport([[SELECT_PPSE, ppseFci([{ aid: MC }])], [select(MC), adfFci(MC, '9F3501')]]);
    const holds: number[] = [];
    await runContactlessTransaction(card, purchase(), environment(combos, [fakeKernel(2, [kernelOutcome(2, 'declined', { fieldOffHoldMs: 1200 })])], { fieldOff: (ms) => Promise.resolve(void holds.push(ms)) }));
    expect(holds).toEqual([1200]);
  });
});
