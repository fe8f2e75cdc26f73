// An update over the air from end to end: `pos backend-firmware` stores a signed image in the
// real backend's store and offers it, a terminal process downloads it over real gRPC and checks
// it against the offer, `pos backend-command … install-firmware` has it installed into the
// device root's inactive slot as a trial (boot's updateInstaller), a healthy start commits it,
// and the fleet page shows the rollout; an image below the device's floor is refused on the
// device and the refusal reaches the backend with its code.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardedState } from '../../src/image/boot-guard.js';
import { settleTrial } from '../../src/image/over-the-air.js';
import { enrol, makeTerminal, readStore, startBackend, until, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';
import { killStartedChildren, startChild, type ChildRun } from '../support/crash-child.js';
import { bootable, fixtureImage, keys, runScript, tempDir, type FixtureImage } from '../support/image-fixtures.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');
const TERMINAL = join(import.meta.dirname, '../channel/remote-commands/terminal.ts');
const SERIAL = 'SN-OTA-1';

describe('an update over the air', { timeout: 120_000 }, () => {
  const dir = tempDir('posrt-ota-e2e-');
  const db = join(dir, 'backend.db');
  const deviceRoot = tempDir('posrt-ota-device-');
  let backend: BackendProcess;
  let terminal: ChildRun;
  let v1: FixtureImage;
  let v2: FixtureImage;
  let v0: FixtureImage;

  const pos = <T>(args: string[]): T => JSON.parse(execFileSync(process.execPath, [POS, ...args], { encoding: 'utf8' })) as T;
  const offer = (image: FixtureImage, firmwareId: string): void =>
    void pos(['backend-firmware', '--db', db, '--serial', SERIAL, '--image', image.path, '--version', image.version, '--model', 'posrt-dev', '--firmware-id', firmwareId]);
  const install = (firmwareId: string): string => pos<{ commandId: string }>(['backend-command', '--db', db, '--serial', SERIAL, '--action', 'install-firmware', '--firmware-id', firmwareId]).commandId;
  const results = (id: string) => readStore<{ status: string; error_code: string }>(db, `SELECT status, error_code FROM command_results WHERE command_id = '${id}'`);

  beforeAll(async () => {
    const keyDir = keys();
    v0 = await fixtureImage(keyDir, { version: '0.9.0', minVersion: '0.9.0', guard: true });
    v1 = await fixtureImage(keyDir, { version: '1.0.0', minVersion: '1.0.0', guard: true, files: 60, size: 32 * 1024 });
    v2 = await fixtureImage(keyDir, { version: '1.1.0', minVersion: '1.0.0', guard: true, files: 60, size: 32 * 1024 });
    expect((await runScript('flash', ['--image', v1.path, '--target', `dir:${deviceRoot}`])).code).toBe(0);
    backend = await startBackend({ db, tokens: ['tok-ota'], config: writeBackendConfig(dir), extra: ['--http-port', '0'] });
    const t = makeTerminal(dir, SERIAL);
    await enrol(t, `127.0.0.1:${backend.port}`, 'tok-ota');
    t.outbox.close();
    terminal = startChild(TERMINAL, [t.dir, SERIAL, `127.0.0.1:${backend.port}`, '0', '8', deviceRoot]);
    await terminal.ready;
  }, 120_000);

  afterAll(async () => {
    killStartedChildren();
    await backend?.stop();
  });

  it('downloads, installs as a trial on the device, commits after a healthy start, and the fleet page shows the rollout', async () => {
    offer(v2, 'fw-1.1.0');
    await until('the image verified', () => terminal.lines.some((l) => l.startsWith('verified fw-1.1.0')), 60_000);
    const id = install('fw-1.1.0');
    await until('the install result', () => results(id).length === 1, 30_000);
    expect(results(id)[0]).toEqual({ status: 'COMMAND_STATUS_SUCCEEDED', error_code: '' });
    expect(terminal.lines).toContain('installed fw-1.1.0 b');
    expect(readGuardedState(deviceRoot)?.trial).toMatchObject({ version: '1.1.0', firmwareId: 'fw-1.1.0' });
    expect(bootable(deviceRoot)).toEqual({ version: '1.1.0', slot: 'b' });

    expect(await settleTrial(deviceRoot, [{ name: 'kernel', check: async () => undefined }], 5_000)).toEqual({ kind: 'committed', version: '1.1.0' });
    expect(readGuardedState(deviceRoot)).toMatchObject({ floor: '1.0.0', installed: { slot: 'b', version: '1.1.0' } });

    const fleet = (await (await fetch(`http://127.0.0.1:${backend.httpPort}/api/terminals?lang=en`)).json()) as { rollouts: { firmwareId: string; offered: number; downloaded: number }[] };
    expect(fleet.rollouts.find((r) => r.firmwareId === 'fw-1.1.0')).toMatchObject({ offered: 1, downloaded: 1 });
  });

  it('refuses on the device an image below its floor, and the refusal reaches the backend as E-IMAGE-0007', async () => {
    offer(v0, 'fw-0.9.0');
    await until('the old image verified', () => terminal.lines.some((l) => l.startsWith('verified fw-0.9.0')), 60_000);
    const id = install('fw-0.9.0');
    await until('the install result', () => results(id).length === 1, 30_000);
    expect(results(id)[0]).toEqual({ status: 'COMMAND_STATUS_FAILED', error_code: 'E-IMAGE-0007' });
    expect(bootable(deviceRoot)).toEqual({ version: '1.1.0', slot: 'b' });
  });
});
