// Heartbeats into terminal status and alerts: a terminal is offline once `missedHeartbeats`
// intervals pass without one; a printer out of paper or a failed card reader is an alert until
// a heartbeat says otherwise; declines and errors rising over approvals (error-rate.ts) until
// they fall back; a terminal moved to another merchant (parameter-import.ts raises it) until a
// heartbeat reports the current merchant data in use. Operator events: an operator not bound to
// the terminal trying to log in is an alert until an operator logs in there. An audit entry that
// does not continue the chain kept (audit-upload.ts) is an alert that stays open: nothing the
// terminal sends later makes good an edited log. Alerts are raised and cleared once each (the
// store keeps one open alert per terminal and kind), so a flapping terminal does not flood the
// centre.
import { posrt } from '../protos/index.js';
import type { AlertKind, BackendRepository, HeartbeatReport } from './repository.js';
import type { BackendLogger } from './log.js';
import { ErrorRateWindow, type ErrorRateRule } from './error-rate.js';
import { keepAuditEntry } from './audit-upload.js';

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
  private readonly errorRates: ErrorRateWindow;

  constructor(
    private readonly repo: BackendRepository,
    private readonly offlineAfterMs: number,
    private readonly log: BackendLogger,
    errorRate: ErrorRateRule,
  ) {
    this.errorRates = new ErrorRateWindow(errorRate);
  }

  async heartbeat(serial: string, hb: posrt.channel.v1.Heartbeat, now: number): Promise<void> {
    await this.repo.recordHeartbeat(serial, heartbeatReport(hb), now);
    await this.set(serial, 'terminal-offline', false, now);
    await this.set(serial, 'printer-paper-out', hb.paper === v1.PaperState.PAPER_STATE_OUT, now);
    const readerFailed = hb.devices.some((d) => d.kind === v1.DeviceKind.DEVICE_KIND_CARD_READER && d.state === v1.DeviceState.DEVICE_STATE_FAILED);
    await this.set(serial, 'reader-failing', readerFailed, now);
    const c = hb.counters;
    const verdict = this.errorRates.add(serial, { at: now, sinceMs: BigInt(num(c?.sinceMs)), approvals: BigInt(num(c?.approvals)), declines: BigInt(num(c?.declines)), errors: BigInt(num(c?.errors)) });
    if (verdict !== 'too-few') await this.set(serial, 'error-rate-rising', verdict === 'rising', now);
    const merchantHeld = hb.parameters.find((p) => p.kind === v1.ParameterKind.PARAMETER_KIND_MERCHANT);
    if (merchantHeld !== undefined) {
      const current = (await this.repo.parameters.parameterVersions()).get(v1.ParameterKind.PARAMETER_KIND_MERCHANT) ?? 0n;
      if (BigInt(num(merchantHeld.version)) >= current) await this.set(serial, 'terminal-moved', false, now);
    }
  }

  /** A login refused because the operator is not bound here raises the alert; a login (which
   *  the terminal allows only to a bound operator) clears it. */
  async operatorEvent(serial: string, event: posrt.channel.v1.OperatorEvent, now: number): Promise<void> {
    if (event.kind === v1.OperatorEventKind.OPERATOR_EVENT_KIND_NOT_BOUND) await this.set(serial, 'operator-not-bound', true, now);
    if (event.kind === v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGIN) await this.set(serial, 'operator-not-bound', false, now);
  }

  /** Keeps the entry (once per seq) and raises 'audit-chain-broken' when it breaks the chain or
   *  changes an entry kept, 'audit-log-reset' when it starts a new chain over entries kept. */
  async auditEntry(serial: string, upload: posrt.channel.v1.AuditEntryUpload, now: number): Promise<void> {
    const kept = await keepAuditEntry(this.repo.audit, serial, upload, now);
    if (kept.outcome === 'stored' && kept.restarted) {
      this.log.warn({ serial, chain: upload.chain }, 'audit log started anew');
      await this.set(serial, 'audit-log-reset', true, now);
    }
    const broken = kept.outcome === 'changed' ? 'changed' : kept.outcome === 'stored' && kept.verdict !== 'linked' ? kept.verdict : undefined;
    if (broken === undefined) return;
    this.log.warn({ serial, seq: upload.seq.toString(), problem: broken }, 'audit chain broken');
    await this.set(serial, 'audit-chain-broken', true, now);
  }

  /** Marks offline every terminal whose last heartbeat is older than the allowance. */
  async sweep(now: number): Promise<void> {
    for (const s of await this.repo.statuses()) if (now - s.lastSeenAt > this.offlineAfterMs) await this.set(s.serial, 'terminal-offline', true, now);
  }

  private async set(serial: string, kind: AlertKind, on: boolean, now: number): Promise<void> {
    if (await (on ? this.repo.raiseAlert(serial, kind, now) : this.repo.clearAlert(serial, kind, now))) this.log.info({ serial, alert: kind, open: on }, on ? 'alert raised' : 'alert cleared');
  }
}
