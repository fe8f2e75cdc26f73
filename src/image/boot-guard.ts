// The boot guard: runs before every start of the runtime (the unit's ExecStartPre, from the
// copy in the state directory) and counts the starts of an update on trial. An update that has
// not committed itself after MAX_TRIAL_STARTS starts is crashing on start: the guard points
// `current` back at the previous slot, so the next start is the version that worked. This is
// the one piece that must work when the new version does not, so it imports nothing but node:
// and is copied out of the slots (src/image/over-the-air.ts) — a new version that cannot even
// load its own modules is still rolled back. Every state change is a rename of a synced file.
//   node /opt/posrt/state/boot-guard.mjs [ROOT]      (ROOT defaults to '/')
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const GUARD_PATHS = {
  current: 'opt/posrt/current',
  updateState: 'opt/posrt/state/update.json',
  guard: 'opt/posrt/state/boot-guard.mjs',
} as const;

/** Starts an update may take to commit itself before it is taken for a crash loop. */
export const MAX_TRIAL_STARTS = 3;

export type GuardSlot = 'a' | 'b';

interface Installed {
  readonly slot: GuardSlot;
  readonly version: string;
  readonly imageId: string;
}

/** The part of update.json the guard reads and writes; the rest is kept as it is. */
export interface GuardedState {
  readonly floor: string;
  readonly installed: Installed;
  readonly previous?: Installed;
  /** An update switched to but not yet committed by a healthy start. */
  readonly trial?: Installed & { readonly minVersion: string; readonly starts: number; readonly since: number; readonly firmwareId?: string };
  /** The last update that was rolled back, and why: reported to the centre, then cleared. */
  readonly rolledBack?: { readonly version: string; readonly reason: string; readonly at: number; readonly firmwareId?: string };
}

function writeSynced(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

export function readGuardedState(root: string): GuardedState | undefined {
  try {
    return JSON.parse(readFileSync(join(root, GUARD_PATHS.updateState), 'utf8')) as GuardedState;
  } catch {
    return undefined;
  }
}

export function writeGuardedState(root: string, state: GuardedState): void {
  writeSynced(join(root, GUARD_PATHS.updateState), `${JSON.stringify(state, null, 2)}\n`);
}

/** Points `current` at `slot` with one rename. */
export function switchCurrent(root: string, slot: GuardSlot): void {
  const link = join(root, GUARD_PATHS.current);
  const tmp = `${link}.tmp`;
  rmSync(tmp, { force: true });
  symlinkSync(`slots/${slot}`, tmp);
  renameSync(tmp, link);
  const dir = openSync(dirname(link), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** Back to the previous slot: the link first, then the state. Cut between the two, `current`
 *  already names the good slot and the trial is still recorded with its starts used up, so the
 *  next start rolls back again (the same link, then the state); the other order could leave
 *  the broken slot booting with no trial left to count. */
export function rollBack(root: string, state: GuardedState, reason: string, now: number): GuardedState {
  const trial = state.trial;
  if (!trial || !state.previous) return state;
  switchCurrent(root, state.previous.slot);
  const next: GuardedState = {
    floor: state.floor,
    installed: state.previous,
    rolledBack: { version: trial.version, reason, at: now, ...(trial.firmwareId ? { firmwareId: trial.firmwareId } : {}) },
  };
  writeGuardedState(root, next);
  return next;
}

export type GuardOutcome = 'no-trial' | 'trial-start' | 'rolled-back';

/** One start: counts it when an update is on trial, and rolls back when it has had its starts. */
export function guardStart(root: string, now: number): GuardOutcome {
  const state = readGuardedState(root);
  if (!state?.trial) return 'no-trial';
  if (state.trial.starts >= MAX_TRIAL_STARTS) {
    rollBack(root, state, `no healthy start in ${MAX_TRIAL_STARTS} tries`, now);
    return 'rolled-back';
  }
  writeGuardedState(root, { ...state, trial: { ...state.trial, starts: state.trial.starts + 1 } });
  return 'trial-start';
}

// Run as a program (the unit's ExecStartPre): never fails the start itself, whatever happens.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const outcome = guardStart(process.argv[2] ?? '/', Date.now());
    process.stdout.write(`posrt boot guard: ${outcome}\n`);
  } catch (e) {
    process.stderr.write(`posrt boot guard: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
