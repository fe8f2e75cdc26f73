// The image manifest: what an image is (name, version, architecture, the oldest version it may
// replace) and every file it carries with its size, mode and SHA-256. The manifest is what the
// release key signs; the files are trusted only through it. Parsed strictly: a device decides
// whether to boot a runtime from this, so anything unexpected is refused, not guessed.
import { PosError } from '../errors/index.js';

export const ARCHITECTURES = ['x64', 'arm64', 'armv7'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export interface ManifestFile {
  /** Relative, '/'-separated (SAFE_PATH). */
  readonly path: string;
  readonly size: number;
  /** 0o755 or 0o644: executables and the rest; nothing setuid, nothing writable by others. */
  readonly mode: 0o755 | 0o644;
  /** Hex. */
  readonly sha256: string;
}

export interface Manifest {
  readonly format: 1;
  readonly name: string;
  /** Semver, MAJOR.MINOR.PATCH[-pre]. */
  readonly version: string;
  readonly arch: Architecture;
  /** The oldest installed version this image may replace; once installed, also the device's
   *  floor: nothing older than it may be installed after (anti-rollback). */
  readonly minVersion: string;
  readonly builtAt: string;
  /** Hex of the release public key that signed. Trusted only when it is the device's pinned
   *  key, or on a first flash that pins it (or the one the flash was told to expect). */
  readonly releasePublicKey: string;
  /** The compressed payload that follows the signature: its length and SHA-256 (hex). */
  readonly payload: { readonly size: number; readonly sha256: string };
  readonly files: readonly ManifestFile[];
}

const SEMVER = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z.-]{1,64}))?$/;
const HEX64 = /^[0-9a-f]{64}$/;
// Relative, no '.' or '..' segment, no control character or backslash (sha256sum's text format
// on the device escapes those); spaces and the like are fine.
const SAFE_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^\x00-\x1f\x7f\\/]+(?:\/[^\x00-\x1f\x7f\\/]+)*$/;

/** -1, 0 or 1. Pre-releases sort before their release and compare as text, which is all our
 *  own tags (-rc.1, -dev) need. */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) throw new PosError('E-IMAGE-0009', { field: 'version', value: (pa ? b : a).slice(0, 32) });
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return Math.sign(d);
  }
  const [ra, rb] = [pa[4], pb[4]];
  if (ra === rb) return 0;
  if (ra === undefined) return 1;
  if (rb === undefined) return -1;
  return ra < rb ? -1 : 1;
}

export const isVersion = (v: unknown): v is string => typeof v === 'string' && SEMVER.test(v);

function bad(field: string, detail?: string): PosError {
  return new PosError('E-IMAGE-0009', { field, ...(detail ? { detail } : {}) });
}

function fileOf(raw: unknown, index: number): ManifestFile {
  const f = raw as Record<string, unknown>;
  if (typeof f !== 'object' || f === null) throw bad(`files[${index}]`);
  if (typeof f.path !== 'string' || !SAFE_PATH.test(f.path) || f.path.length > 512) throw bad(`files[${index}].path`);
  if (!Number.isSafeInteger(f.size) || (f.size as number) < 0) throw bad(`files[${index}].size`);
  if (f.mode !== 0o755 && f.mode !== 0o644) throw bad(`files[${index}].mode`);
  if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256)) throw bad(`files[${index}].sha256`);
  return { path: f.path, size: f.size as number, mode: f.mode, sha256: f.sha256 };
}

/** The manifest as signed bytes: UTF-8 JSON. */
export function encodeManifest(m: Manifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(m));
}

export function parseManifest(bytes: Uint8Array): Manifest {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<string, unknown>;
  } catch {
    throw bad('json');
  }
  if (typeof raw !== 'object' || raw === null) throw bad('json');
  if (raw.format !== 1) throw bad('format');
  if (typeof raw.name !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(raw.name)) throw bad('name');
  if (!isVersion(raw.version)) throw bad('version');
  if (!isVersion(raw.minVersion) || compareVersions(raw.minVersion, raw.version) > 0) throw bad('minVersion');
  if (!ARCHITECTURES.includes(raw.arch as Architecture)) throw bad('arch');
  if (typeof raw.builtAt !== 'string' || Number.isNaN(Date.parse(raw.builtAt))) throw bad('builtAt');
  if (typeof raw.releasePublicKey !== 'string' || !HEX64.test(raw.releasePublicKey)) throw bad('releasePublicKey');
  const payload = raw.payload as Record<string, unknown> | undefined;
  if (typeof payload !== 'object' || payload === null || !Number.isSafeInteger(payload.size) || typeof payload.sha256 !== 'string' || !HEX64.test(payload.sha256)) throw bad('payload');
  if (!Array.isArray(raw.files) || raw.files.length === 0) throw bad('files');
  const files = raw.files.map(fileOf);
  const seen = new Set<string>();
  for (const f of files) {
    // A path twice, or a file where another needs a directory, would make two devices differ.
    if (seen.has(f.path)) throw bad('files', `duplicate ${f.path}`);
    seen.add(f.path);
  }
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) if (seen.has(parts.slice(0, i).join('/'))) throw bad('files', `file used as a directory: ${f.path}`);
  }
  return {
    format: 1,
    name: raw.name,
    version: raw.version,
    arch: raw.arch as Architecture,
    minVersion: raw.minVersion,
    builtAt: raw.builtAt,
    releasePublicKey: raw.releasePublicKey,
    payload: { size: payload.size as number, sha256: payload.sha256 },
    files,
  };
}
