// The step-by-step trace a transaction hands on when asked (KernelEnvironment.trace): every
// APDU labelled with its kernel step, and no card data in it but the masked PAN.
import { describe, expect, it } from 'vitest';
import { transact } from '../../emulators/card/transaction.js';

const run = (trace: boolean) => transact({ profile: 'visa', pin: '1234', trace });

describe('transaction trace', () => {
  it('lists every APDU once, in order, with the step that sent it', async () => {
    const r = await run(true);
    expect(r.outcome.kind).toBe('approved');
    const trace = r.trace!;
    expect(trace).toHaveLength(r.apdus);
    expect(trace[0]).toMatchObject({ step: 'select', command: 'SELECT', header: '00A40400', sw: '9000' });
    expect(trace.find((t) => t.command === 'GET PROCESSING OPTIONS')?.step).toBe('initiate');
    expect(trace.filter((t) => t.command === 'READ RECORD').every((t) => t.step === 'read' || t.step === 'select')).toBe(true);
    expect(trace.find((t) => t.command === 'INTERNAL AUTHENTICATE')?.step).toBe('authenticate');
    expect(trace.filter((t) => t.command === 'GENERATE AC').map((t) => t.step)).toEqual(['first-ac', 'second-ac']);
    // The steps appear in the order the state machine ran them.
    const order = ['select', 'initiate', 'read', 'authenticate', 'verify-cardholder', 'manage-risk', 'first-ac', 'online', 'second-ac'];
    const seen = trace.map((t) => order.indexOf(t.step));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('masks the PAN, withholds track 2 and keeps no command data (the PIN block)', async () => {
    const text = JSON.stringify((await run(true)).trace);
    expect(text).toContain('476173******0010');
    expect(text).not.toContain('4761739001010010');
    expect(text).not.toMatch(/4761739001010010D/i);
    expect(text).not.toContain('241234FFFFFFFFFF');
  });

  it('is absent unless asked for', async () => {
    expect((await run(false)).trace).toBeUndefined();
  });
});
