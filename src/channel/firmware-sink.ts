// Joins the firmware download to the session: each offer, chunk and session start answers with
// the chunk request to send next, a refusal is reported to the backend through the command
// runner's outbox results (command id `firmware:<id>`), and a verified image is announced to
// whoever waits for it (an installer scheduled by InstallFirmware, a test).
import type { PosError } from '../errors/index.js';
import type { posrt } from '../protos/index.js';
import type { FirmwareDownloads, FirmwareProgress, VerifiedFirmware } from './firmware-download.js';
import type { FirmwareSink } from './session-client.js';

export type FirmwareEvent = { readonly kind: 'verified'; readonly image: VerifiedFirmware } | { readonly kind: 'refused'; readonly firmwareId: string; readonly error: PosError };

export function firmwareSink(downloads: FirmwareDownloads, report: (firmwareId: string, error: PosError) => void, onEvent: (event: FirmwareEvent) => void = () => {}): FirmwareSink {
  const next = (p: FirmwareProgress): posrt.channel.v1.FirmwareChunkRequest.$Properties | undefined => {
    switch (p.kind) {
      case 'request':
        return p.request;
      case 'idle':
        return undefined;
      case 'verified':
        onEvent(p);
        return undefined;
      case 'refused':
        report(p.firmwareId, p.error);
        onEvent(p);
        return undefined;
    }
  };
  return {
    resume: () => next(downloads.resume()),
    offered: (signed) => next(downloads.offered(signed)),
    chunk: (chunk) => next(downloads.chunk(chunk)),
  };
}
