// scripts/keygen and scripts/build-image as processes: keys made once and never replaced, bad
// input refused with a code and exit 2, and one real image of this checkout's runtime — which,
// flashed into a directory, runs `pos` under plain node from the slot, and carries no private
// key. The checkout itself ignores key files, so keys made in it cannot be committed.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT } from '../../src/image/device-layout.js';
import { imageFiles, openImage } from '../../src/image/image-file.js';
import { KEY_FILES } from '../../src/image/release-keys.js';
import { bootable, REPO, runScript, tempDir } from '../support/image-fixtures.js';

const errorCode = (stderr: string): string | undefined => /E-[A-Z]+-\d{4}/.exec(stderr)?.[0];

describe('scripts/keygen', () => {
  it('makes the release and device pairs (private 0600 in a 0700 directory), prints their ids, and never replaces them (E-IMAGE-0003, exit 2)', async () => {
    const dir = join(tempDir('posrt-keygen-'), 'keys');
    const r = await runScript('keygen', ['--out', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.events[0]).toMatchObject({ step: 'keygen', dir, releaseKeyId: expect.stringMatching(/^[0-9A-F]{16}$/) });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of [KEY_FILES.releaseSecret, KEY_FILES.deviceSecret]) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
    const before = readFileSync(join(dir, KEY_FILES.releaseSecret));
    const again = await runScript('keygen', ['--out', dir]);
    expect([again.code, errorCode(again.stderr)]).toEqual([2, 'E-IMAGE-0003']);
    expect(readFileSync(join(dir, KEY_FILES.releaseSecret))).toEqual(before);
    const missing = await runScript('keygen', []);
    expect([missing.code, errorCode(missing.stderr)]).toEqual([2, 'E-IMAGE-0001']);
  });
});

