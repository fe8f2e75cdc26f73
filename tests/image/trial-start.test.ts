// A real image on trial, started as the systemd unit starts it: a device root with a version
// installed (a small image carrying the boot guard), this checkout's runtime image built by
// scripts/build-image and installed over it as an update on trial (installOverTheAir, into slot
// b), then the unit's two commands — the boot guard from the state directory, and node on
// /opt/posrt/current/dist/src/main.js with the state directory in the device root. With no
// hardware the runtime brings up its emulated reader (pcscd and vpcd: run this file under the
// HIL lock) and its embedded backend; once the reader is found, the session open and the
// journal read, src/boot's settleUpdateAtStart commits the update: the floor is raised, the
// trial cleared, and a second start of the guard finds nothing to count.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUARD_PATHS, readGuardedState } from '../../src/image/boot-guard.js';
import { LAYOUT } from '../../src/image/device-layout.js';
import { installOverTheAir } from '../../src/image/over-the-air.js';
import { bootable, fixtureImage, keys, runScript, tempDir } from '../support/image-fixtures.js';
import { until } from '../support/pty-rig.js';

const root = tempDir('posrt-trial-device-');
let child: ReturnType<typeof spawn> | undefined;
let out = '';

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('a built runtime image on trial, started as the unit starts it', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    const keyDir = keys();
    const old = await fixtureImage(keyDir, { version: '0.0.1', minVersion: '0.0.0', guard: true });
    expect((await runScript('flash', ['--image', old.path, '--target', `dir:${root}`])).code).toBe(0);
    const image = join(tempDir('posrt-image-'), 'posrt.img');
    const built = await runScript('build-image', ['--key', keyDir, '--out', image, '--version', '0.1.0', '--min-version', '0.0.1']);
    expect(built.code, built.stderr).toBe(0);
    await installOverTheAir(image, 'fw-0.1.0', { root, busy: () => false });
  }, 300_000);

  it('is committed by its own start once healthy: the floor raised, the trial cleared, the old slot kept as previous', async () => {
    expect(readGuardedState(root)).toMatchObject({ floor: '0.0.0', trial: { slot: 'b', version: '0.1.0', firmwareId: 'fw-0.1.0', starts: 0 } });
    expect(bootable(root)).toEqual({ version: '0.1.0', slot: 'b' });

    // ExecStartPre: the guard counts this start of the trial.
    execFileSync(process.execPath, [join(root, GUARD_PATHS.guard), root], { encoding: 'utf8' });
    expect(readGuardedState(root)?.trial?.starts).toBe(1);

    // ExecStart, with the unit's working directory and environment, the paths under the root.
    const current = join(root, LAYOUT.current);
    child = spawn(process.execPath, [join(current, 'dist/src/main.js')], {
      cwd: current,
      env: { ...process.env, NODE_ENV: 'production', POSRT_STATE_DIR: join(root, LAYOUT.state), POSRT_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await until(() => readGuardedState(root)?.trial === undefined || child!.exitCode !== null, 240_000, 'the trial settled');
    expect(child.exitCode, out).toBeNull();
    expect(readGuardedState(root)).toMatchObject({ floor: '0.0.1', installed: { slot: 'b', version: '0.1.0' }, previous: { slot: 'a', version: '0.0.1' } });
    expect(readGuardedState(root)?.rolledBack).toBeUndefined();
    expect(bootable(root)).toEqual({ version: '0.1.0', slot: 'b' });
    // The next start: nothing on trial for the guard to count.
    expect(execFileSync(process.execPath, [join(root, GUARD_PATHS.guard), root], { encoding: 'utf8' })).toMatch(/no-trial/);

    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited, out).toBe(0);
  });
});
