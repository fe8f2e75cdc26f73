// pos txn --interface contactless as an acceptance check runs it: a tap through the real stack
// (the command → pcsclite → pcscd → vpcd's contactless slot "Virtual PCD 00 01" → our vpcd
// link → the virtual card), Entry Point choosing the kernel from the card's PPSE, an Online
// Request answered by the local test issuer.
import { describe, expect, it } from 'vitest';
import type { ContactlessTxnReport } from '../../src/cli/txn-contactless.js';
import type { Fault } from '../../src/emulators/card/index.js';
import { runPos } from '../cli/run-pos.js';
import { useVirtualSlots } from './support/virtual-slots.js';

const slots = useVirtualSlots();
const tapWith = (profile: string, faults: Fault[] = []) => slots.insert(profile, 1, faults);

async function tap(args: string[]): Promise<{ code: number | null; json: ContactlessTxnReport; stdout: string; stderr: string }> {
  const r = await runPos(['txn', '--interface', 'contactless', '--currency', '156', '--json', ...args], { timeoutMs: 18_000 });
  let json: ContactlessTxnReport;
  try {
    json = JSON.parse(r.stdout) as ContactlessTxnReport;
  } catch {
    throw new Error(`pos txn printed no JSON (exit ${r.code}): ${r.stderr}`);
  }
  return { code: r.code, json, stdout: r.stdout, stderr: r.stderr };
}

