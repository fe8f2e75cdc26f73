// The production packages as a device of the image's architecture needs them, made on this
// machine: what npm installed here is for this machine, so for another architecture
//   - a package built from source on install (a native build/ of its own: better-sqlite3,
//     pcsclite, @abandonware/noble and bluetooth-hci-socket) is cross-built with Debian's cross
//     toolchain against the headers of the node that runs this script (node-gyp --nodedir, so
//     nothing is downloaded), linking the target's libraries from Debian multiarch
//     (libpcsclite-dev:arm64 / :armhf);
//   - a package that ships prebuilt addons for every platform (usb, @serialport/bindings-cpp)
//     only needs the device's among them (runtime-files.ts picks it), which must be there;
//   - a platform package npm chose by cpu (@resvg/resvg-js-linux-x64-gnu) is left out, and the
//     target's (…-linux-arm64-gnu, …-linux-arm-gnueabihf), which package-lock.json names with
//     its integrity, is fetched from the registry with `npm pack` and carried instead, once its
//     bytes match the lockfile's integrity (which npm checked against the registry's).
// The addons and the tarballs are kept in a cache outside the checkout, the addons keyed by
// package, version, architecture and Node ABI, so a second build (or test run) compiles and
// downloads nothing; a tarball is checked against the lockfile at every use.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { PosError } from '../../src/errors/index.js';
import { elfArchitecture } from '../../src/image/elf-architecture.js';
import type { Architecture } from '../../src/image/manifest.js';
import { lacksPrebuild, type PackageSource } from '../../src/image/runtime-files.js';

type CrossArchitecture = Exclude<Architecture, 'x64'>;

/** Debian's cross toolchain (its triple), node-gyp's --arch and npm's `cpu` for each target. */
const TARGET: Record<CrossArchitecture, { readonly triple: string; readonly gypArch: string; readonly npmCpu: string }> = {
  arm64: { triple: 'aarch64-linux-gnu', gypArch: 'arm64', npmCpu: 'arm64' },
  armv7: { triple: 'arm-linux-gnueabihf', gypArch: 'arm', npmCpu: 'arm' },
};

/** $XDG_CACHE_HOME/posrt/cross (or ~/.cache/…): outside the checkout, kept across builds. */
export const defaultCrossCache = (): string => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'posrt', 'cross');

interface LockEntry {
  readonly version?: string;
  readonly integrity?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  readonly libc?: readonly string[];
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

export type CrossEvent = { step: 'cross'; package: string; action: 'built' | 'cached' | 'fetched' | 'left out' | 'prebuilt'; ms?: number };

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly cpu?: readonly string[];
  /** node-pre-gyp's settings, when the package builds with it. */
  readonly binary?: { readonly module_name: string; readonly module_path: string };
}

export interface CrossDirs {
  /** Kept across builds: the cross-built addons and the registry's tarballs. */
  readonly cache: string;
  /** This build's own, removed after it: the platform packages unpacked. */
  readonly scratch: string;
}

interface Context extends CrossDirs {
  readonly repo: string;
  readonly arch: CrossArchitecture;
  readonly say: (e: CrossEvent) => void;
}

const nameOf = (lockPath: string): string => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
const cacheKey = (name: string, version: string): string => `${name.replace('/', '+')}@${version}`;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The addons a native build wrote (build/Release/*.node), as paths relative to `dir`. */
const builtAddons = (dir: string): string[] => {
  const release = join(dir, 'build', 'Release');
  return existsSync(release) ? readdirSync(release).filter((f) => f.endsWith('.node')).map((f) => `build/Release/${f}`) : [];
};

function run(command: string, args: readonly string[], o: { cwd: string; env?: NodeJS.ProcessEnv; what: string; pkg: string }): string {
  const r = spawnSync(command, args, { cwd: o.cwd, env: o.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error !== undefined || r.status !== 0) {
    // The compiler's or gyp's own complaint says more than node-gyp's closing lines.
    const lines = (r.error?.message ?? `${r.stderr}\n${r.stdout}`).trim().split('\n');
    const cause = lines.find((l) => /\berror\b|cannot find|undefined/i.test(l) && !l.startsWith('gyp ERR!'));
    const detail = (cause ?? lines.slice(-3).join(' | ')).trim().slice(0, 400);
    throw new PosError('E-IMAGE-0019', { package: o.pkg, step: o.what, status: r.status ?? 'not run', detail });
  }
  return r.stdout;
}

/** Moves a finished output into the cache; another build that finished first wins. */
function settle(from: string, to: string, present: () => boolean): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if (!present()) throw e;
  }
}

