// Heartbeats into terminal status and alerts: a terminal is offline once `missedHeartbeats`
// intervals pass without one; a printer out of paper or a failed card reader is an alert until
// a heartbeat says otherwise. Alerts are raised and cleared once each (the store keeps one
// open alert per terminal and kind), so a flapping terminal does not flood the centre.
import { posrt } from '../protos/index.js';
import type { AlertKind, BackendRepository, HeartbeatReport } from './repository.js';
import type { BackendLogger } from './log.js';

const v1 = posrt.channel.v1;

const num = (v: { toString(): string } | number | null | undefined): number => Number(v?.toString() ?? 0);

export function heartbeatReport(hb: posrt.channel.v1.Heartbeat): HeartbeatReport {
  return {
    uptimeS: num(hb.uptimeS),
    paper: v1.PaperState[hb.paper] ?? 'PAPER_STATE_UNSPECIFIED',
    devices: hb.devices.map((d) => ({ deviceId: d.deviceId ?? '', kind: v1.DeviceKind[d.kind ?? 0] ?? '', state: v1.DeviceState[d.state ?? 0] ?? '', errorCode: d.errorCode ?? '' })),
    approvals: num(hb.counters?.approvals),
    declines: num(hb.counters?.declines),
    errors: num(hb.counters?.errors),
    outboxDepth: hb.outboxDepth,
  };
}

export class FleetMonitor {
  constructor(
    private readonly repo: BackendRepository,
    private readonly offlineAfterMs: number,
    private readonly log: BackendLogger,
  ) {}

  async heartbeat(serial: string, hb: posrt.channel.v1.Heartbeat, now: number): Promise<void> {
    await this.repo.recordHeartbeat(serial, heartbeatReport(hb), now);
    await this.set(serial, 'terminal-offline', false, now);
    await this.set(serial, 'printer-paper-out', hb.paper === v1.PaperState.PAPER_STATE_OUT, now);
    const readerFailed = hb.devices.some((d) => d.kind === v1.DeviceKind.DEVICE_KIND_CARD_READER && d.state === v1.DeviceState.DEVICE_STATE_FAILED);
    await this.set(serial, 'reader-failing', readerFailed, now);
  }

  /** Marks offline every terminal whose last heartbeat is older than the allowance. */
  async sweep(now: number): Promise<void> {
    for (const s of await this.repo.statuses()) if (now - s.lastSeenAt > this.offlineAfterMs) await this.set(s.serial, 'terminal-offline', true, now);
  }

  private async set(serial: string, kind: AlertKind, on: boolean, now: number): Promise<void> {
    if (await (on ? this.repo.raiseAlert(serial, kind, now) : this.repo.clearAlert(serial, kind, now))) this.log.info({ serial, alert: kind, open: on }, on ? 'alert raised' : 'alert cleared');
  }
}
