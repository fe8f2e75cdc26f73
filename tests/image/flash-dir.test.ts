// scripts/flash onto a directory target (a mounted root filesystem), run as a process: first
// flash, the same again, an upgrade into the other slot, and every refusal (bad signature,
// another release key, wrong architecture, downgrade below the floor, damaged payload, a full
// disk on a real tmpfs) leaving the device as it was; then SIGKILL at each step of a flash and
// the device still boots what it booted before, and a second run completes the job.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readlinkSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT } from '../../src/image/device-layout.js';
import { openImage } from '../../src/image/image-file.js';
import { bootable, deviceRoot, fixtureImage, keys, runScript, tempDir, type FixtureImage } from '../support/image-fixtures.js';

let keyDir: string;
let v1: FixtureImage;
let v2: FixtureImage;
let v3: FixtureImage;

beforeAll(async () => {
  keyDir = keys();
  v1 = await fixtureImage(keyDir, { version: '1.0.0', minVersion: '1.0.0' });
  v2 = await fixtureImage(keyDir, { version: '1.1.0', minVersion: '1.0.0', files: 120, size: 64 * 1024 });
  // A release that fixes something 1.0.x must never run again: it raises the floor to 1.1.0.
  v3 = await fixtureImage(keyDir, { version: '2.0.0', minVersion: '1.1.0' });
}, 60_000);

const flash = (image: string, root: string, ...more: string[]) => runScript('flash', ['--image', image, '--target', `dir:${root}`, ...more]);
const steps = (events: Record<string, unknown>[]): unknown[] => events.map((e) => e.step);
const errorCode = (stderr: string): string | undefined => /E-[A-Z]+-\d{4}/.exec(stderr)?.[0];

async function installed(version: FixtureImage = v1): Promise<string> {
  const root = tempDir('posrt-device-');
  const r = await flash(version.path, root);
  expect(r.code, r.stderr).toBe(0);
  return root;
}

// Each flash is a process (bash, tsx, node): seconds each on a loaded machine.
describe('scripts/flash to a directory', { timeout: 90_000 }, () => {
  it('installs into slot a, pins the release key, installs the unit and says each step; the same image again changes nothing', async () => {
    const root = tempDir('posrt-device-');
    const first = await flash(v1.path, root);
    expect(first.code, first.stderr).toBe(0);
    expect(steps(first.events)).toEqual(expect.arrayContaining(['image', 'device', 'trust', 'slot', 'copy', 'verify', 'unit', 'switch', 'restart', 'done']));
    expect(first.events.find((e) => e.step === 'trust')?.detail).toMatch(/first flash/);
    const lastCopy = first.events.filter((e) => e.step === 'copy').at(-1)!;
    expect(lastCopy.bytes).toBe(lastCopy.totalBytes);
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    expect(readFileSync(join(root, LAYOUT.unit), 'utf8')).toContain('ExecStart=/usr/bin/node --max-semi-space-size=2 /opt/posrt/current/dist/src/main.js');
    expect(statSync(join(root, LAYOUT.slot('a'), 'bin/run.sh')).mode & 0o777).toBe(0o755);
    expect(JSON.parse(readFileSync(join(root, LAYOUT.updateState), 'utf8'))).toMatchObject({ floor: '1.0.0', installed: { slot: 'a', version: '1.0.0' } });

    const again = await flash(v1.path, root);
    expect(again.code, again.stderr).toBe(0);
    expect(again.events.find((e) => e.step === 'done')).toMatchObject({ copied: false, slot: 'a' });
    expect(steps(again.events)).not.toContain('copy');
  });

  it('upgrades into the other slot, keeps the old one for rollback and raises the floor', async () => {
    const root = await installed(v1);
    const r = await flash(v2.path, root);
    expect(r.code, r.stderr).toBe(0);
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
    expect(readlinkSync(join(root, LAYOUT.current))).toBe('slots/b');
    const state = JSON.parse(readFileSync(join(root, LAYOUT.updateState), 'utf8')) as Record<string, unknown>;
    expect(state).toMatchObject({ floor: '1.0.0', installed: { slot: 'b', version: '1.1.0' }, previous: { slot: 'a', version: '1.0.0' } });
  });

  it('refuses a downgrade below the floor and an image over a version older than it may replace (E-IMAGE-0007, exit 2), leaving the device as it was', async () => {
    const root = await installed(v1);
    const tooOld = await flash(v3.path, root);
    expect([tooOld.code, errorCode(tooOld.stderr)]).toEqual([2, 'E-IMAGE-0007']);
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    for (const step of [v2, v3]) expect((await flash(step.path, root)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, LAYOUT.updateState), 'utf8'))).toMatchObject({ floor: '1.1.0' });
    const down = await flash(v1.path, root);
    expect([down.code, errorCode(down.stderr)]).toEqual([2, 'E-IMAGE-0007']);
    expect(bootable(root)).toEqual({ version: '2.0.0', slot: 'a' });
    // Back to 1.1.0, the floor itself, is a rollback the release allows.
    expect((await flash(v2.path, root)).code).toBe(0);
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
  });

  it('refuses an image signed by another release key than the pinned one (E-IMAGE-0005), and one not signed by --key', async () => {
    const root = await installed(v1);
    const foreign = await fixtureImage(keys(), { version: '1.2.0' });
    const r = await flash(foreign.path, root);
    expect(r.code).toBe(2);
    expect(errorCode(r.stderr)).toBe('E-IMAGE-0005');
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });

    const fresh = tempDir('posrt-device-');
    const expected = await flash(foreign.path, fresh, '--key', keyDir);
    expect(expected.code).toBe(2);
    expect(errorCode(expected.stderr)).toBe('E-IMAGE-0005');
    expect(bootable(fresh)).toBeUndefined();
  });

  it('refuses an image whose manifest was altered after signing (E-IMAGE-0005) or whose payload is damaged or cut short (E-IMAGE-0008), before touching the device', async () => {
    const root = await installed(v1);
    const image = openImage(v2.path);
    const bytes = readFileSync(v2.path);

    const tamperedManifest = join(tempDir('posrt-bad-'), 'm.img');
    const m = Buffer.from(bytes);
    // The version string's last digit inside the manifest JSON: still valid JSON, no longer signed.
    const at = m.indexOf(Buffer.from('"version":"1.1.0"')) + '"version":"1.1.'.length;
    m[at] = '9'.charCodeAt(0);
    writeFileSync(tamperedManifest, m);
    const r1 = await flash(tamperedManifest, root);
    expect(errorCode(r1.stderr)).toBe('E-IMAGE-0005');

    const corrupt = join(tempDir('posrt-bad-'), 'c.img');
    const c = Buffer.from(bytes);
    c[image.payloadOffset + Math.floor((c.length - image.payloadOffset) / 2)]! ^= 0xff;
    writeFileSync(corrupt, c);
    const r2 = await flash(corrupt, root);
    expect(r2.code).toBe(2);
    expect(errorCode(r2.stderr)).toBe('E-IMAGE-0008');

    const truncated = join(tempDir('posrt-bad-'), 't.img');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 1000));
    const r3 = await flash(truncated, root);
    expect(errorCode(r3.stderr)).toBe('E-IMAGE-0008');

    const garbage = join(tempDir('posrt-bad-'), 'g.img');
    writeFileSync(garbage, 'not an image at all');
    const r4 = await flash(garbage, root);
    expect(r4.code).toBe(2);
    expect(errorCode(r4.stderr)).toBe('E-IMAGE-0004');

    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    for (const r of [r1, r2, r3, r4]) expect(steps(r.events)).not.toContain('slot');
  });

  it('refuses an image for another architecture than the device root’s /bin/sh (E-IMAGE-0006)', async () => {
    const root = deviceRoot('arm64');
    const r = await flash(v1.path, root);
    expect(r.code).toBe(2);
    expect(errorCode(r.stderr)).toBe('E-IMAGE-0006');
    expect(bootable(root)).toBeUndefined();
    const arm = await fixtureImage(keyDir, { version: '1.0.0', arch: 'arm64' });
    const ok = await flash(arm.path, root);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('refuses when the device’s disk has no room for the slot (E-IMAGE-0010, exit 1), on a real 2 MiB tmpfs', async () => {
    const root = tempDir('posrt-device-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', root]);
    try {
      const r = await flash(v2.path, root);
      expect(r.code).toBe(1);
      expect(errorCode(r.stderr)).toBe('E-IMAGE-0010');
      expect(bootable(root)).toBeUndefined();
    } finally {
      execFileSync('umount', [root]);
    }
  });

  it('answers bad options with E-IMAGE-0001 or E-IMAGE-0014 and exit 2', async () => {
    const missing = await runScript('flash', ['--target', 'dir:/tmp']);
    expect([missing.code, errorCode(missing.stderr)]).toEqual([2, 'E-IMAGE-0001']);
    const unknown = await runScript('flash', ['--image', v1.path, '--target', 'dir:/tmp', '--bogus']);
    expect([unknown.code, errorCode(unknown.stderr)]).toEqual([2, 'E-IMAGE-0001']);
    const target = await runScript('flash', ['--image', v1.path, '--target', 'ftp://x']);
    expect([target.code, errorCode(target.stderr)]).toEqual([2, 'E-IMAGE-0014']);
  });
});

