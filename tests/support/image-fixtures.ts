// Small signed images for the flashing tests (the real runtime image takes a compile; one test
// builds that), the scripts run as processes, and the check every interruption test ends with:
// what `current` points at is a whole slot whose every file matches its manifest.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { GUARD_IN_IMAGE, LAYOUT, slotOfLink, systemdUnit, UNIT_IN_IMAGE } from '../../src/image/device-layout.js';
import { writeImage, type ImageSource } from '../../src/image/image-file.js';
import { parseManifest, type Architecture } from '../../src/image/manifest.js';
import { loadReleaseKey, makeKeys } from '../../src/image/release-keys.js';

export const REPO = resolve(import.meta.dirname, '..', '..');

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

export function keys(): string {
  const dir = join(tempDir('posrt-keys-'), 'keys');
  makeKeys(dir);
  return dir;
}

export interface FixtureImage {
  readonly path: string;
  readonly version: string;
}

/** An image of `files` random files of `size` bytes each (random, so gzip cannot shrink the
 *  copy to nothing), plus the unit and a version file, signed with the release key in `keyDir`. */
export async function fixtureImage(keyDir: string, o: { version: string; minVersion?: string; arch?: Architecture; files?: number; size?: number; guard?: boolean }): Promise<FixtureImage> {
  const dir = tempDir('posrt-fixture-');
  const sources: ImageSource[] = [];
  const add = (path: string, data: Uint8Array | string, mode: 0o755 | 0o644 = 0o644): void => {
    const from = join(dir, 'tree', path);
    mkdirSync(join(from, '..'), { recursive: true });
    writeFileSync(from, data);
    sources.push({ path, mode, from });
  };
  add('VERSION', `${o.version}\n`);
  add('bin/run.sh', '#!/bin/sh\necho posrt\n', 0o755);
  for (let i = 0; i < (o.files ?? 40); i++) add(`node_modules/pkg-${i % 7}/lib/file-${i}.bin`, randomBytes(o.size ?? 16 * 1024));
  // Past ustar's 100-byte name and 155-byte prefix: the ssh path carries it in a pax record.
  add(`node_modules/${'a-rather-long-package-directory/'.repeat(9)}index.js`, 'module.exports = 1;\n');
  add(UNIT_IN_IMAGE, systemdUnit());
  // The real boot guard, compiled the way build-image's tsc would (one module, node: imports).
  if (o.guard) add(GUARD_IN_IMAGE, ts.transpileModule(readFileSync(join(REPO, 'src/image/boot-guard.ts'), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  const path = join(dir, `posrt-${o.version}.img`);
  await writeImage(path, sources, { name: 'posrt', version: o.version, arch: o.arch ?? 'x64', minVersion: o.minVersion ?? '0.0.0', builtAt: new Date().toISOString() }, loadReleaseKey(keyDir));
  return { path, version: o.version };
}

/** The start of an ELF executable's header for `arch` (System V ABI: e_ident, e_type, e_machine,
 *  and for 32-bit ARM e_flags EABI 5 hard-float, as Debian armhf builds); `softFloat` makes
 *  armel's instead. */
export function elfHeader(arch: Architecture, o: { softFloat?: boolean } = {}): Buffer {
  const elf = Buffer.alloc(64);
  elf.set([0x7f, 0x45, 0x4c, 0x46, arch === 'armv7' ? 1 : 2, 1, 1]);
  elf.writeUInt16LE(2, 16);
  elf.writeUInt16LE({ x64: 62, arm64: 183, armv7: 40 }[arch], 18);
  if (arch === 'armv7') elf.writeUInt32LE(o.softFloat ? 0x05000200 : 0x05000400, 36);
  return elf;
}

/** A device root whose /bin/sh is an executable of `arch`, as flash tells a device's machine. */
export function deviceRoot(arch: Architecture): string {
  const root = tempDir('posrt-device-');
  mkdirSync(join(root, 'bin'));
  writeFileSync(join(root, 'bin/sh'), elfHeader(arch));
  return root;
}

export interface ScriptRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly events: Record<string, unknown>[];
}

/** Runs scripts/<name> in its own process group; `killWhen` sees each JSON line and may ask
 *  for the whole group to get SIGKILL (tsx runs node as a child: killing the parent alone
 *  would leave the flash going). */
export function runScript(name: string, args: readonly string[], killWhen?: (event: Record<string, unknown>) => boolean): Promise<ScriptRun> {
  return new Promise((done) => {
    const child = spawn(join(REPO, 'scripts', name), args, { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const events: Record<string, unknown>[] = [];
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      pending += c.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        try {
          const event = JSON.parse(line) as Record<string, unknown>;
          events.push(event);
          if (killWhen?.(event)) process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // not a JSON line
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, events }));
  });
}

/** What the device would boot: `current`'s slot, whole (its manifest there) and every file
 *  matching that manifest; undefined when nothing is installed. Throws when `current` points
 *  at something that would not boot. */
export function bootable(root: string): { version: string; slot: string } | undefined {
  let link: string;
  try {
    link = readlinkSync(join(root, LAYOUT.current));
  } catch {
    return undefined;
  }
  const slot = slotOfLink(link);
  if (slot === undefined) throw new Error(`current -> ${link}`);
  const manifest = parseManifest(readFileSync(join(root, LAYOUT.slotManifest(slot))));
  for (const f of manifest.files) {
    const hash = createHash('sha256').update(readFileSync(join(root, LAYOUT.slot(slot), f.path))).digest('hex');
    if (hash !== f.sha256) throw new Error(`slot ${slot}: ${f.path} differs`);
  }
  return { version: manifest.version, slot };
}
