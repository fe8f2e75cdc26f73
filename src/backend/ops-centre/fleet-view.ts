// What the fleet list shows of one terminal, computed once: the server renders it into the
// page and the JSON API hands the same fields to the page's script, so the live refresh and
// the first render cannot disagree. A terminal is offline while its terminal-offline alert is
// open — the fleet monitor's judgement, so the list and the alerts never contradict.
import { maskPanWindows } from '../../redaction/card-data.js';
import type { Alert, FleetEntry, TerminalStatus } from '../repository.js';
import { label, type Strings } from './strings.js';

export type Liveness = 'online' | 'offline' | 'never-seen';

export interface FleetRow {
  readonly serial: string;
  readonly terminalId: string;
  readonly liveness: Liveness;
  readonly lastSeenAt: number | null;
  /** Display text, in the page's language. */
  readonly text: { readonly status: string; readonly lastSeen: string; readonly devices: string; readonly alerts: string };
}

export interface AlertRow {
  readonly serial: string;
  readonly kind: string;
  readonly open: boolean;
  readonly text: { readonly alert: string; readonly raisedAt: string; readonly clearedAt: string };
}

/** UTC to the second: the centre and the terminals may sit in different zones. */
export const timestamp = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

function livenessOf(entry: FleetEntry): Liveness {
  if (entry.status === undefined) return 'never-seen';
  return entry.openAlerts.includes('terminal-offline') ? 'offline' : 'online';
}

/** Devices as one line, each with its state and, when it has one, its error code. */
function devicesText(status: TerminalStatus | undefined, s: Strings): string {
  if (status === undefined) return '';
  if (status.devices.length === 0) return s.noDevices;
  return status.devices.map((d) => `${label(s.deviceKind, d.kind)}: ${label(s.deviceState, d.state)}${d.errorCode ? ` ${d.errorCode}` : ''}`).join(s.listSeparator);
}

export function fleetRow(entry: FleetEntry, s: Strings, now: number): FleetRow {
  const liveness = livenessOf(entry);
  const seen = entry.status?.lastSeenAt;
  return {
    serial: entry.terminal.serial,
    terminalId: entry.terminal.terminalId,
    liveness,
    lastSeenAt: seen ?? null,
    text: {
      status: label(s.statusLabel, liveness),
      lastSeen: seen === undefined ? s.never : `${timestamp(seen)} (${Math.max(0, Math.round((now - seen) / 1000))}${s.secondsAgo})`,
      devices: devicesText(entry.status, s),
      alerts: entry.openAlerts.map((k) => label(s.alertLabel, k)).join(s.listSeparator),
    },
  };
}

export function alertRow(a: Alert, s: Strings): AlertRow {
  return {
    serial: a.serial,
    kind: a.kind,
    open: a.clearedAt === null,
    text: { alert: label(s.alertLabel, a.kind), raisedAt: timestamp(a.raisedAt), clearedAt: a.clearedAt === null ? s.open : timestamp(a.clearedAt) },
  };
}

/** Minor units as a decimal with two places (the exponent of the currencies the test issuer
 *  uses; a currency-exponent table comes with the payment application's parameters). */
export function amountText(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The terminal sends the PAN masked; should one ever arrive whole, the page masks it again. */
export const maskedPanText = (maskedPan: string): string => maskedPan.replace(/\d{13,}/g, maskPanWindows);
