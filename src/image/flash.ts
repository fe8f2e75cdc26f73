// Flashing one image onto one device, in an order that keeps the device bootable whatever
// stops it (Mender's and RAUC's order): verify the image before touching the device; write the
// slot that does not boot; verify every file there; mark the slot whole; raise the rollback
// floor; then switch `current` with one rename and restart. Killed or cut off at any step, the
// device still boots what `current` pointed at, and running the same flash again completes the
// job: a slot that already holds this image, verified, is not copied again.
import { createHash } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { fromHex, toHex } from '../bytes/hex.js';
import { keyIdOf } from '../security/index.js';
import type { DeviceTarget } from './device-target.js';
import { GUARD_IN_IMAGE, LAYOUT, otherSlot, slotOfLink, UNIT_IN_IMAGE, type Slot, type UpdateState } from './device-layout.js';
import { elfArchitecture } from './elf-architecture.js';
import { imageFiles, openImage, verifyImageSignature, verifyPayload, type OpenedImage } from './image-file.js';
import { compareVersions, parseManifest, type Architecture, type Manifest } from './manifest.js';

export type FlashEvent =
  | { readonly step: 'copy'; readonly bytes: number; readonly files: number; readonly totalBytes: number; readonly totalFiles: number }
  | { readonly step: 'image' | 'device' | 'trust' | 'slot' | 'verify' | 'unit' | 'identity' | 'switch' | 'restart'; readonly detail: string };

/** Makes the device identity for `--provision`: the channel's provisioning, handed in by the
 *  caller so this layer writes files it is given rather than knowing their format. */
export type IdentityMaker = (backendKey: Uint8Array | undefined) => Promise<readonly { readonly name: string; readonly data: Uint8Array; readonly mode: number }[]>;

export interface FlashOptions {
  readonly image: string;
  readonly target: DeviceTarget;
  /** The release key the image must be signed with. Without it: the device's pinned key, or on
   *  a first flash the image's own key, which is then pinned (trust on first use, said so). */
  readonly releaseKey?: Uint8Array;
  /** The device's architecture when its root cannot tell (no ELF /bin/sh there). */
  readonly deviceArch?: Architecture;
  readonly provision?: { readonly token: string; readonly backendKey?: Uint8Array; readonly makeIdentity: IdentityMaker };
  /** Over the air: the new slot boots on trial — the floor stays, and the update is committed
   *  only by a healthy start (over-the-air.ts), else the boot guard or the failed check rolls
   *  it back. Without it (a flash by hand) the switch is the commit. */
  readonly trial?: { readonly firmwareId?: string };
  readonly progress: (e: FlashEvent) => void;
  readonly now?: () => Date;
}

export interface FlashResult {
  readonly version: string;
  readonly slot: Slot;
  readonly previous: { readonly slot: Slot; readonly version: string } | undefined;
  readonly copied: boolean;
  readonly restart: string;
}

/** Room for the slot plus what the filesystem spends on blocks and directories. */
const spaceNeeded = (m: Manifest): number => Math.ceil(m.files.reduce((n, f) => n + f.size + 4096, 0) * 1.05);

async function installedManifest(target: DeviceTarget, slot: Slot | undefined): Promise<{ manifest: Manifest; id: string } | undefined> {
  if (slot === undefined) return undefined;
  const bytes = await target.readFile(LAYOUT.slotManifest(slot));
  if (bytes === undefined) return undefined;
  try {
    return { manifest: parseManifest(bytes), id: createHash('sha256').update(bytes).digest('hex') };
  } catch {
    return undefined;
  }
}

async function deviceArchitecture(target: DeviceTarget, given: Architecture | undefined, installed: Manifest | undefined): Promise<Architecture | undefined> {
  if (given) return given;
  const sh = await target.readFile('bin/sh');
  const arch = sh ? elfArchitecture(sh) : undefined;
  if (arch === 'other') throw new PosError('E-IMAGE-0006', { target: target.name, device: 'unsupported' });
  return arch ?? installed?.arch;
}