describe('scripts/build-image', { timeout: 300_000 }, () => {
  let keyDir: string;
  let image: string;
  let built: Record<string, unknown>[];

  beforeAll(async () => {
    keyDir = join(tempDir('posrt-keys-'), 'keys');
    expect((await runScript('keygen', ['--out', keyDir])).code).toBe(0);
    image = join(tempDir('posrt-image-'), 'posrt.img');
    const r = await runScript('build-image', ['--key', keyDir, '--out', image, '--arch', 'x64']);
    expect(r.code, r.stderr).toBe(0);
    built = r.events;
  }, 300_000);

  it('refuses bad input with a code and exit 2: no key, an unsafe key file, an unknown architecture, a version that is not semver, --modules that is no directory', async () => {
    const out = join(tempDir('posrt-image-'), 'x.img');
    const noKey = await runScript('build-image', ['--out', out]);
    expect([noKey.code, errorCode(noKey.stderr)]).toEqual([2, 'E-IMAGE-0001']);
    const emptyKeys = await runScript('build-image', ['--key', tempDir('posrt-nokeys-'), '--out', out]);
    expect([emptyKeys.code, errorCode(emptyKeys.stderr)]).toEqual([2, 'E-IMAGE-0002']);
    const arch = await runScript('build-image', ['--key', keyDir, '--out', out, '--arch', 'mips']);
    expect([arch.code, errorCode(arch.stderr)]).toEqual([2, 'E-IMAGE-0001']);
    const version = await runScript('build-image', ['--key', keyDir, '--out', out, '--version', '1.2']);
    expect([version.code, errorCode(version.stderr)]).toEqual([2, 'E-IMAGE-0001']);
    const modules = await runScript('build-image', ['--key', keyDir, '--out', out, '--arch', 'arm64', '--modules', join(out, 'nowhere')]);
    expect([modules.code, errorCode(modules.stderr)]).toEqual([2, 'E-IMAGE-0001']);
  });

  it('writes one signed image, smaller than the files it carries, naming what it did', () => {
    const opened = openImage(image);
    const last = built.find((e) => e.step === 'image')!;
    expect(last.bytes).toBe(statSync(image).size);
    expect(last.ratio as number).toBeLessThan(1.05);
    expect(opened.manifest).toMatchObject({ name: 'posrt', arch: 'x64', version: JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version });
    const paths = new Set(opened.manifest.files.map((f) => f.path));
    for (const p of ['dist/src/main.js', 'dist/src/cli/main.js', 'dist/config/terminal.json', 'protos/posrt/channel/v1/envelope.proto', 'bin/pos.mjs', 'package.json', 'systemd/posrt.service', 'dist/src/protos/generated/channel.js']) expect(paths).toContain(p);
    // Production dependencies only, and of the prebuilt addons only linux-x64's.
    expect([...paths].some((p) => p.startsWith('node_modules/vitest/'))).toBe(false);
    expect([...paths].some((p) => p.startsWith('node_modules/better-sqlite3/'))).toBe(true);
    expect([...paths].filter((p) => p.includes('/prebuilds/') && !p.includes('/prebuilds/linux-x64/'))).toEqual([]);
  });

  it('carries every package’s entry point (package.json main), code shipped under build/ too (@grpc/grpc-js) unlike a native build’s objects', () => {
    const paths = new Set(openImage(image).manifest.files.map((f) => f.path));
    const missing: string[] = [];
    for (const p of paths) {
      const dir = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(p)?.[1];
      if (dir === undefined) continue;
      const { main } = JSON.parse(readFileSync(join(REPO, p), 'utf8')) as { main?: unknown };
      if (typeof main !== 'string' || main === '') continue;
      const entry = posix.join(dir, main);
      if (![entry, `${entry}.js`, posix.join(entry, 'index.js')].some((c) => paths.has(c))) missing.push(entry);
    }
    expect(missing).toEqual([]);
    expect(paths).toContain('node_modules/@grpc/grpc-js/build/src/index.js');
    expect([...paths].filter((p) => p.startsWith('node_modules/better-sqlite3/build/'))).toEqual(['node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/better-sqlite3/build/Release/test_extension.node']);
  });

  it('carries no private key: neither key file, nor either secret anywhere in any file', async () => {
    const secrets = [KEY_FILES.releaseSecret, KEY_FILES.deviceSecret].map((f) => readFileSync(join(keyDir, f)));
    let files = 0;
    for await (const { file, data } of imageFiles(openImage(image))) {
      files++;
      expect(file.path.endsWith('.key')).toBe(false);
      // The seed (first 32 bytes) is the whole secret; look for it and for its hex.
      for (const s of secrets) {
        expect(data.includes(s.subarray(0, 32))).toBe(false);
        expect(data.includes(Buffer.from(s.subarray(0, 32).toString('hex')))).toBe(false);
      }
    }
    expect(files).toBe(openImage(image).manifest.files.length);
  });

  it('flashed into a directory, the slot runs pos under plain node (built JavaScript, no tsx)', async () => {
    const root = tempDir('posrt-device-');
    const r = await runScript('flash', ['--image', image, '--target', `dir:${root}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(bootable(root)?.slot).toBe('a');
    const out = execFileSync(process.execPath, [join(root, LAYOUT.current, 'bin/pos.mjs'), 'decode', '6F1A840E315041592E5359532E4444463031A5088801025F2D02656E'], { encoding: 'utf8', cwd: root });
    expect(out).toContain('5F2D Language Preference');
    expect(out).toContain('en English');
  });

  it('the checkout ignores key files, so keys made inside it are never committed', () => {
    for (const f of ['keys/release.key', 'release.key', 'somewhere/device.key']) {
      expect(execFileSync('git', ['check-ignore', f], { cwd: REPO, encoding: 'utf8' }).trim()).toBe(f);
    }
    const tracked = execFileSync('git', ['ls-files'], { cwd: REPO, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((p) => /(^|\/)(release|device)\.key$/.test(p))).toEqual([]);
  });
});
