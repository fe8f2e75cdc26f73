// pos txn as an acceptance check runs it: one whole contact transaction through the real
// stack (the command → pcsclite → pcscd → vpcd → our vpcd link → the virtual EMV card), the
// host answer from the local test issuer.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../src/cli/config-files.js';
import type { TxnReport } from '../../src/cli/txn.js';
import { REVOKED_ISSUER_CERTIFICATE } from '../../src/emulators/card/profiles/fault-variants.js';
import type { Fault } from '../../src/emulators/card/index.js';
import { runPos } from '../cli/run-pos.js';
import { useVirtualSlots } from './support/virtual-slots.js';

const slots = useVirtualSlots();
const insert = (profile: string, faults: Fault[] = []) => slots.insert(profile, 0, faults);

async function txn(args: string[]): Promise<{ code: number | null; json: TxnReport; stdout: string; stderr: string }> {
  const r = await runPos(['txn', '--currency', '156', '--json', ...args]);
  return { code: r.code, json: JSON.parse(r.stdout) as TxnReport, stdout: r.stdout, stderr: r.stderr };
}

const HEX = /^(?:[0-9A-F]{2})+$/;

describe('pos txn through pcscd and vpcd', () => {
  it('approves a Visa purchase online with a TC, every key present, the trace too, and the PAN masked', async () => {
    await insert('visa');
    const r = await txn(['--amount', '12.34', '--pin', '1234', '--online', 'approve', '--trace']);
    expect(r.code).toBe(0);
    expect(r.json.outcome).toBe('approved');
    expect(r.json.cryptogram?.type).toBe('TC');
    expect(r.json.cryptogram?.value).toMatch(/^[0-9A-F]{16}$/);
    expect(r.json.aid).toBe('A0000000031010');
    expect(r.json.label).toBe('VISA CREDIT');
    expect(r.json.pan).toBe('476173******0010');
    for (const key of ['tvr', 'tsi', 'cvmResults', 'atc'] as const) expect(r.json[key]).toMatch(HEX);
    expect(r.json.tvr).toHaveLength(10);
    expect(r.json.arc).toBe('00');
    expect(r.json.apdus).toBeGreaterThan(8);
    expect(Object.keys(r.json.phases)).toEqual(expect.arrayContaining(['select', 'initiate', 'read', 'first-ac', 'online', 'second-ac']));
    expect(r.json.error).toBeNull();
    expect(r.json.trace).toHaveLength(r.json.apdus);
    expect(r.json.trace![0]).toMatchObject({ step: 'select', command: 'SELECT' });
    expect(r.stdout + r.stderr).not.toContain('4761739001010010');
  });

  it('completes online-declined with an AAC and exit 0 when the issuer declines', async () => {
    await insert('visa');
    const r = await txn(['--amount', '12.34', '--pin', '1234', '--online', 'decline']);
    expect(r.code).toBe(0);
    expect(r.json.outcome).toBe('online-declined');
    expect(r.json.cryptogram?.type).toBe('AAC');
    expect(r.json.arc).toBe('05');
  });

  it('takes the default action with Y3/Z3 when the host is unavailable', async () => {
    await insert('unionpay');
    const r = await txn(['--amount', '200.00', '--pin', '123456', '--online', 'unavailable']);
    expect(r.code).toBe(0);
    expect(['approved', 'declined']).toContain(r.json.outcome);
    expect(r.json.arc).toBe(r.json.outcome === 'approved' ? 'Y3' : 'Z3');
    expect(r.json.pan).toMatch(/^\d{6}\*+\d{4}$/);
  });

  it('verifies the Mastercard offline PIN and CDA on the way', async () => {
    await insert('mastercard');
    const r = await txn(['--amount', '10.00', '--pin', '4315']);
    expect(r.code).toBe(0);
    expect(['approved', 'online-declined']).toContain(r.json.outcome);
    // CVM Results: plaintext offline PIN (01), successful (02); TVR byte 1 has no ODA failure.
    expect(r.json.cvmResults?.slice(0, 2)).toMatch(/^[04]1$/);
    expect(r.json.cvmResults?.slice(4)).toBe('02');
    expect(Number.parseInt(r.json.tvr!.slice(0, 2), 16) & 0xfc).toBe(0);
  });

  it('reports an aborted transaction with its coded error and a non-zero exit when the card is torn out', async () => {
    // APDU 5 is the GPO (SELECT PSE, READ RECORD x2, SELECT AID): the card leaves there.
    await insert('visa', [{ kind: 'removal', atApdu: 5 }]);
    const r = await txn(['--amount', '1.00', '--pin', '1234']);
    expect(r.code).toBe(1);
    expect(r.json.outcome).toBe('aborted');
    expect(r.json.error?.code).toMatch(/^E-[A-Z]+-\d{4}$/);
    expect(r.stderr).toContain(r.json.error!.code);
    expect(r.stderr).not.toContain('    at ');
  });

  it('skips a blocked application (SELECT 6283) and completes with the next one, its label reported', async () => {
    await insert('blocked-app');
    const r = await txn(['--amount', '12.34', '--pin', '123456']);
    expect(r.code).toBe(0);
    expect(r.json.aid).toBe('A000000333010102');
    expect(r.json.label).toBe('UnionPay Credit');
    expect(['approved', 'declined', 'online-declined']).toContain(r.json.outcome);
  });

  it('ends the application, exit 0 and no cryptogram, when the card answers SELECT PSE with 6A81 (Book 1 §12.3.2: card blocked)', async () => {
    await insert('visa', [{ kind: 'status-word', sw: 0x6a81, when: { apdu: 1 } }]);
    const r = await txn(['--amount', '12.34', '--pin', '1234']);
    expect(r.code).toBe(0);
    expect(r.json.outcome).toBe('end-application');
    expect(r.json.reason).toContain('6A81');
    expect(r.json).toMatchObject({ cryptogram: null, aid: null, label: null, pan: null, error: null, apdus: 1 });
  });

  it('says try another interface, exit 0, when the chip answers selection with a truncated FCI (technical fallback)', async () => {
    await insert('visa', [{ kind: 'malformed-response', atApdu: 1, damage: 'truncated' }]);
    const r = await txn(['--amount', '12.34', '--pin', '1234']);
    expect(r.code).toBe(0);
    expect(r.json.outcome).toBe('try-another-interface');
    expect(r.json.reason).toContain('could not be read');
    expect(r.json).toMatchObject({ cryptogram: null, aid: null });
    // What the chip sent wrong, for the support engineer: the FCI's TLV ran past its end.
    expect(r.json.error?.code).toMatch(/^E-(TLV|CARD)-\d{4}$/);
  });

  it('reads the revocation list from the config folder: a revoked issuer certificate fails DDA (Book 2 §5.3 step 10; TVR byte 1 b4)', async () => {
    const DDA_FAILED = 0x08;
    const dir = mkdtempSync(join(tmpdir(), 'posrt-config-'));
    cpSync(DEFAULT_CONFIG_DIR, dir, { recursive: true });
    const { rid, caIndex, serialNumber } = REVOKED_ISSUER_CERTIFICATE;
    writeFileSync(join(dir, 'revocation.json'), JSON.stringify({ revoked: [{ rid, caIndex: caIndex.toString(16).toUpperCase(), serialNumber }] }));
    await insert('revoked-issuer-cert');
    const revoked = await txn(['--amount', '12.34', '--pin', '1234', '--config', dir]);
    expect(revoked.code).toBe(0);
    expect(Number.parseInt(revoked.json.tvr!.slice(0, 2), 16) & DDA_FAILED).toBe(DDA_FAILED);
    // The shipped list is empty: the same card authenticates, so the list alone made DDA fail.
    const shipped = await txn(['--amount', '12.34', '--pin', '1234']);
    expect(Number.parseInt(shipped.json.tvr!.slice(0, 2), 16) & DDA_FAILED).toBe(0);
  });

  it('refuses a malformed revocation list with E-ODA-0008 and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-config-'));
    cpSync(DEFAULT_CONFIG_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'revocation.json'), JSON.stringify({ revoked: [{ rid: 'A000000003', caIndex: 'F1' }] }));
    const r = await runPos(['txn', '--amount', '1.00', '--currency', '156', '--config', dir, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^E-ODA-0008 .*entry=0, field=serialNumber/);
  });

  it('refuses a malformed amount with a coded error and exit 2, before touching the card', async () => {
    const r = await runPos(['txn', '--amount', '12.345', '--currency', '156', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^E-CORE-0001 /);
  });
});
