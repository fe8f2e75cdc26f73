// Over-the-air updates in the running terminal (issue 8): the channel's InstallFirmware hands
// a verified image to the installer here, which puts it in the inactive slot outside business;
// at every start the update on trial is settled by the health checks. Only a runtime started
// from an installed slot (…/opt/posrt/current/dist/src/main.js as the unit starts it, or the
// slot's own path) can update itself: a checkout has no slots, and its installer refuses with a
// code.
import { sep } from 'node:path';
import { PosError } from '../errors/index.js';
import type { VerifiedFirmware } from '../channel/firmware-download.js';
import { installOverTheAir, settleTrial, takeRollbackReport, type HealthCheck, type StartVerdict } from '../image/over-the-air.js';

/** Health checks must all pass this soon after a start for an update to be committed. */
export const TRIAL_DEADLINE_MS = 120_000;

/** The device root the running runtime was installed under, from its entry file's path as node
 *  was given it: through the `current` link, as the systemd unit starts it (node keeps argv[1]
 *  unresolved), or a slot; none for a checkout. */
export function deviceRootOf(entryFile: string): string | undefined {
  const marker = `${sep}opt${sep}posrt${sep}`;
  const at = entryFile.indexOf(marker);
  if (at === -1 || !/^(?:current|slots[/\\][ab])[/\\]/.test(entryFile.slice(at + marker.length))) return undefined;
  return entryFile.slice(0, at) || sep;
}

export interface UpdateInstallerOptions {
  /** The device root, or undefined when this runtime is not an installed one. */
  readonly root: string | undefined;
  /** A card session, or an uncertain transaction not yet reversed: no install meanwhile. */
  readonly busy: () => boolean;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The channel's CommandHandler.install: waits for `notBeforeMs` and for idle, installs as a
 *  trial, and resolves; the caller restarts the runtime into the new slot. */
export function updateInstaller(o: UpdateInstallerOptions): (image: VerifiedFirmware, notBeforeMs: number) => Promise<void> {
  return async (image, notBeforeMs) => {
    if (o.root === undefined) throw new PosError('E-IMAGE-0014', { target: 'this runtime', reason: 'not started from an installed slot' });
    const wait = notBeforeMs - (o.now ?? Date.now)();
    if (wait > 0) await (o.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))))(wait);
    await installOverTheAir(image.path, image.firmwareId, { root: o.root, busy: o.busy });
  };
}

/** Reports the last rollback once, as the download's refusal is reported (a result for
 *  `firmware:<id>`): E-IMAGE-0018 with the version and the reason. */
export function reportRollback(root: string | undefined, report: (firmwareId: string, error: PosError) => void): void {
  const rolledBack = root === undefined ? undefined : takeRollbackReport(root);
  if (rolledBack) report(rolledBack.firmwareId ?? '', new PosError('E-IMAGE-0018', { version: rolledBack.version, reason: rolledBack.reason.slice(0, 200) }));
}

/** At start: commits an update on trial when `checks` pass in time, rolls it back otherwise. */
export function settleUpdateAtStart(root: string | undefined, checks: readonly HealthCheck[]): Promise<StartVerdict> {
  return root === undefined ? Promise.resolve({ kind: 'no-trial' }) : settleTrial(root, checks, TRIAL_DEADLINE_MS);
}
