// What goes into an image: the runtime as a device runs it, laid out the way bin/pos.mjs and
// the code's own paths expect (dist/src next to dist/config, as in a checkout's build):
//   dist/src/**          compiled JavaScript, plus the assets beside the sources (JSON key
//                        material of the emulators, the generated protobuf module)
//   dist/config/**       default configuration (the code reads ../../config from dist/src/cli)
//   protos/**            the contract, for tools on the device
//   bin/pos.mjs, package.json, package-lock.json
//   node_modules/**      production dependencies only, with their native addons
//   systemd/posrt.service
// In order, so the same tree makes the same manifest.
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PosError } from '../errors/index.js';
import { UNIT_IN_IMAGE } from './device-layout.js';
import { ELF_HEADER_BYTES, elfArchitecture } from './elf-architecture.js';
import type { ImageSource } from './image-file.js';
import type { Architecture } from './manifest.js';

/** One production package as the image carries it. */
export interface PackageSource {
  /** Its directory, read from. */
  readonly dir: string;
  /** Where it goes in the image: `node_modules/<name>`, nested as npm installed it. */
  readonly path: string;
  /** Addons built for the image's architecture outside the package (a cross build), laid out as
   *  in the package (`build/Release/x.node`); they replace every addon the package has. */
  readonly addons?: string;
}

export interface RuntimeTree {
  /** The checkout: config/, protos/, bin/, package files, and src/ for assets. */
  readonly repo: string;
  /** Where the compiler wrote dist/src (a temporary directory, never the checkout's dist). */
  readonly compiled: string;
  /** The production packages, the checkout itself not among them. */
  readonly packages: readonly PackageSource[];
  /** The systemd unit file to carry. */
  readonly unitFile: string;
  readonly arch: Architecture;
}

const modeOf = (path: string): 0o755 | 0o644 => ((lstatSync(path).mode & 0o111) !== 0 ? 0o755 : 0o644);
const posixPath = (p: string): string => p.split(sep).join('/');

/** Regular files under `dir` (recursively, sorted), skipping symlinks and what `skip` names. */
function walk(dir: string, skip: (rel: string, isDir: boolean) => boolean, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    const rel = posixPath(relative(base, full));
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if (!skip(rel, true)) out.push(...walk(full, skip, base));
    } else if (entry.isFile() && !skip(rel, false)) {
      out.push(full);
    }
  }
  return out;
}

const tree = (from: string, to: string, skip: (rel: string, isDir: boolean) => boolean = () => false): ImageSource[] =>
  walk(from, skip).map((f) => ({ path: `${to}/${posixPath(relative(from, f))}`, mode: modeOf(f), from: f }));

/** node-gyp-build's directory name for a prebuilt addon the device can load. */
const PREBUILD_DIR: Record<Architecture, string> = { x64: 'linux-x64', arm64: 'linux-arm64', armv7: 'linux-arm' };

/** How a package's native addons come: built here by node-gyp (build/ is then the compiler's
 *  output directory, not code the package ships, as @grpc/grpc-js's build/src is), replaced by a
 *  cross build, or neither. */
type NativeBuild = 'none' | 'built-here' | 'replaced';

/** A package's own files: not its nested node_modules (listed as packages themselves), of a
 *  native build only the addons it loads, build/Release/*.node (the objects, static libraries
 *  and obj.target's unlinked copies are the compiler's), of the prebuilt addons a package ships
 *  for every platform only the device's, and none of its addons at all when a cross build
 *  replaces them. */
const packageSkip =
  (arch: Architecture, native: NativeBuild) =>
  (rel: string, isDir: boolean): boolean => {
    if (isDir && rel === 'node_modules') return true;
    if (native === 'replaced' && ((isDir && rel === 'build') || (!isDir && rel.endsWith('.node')))) return true;
    if (native === 'built-here' && rel.startsWith('build/') && !isDir && !/^build\/Release\/[^/]+\.node$/.test(rel)) return true;
    const prebuild = /(?:^|\/)prebuilds\/([^/]+)$/.exec(rel);
    return isDir && prebuild !== null && prebuild[1] !== PREBUILD_DIR[arch];
  };

/** Whether a package ships prebuilt addons (node-gyp-build's prebuilds/) but none the device can load. */
export function lacksPrebuild(dir: string, arch: Architecture): boolean {
  const prebuilds = join(dir, 'prebuilds');
  return existsSync(prebuilds) && !existsSync(join(prebuilds, PREBUILD_DIR[arch]));
}

export function runtimeSources(t: RuntimeTree): ImageSource[] {
  const compiled = tree(join(t.compiled, 'dist', 'src'), 'dist/src');
  const emitted = new Set(compiled.map((s) => s.path));
  const sources: ImageSource[] = [
    ...compiled,
    // The compiler copies the JSON it saw imported; every other asset comes from the sources.
    ...tree(join(t.repo, 'src'), 'dist/src', (rel, isDir) => !isDir && (rel.endsWith('.ts') || rel.endsWith('.md') || emitted.has(`dist/src/${rel}`))),
    ...tree(join(t.repo, 'config'), 'dist/config'),
    ...tree(join(t.repo, 'protos'), 'protos'),
    { path: 'bin/pos.mjs', mode: 0o755, from: join(t.repo, 'bin', 'pos.mjs') },
    { path: 'package.json', mode: 0o644, from: join(t.repo, 'package.json') },
    { path: 'package-lock.json', mode: 0o644, from: join(t.repo, 'package-lock.json') },
    ...t.packages.flatMap((p) => {
      const native: NativeBuild = p.addons !== undefined ? 'replaced' : existsSync(join(p.dir, 'binding.gyp')) ? 'built-here' : 'none';
      return [...tree(p.dir, p.path, packageSkip(t.arch, native)), ...(p.addons === undefined ? [] : tree(p.addons, p.path))];
    }),
    { path: UNIT_IN_IMAGE, mode: 0o644, from: t.unitFile },
  ];
  return sources;
}

function head(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(ELF_HEADER_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, ELF_HEADER_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** Every native addon must be built for the image's architecture: an x64 addon in an arm64
 *  image would install fine and fail at the first card. */
export function checkNativeAddons(sources: readonly ImageSource[], arch: Architecture): number {
  const addons = sources.filter((s) => s.path.endsWith('.node'));
  for (const a of addons) {
    const built = elfArchitecture(head(a.from));
    if (built !== arch) throw new PosError('E-IMAGE-0016', { addon: a.path, built: built ?? 'not ELF', image: arch });
  }
  return addons.length;
}

/** The package version to build, from package.json. */
export function packageVersion(repo: string): string {
  return (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
}
