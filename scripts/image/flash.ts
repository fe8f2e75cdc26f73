// scripts/flash --image FILE --target ssh://user@host[:port][/root] | dir:/path
//               [--key DIR] [--provision TOKEN [--backend-key HEX64]] [--device-arch ARCH]
//               [--ssh-identity FILE] [--known-hosts FILE]
// Flashes a signed image into the device's inactive slot and switches to it (src/image/flash.ts:
// what is checked and in which order). --key DIR: the image must be signed with DIR/release.pub
// (without it, the device's pinned release key; on a first flash the image's own key is pinned
// and said so). --provision: on a first flash, the device's identity and the one-time token it
// enrols with (DIR/device.key when --key has one, else a new key made here and never kept here).
// One line of JSON per step; the copy's progress as bytes and files.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromHex } from '../../src/bytes/hex.js';
import { provisionDeviceKey, pinBackendKey, DEVICE_KEY_FILE, BACKEND_KEY_FILE } from '../../src/channel/identity.js';
import { PosError } from '../../src/errors/index.js';
import { DirTarget } from '../../src/image/dir-target.js';
import type { DeviceTarget } from '../../src/image/device-target.js';
import { flash, type IdentityMaker } from '../../src/image/flash.js';
import { ARCHITECTURES, type Architecture } from '../../src/image/manifest.js';
import { KEY_FILES, loadReleasePublicKey } from '../../src/image/release-keys.js';
import { SshTarget } from '../../src/image/ssh-target.js';
import { options, required, run, say } from './script.js';

const USAGE =
  'usage: scripts/flash --image FILE --target ssh://user@host[:port][/root]|dir:/path [--key DIR] [--provision TOKEN [--backend-key HEX64]] [--device-arch x64|arm64|armv7] [--ssh-identity FILE] [--known-hosts FILE]';

function target(text: string, o: { 'ssh-identity'?: string; 'known-hosts'?: string }): DeviceTarget {
  if (text.startsWith('dir:')) return new DirTarget(resolve(text.slice(4)));
  if (text.startsWith('ssh://')) return new SshTarget(text, { ...(o['ssh-identity'] ? { identity: o['ssh-identity'] } : {}), ...(o['known-hosts'] ? { knownHosts: o['known-hosts'] } : {}) });
  throw new PosError('E-IMAGE-0014', { target: text.slice(0, 128) });
}

/** The identity files for the device, made in a private temporary directory by the channel's
 *  own provisioning (so they are exactly what the terminal loads) and removed from here. */
function identityMaker(keyDir: string | undefined): IdentityMaker {
  return async (backendKey) => {
    const tmp = mkdtempSync(join(tmpdir(), 'posrt-identity-'));
    try {
      const given = keyDir !== undefined && existsSync(join(keyDir, KEY_FILES.deviceSecret));
      const secret = given ? readFileSync(join(keyDir, KEY_FILES.deviceSecret)) : undefined;
      if (secret === undefined) provisionDeviceKey(tmp);
      if (backendKey) pinBackendKey(tmp, backendKey);
      return [
        { name: DEVICE_KEY_FILE, data: secret ?? readFileSync(join(tmp, DEVICE_KEY_FILE)), mode: 0o600 },
        ...(backendKey ? [{ name: BACKEND_KEY_FILE, data: readFileSync(join(tmp, BACKEND_KEY_FILE)), mode: 0o644 }] : []),
      ];
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  };
}

await run(async () => {
  const o = options(
    process.argv.slice(2),
    { image: { type: 'string' }, target: { type: 'string' }, key: { type: 'string' }, provision: { type: 'string' }, 'backend-key': { type: 'string' }, 'device-arch': { type: 'string' }, 'ssh-identity': { type: 'string' }, 'known-hosts': { type: 'string' } },
    USAGE,
  );
  const image = required(o.image, '--image', USAGE);
  const deviceArch = o['device-arch'] as Architecture | undefined;
  if (deviceArch !== undefined && !ARCHITECTURES.includes(deviceArch)) throw new PosError('E-IMAGE-0001', { usage: USAGE, deviceArch });
  const backendKeyHex = o['backend-key'];
  if (backendKeyHex !== undefined && (o.provision === undefined || !/^[0-9a-fA-F]{64}$/.test(backendKeyHex))) throw new PosError('E-IMAGE-0001', { usage: USAGE, reason: '--backend-key is 64 hex digits, with --provision' });
  const releaseKey = o.key === undefined ? undefined : loadReleasePublicKey(o.key);
  const device = target(required(o.target, '--target', USAGE), o);
  let lastCopy = 0;
  try {
    const result = await flash({
      image,
      target: device,
      ...(releaseKey ? { releaseKey } : {}),
      ...(deviceArch ? { deviceArch } : {}),
      ...(o.provision !== undefined ? { provision: { token: o.provision, ...(backendKeyHex ? { backendKey: fromHex(backendKeyHex.toLowerCase()) } : {}), makeIdentity: identityMaker(o.key) } } : {}),
      progress: (e) => {
        // A line per 5% of the bytes, and the last: enough to watch, not a flood.
        if (e.step === 'copy' && e.bytes !== e.totalBytes && e.bytes - lastCopy < e.totalBytes / 20) return;
        if (e.step === 'copy') lastCopy = e.bytes;
        say({ ...e });
      },
    });
    say({ step: 'done', target: device.name, version: result.version, slot: result.slot, previous: result.previous ?? null, copied: result.copied, restart: result.restart });
  } finally {
    await device.close();
  }
});