function checkTrust(image: OpenedImage, pinned: Buffer | undefined, expected: Uint8Array | undefined, progress: FlashOptions['progress']): boolean {
  const signer = fromHex(image.manifest.releasePublicKey);
  const trusted = expected ?? (pinned ? new Uint8Array(pinned) : signer);
  if (pinned && expected && !pinned.equals(expected)) throw new PosError('E-IMAGE-0005', { reason: 'the device pins another release key', pinned: toHex(keyIdOf(pinned)) });
  verifyImageSignature(image, trusted);
  const firstUse = pinned === undefined;
  progress({ step: 'trust', detail: `signed by release key ${toHex(keyIdOf(signer))}${firstUse ? (expected ? ' (as expected; pinned on the device)' : ' (first flash: this key is now pinned on the device)') : ' (the device’s pinned key)'}` });
  return firstUse;
}

async function readState(target: DeviceTarget): Promise<UpdateState | undefined> {
  const bytes = await target.readFile(LAYOUT.updateState);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as UpdateState;
  } catch {
    // A state file we cannot read must not lower the floor: refuse rather than guess.
    throw new PosError('E-IMAGE-0009', { field: LAYOUT.updateState });
  }
}

export async function flash(o: FlashOptions): Promise<FlashResult> {
  const { target, progress } = o;
  const image = openImage(o.image);
  const m = image.manifest;
  await verifyPayload(image);
  progress({ step: 'image', detail: `${m.name} ${m.version} for ${m.arch}: ${m.files.length} files, ${m.files.reduce((n, f) => n + f.size, 0)} bytes (replaces ${m.minVersion} or newer)` });

  const currentSlot = slotOfLink(await target.readLink(LAYOUT.current));
  const current = await installedManifest(target, currentSlot);
  const state = await readState(target);
  const pinned = await target.readFile(LAYOUT.releaseKey);
  const arch = await deviceArchitecture(target, o.deviceArch, current?.manifest);
  progress({ step: 'device', detail: `${target.name}: ${arch ?? 'architecture unknown'}, ${current ? `running ${current.manifest.version} from slot ${currentSlot}` : 'no posrt installed'}` });

  const firstUse = checkTrust(image, pinned, o.releaseKey, progress);
  if (!m.files.some((f) => f.path === UNIT_IN_IMAGE)) throw new PosError('E-IMAGE-0009', { field: 'files', missing: UNIT_IN_IMAGE });
  if (arch !== undefined && arch !== m.arch) throw new PosError('E-IMAGE-0006', { image: m.arch, device: arch });
  const floor = state?.floor;
  if (floor !== undefined && compareVersions(m.version, floor) < 0) throw new PosError('E-IMAGE-0007', { image: m.version, floor });
  if (current && compareVersions(current.manifest.version, m.minVersion) < 0) throw new PosError('E-IMAGE-0007', { image: m.version, replaces: `${m.minVersion} or newer`, device: current.manifest.version });

  let already = current?.id === image.id;
  if (already && (await target.firstMismatch(LAYOUT.slot(currentSlot!), m.files)) !== undefined) {
    // The running copy was damaged on the device: the other slot gets a good one.
    progress({ step: 'slot', detail: `slot ${currentSlot} runs this image but a file there differs: writing the other slot` });
    already = false;
  }
  const slot: Slot = already ? currentSlot! : otherSlot(currentSlot);
  let copied = false;
  if (already) {
    progress({ step: 'slot', detail: `slot ${slot} already runs this image, verified` });
  } else {
    const inSlot = await installedManifest(target, slot);
    if (inSlot?.id === image.id && (await target.firstMismatch(LAYOUT.slot(slot), m.files)) === undefined) {
      progress({ step: 'slot', detail: `slot ${slot} already holds this image, verified (an earlier run was cut off)` });
    } else {
      const needed = spaceNeeded(m);
      const free = await target.freeBytes(LAYOUT.base);
      if (free < needed) throw new PosError('E-IMAGE-0010', { target: target.name, needed, free });
      progress({ step: 'slot', detail: `writing slot ${slot} (${free} bytes free, ${needed} needed)` });
      await target.emptyDir(LAYOUT.slot(slot));
      const totalBytes = m.files.reduce((n, f) => n + f.size, 0);
      await target.writeFiles(LAYOUT.slot(slot), imageFiles(image), (bytes, files) => progress({ step: 'copy', bytes, files, totalBytes, totalFiles: m.files.length }));
      const bad = await target.firstMismatch(LAYOUT.slot(slot), m.files);
      if (bad !== undefined) throw new PosError('E-IMAGE-0013', { target: target.name, slot, file: bad });
      progress({ step: 'verify', detail: `${m.files.length} files in slot ${slot} match the manifest` });
      await target.writeFile(LAYOUT.slotManifest(slot), image.manifestBytes, 0o644);
      copied = true;
    }
  }

  // The unit travels in the image, so a release can change how it is started.
  const unit = await target.readFile(`${LAYOUT.slot(slot)}/${UNIT_IN_IMAGE}`);
  if (unit === undefined) throw new PosError('E-IMAGE-0013', { target: target.name, slot, file: UNIT_IN_IMAGE });
  const installedUnit = await target.readFile(LAYOUT.unit);
  if (!installedUnit?.equals(unit)) {
    await target.writeFile(LAYOUT.unit, unit, 0o644);
    progress({ step: 'unit', detail: `${installedUnit ? 'updated' : 'installed'} /${LAYOUT.unit}` });
  }
  // The guard runs before every start from the state directory, outside the slots: a new
  // version that cannot load its own modules is still counted and rolled back.
  if (m.files.some((f) => f.path === GUARD_IN_IMAGE)) {
    const guard = await target.readFile(`${LAYOUT.slot(slot)}/${GUARD_IN_IMAGE}`);
    if (guard === undefined) throw new PosError('E-IMAGE-0013', { target: target.name, slot, file: GUARD_IN_IMAGE });
    await target.writeFile(LAYOUT.bootGuard, guard, 0o644);
  }
  if (firstUse) await target.writeFile(LAYOUT.releaseKey, fromHex(m.releasePublicKey), 0o644);
  if (o.provision) await provision(target, o.provision, progress);

  const running = current && currentSlot ? { slot: currentSlot, version: current.manifest.version, imageId: current.id } : undefined;
  const previous = already ? state?.previous : running;
  const installing = { slot, version: m.version, imageId: image.id };
  const trial = o.trial && running && !already;
  const next: UpdateState = trial
    ? {
        floor: floor ?? '0.0.0',
        installed: running,
        previous: running,
        trial: { ...installing, minVersion: m.minVersion, starts: 0, since: (o.now ?? (() => new Date()))().getTime(), ...(o.trial?.firmwareId ? { firmwareId: o.trial.firmwareId } : {}) },
      }
    : {
        floor: floor === undefined || compareVersions(m.minVersion, floor) > 0 ? m.minVersion : floor,
        installed: installing,
        ...(previous ? { previous } : {}),
      };
  // Written before the switch: cut off between the two, the device boots the old version with
  // the floor already raised (the side to err on), or with a trial recorded that the guard
  // and the next start resolve.
  await target.writeFile(LAYOUT.updateState, new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`), 0o644);
  if (!already) {
    await target.switchLink(LAYOUT.current, `slots/${slot}`);
    progress({ step: 'switch', detail: `/${LAYOUT.current} -> slots/${slot} (${m.version}); slot ${otherSlot(slot)} keeps ${current?.manifest.version ?? 'nothing'} for rollback` });
  }
  const restart = await target.restartService('posrt.service');
  progress({ step: 'restart', detail: restart });
  return { version: m.version, slot, previous: previous ? { slot: previous.slot, version: previous.version } : undefined, copied, restart };
}

/** First flash with --provision: the device's own key and the pinned backend key in its
 *  identity directory (0700, key 0600), and the one-time token its first start enrols with. A
 *  device that has an identity keeps it: re-provisioning is a deliberate act, not a flash. */
async function provision(target: DeviceTarget, p: NonNullable<FlashOptions['provision']>, progress: FlashOptions['progress']): Promise<void> {
  const existing = await target.readFile(`${LAYOUT.identity}/device.key`);
  if (existing !== undefined) {
    const pinned = await target.readFile(`${LAYOUT.identity}/backend.pub`);
    if (p.backendKey && pinned && !pinned.equals(p.backendKey)) throw new PosError('E-IMAGE-0017', { target: target.name });
    progress({ step: 'identity', detail: 'device identity kept (already provisioned)' });
    return;
  }
  for (const f of await p.makeIdentity(p.backendKey)) await target.writeFile(`${LAYOUT.identity}/${f.name}`, f.data, f.mode);
  await target.writeFile(LAYOUT.provisioningToken, new TextEncoder().encode(p.token), 0o600);
  progress({ step: 'identity', detail: `device identity made${p.backendKey ? `, backend key ${toHex(keyIdOf(p.backendKey))} pinned` : ''}, provisioning token stored` });
}
