// pos txn --online issuer through the real stack (the command → pcsclite → pcscd → vpcd → the
// virtual card), the host answer from the backend's issuer simulator with config/backend.json's
// keys and rules: the ARPC by method 2 a CVN 02 card verifies, the configured script (PUT DATA
// above 5000.00) run by the card, and the online PIN deciphered from the keyed pad's DUKPT block.
import { describe, expect, it } from 'vitest';
import type { TxnReport } from '../../src/cli/txn.js';
import { runPos } from '../cli/run-pos.js';
import { useVirtualSlots } from './support/virtual-slots.js';

const slots = useVirtualSlots();

async function txn(args: string[]): Promise<{ code: number | null; json: TxnReport; stdout: string; stderr: string }> {
  const r = await runPos(['txn', '--currency', '156', '--json', '--online', 'issuer', ...args]);
  return { code: r.code, json: JSON.parse(r.stdout) as TxnReport, stdout: r.stdout, stderr: r.stderr };
}

describe('pos txn --online issuer', () => {
  it('a CVN 02 card verifies the simulator\'s method 2 ARPC and approves; the amount rule\'s script runs in the card', async () => {
    await slots.insert('arpc-method-2', 0);
    const r = await txn(['--amount', '6000.00', '--pin', '1234']);
    expect(r.code).toBe(0);
    expect([r.json.outcome, r.json.cryptogram?.type, r.json.arc]).toEqual(['approved', 'TC', '00']);
    // config/backend.json: amounts over 5000.00 get script 00000001 (PUT DATA 9F14) after the final GENERATE AC.
    expect(r.json.issuerScriptResults).toBe('2000000001');
    expect(r.stdout + r.stderr).not.toContain('4761739001010010');
  });

  it('declines a wrong online PIN with ARC 55 and approves the right one', async () => {
    await slots.insert('unionpay', 0);
    const wrong = await txn(['--amount', '200.00', '--pin', '654321']);
    expect([wrong.code, wrong.json.outcome, wrong.json.arc, wrong.json.cryptogram?.type]).toEqual([0, 'online-declined', '55', 'AAC']);
    // A decline has the host's reference but no authorisation code; the approval both.
    expect([wrong.json.authCode, wrong.json.reference]).toEqual([null, expect.stringMatching(/^\d{12}$/)]);
    await slots.insert('unionpay', 0);
    const right = await txn(['--amount', '200.00', '--pin', '123456']);
    expect([right.json.outcome, right.json.arc, right.json.authCode, right.json.reference]).toEqual(['approved', '00', expect.stringMatching(/^\d{6}$/), expect.stringMatching(/^\d{12}$/)]);
  });
});
