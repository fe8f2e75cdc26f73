// Images for arm64 and armv7 built on this x64 machine by scripts/build-image alone (no
// --modules): every native addon in them is an ELF for the target — checked by our own header
// parsing and by binutils' readelf — none of this machine's is left, the target's platform
// package is fetched from the registry and checked against the lockfile, and flash takes each
// image onto a device root of its architecture and refuses it on an x64 one. The cross builds
// are cached (~/.cache/posrt/cross): the first run on a machine compiles better-sqlite3 (minutes),
// later runs only collect and sign.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elfArchitecture } from '../../src/image/elf-architecture.js';
import { imageFiles, openImage } from '../../src/image/image-file.js';
import type { Architecture } from '../../src/image/manifest.js';
import { checkNativeAddons } from '../../src/image/runtime-files.js';
import { targetPackages } from '../../scripts/image/target-packages.js';
import { bootable, deviceRoot, elfHeader, keys, REPO, runScript, tempDir } from '../support/image-fixtures.js';
import { errorOf } from '../support/pos-error.js';

const errorCode = (stderr: string): string | undefined => /E-[A-Z]+-\d{4}/.exec(stderr)?.[0];

/** What readelf says of a file: its class and machine, and for ARM its flags. */
function readelf(path: string): { class: string; machine: string; flags: string; needed: string[] } {
  const header = execFileSync('readelf', ['-h', path], { encoding: 'utf8' });
  const field = (name: string): string => new RegExp(`^\\s*${name}:\\s*(.+)$`, 'm').exec(header)![1]!.trim();
  const needed = [...execFileSync('readelf', ['-d', path], { encoding: 'utf8' }).matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
  return { class: field('Class'), machine: field('Machine'), flags: field('Flags'), needed };
}

const READELF: Record<Exclude<Architecture, 'x64'>, { class: string; machine: string }> = {
  arm64: { class: 'ELF64', machine: 'AArch64' },
  armv7: { class: 'ELF32', machine: 'ARM' },
};

/** The addons each image must carry, by the package that loads them. */
const ADDONS: Record<Exclude<Architecture, 'x64'>, readonly string[]> = {
  arm64: [
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    'node_modules/pcsclite/build/Release/pcsclite.node',
    'node_modules/@abandonware/bluetooth-hci-socket/build/Release/bluetooth_hci_socket.node',
    'node_modules/@resvg/resvg-js-linux-arm64-gnu/resvgjs.linux-arm64-gnu.node',
    'node_modules/usb/prebuilds/linux-arm64/node.napi.armv8.node',
    'node_modules/@serialport/bindings-cpp/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.glibc.node',
  ],
  armv7: [
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    'node_modules/pcsclite/build/Release/pcsclite.node',
    'node_modules/@abandonware/bluetooth-hci-socket/build/Release/bluetooth_hci_socket.node',
    'node_modules/@resvg/resvg-js-linux-arm-gnueabihf/resvgjs.linux-arm-gnueabihf.node',
    'node_modules/usb/prebuilds/linux-arm/node.napi.armv7.node',
    'node_modules/@serialport/bindings-cpp/prebuilds/linux-arm/@serialport+bindings-cpp.armv7.glibc.node',
  ],
};

// Two builds, the first one on a machine with compiles: up to several minutes on 2 shared cores.
describe.each(['arm64', 'armv7'] as const)('scripts/build-image --arch %s on x64', { timeout: 900_000 }, (arch) => {
  let keyDir: string;
  let image: string;
  let addons: Map<string, string>;

  beforeAll(async () => {
    keyDir = keys();
    image = join(tempDir('posrt-image-'), `posrt-${arch}.img`);
    const r = await runScript('build-image', ['--key', keyDir, '--out', image, '--arch', arch]);
    expect(r.code, r.stderr).toBe(0);
    // Each addon written out, for readelf.
    const dir = tempDir('posrt-addons-');
    addons = new Map();
    for await (const { file, data } of imageFiles(openImage(image))) {
      if (!file.path.endsWith('.node')) continue;
      const to = join(dir, file.path);
      mkdirSync(join(to, '..'), { recursive: true });
      writeFileSync(to, data);
      addons.set(file.path, to);
    }
  }, 900_000);

  it('records the architecture and carries every package’s addon for it, none of this machine’s', () => {
    const manifest = openImage(image).manifest;
    expect(manifest.arch).toBe(arch);
    for (const a of ADDONS[arch]) expect([...addons.keys()]).toContain(a);
    const paths = manifest.files.map((f) => f.path);
    expect(paths.filter((p) => /linux-x64|x86_64/.test(p))).toEqual([]);
    // The platform package's JavaScript comes along with its addon.
    expect(paths).toContain(`node_modules/@resvg/resvg-js-linux-${arch === 'arm64' ? 'arm64-gnu' : 'arm-gnueabihf'}/package.json`);
  });

  it('every .node in the image is an ELF for the target, by our parser and by readelf', () => {
    expect(addons.size).toBeGreaterThanOrEqual(ADDONS[arch].length);
    for (const [path, file] of addons) {
      const elf = readelf(file);
      expect({ path, class: elf.class, machine: elf.machine }).toEqual({ path, ...READELF[arch] });
      if (arch === 'armv7') expect(elf.flags).toContain('hard-float ABI');
      expect(elfArchitecture(new Uint8Array(execFileSync('head', ['-c', '64', file])))).toBe(arch);
    }
    // pcsclite links the target's libpcsclite (Debian multiarch), loaded on the device.
    expect(readelf(addons.get('node_modules/pcsclite/build/Release/pcsclite.node')!).needed).toContain('libpcsclite.so.1');
  });

  it('flashes onto a device root of its architecture, and is refused by an x64 one (E-IMAGE-0006)', async () => {
    const device = deviceRoot(arch);
    const ok = await runScript('flash', ['--image', image, '--target', `dir:${device}`]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(bootable(device)?.slot).toBe('a');
    const x64 = deviceRoot('x64');
    const refused = await runScript('flash', ['--image', image, '--target', `dir:${x64}`]);
    expect([refused.code, errorCode(refused.stderr)]).toEqual([2, 'E-IMAGE-0006']);
    expect(bootable(x64)).toBeUndefined();
  });
});

describe('native addons of another architecture than the image’s', () => {
  const addon = (header: Buffer): string => {
    const path = join(tempDir('posrt-addon-'), 'x.node');
    writeFileSync(path, header);
    return path;
  };

  it('an x64 addon in an arm64 image is refused before signing (E-IMAGE-0016), the checkout’s own one too', () => {
    const x64 = join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(errorOf(() => checkNativeAddons([{ path: 'node_modules/better-sqlite3/build/Release/better_sqlite3.node', mode: 0o644, from: x64 }], 'arm64')).code).toBe('E-IMAGE-0016');
    expect(checkNativeAddons([{ path: 'a.node', mode: 0o644, from: addon(elfHeader('arm64')) }], 'arm64')).toBe(1);
  });

  it('armv7 means armhf: a soft-float (armel) or 64-bit ARM addon is refused in an armv7 image', () => {
    expect(checkNativeAddons([{ path: 'a.node', mode: 0o644, from: addon(elfHeader('armv7')) }], 'armv7')).toBe(1);
    expect(errorOf(() => checkNativeAddons([{ path: 'a.node', mode: 0o644, from: addon(elfHeader('armv7', { softFloat: true })) }], 'armv7')).code).toBe('E-IMAGE-0016');
    expect(errorOf(() => checkNativeAddons([{ path: 'a.node', mode: 0o644, from: addon(elfHeader('arm64')) }], 'armv7')).code).toBe('E-IMAGE-0016');
  });

  /** A checkout holding only resvg, whose lockfile names the arm64 platform package with `integrity`. */
  function resvgCheckout(integrity: string): { repo: string; parent: string } {
    const repo = tempDir('posrt-lock-');
    const parent = join(repo, 'node_modules/@resvg/resvg-js');
    mkdirSync(parent, { recursive: true });
    writeFileSync(join(parent, 'package.json'), JSON.stringify({ name: '@resvg/resvg-js', version: '2.6.2' }));
    const lock = {
      packages: {
        'node_modules/@resvg/resvg-js': { version: '2.6.2', optionalDependencies: { '@resvg/resvg-js-linux-arm64-gnu': '2.6.2' } },
        'node_modules/@resvg/resvg-js-linux-arm64-gnu': { version: '2.6.2', integrity, optional: true, os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
      },
    };
    writeFileSync(join(repo, 'package-lock.json'), JSON.stringify(lock));
    return { repo, parent };
  }
  const cross = (c: { repo: string; parent: string }, cache: string) => () => targetPackages(c.repo, [c.parent], 'arm64', { cache, scratch: tempDir('posrt-cross-scratch-') }, () => undefined);

  it('a platform package whose registry bytes differ from the lockfile’s integrity is not carried (E-IMAGE-0020)', () => {
    const checkout = resvgCheckout(`sha512-${Buffer.alloc(64, 7).toString('base64')}`);
    expect(errorOf(cross(checkout, tempDir('posrt-cross-cache-'))).code).toBe('E-IMAGE-0020');
  });

  it('a cached tarball is checked again at every use: one changed in the cache is refused (E-IMAGE-0020)', () => {
    const real = (JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { integrity: string }> }).packages['node_modules/@resvg/resvg-js-linux-arm64-gnu']!.integrity;
    const cache = tempDir('posrt-cross-cache-');
    mkdirSync(join(cache, 'packages'));
    writeFileSync(join(cache, 'packages', '@resvg+resvg-js-linux-arm64-gnu@2.6.2.tgz'), 'not the package');
    expect(errorOf(cross(resvgCheckout(real), cache)).code).toBe('E-IMAGE-0020');
  });
});
