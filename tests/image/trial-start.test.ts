// A real image on trial, started as the systemd unit starts it: a device root with a version
// installed (a small image carrying the boot guard), this checkout's runtime image built by
// scripts/build-image and installed over it as an update on trial (installOverTheAir, into slot
// b), then the unit's two commands — the boot guard from the state directory, and node on
// /opt/posrt/current/dist/src/main.js with the state directory in the device root. With no
// hardware the runtime brings up its emulated reader (pcscd and vpcd: run this file under the
// HIL lock) and its embedded backend; once the reader is found, the session open and the
// journal read, src/boot's settleUpdateAtStart commits the update: the floor is raised, the
// trial cleared, and a second start of the guard finds nothing to count. The same image failing
// at every start (exit 2, as systemd's Restart= would see it) is rolled back by the guard.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUARD_PATHS, MAX_TRIAL_STARTS, readGuardedState } from '../../src/image/boot-guard.js';
import { LAYOUT, RUNTIME_NODE_FLAGS } from '../../src/image/device-layout.js';
import { installOverTheAir } from '../../src/image/over-the-air.js';
import { bootable, fixtureImage, keys, runScript, tempDir } from '../support/image-fixtures.js';
import { until } from '../support/pty-rig.js';

const root = tempDir('posrt-trial-device-');
let child: ReturnType<typeof spawn> | undefined;
let out = '';
let keyDir: string;
let image: string;

/** A device root with the small old version flashed and `image` installed over it on trial. */
async function onTrial(at: string): Promise<void> {
  const old = await fixtureImage(keyDir, { version: '0.0.1', minVersion: '0.0.0', guard: true });
  expect((await runScript('flash', ['--image', old.path, '--target', `dir:${at}`])).code).toBe(0);
  await installOverTheAir(image, 'fw-0.1.0', { root: at, busy: () => false });
}

/** The unit's ExecStartPre: the boot guard from the state directory, as a process. */
const guard = (at: string): string => execFileSync(process.execPath, [join(at, GUARD_PATHS.guard), at], { encoding: 'utf8' });

/** The unit's ExecStart: node on current's main.js, its working directory and environment. */
const unitStart = (at: string, env: Record<string, string>) =>
  [process.execPath, [...RUNTIME_NODE_FLAGS, join(at, LAYOUT.current, 'dist/src/main.js')], { cwd: join(at, LAYOUT.current), env: { ...process.env, NODE_ENV: 'production', POSRT_STATE_DIR: join(at, LAYOUT.state), ...env } }] as const;

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('a built runtime image on trial, started as the unit starts it', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    keyDir = keys();
    image = join(tempDir('posrt-image-'), 'posrt.img');
    const built = await runScript('build-image', ['--key', keyDir, '--out', image, '--version', '0.1.0', '--min-version', '0.0.1']);
    expect(built.code, built.stderr).toBe(0);
    await onTrial(root);
  }, 300_000);

  it('is committed by its own start once healthy: the floor raised, the trial cleared, the old slot kept as previous', async () => {
    expect(readGuardedState(root)).toMatchObject({ floor: '0.0.0', trial: { slot: 'b', version: '0.1.0', firmwareId: 'fw-0.1.0', starts: 0 } });
    expect(bootable(root)).toEqual({ version: '0.1.0', slot: 'b' });

    // ExecStartPre: the guard counts this start of the trial.
    guard(root);
    expect(readGuardedState(root)?.trial?.starts).toBe(1);

    // ExecStart, the paths under the root.
    const [node, args, o] = unitStart(root, { POSRT_CONFIG: '' });
    child = spawn(node, args, { ...o, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await until(() => readGuardedState(root)?.trial === undefined || child!.exitCode !== null, 240_000, 'the trial settled');
    expect(child.exitCode, out).toBeNull();
    expect(readGuardedState(root)).toMatchObject({ floor: '0.0.1', installed: { slot: 'b', version: '0.1.0' }, previous: { slot: 'a', version: '0.0.1' } });
    expect(readGuardedState(root)?.rolledBack).toBeUndefined();
    expect(bootable(root)).toEqual({ version: '0.1.0', slot: 'b' });
    // The next start: nothing on trial for the guard to count.
    expect(guard(root)).toMatch(/no-trial/);

    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited, out).toBe(0);
  });

  it('failing at every start (here a config file it refuses) never commits, and the boot guard rolls back to the old slot once its starts are used up', async () => {
    const crashing = tempDir('posrt-trial-device-');
    await onTrial(crashing);
    const config = join(tempDir('posrt-config-'), 'terminal.json');
    writeFileSync(config, 'not json');
    for (let start = 1; start <= MAX_TRIAL_STARTS; start++) {
      expect(guard(crashing)).toMatch(/trial-start/);
      const [node, args, o] = unitStart(crashing, { POSRT_CONFIG: config });
      const run = spawnSync(node, args, { ...o, encoding: 'utf8' });
      expect([run.status, /E-[A-Z]+-\d{4}/.exec(run.stderr + run.stdout)?.[0]]).toEqual([2, 'E-CORE-0003']);
      expect(readGuardedState(crashing)?.trial?.starts).toBe(start);
    }
    expect(guard(crashing)).toMatch(/rolled-back/);
    expect(bootable(crashing)).toEqual({ version: '0.0.1', slot: 'a' });
    expect(readGuardedState(crashing)).toMatchObject({ floor: '0.0.0', installed: { slot: 'a', version: '0.0.1' }, rolledBack: { version: '0.1.0', firmwareId: 'fw-0.1.0' } });
  });
});
