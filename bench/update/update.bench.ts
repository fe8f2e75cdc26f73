// bench/update (issue 8, Benchmark): one real image of this checkout's runtime (scripts/keygen,
// scripts/build-image), flashed in-process onto a directory target and over ssh to a local
// OpenSSH server on loopback; printed: the time and the bytes of each flash, the on-device
// verification time on its own (every file hashed against the manifest, as after a copy), and
// the image's size against the files it carries — the target is that the image adds at most 5%
// (ratio ≤ 1.05); the one gzip stream over all files is what keeps it below 1. The same ratio
// for an arm64 image built on this machine (its addons cross-built, cached after the first run
// in ~/.cache/posrt/cross), whose addons and platform packages differ in size from x64's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DirTarget } from '../../src/image/dir-target.js';
import { LAYOUT } from '../../src/image/device-layout.js';
import type { DeviceTarget } from '../../src/image/device-target.js';
import { flash, type FlashEvent } from '../../src/image/flash.js';
import { openImage } from '../../src/image/image-file.js';
import { SshTarget } from '../../src/image/ssh-target.js';
import { tarEntry, TAR_END } from '../../src/image/tar-stream.js';
import { startSshd } from '../../tests/support/sshd.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'posrt-bench-update-'));
const SIZE_BUDGET = 1.05;

function script(name: string, args: string[]): void {
  const r = spawnSync(join(REPO, 'scripts', name), args, { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
}

interface Measured {
  readonly target: string;
  readonly flashMs: number;
  readonly verifyMs: number;
  readonly bytes: number;
}

async function measure(label: string, target: DeviceTarget, image: string, bytesOnWire: number): Promise<Measured> {
  const quiet = (_: FlashEvent): void => undefined;
  const started = performance.now();
  const result = await flash({ image, target, progress: quiet });
  const flashMs = performance.now() - started;
  const files = openImage(image).manifest.files;
  const verifyStarted = performance.now();
  const bad = await target.firstMismatch(LAYOUT.slot(result.slot), files);
  const verifyMs = performance.now() - verifyStarted;
  if (bad !== undefined) throw new Error(`${label}: ${bad} differs after the flash`);
  await target.close();
  return { target: label, flashMs, verifyMs, bytes: bytesOnWire };
}

try {
  const keys = join(work, 'keys');
  const image = join(work, 'posrt.img');
  script('keygen', ['--out', keys]);
  const buildStarted = performance.now();
  script('build-image', ['--key', keys, '--out', image]);
  const buildMs = performance.now() - buildStarted;
  const manifest = openImage(image).manifest;
  const carried = manifest.files.reduce((n, f) => n + f.size, 0);
  const imageBytes = statSync(image).size;
  // What the ssh target pipes into the device's tar: every file in its ustar (or pax) blocks.
  const tarBytes = manifest.files.reduce((n, f) => n + tarEntry(f.path, new Uint8Array(f.size), f.mode).reduce((m, b) => m + b.length, 0), TAR_END.length);

  const rows: Measured[] = [];
  const dirRoot = join(work, 'dir-device');
  spawnSync('mkdir', ['-p', dirRoot]);
  rows.push(await measure('dir', new DirTarget(dirRoot), image, carried));
  const sshd = await startSshd();
  try {
    const sshRoot = join(work, 'ssh-device');
    spawnSync('mkdir', ['-p', sshRoot]);
    const target = new SshTarget(`ssh://${sshd.user}@127.0.0.1:${sshd.port}${sshRoot}`, { identity: sshd.identity, knownHosts: sshd.knownHosts });
    rows.push(await measure('ssh (loopback)', target, image, tarBytes));
  } finally {
    await sshd.stop();
  }

  console.log(`update: posrt ${manifest.version} for ${manifest.arch}, ${manifest.files.length} files; build-image took ${(buildMs / 1000).toFixed(1)} s`);
  console.log('');
  console.log('target            flash s   verify s   bytes moved');
  for (const r of rows) console.log(`${r.target.padEnd(16)} ${(r.flashMs / 1000).toFixed(2).padStart(8)} ${(r.verifyMs / 1000).toFixed(2).padStart(10)} ${String(r.bytes).padStart(13)}`);
  console.log('');
  const sizeLine = (arch: string, bytes: number, files: number): string => `${arch.padEnd(6)} image ${bytes} bytes / files carried ${files} bytes = ${(bytes / files).toFixed(4)}x (budget ${SIZE_BUDGET}x: ${((bytes / files) / SIZE_BUDGET).toFixed(4)} of it)`;
  console.log(sizeLine(manifest.arch, imageBytes, carried));
  const arm64 = join(work, 'posrt-arm64.img');
  const armStarted = performance.now();
  script('build-image', ['--key', keys, '--out', arm64, '--arch', 'arm64']);
  const armMs = performance.now() - armStarted;
  const armManifest = openImage(arm64).manifest;
  console.log(`${sizeLine('arm64', statSync(arm64).size, armManifest.files.reduce((n, f) => n + f.size, 0))}; build-image --arch arm64 took ${(armMs / 1000).toFixed(1)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
