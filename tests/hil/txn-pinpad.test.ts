// pos txn --pinpad: a whole contact transaction through the real stack (pcscd, vpcd, the
// virtual card) with the PIN typed on the serial PIN pad emulator at the other end of a socat
// pty pair. Offline PIN goes from the pad through the command's relay to the card in pcscd.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toHex, fromHex } from '../../src/bytes/hex.js';
import type { TxnReport } from '../../src/cli/txn.js';
import { deriveTdesIpek } from '../../src/security/index.js';
import { runPos } from '../cli/run-pos.js';
import { startRig, type Rig } from '../devices/pinpad/pty-rig.js';
import { useVirtualSlots } from './support/virtual-slots.js';

const slots = useVirtualSlots();
// ANSI X9.24-1:2009 Annex A test BDK and initial KSN; the pad holds the initial key only.
const IKSN = fromHex('FFFF9876543210E00000');
const KEY_FILE = { slots: [{ slot: 1, algorithm: 'tdes', initialKey: toHex(deriveTdesIpek(fromHex('0123456789ABCDEFFEDCBA9876543210'), IKSN)), ksn: toHex(IKSN) }] };

let rig: Rig;
beforeEach(async () => {
  rig = await startRig(KEY_FILE);
});
afterEach(async () => {
  await rig.stop();
});

async function txn(args: string[], cardholder: () => Promise<void>) {
  const [r] = await Promise.all([runPos(['txn', '--currency', '156', '--json', ...(args.includes('--amount') ? [] : ['--amount', '12.34']), ...args]), cardholder()]);
  return { ...r, json: r.code === 2 ? null : (JSON.parse(r.stdout) as TxnReport) };
}

const types = (pin: string) => async () => {
  await rig.next('awaiting-pin');
  rig.type(pin);
};

describe('pos txn with the serial PIN pad', () => {
  it('approves a Visa purchase whose offline PIN the card verified from the pad through the relay', async () => {
    await slots.insert('visa', 0);
    const r = await txn(['--pinpad', rig.terminalPath], types('1234'));
    expect(r.code).toBe(0);
    expect(r.json?.outcome).toBe('approved');
    expect(r.json?.cvmResults).toBe('410302');
    expect(rig.events).toContainEqual({ event: 'display', prompt: 'pin-ok' });
  });

  it('approves a UnionPay purchase with an online PIN from the pad', async () => {
    await slots.insert('unionpay', 0);
    const r = await txn(['--pinpad', rig.terminalPath, '--pin-slot', '1', '--pin-format', 'iso0'], types('123456'));
    expect(r.code).toBe(0);
    expect(r.json?.outcome).toBe('approved');
    expect(r.json?.cvmResults).toBe('420300');
    expect(rig.events).toContainEqual({ event: 'awaiting-pin', mode: 'online' });
  });

  it('takes the online PIN for a tap above the CVM required limit from the pad (kernel 3)', async () => {
    await slots.insert('visa-qvsdc', 1);
    const r = await txn(['--interface', 'contactless', '--amount', '1500.00', '--pinpad', rig.terminalPath], types('1234'));
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'approved', cvm: 'online-pin', arc: '00' });
    expect(rig.events).toContainEqual({ event: 'awaiting-pin', mode: 'online' });
  });

  it('says on stderr why the pad stopped (E-PINPAD-0004) and completes with signature', async () => {
    await slots.insert('visa', 0);
    const r = await txn(['--pinpad', rig.terminalPath], async () => {
      await rig.next('awaiting-pin');
      rig.socat.kill('SIGKILL');
    });
    expect(r.code).toBe(0);
    expect(r.json?.cvmResults).toBe('1E0300');
    expect(r.json?.signatureRequired).toBe(true);
    expect(r.stderr).toContain('E-PINPAD-0004');
  });

  it('refuses a port with no pad (E-PINPAD-0003) and --pin with --pinpad (E-CORE-0001), exit 2', async () => {
    await slots.insert('visa', 0);
    const absent = await txn(['--pinpad', `${rig.terminalPath}-absent`], async () => undefined);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('E-PINPAD-0003');
    const both = await txn(['--pinpad', rig.terminalPath, '--pin', '1234'], async () => undefined);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('E-CORE-0001');
    const format = await txn(['--pinpad', rig.terminalPath, '--pin-format', 'iso9'], async () => undefined);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--pin-format');
  });
});
