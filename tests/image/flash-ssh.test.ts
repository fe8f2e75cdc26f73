// scripts/flash over ssh to a real OpenSSH server on loopback (tests/support/sshd.ts): the
// device root is a temporary directory given in the target URL, so the same steps run through
// the device's own shell, tar and sha256sum. The connection is cut mid-copy by a proxy: the
// flash fails with its code, the device boots what it did, and a second run completes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT } from '../../src/image/device-layout.js';
import { FaultyProxy } from '../support/faulty-proxy.js';
import { bootable, fixtureImage, keys, runScript, tempDir, type FixtureImage } from '../support/image-fixtures.js';
import { startSshd, type Sshd } from '../support/sshd.js';

let sshd: Sshd;
let keyDir: string;
let v1: FixtureImage;
let v2: FixtureImage;

beforeAll(async () => {
  sshd = await startSshd();
  keyDir = keys();
  v1 = await fixtureImage(keyDir, { version: '1.0.0' });
  v2 = await fixtureImage(keyDir, { version: '1.1.0', files: 200, size: 48 * 1024 });
}, 60_000);

afterAll(async () => {
  await sshd?.stop();
});

const errorCode = (stderr: string): string | undefined => /E-[A-Z]+-\d{4}/.exec(stderr)?.[0];

function flashOverSsh(image: string, port: number, root: string, ...more: string[]) {
  return runScript('flash', ['--image', image, '--target', `ssh://${sshd.user}@127.0.0.1:${port}${root}`, '--ssh-identity', sshd.identity, '--known-hosts', sshd.knownHosts, ...more]);
}

describe('scripts/flash over ssh', { timeout: 120_000 }, () => {
  it('installs through the device’s tar, verifies with its sha256sum, provisions the identity, and upgrades into the other slot', async () => {
    const root = tempDir('posrt-ssh-device-');
    const first = await flashOverSsh(v1.path, sshd.port, root, '--provision', 'tok-ssh-1', '--backend-key', 'cd'.repeat(32));
    expect(first.code, first.stderr).toBe(0);
    expect(first.events.find((e) => e.step === 'verify')?.detail).toMatch(/match the manifest/);
    expect(first.events.find((e) => e.step === 'restart')?.detail).toMatch(/not restarted: the target root .* is not the running system/);
    expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });
    expect(readFileSync(join(root, LAYOUT.provisioningToken), 'utf8')).toBe('tok-ssh-1');
    expect(readFileSync(join(root, LAYOUT.identity, 'backend.pub')).toString('hex')).toBe('cd'.repeat(32));
    expect(readFileSync(join(root, LAYOUT.identity, 'device.key'))).toHaveLength(64);

    const second = await flashOverSsh(v2.path, sshd.port, root);
    expect(second.code, second.stderr).toBe(0);
    expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
    expect(second.events.find((e) => e.step === 'identity')).toBeUndefined();
  });

  it('a connection cut mid-copy is E-IMAGE-0012 (exit 1); the device boots the old version; the rerun completes', async () => {
    const root = tempDir('posrt-ssh-device-');
    expect((await flashOverSsh(v1.path, sshd.port, root)).code).toBe(0);
    const proxy = await FaultyProxy.start(sshd.port);
    try {
      // About a third of v2's ~10 MB from the flasher, then the TCP connection is cut.
      proxy.fault = { kind: 'truncate', afterBytes: 3_000_000 };
      const cut = await flashOverSsh(v2.path, proxy.port, root);
      expect(cut.code).toBe(1);
      expect(errorCode(cut.stderr)).toBe('E-IMAGE-0012');
      expect(proxy.counts.truncated).toBeGreaterThan(0);
      expect(cut.events.some((e) => e.step === 'copy')).toBe(true);
      expect(bootable(root)).toEqual({ version: '1.0.0', slot: 'a' });

      proxy.fault = { kind: 'pass' };
      const again = await flashOverSsh(v2.path, proxy.port, root);
      expect(again.code, again.stderr).toBe(0);
      expect(bootable(root)).toEqual({ version: '1.1.0', slot: 'b' });
    } finally {
      await proxy.close();
    }
  });

  it('an unreachable device is E-IMAGE-0012 and a refused key the same, with exit 1', async () => {
    const root = tempDir('posrt-ssh-device-');
    const proxy = await FaultyProxy.start(sshd.port);
    const port = proxy.port;
    await proxy.close();
    const r = await flashOverSsh(v1.path, port, root);
    expect([r.code, errorCode(r.stderr)]).toEqual([1, 'E-IMAGE-0012']);
    const wrongKey = await runScript('flash', ['--image', v1.path, '--target', `ssh://${sshd.user}@127.0.0.1:${sshd.port}${root}`, '--ssh-identity', join(keyDir, 'device.key'), '--known-hosts', sshd.knownHosts]);
    expect([wrongKey.code, errorCode(wrongKey.stderr)]).toEqual([1, 'E-IMAGE-0012']);
    expect(bootable(root)).toBeUndefined();
  });
});