describe('scripts/flash killed with SIGKILL', { timeout: 90_000 }, () => {
  const KILL_AT = ['image', 'device', 'trust', 'slot', 'copy', 'verify', 'unit', 'switch', 'restart'] as const;

  it.each(KILL_AT)('after "%s": the device boots the old version or the new one whole, and a second run completes', async (step) => {
    const root = await installed(v1);
    const cut = await runScript('flash', ['--image', v2.path, '--target', `dir:${root}`], (e) => e.step === step);
    expect(cut.signal === 'SIGKILL' || cut.code === 0).toBe(true);
    const after = bootable(root);
    expect(['1.0.0', '1.1.0']).toContain(after?.version);
    const again = await flash(v2.path, root);
    expect(again.code, again.stderr).toBe(0);
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
  });

  it('mid-copy on a first flash: nothing boots yet, nothing half-written is taken for whole, and the rerun installs', async () => {
    const root = tempDir('posrt-device-');
    const cut = await runScript('flash', ['--image', v2.path, '--target', `dir:${root}`], (e) => e.step === 'copy');
    expect(cut.signal).toBe('SIGKILL');
    expect(bootable(root)).toBeUndefined();
    const again = await flash(v2.path, root);
    expect(again.code, again.stderr).toBe(0);
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'a' });
  });

  it('a slot whose files were damaged after an interrupted copy is written again, not trusted', async () => {
    const root = await installed(v1);
    const cut = await runScript('flash', ['--image', v2.path, '--target', `dir:${root}`], (e) => e.step === 'verify');
    expect(cut.signal).toBe('SIGKILL');
    const victim = join(root, LAYOUT.slot('b'), 'VERSION');
    chmodSync(victim, 0o644);
    const fd = openSync(victim, 'r+');
    writeSync(fd, 'X');
    closeSync(fd);
    const again = await flash(v2.path, root);
    expect(again.code, again.stderr).toBe(0);
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
  });
});
