// npm start (src/main.ts) with a PIN pad configured: the serial pad emulator on a socat pty
// (POSRT_PINPADS) is attached and listed, its line pulled out is a detach with the pad's code,
// and a Bluetooth pad asked for (POSRT_BLE_PINPAD) on a machine where noble cannot load is
// reported as "ble: failed E-BLE-0001" while the terminal carries on.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { loadNoble } from '../../src/devices/ble/index.js';
import { deriveTdesIpek } from '../../src/security/index.js';
import { until } from '../support/pty-rig.js';
import { startRig, type Rig } from '../devices/pinpad/pty-rig.js';

const ROOT = join(import.meta.dirname, '../..');
const stateDir = mkdtempSync(join(tmpdir(), 'posrt-state-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const IKSN = fromHex('FFFF9876543210E00000');
const KEY_FILE = { slots: [{ slot: 1, algorithm: 'tdes', initialKey: toHex(deriveTdesIpek(fromHex('0123456789ABCDEFFEDCBA9876543210'), IKSN)), ksn: toHex(IKSN) }] };

let rig: Rig;
beforeEach(async () => {
  rig = await startRig(KEY_FILE);
});
afterEach(async () => {
  await rig.stop();
});

describe('npm start with PIN pads configured', () => {
  it('lists the serial pad, reports BLE as it is on this machine, and detaches the pad when its line goes', async () => {
    const bleLoads = await loadNoble().then(
      () => true,
      () => false,
    );
    const env = { ...process.env, POSRT_STATE_DIR: stateDir, POSRT_VIRTUAL_CARDS: '', POSRT_PINPADS: rig.terminalPath, POSRT_BLE_PINPAD: 'PINPAD' };
    const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => out.includes('ready; Ctrl-C to stop'), 30_000, 'npm start to boot');
      expect(out).toContain(`  pin-pad ${rig.terminalPath} (pinpad)`);
      if (bleLoads) expect(out).not.toContain('ble: failed');
      else expect(out).toMatch(/^ble: failed E-BLE-0001$/m);

      await rig.unplug();
      await until(() => out.includes('detached: pin-pad'), 10_000, 'the pad to be detached');
      expect(out).toContain(`detached: pin-pad ${rig.terminalPath} (pinpad)`);
      expect(out).toMatch(/^pinpad: degraded E-PINPAD-0004$/m);
    } finally {
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  }, 60_000);
});
