// Over-the-air updates on the device (issue 8), after the channel has downloaded an image and
// checked it against its signed offer: install it outside business into the inactive slot as
// a trial (flash.ts with `trial`: the device's pinned release key, architecture and floor are
// checked again here, on the device), switch, and let the next start prove it. A start
// commits the update only when every health check passes before the deadline; a check that
// fails or a deadline that passes rolls back at once, and a version that crashes before it
// can check anything is rolled back by the boot guard after its starts are used up. Refusals
// (another key, a downgrade, another architecture) reject with their code, which the command
// runner reports to the centre; so is a rollback (`rolledBack` in the state, for the next
// session to report).
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from './manifest.js';
import { GUARD_PATHS, readGuardedState, rollBack, writeGuardedState, type GuardedState } from './boot-guard.js';
import { DirTarget } from './dir-target.js';
import { slotOfLink } from './device-layout.js';
import { flash, type FlashEvent, type FlashResult } from './flash.js';

export interface OverTheAirOptions {
  /** The device's root ('/' on a terminal; a directory in tests). */
  readonly root: string;
  /** True while a card session runs or an uncertain transaction is not yet reversed or
   *  settled: no install then. */
  readonly busy: () => boolean;
  readonly progress?: (e: FlashEvent) => void;
  readonly pollMs?: number;
  readonly signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/** Waits until the terminal is idle, then installs `image` as a trial. The caller restarts the
 *  runtime afterwards (the command runner's reboot) so the new slot starts. */
export async function installOverTheAir(image: string, firmwareId: string, o: OverTheAirOptions): Promise<FlashResult> {
  while (o.busy()) await sleep(o.pollMs ?? 1_000, o.signal);
  return flash({ image, target: new DirTarget(o.root), trial: { firmwareId }, progress: o.progress ?? (() => undefined) });
}

export interface HealthCheck {
  /** e.g. 'kernel', 'devices', 'channel', 'journal'. */
  readonly name: string;
  /** Resolves when healthy; rejects (with a coded error) when not. */
  readonly check: () => Promise<void>;
}

export type StartVerdict =
  | { readonly kind: 'no-trial' }
  | { readonly kind: 'committed'; readonly version: string }
  | { readonly kind: 'rolled-back'; readonly version: string; readonly reason: string }
  /** `current` no longer names the trial's slot: the guard has begun a rollback it finishes at
   *  the next start. */
  | { readonly kind: 'rolling-back' };

function failedWithin(checks: readonly HealthCheck[], deadlineMs: number): Promise<string | undefined> {
  const results = Promise.all(
    checks.map((c) =>
      c.check().then(
        () => undefined,
        (e: unknown) => `${c.name}: ${(e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e))}`,
      ),
    ),
  ).then((failures) => failures.find((f) => f !== undefined));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no healthy start within ${deadlineMs} ms`), deadlineMs);
  });
  return Promise.race([results, deadline]).finally(() => clearTimeout(timer));
}

/** At every start of the runtime: an update on trial is committed when every check passes
 *  within `deadlineMs`, and rolled back otherwise (the caller then exits so the old slot
 *  starts). Committing raises the floor to the update's minimum version. */
export async function settleTrial(root: string, checks: readonly HealthCheck[], deadlineMs: number, now: () => number = Date.now): Promise<StartVerdict> {
  const state = readGuardedState(root);
  const trial = state?.trial;
  if (!state || !trial) return { kind: 'no-trial' };
  let link: string | undefined;
  try {
    link = readlinkSync(join(root, GUARD_PATHS.current));
  } catch {
    link = undefined;
  }
  if (slotOfLink(link) !== trial.slot) return { kind: 'rolling-back' };
  const failure = await failedWithin(checks, deadlineMs);
  if (failure !== undefined) {
    rollBack(root, state, failure, now());
    return { kind: 'rolled-back', version: trial.version, reason: failure };
  }
  const committed: GuardedState = {
    floor: compareVersions(trial.minVersion, state.floor) > 0 ? trial.minVersion : state.floor,
    installed: { slot: trial.slot, version: trial.version, imageId: trial.imageId },
    previous: state.installed,
  };
  writeGuardedState(root, committed);
  return { kind: 'committed', version: trial.version };
}

/** The last rollback, for the channel to report once; cleared when reported. */
export function takeRollbackReport(root: string): GuardedState['rolledBack'] {
  const state = readGuardedState(root);
  if (!state?.rolledBack) return undefined;
  const { rolledBack, ...rest } = state;
  writeGuardedState(root, rest);
  return rolledBack;
}
