// scripts/build-image --key DIR --out FILE [--arch x64|arm64|armv7] [--version V]
//                     [--min-version V] [--modules DIR] [--cache DIR]
// Builds the runtime (tsc into a temporary directory, never the checkout's dist/), gathers it
// with the production dependencies, default config, protos and the systemd unit
// (src/image/runtime-files.ts), checks every native addon is built for --arch, and writes one
// signed image (src/image/image-file.ts). --arch defaults to this machine's; for another, the
// native addons are cross-built and the target's platform packages fetched
// (target-packages.ts, cached in --cache DIR, by default ~/.cache/posrt/cross), or taken from
// --modules, a node_modules built for that architecture (on such a device). --version defaults to package.json's; --min-version, the oldest version the image
// may replace and the device's anti-rollback floor once installed, to MAJOR.0.0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch as hostArch, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { PosError } from '../../src/errors/index.js';
import { keyIdOf } from '../../src/security/index.js';
import { toHex } from '../../src/bytes/hex.js';
import { systemdUnit } from '../../src/image/device-layout.js';
import { writeImage } from '../../src/image/image-file.js';
import { ARCHITECTURES, isVersion, compareVersions, type Architecture } from '../../src/image/manifest.js';
import { loadReleaseKey } from '../../src/image/release-keys.js';
import { checkNativeAddons, packageVersion, runtimeSources, type PackageSource } from '../../src/image/runtime-files.js';
import { options, required, run, say } from './script.js';
import { defaultCrossCache, targetPackages } from './target-packages.js';

const USAGE = 'usage: scripts/build-image --key DIR --out FILE [--arch x64|arm64|armv7] [--version V] [--min-version V] [--modules DIR] [--cache DIR]';
const REPO = resolve(import.meta.dirname, '..', '..');
const HOST_ARCH: Record<string, Architecture> = { x64: 'x64', arm64: 'arm64', arm: 'armv7' };

function npm(args: string[], what: string): string {
  const r = spawnSync('npm', args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // npm ls exits 1 for extraneous packages while still listing; only its output matters.
  if (r.status === null || (r.status !== 0 && r.stdout.trim() === '')) throw new PosError('E-IMAGE-0015', { step: what, status: r.status ?? 'signal', detail: (r.stderr ?? '').trim().split('\n').pop()?.slice(0, 200) ?? '' });
  return r.stdout;
}

/** This machine's packages as they are, another node_modules's (--modules) in their place, or
 *  for arm64 or armv7 on another machine, the cross-built ones. x64 is not cross-built: on an
 *  ARM machine an x64 image takes this machine's addons, which checkNativeAddons refuses. */
function choosePackages(installed: readonly string[], arch: Architecture, modules: string | undefined, cache: string | undefined, scratch: string): PackageSource[] {
  const repoModules = join(REPO, 'node_modules');
  const asInstalled = (dir: string): PackageSource => ({ dir, path: relative(REPO, dir).split(sep).join('/') });
  if (modules !== undefined) return installed.map((p) => ({ ...asInstalled(p), dir: join(resolve(modules), relative(repoModules, p)) }));
  if (arch === HOST_ARCH[hostArch()] || arch === 'x64') return installed.map(asInstalled);
  return targetPackages(REPO, installed, arch, { cache: resolve(cache ?? defaultCrossCache()), scratch }, say);
}

await run(async () => {
  const o = options(process.argv.slice(2), { key: { type: 'string' }, out: { type: 'string' }, arch: { type: 'string' }, version: { type: 'string' }, 'min-version': { type: 'string' }, modules: { type: 'string' }, cache: { type: 'string' } }, USAGE);
  const keyDir = required(o.key, '--key', USAGE);
  const out = resolve(required(o.out, '--out', USAGE));
  const arch = (o.arch ?? HOST_ARCH[hostArch()]) as Architecture;
  if (!ARCHITECTURES.includes(arch)) throw new PosError('E-IMAGE-0001', { usage: USAGE, arch: o.arch ?? hostArch() });
  const version = o.version ?? packageVersion(REPO);
  if (!isVersion(version)) throw new PosError('E-IMAGE-0001', { usage: USAGE, version });
  const minVersion = o['min-version'] ?? `${version.split('.')[0]}.0.0`;
  if (!isVersion(minVersion) || compareVersions(minVersion, version) > 0) throw new PosError('E-IMAGE-0001', { usage: USAGE, minVersion, version });
  const key = loadReleaseKey(keyDir);
  if (o.modules !== undefined && !statSync(o.modules, { throwIfNoEntry: false })?.isDirectory()) throw new PosError('E-IMAGE-0001', { usage: USAGE, modules: o.modules });
  say({ step: 'start', version, minVersion, arch, releaseKeyId: toHex(keyIdOf(key.publicKey)) });

  const work = mkdtempSync(join(tmpdir(), 'posrt-build-'));
  try {
    const started = Date.now();
    npm(['exec', '--', 'tsc', '-p', 'tsconfig.build.json', '--outDir', join(work, 'dist')], 'compile');
    say({ step: 'compile', ms: Date.now() - started });
    const installed = npm(['ls', '--omit=dev', '--all', '--parseable'], 'production dependencies').split('\n').filter((l) => l.trim() !== '' && l !== REPO);
    const packages = choosePackages(installed, arch, o.modules, o.cache, work);
    const unitFile = join(work, 'posrt.service');
    writeFileSync(unitFile, systemdUnit());
    const sources = runtimeSources({ repo: REPO, compiled: work, packages, unitFile, arch });
    const addons = checkNativeAddons(sources, arch);
    const carried = sources.reduce((n, s) => n + statSync(s.from).size, 0);
    say({ step: 'collect', files: sources.length, bytes: carried, nativeAddons: addons, packages: packages.length });
    const manifest = await writeImage(out, sources, { name: 'posrt', version, arch, minVersion, builtAt: new Date().toISOString() }, key);
    const size = statSync(out).size;
    say({ step: 'image', out, bytes: size, files: manifest.files.length, ratio: Number((size / carried).toFixed(4)), payloadSha256: manifest.payload.sha256 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
