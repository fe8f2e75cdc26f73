// Over-the-air updates on a device root (a directory here, '/' on a terminal): an image the
// channel downloaded is installed outside business as a trial; a healthy start commits it and
// raises the floor; a failed check or a passed deadline rolls it back at once; a version that
// crashes on every start is rolled back by the boot guard (the real guard, run as a process the
// way the unit's ExecStartPre runs it) once its starts are used up; refusals keep their codes;
// and a cut between the guard's two writes still ends rolled back.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUARD_PATHS, MAX_TRIAL_STARTS, readGuardedState, switchCurrent } from '../../src/image/boot-guard.js';
import { LAYOUT } from '../../src/image/device-layout.js';
import { installOverTheAir, settleTrial, takeRollbackReport, type HealthCheck } from '../../src/image/over-the-air.js';
import { PosError } from '../../src/errors/index.js';
import { bootable, fixtureImage, keys, runScript, tempDir, type FixtureImage } from '../support/image-fixtures.js';

let keyDir: string;
let v1: FixtureImage;
let v2: FixtureImage;
let v0: FixtureImage;

beforeAll(async () => {
  keyDir = keys();
  // 1.1.0 may replace 1.0.0 and, once committed, keeps anything below 1.0.0 off the device; a
  // floor never rises above the version an update replaces, so rolling back stays allowed.
  v0 = await fixtureImage(keyDir, { version: '0.9.0', minVersion: '0.9.0', guard: true });
  v1 = await fixtureImage(keyDir, { version: '1.0.0', minVersion: '0.9.0', guard: true });
  v2 = await fixtureImage(keyDir, { version: '1.1.0', minVersion: '1.0.0', guard: true });
}, 60_000);

const healthy: HealthCheck[] = ['kernel', 'devices', 'channel', 'journal'].map((name) => ({ name, check: async () => undefined }));
const idle = { busy: () => false };

/** A device flashed with v1 by hand, then v2 installed over the air as a trial. */
async function onTrial(): Promise<string> {
  const root = tempDir('posrt-ota-');
  const r = await runScript('flash', ['--image', v1.path, '--target', `dir:${root}`]);
  expect(r.code, r.stderr).toBe(0);
  await installOverTheAir(v2.path, 'fw-1.1.0', { root, ...idle });
  return root;
}

/** One start as systemd makes it: the guard from the state directory, as a process. */
function guardStart(root: string): string {
  return execFileSync(process.execPath, [join(root, GUARD_PATHS.guard), root], { encoding: 'utf8' }).trim();
}

