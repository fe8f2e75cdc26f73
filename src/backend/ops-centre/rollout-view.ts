// What the fleet page shows of updates (issue 8): how many terminals run each version (as each
// said when it last opened a session), and each rollout — an image offered to one or more
// terminals — with how far it got: offered, the whole image served, and running the image's
// version. A terminal that downloaded an image but still runs the old version has refused it,
// is waiting for idle, or rolled it back; its page's command results say which.
import type { FirmwareImage, FirmwareOfferRecord } from '../command-store.js';
import type { FleetEntry } from '../repository.js';
import type { Strings } from './strings.js';

export interface VersionRow {
  readonly version: string;
  readonly terminals: number;
}

export interface RolloutRow {
  readonly firmwareId: string;
  readonly version: string;
  readonly offered: number;
  readonly downloaded: number;
  readonly running: number;
  readonly text: { readonly progress: string };
}

/** Versions by the number of terminals running them, most first. */
export function versionRows(fleet: readonly FleetEntry[]): VersionRow[] {
  const counts = new Map<string, number>();
  for (const e of fleet) counts.set(e.terminal.firmwareVersion, (counts.get(e.terminal.firmwareVersion) ?? 0) + 1);
  return [...counts].map(([version, terminals]) => ({ version, terminals })).sort((a, b) => b.terminals - a.terminals || (a.version < b.version ? -1 : 1));
}

/** One row per offered image, newest offer first; `images` holds each offered image's record. */
export function rolloutRows(offers: readonly FirmwareOfferRecord[], images: ReadonlyMap<string, FirmwareImage>, fleet: readonly FleetEntry[], s: Strings): RolloutRow[] {
  const versionOf = new Map(fleet.map((e) => [e.terminal.serial, e.terminal.firmwareVersion]));
  const byImage = new Map<string, FirmwareOfferRecord[]>();
  for (const o of offers) byImage.set(o.firmwareId, [...(byImage.get(o.firmwareId) ?? []), o]);
  return [...byImage].map(([firmwareId, list]) => {
    const image = images.get(firmwareId);
    const chunks = image?.chunkSha256.length ?? Number.POSITIVE_INFINITY;
    const version = image?.version ?? '';
    const offered = list.length;
    const downloaded = list.filter((o) => o.chunksServed >= chunks).length;
    const running = list.filter((o) => version !== '' && versionOf.get(o.serial) === version).length;
    return { firmwareId, version, offered, downloaded, running, text: { progress: s.rolloutProgress(offered, downloaded, running) } };
  });
}