/** node-gyp rebuild of the package's sources (a copy: the checkout's build stays this
 *  machine's) with the target's compilers; only the addons are kept. */
function crossBuild(c: Context, dir: string, pkg: PackageJson): string {
  const { name, version } = pkg;
  const out = join(c.cache, 'addons', `${cacheKey(name, version)}-${c.arch}-abi${process.versions.modules}`);
  if (builtAddons(out).length > 0) {
    c.say({ step: 'cross', package: name, action: 'cached' });
    return out;
  }
  const { triple, gypArch } = TARGET[c.arch];
  const nodedir = resolve(dirname(process.execPath), '..');
  if (!existsSync(join(nodedir, 'include', 'node', 'node_api.h'))) throw new PosError('E-IMAGE-0019', { package: name, step: 'node headers', missing: join(nodedir, 'include', 'node') });
  // The checkout's node-gyp (a production dependency, locked), run by this node.
  const nodeGyp = join(c.repo, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(nodeGyp)) throw new PosError('E-IMAGE-0019', { package: name, step: 'node-gyp', missing: nodeGyp });
  if (spawnSync(`${triple}-g++`, ['--version']).status !== 0) throw new PosError('E-IMAGE-0019', { package: name, step: 'cross compiler', missing: `${triple}-g++` });
  mkdirSync(join(c.cache, 'addons'), { recursive: true });
  const work = mkdtempSync(`${out}.work-`);
  try {
    const started = Date.now();
    const source = join(work, 'package');
    cpSync(dir, source, { recursive: true, filter: (from) => relative(dir, from) !== 'build' });
    // A node-pre-gyp package's binding.gyp names the variables node-pre-gyp would pass.
    const preGyp = pkg.binary === undefined ? [] : [`--module_name=${pkg.binary.module_name}`, `--module_path=${resolve(source, pkg.binary.module_path)}`];
    run(process.execPath, [nodeGyp, 'rebuild', '--release', `--arch=${gypArch}`, `--nodedir=${nodedir}`, `--jobs=${availableParallelism()}`, ...preGyp], {
      cwd: source,
      what: `node-gyp rebuild with ${triple}-g++`,
      pkg: name,
      env: {
        ...process.env,
        CC: `${triple}-gcc`,
        CXX: `${triple}-g++`,
        LINK: `${triple}-g++`,
        AR: `${triple}-ar`,
        // binding.gyp files find nan and node-addon-api by require() from the copy's directory.
        NODE_PATH: join(c.repo, 'node_modules'),
      },
    });
    const addons = builtAddons(source);
    const done = join(work, 'out');
    for (const a of addons) {
      const built = elfArchitecture(readFileSync(join(source, a)));
      if (built !== c.arch) throw new PosError('E-IMAGE-0016', { addon: `${name}/${a}`, built: built ?? 'not ELF', image: c.arch });
      cpSync(join(source, a), join(done, a));
    }
    if (addons.length === 0) throw new PosError('E-IMAGE-0019', { package: name, step: 'node-gyp rebuild', detail: 'no build/Release/*.node written' });
    settle(done, out, () => builtAddons(out).length > 0);
    c.say({ step: 'cross', package: name, action: 'built', ms: Date.now() - started });
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A platform package from the registry's tarball (`npm pack`, kept in the cache), unpacked
 *  into `scratch` each build once the tarball's hash is the lockfile's integrity: a cached
 *  tarball is checked again every time, and nothing unpacked is kept to be trusted later. */
function platformPackage(c: Context, name: string, entry: LockEntry): string {
  const { version, integrity } = entry;
  if (version === undefined || integrity === undefined) throw new PosError('E-IMAGE-0020', { package: name, reason: 'package-lock.json gives no version or integrity' });
  const dir = join(c.cache, 'packages');
  const tarball = join(dir, `${cacheKey(name, version)}.tgz`);
  if (existsSync(tarball)) {
    c.say({ step: 'cross', package: name, action: 'cached' });
  } else {
    mkdirSync(dir, { recursive: true });
    const work = mkdtempSync(`${tarball}.work-`);
    try {
      // npm pack checks the tarball against the registry's integrity on the way in.
      const listing = JSON.parse(run('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', work, '--loglevel=error'], { cwd: work, what: 'npm pack', pkg: name })) as { filename: string }[];
      settle(join(work, listing[0]!.filename), tarball, () => existsSync(tarball));
      c.say({ step: 'cross', package: name, action: 'fetched' });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  // The lockfile may list several hashes; its first is the one npm wrote (sha512).
  const [algorithm, expected] = integrity.split(' ')[0]!.split('-', 2) as [string, string];
  const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
  if (actual !== expected) throw new PosError('E-IMAGE-0020', { package: `${name}@${version}`, lockfile: integrity, fetched: `${algorithm}-${actual}`, cache: tarball });
  const unpacked = mkdtempSync(join(c.scratch, 'package-'));
  run('tar', ['-xzf', tarball, '-C', unpacked, '--no-same-owner'], { cwd: unpacked, what: 'unpack', pkg: name });
  return join(unpacked, 'package');
}

/** The image's packages for `arch` from the production package directories npm lists here. */
export function targetPackages(repo: string, dirs: readonly string[], arch: CrossArchitecture, where: CrossDirs, say: (e: CrossEvent) => void): PackageSource[] {
  const c: Context = { repo, arch, ...where, say };
  const { npmCpu } = TARGET[arch];
  const lock = readJson<{ packages: Record<string, LockEntry> }>(join(repo, 'package-lock.json')).packages;
  const out: PackageSource[] = [];
  const carried = new Set<string>();
  for (const dir of dirs) {
    const path = relative(repo, dir).split('\\').join('/');
    const name = nameOf(path);
    const pkg = readJson<PackageJson>(join(dir, 'package.json'));
    if (pkg.cpu !== undefined && !pkg.cpu.includes(npmCpu)) {
      say({ step: 'cross', package: name, action: 'left out' });
      continue;
    }
    carried.add(path);
    if (builtAddons(dir).length > 0) {
      out.push({ dir, path, addons: crossBuild(c, dir, pkg) });
    } else if (existsSync(join(dir, 'prebuilds'))) {
      if (lacksPrebuild(dir, arch)) throw new PosError('E-IMAGE-0016', { package: name, image: arch, reason: 'ships prebuilt addons, none for the image architecture' });
      say({ step: 'cross', package: name, action: 'prebuilt' });
      out.push({ dir, path });
    } else {
      out.push({ dir, path });
    }
  }
  // The target's platform packages: optional dependencies of a carried package, for linux,
  // this cpu and glibc (Debian's libc), as the lockfile records them.
  const wanted = new Set([...carried].flatMap((p) => Object.keys(lock[p]?.optionalDependencies ?? {})));
  for (const [path, entry] of Object.entries(lock)) {
    const name = nameOf(path);
    if (!path.startsWith('node_modules/') || carried.has(path) || entry.dev === true || !wanted.has(name)) continue;
    if (!entry.os?.includes('linux') || !entry.cpu?.includes(npmCpu) || (entry.libc !== undefined && !entry.libc.includes('glibc'))) continue;
    out.push({ dir: platformPackage(c, name, entry), path });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