describe('over-the-air update', { timeout: 60_000 }, () => {
  it('installs into the inactive slot as a trial: current switched, floor and installed unchanged until a start commits', async () => {
    const root = await onTrial();
    expect(readlinkSync(join(root, LAYOUT.current))).toBe('slots/b');
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
    const state = readGuardedState(root)!;
    expect(state).toMatchObject({ floor: '0.9.0', installed: { slot: 'a', version: '1.0.0' }, trial: { slot: 'b', version: '1.1.0', starts: 0, firmwareId: 'fw-1.1.0' } });
    expect(existsSync(join(root, GUARD_PATHS.guard))).toBe(true);
  });

  it('a healthy start commits: installed 1.1.0, previous 1.0.0, the floor raised to the update’s minimum; the guard then has nothing to count', async () => {
    const root = await onTrial();
    expect(guardStart(root)).toMatch(/trial-start/);
    expect(await settleTrial(root, healthy, 5_000)).toEqual({ kind: 'committed', version: '1.1.0' });
    expect(readGuardedState(root)).toEqual(expect.objectContaining({ floor: '1.0.0', installed: expect.objectContaining({ slot: 'b', version: '1.1.0' }), previous: expect.objectContaining({ slot: 'a', version: '1.0.0' }) }));
    expect(readGuardedState(root)?.trial).toBeUndefined();
    expect(guardStart(root)).toMatch(/no-trial/);
    // The floor now refuses 0.9.0, by hand as over the air.
    await expect(installOverTheAir(v0.path, 'fw-0.9.0', { root, ...idle })).rejects.toMatchObject({ code: 'E-IMAGE-0007' });
    expect((await runScript('flash', ['--image', v0.path, '--target', `dir:${root}`])).code).toBe(2);
  });

  it('a failed health check rolls back at once to the previous slot, and the rollback is reported once', async () => {
    const root = await onTrial();
    const checks: HealthCheck[] = [...healthy, { name: 'journal', check: async () => Promise.reject(new PosError('E-JOURNAL-0002', {})) }];
    const verdict = await settleTrial(root, checks, 5_000, () => 42);
    expect(verdict).toEqual({ kind: 'rolled-back', version: '1.1.0', reason: 'journal: E-JOURNAL-0002' });
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    expect(readGuardedState(root)).toMatchObject({ floor: '0.9.0', installed: { slot: 'a', version: '1.0.0' } });
    expect(takeRollbackReport(root)).toEqual({ version: '1.1.0', reason: 'journal: E-JOURNAL-0002', at: 42, firmwareId: 'fw-1.1.0' });
    expect(takeRollbackReport(root)).toBeUndefined();
  });

  it('no healthy start within the deadline (a check that never answers) rolls back', async () => {
    const root = await onTrial();
    const hung: HealthCheck[] = [{ name: 'channel', check: () => new Promise(() => undefined) }];
    expect(await settleTrial(root, hung, 200)).toMatchObject({ kind: 'rolled-back', reason: 'no healthy start within 200 ms' });
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
  });

  it('a version that crashes on every start is rolled back by the boot guard once its starts are used up', async () => {
    const root = await onTrial();
    // Each start: the guard counts it, then the new version dies before it can check anything.
    for (let i = 1; i <= MAX_TRIAL_STARTS; i++) {
      expect(guardStart(root)).toMatch(/trial-start/);
      expect(readGuardedState(root)?.trial?.starts).toBe(i);
      expect(readlinkSync(join(root, LAYOUT.current))).toBe('slots/b');
    }
    expect(guardStart(root)).toMatch(/rolled-back/);
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    expect(readGuardedState(root)?.rolledBack).toMatchObject({ version: '1.1.0', reason: `no healthy start in ${MAX_TRIAL_STARTS} tries` });
  });

  it('cut between the guard’s link switch and its state write, the next start finishes the rollback and the old version does not commit the trial', async () => {
    const root = await onTrial();
    for (let i = 0; i < MAX_TRIAL_STARTS; i++) guardStart(root);
    // The power went after the link was switched back, before the state was written.
    switchCurrent(root, 'a');
    expect(readGuardedState(root)?.trial).toBeDefined();
    expect(await settleTrial(root, healthy, 5_000)).toEqual({ kind: 'rolling-back' });
    expect(guardStart(root)).toMatch(/rolled-back/);
    expect(readGuardedState(root)).toMatchObject({ installed: { slot: 'a' } });
    expect(readGuardedState(root)?.trial).toBeUndefined();
  });

  it('waits while the terminal is busy (a card session, an uncertain transaction) and touches nothing until it is idle', async () => {
    const root = tempDir('posrt-ota-');
    expect((await runScript('flash', ['--image', v1.path, '--target', `dir:${root}`])).code).toBe(0);
    let busy = true;
    let polls = 0;
    const install = installOverTheAir(v2.path, 'fw', {
      root,
      pollMs: 20,
      busy: () => {
        polls++;
        return busy;
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(polls).toBeGreaterThan(3);
    expect(existsSync(join(root, LAYOUT.slot('b')))).toBe(false);
    busy = false;
    await install;
    expect(readGuardedState(root)?.trial?.version).toBe('1.1.0');
  });

  it('refuses an image signed by another key than the pinned one, reported with its code', async () => {
    const root = tempDir('posrt-ota-');
    expect((await runScript('flash', ['--image', v1.path, '--target', `dir:${root}`])).code).toBe(0);
    const foreign = await fixtureImage(keys(), { version: '1.2.0' });
    await expect(installOverTheAir(foreign.path, 'fw-x', { root, ...idle })).rejects.toMatchObject({ code: 'E-IMAGE-0005' });
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    expect(readFileSync(join(root, LAYOUT.updateState), 'utf8')).not.toContain('trial');
  });
});
