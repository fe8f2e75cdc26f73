// The terminal's side of over-the-air updates: which runtimes may update themselves (only one
// started from an installed slot), and the installer the channel's InstallFirmware calls —
// refusing in a checkout, waiting for its not-before time, and installing a trial otherwise.
import { describe, expect, it } from 'vitest';
import { deviceRootOf, reportRollback, settleUpdateAtStart, updateInstaller } from '../../src/boot/updates.js';
import { readGuardedState } from '../../src/image/boot-guard.js';
import { fixtureImage, keys, runScript, tempDir } from '../support/image-fixtures.js';

describe('updates in the running terminal', { timeout: 60_000 }, () => {
  it('finds the device root from an installed slot’s entry file, through `current` as the unit starts it too, and none for a checkout', () => {
    expect(deviceRootOf('/opt/posrt/slots/a/dist/src/main.js')).toBe('/');
    expect(deviceRootOf('/opt/posrt/current/dist/src/main.js')).toBe('/');
    expect(deviceRootOf('/mnt/sd/opt/posrt/current/dist/src/main.js')).toBe('/mnt/sd');
    expect(deviceRootOf('/opt/posrt/state/boot-guard.mjs')).toBeUndefined();
    expect(deviceRootOf('/mnt/sd/opt/posrt/slots/b/dist/src/main.js')).toBe('/mnt/sd');
    expect(deviceRootOf('/work/main/src/main.ts')).toBeUndefined();
    expect(deviceRootOf('/opt/posrt/slots/c/dist/src/main.js')).toBeUndefined();
  });

  it('refuses in a checkout (E-IMAGE-0014), and installs a trial once its not-before time has come', async () => {
    const keyDir = keys();
    const v1 = await fixtureImage(keyDir, { version: '1.0.0' });
    const v2 = await fixtureImage(keyDir, { version: '1.1.0', minVersion: '1.0.0' });
    const verified = { firmwareId: 'fw-1.1.0', version: '1.1.0', path: v2.path, size: 0, sha256: new Uint8Array(32) };
    await expect(updateInstaller({ root: undefined, busy: () => false })(verified, 0)).rejects.toMatchObject({ code: 'E-IMAGE-0014' });

    const root = tempDir('posrt-ota-');
    expect((await runScript('flash', ['--image', v1.path, '--target', `dir:${root}`])).code).toBe(0);
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      // Nothing is installed while the not-before time is still ahead.
      expect(readGuardedState(root)?.trial).toBeUndefined();
      waits.push(ms);
    };
    await updateInstaller({ root, busy: () => false, now: () => 1_000, sleep })(verified, 61_000);
    expect(waits).toEqual([60_000]);
    expect(readGuardedState(root)?.trial).toMatchObject({ version: '1.1.0', firmwareId: 'fw-1.1.0', slot: 'b' });
    // The start finds the journal unreadable: rolled back, and reported once with E-IMAGE-0018.
    expect(await settleUpdateAtStart(root, [{ name: 'journal', check: () => Promise.reject(new Error('unreadable')) }])).toMatchObject({ kind: 'rolled-back' });
    const reported: [string, string][] = [];
    reportRollback(root, (id, e) => reported.push([id, e.code]));
    reportRollback(root, (id, e) => reported.push([id, e.code]));
    expect(reported).toEqual([['fw-1.1.0', 'E-IMAGE-0018']]);
  });
});