describe('pos txn --interface contactless through pcscd and vpcd', () => {
  it('approves a Visa qVSDC tap offline with a TC and fDDA (kernel 3), every key present, the PAN masked', async () => {
    await tapWith('visa-qvsdc');
    const r = await tap(['--amount', '12.34']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ interface: 'contactless', outcome: 'approved', kernel: 3, aid: 'A0000000031010', cvm: 'no-cvm', error: null });
    expect(r.json.cryptogram?.type).toBe('TC');
    expect(r.json.cryptogram?.value).toMatch(/^[0-9A-F]{16}$/);
    expect(r.json.pan).toBe('476173******0010');
    expect(r.json.tvr).toMatch(/^[0-9A-F]{10}$/);
    expect(r.json.atc).toMatch(/^[0-9A-F]{4}$/);
    // SELECT PPSE, SELECT AID, GPO and the READ RECORDs of fDDA.
    expect(r.json.apdus).toBeGreaterThanOrEqual(4);
    expect(r.json.cardInFieldMs).toBeGreaterThan(0);
    expect(Object.keys(r.json.phases)).toEqual(expect.arrayContaining(['pre-processing', 'combination-selection', 'final-selection', 'kernel-3']));
    expect(r.stdout + r.stderr).not.toContain('4761739001010010');
  });

  it('sends the ARQC of an online-only UnionPay card (kernel 7) to the issuer and approves with ARC 00', async () => {
    await tapWith('unionpay-qpboc-online');
    const r = await tap(['--amount', '20.00', '--online', 'approve']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', kernel: 7, arc: '00' });
    expect(r.json.cryptogram?.type).toBe('ARQC');
  });

  it('ends online-declined with ARC 05 when the issuer declines the ARQC', async () => {
    await tapWith('visa-online-only');
    const r = await tap(['--amount', '20.00', '--online', 'decline']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'online-declined', kernel: 3, arc: '05' });
  });

  it('declines when the issuer cannot be reached: a tap has no offline fallback for an ARQC', async () => {
    await tapWith('visa-online-only');
    const r = await tap(['--amount', '20.00', '--online', 'unavailable']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'declined', reason: 'unable-to-go-online', arc: null });
  });

  it('runs the Mastercard M/Chip path (kernel 2) with CDA and approves offline', async () => {
    await tapWith('mastercard-c2');
    const r = await tap(['--amount', '10.00']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', kernel: 2, aid: 'A0000000041010' });
    expect(r.json.cryptogram?.type).toBe('TC');
    expect(r.json.pan).toMatch(/^\d{6}\*+\d{4}$/);
  });

  it('runs the Mastercard mag-stripe mode path (kernel 2): the CVC3 in the tracks reaches the issuer, which verifies it and approves', async () => {
    await tapWith('mastercard-magstripe');
    const r = await tap(['--amount', '20.00', '--online', 'approve']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', kernel: 2, mode: 'mag-stripe', aid: 'A0000000041010', arc: '00', cryptogram: null, cvm: 'no-cvm', error: null });
    expect(r.json.pan).toBe('541333******0491');
    // SELECT PPSE, SELECT AID, GPO, READ RECORD of the tracks, COMPUTE CRYPTOGRAPHIC CHECKSUM.
    expect(r.json.apdus).toBe(5);
    expect(r.stdout + r.stderr).not.toContain('5413330089010491');
  });

  it('ends online-declined when the issuer declines a mag-stripe mode tap', async () => {
    await tapWith('mastercard-magstripe');
    const r = await tap(['--amount', '20.00', '--online', 'decline']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'online-declined', kernel: 2, arc: '05' });
  });

  it('runs the relay resistance protocol the configuration enables (kernel 2), timed through pcscd, and approves', async () => {
    await tapWith('mastercard-c2-rrp');
    const r = await tap(['--amount', '10.00', '--online', 'approve']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', kernel: 2, mode: 'emv', error: null });
    // TVR byte 5 b2-b1 '10': RRP performed. Through pcscd the answer may come later than the
    // card's 4.8 ms + 5 ms (b3, after three exchanges): the TAC then sends it online, and the
    // issuer approves the ARQC.
    expect(Number.parseInt(r.json.tvr!.slice(8), 16) & 0x03).toBe(0x02);
    // PPSE, AID, GPO, ERRD (up to three), four records, GENERATE AC.
    expect(r.json.apdus).toBeGreaterThanOrEqual(9);
  });

  it('asks for online PIN above the CVM required limit and sends the PIN block with the ARQC', async () => {
    await tapWith('visa-qvsdc');
    const r = await tap(['--amount', '1500.00', '--pin', '1234', '--online', 'approve']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', cvm: 'online-pin', arc: '00' });
    expect(r.json.cryptogram?.type).toBe('ARQC');
  });

  it('says try another interface above the contactless transaction limit, with no card command sent', async () => {
    await tapWith('visa-qvsdc');
    const r = await tap(['--amount', '6000.00']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'try-another-interface', kernel: null, apdus: 0 });
    expect(r.json.error?.code).toBe('E-CTLS-0001');
  });

  it('restarts after Try Again when the card leaves the field at the GPO and is tapped again, then approves', async () => {
    const link = await tapWith('visa-qvsdc', [{ kind: 'removal', atApdu: 3 }]);
    // The cardholder taps again a moment after the card left.
    link.onClosed((closed) => {
      if (closed.kind === 'removed') setTimeout(() => void link.attach(), 300);
    });
    const r = await tap(['--amount', '12.34']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', kernel: 3, restarts: 1 });
    expect(r.json.uiRequests).toContain('present-card-again');
    expect(r.json.cryptogram?.type).toBe('TC');
  });

  it('follows the see-phone flow: "see phone", then the second tap with the phone\'s CDCVM goes online and is approved', async () => {
    await tapWith('visa-phone-see-phone');
    const r = await tap(['--amount', '1500.00', '--online', 'approve']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', kernel: 3, restarts: 1, cvm: 'confirmation-code-verified' });
    expect(r.json.uiRequests).toContain('see-phone');
  });

  it('ends with a coded error and exit 1 when the card leaves the field and is not presented again', async () => {
    // APDU 1 SELECT PPSE, 2 SELECT AID, 3 GPO: the card leaves at the GPO.
    await tapWith('visa-qvsdc', [{ kind: 'removal', atApdu: 3 }]);
    const r = await tap(['--amount', '12.34', '--present-timeout', '1']);
    expect(r.code).toBe(1);
    expect(r.json.outcome).toBe('end-application');
    expect(r.json.uiRequests).toContain('present-card-again');
    expect(r.stderr).toMatch(/^E-CTLS-\d{4} /);
    expect(r.stderr).not.toContain('    at ');
  });
});
