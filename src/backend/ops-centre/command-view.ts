// What the terminal page shows of remote commands and firmware: each queued command with its
// state (queued, sent, expired) and the results that came back for it, every result kept
// (including those of commands the backend never queued — a refused forgery, a firmware
// refusal reported as `firmware:<id>`), and each firmware offer with its download progress
// as chunks served of the image's total.
import { posrt } from '../../protos/index.js';
import type { CommandResultRecord, FirmwareImage, FirmwareOfferRecord, QueuedCommand } from '../command-store.js';
import { timestamp } from './fleet-view.js';
import { label, type Strings } from './strings.js';

const v1 = posrt.channel.v1;

export type CommandState = 'queued' | 'sent' | 'expired';

export interface CommandRow {
  readonly commandId: string;
  readonly action: string;
  readonly state: CommandState;
  readonly text: { readonly queuedAt: string; readonly action: string; readonly state: string; readonly expiresAt: string; readonly results: string };
}

export interface ResultRow {
  readonly commandId: string;
  readonly status: string;
  readonly errorCode: string;
  readonly text: { readonly receivedAt: string; readonly action: string; readonly status: string; readonly detail: string };
}

export interface OfferRow {
  readonly firmwareId: string;
  readonly chunksServed: number;
  readonly chunks: number;
  readonly text: { readonly version: string; readonly offeredAt: string; readonly expiresAt: string; readonly sentAt: string; readonly progress: string };
}

function stateOf(c: QueuedCommand, now: number): CommandState {
  if (c.sentAt !== null) return 'sent';
  return c.expiresAt < now ? 'expired' : 'queued';
}

const statusText = (r: CommandResultRecord, s: Strings): string => `${label(s.commandStatus, r.status)}${r.errorCode ? ` ${r.errorCode}` : ''}`;

export function commandRow(c: QueuedCommand, results: readonly CommandResultRecord[], s: Strings, now: number): CommandRow {
  const state = stateOf(c, now);
  const own = results.filter((r) => r.commandId === c.commandId);
  return {
    commandId: c.commandId,
    action: c.action,
    state,
    text: {
      queuedAt: timestamp(c.queuedAt),
      action: label(s.commandAction, c.action),
      state: label(s.commandState, state),
      expiresAt: timestamp(c.expiresAt),
      results: own.length ? own.map((r) => statusText(r, s)).join(s.listSeparator) : s.noResultYet,
    },
  };
}

/** What a result carries beyond its status: diagnostics passed of run, or the log archive's size. */
function detailText(r: CommandResultRecord, s: Strings): string {
  const result = v1.CommandResult.decode(r.body);
  if (result.detail === 'diagnostics') {
    const checks = (result.diagnostics as posrt.channel.v1.Diagnostics).results;
    return `${checks.filter((d) => d.passed).length} / ${checks.length} ${s.diagnosticsPassed}`;
  }
  if (result.detail === 'logs') {
    const logs = result.logs as posrt.channel.v1.LogArchive;
    return `${s.logArchive}: ${logs.gzip.length} B${logs.truncated ? ` (${s.truncated})` : ''}`;
  }
  return '';
}

export function resultRow(r: CommandResultRecord, commands: readonly QueuedCommand[], s: Strings): ResultRow {
  const action = commands.find((c) => c.commandId === r.commandId)?.action;
  return {
    commandId: r.commandId,
    status: r.status,
    errorCode: r.errorCode,
    text: {
      receivedAt: timestamp(r.receivedAt),
      action: action ? label(s.commandAction, action) : r.commandId.startsWith('firmware:') ? s.firmwareOffer : s.unknownCommand,
      status: statusText(r, s),
      detail: detailText(r, s),
    },
  };
}

export function offerRow(o: FirmwareOfferRecord, image: FirmwareImage | undefined, s: Strings): OfferRow {
  const chunks = image?.chunkSha256.length ?? 0;
  return {
    firmwareId: o.firmwareId,
    chunksServed: o.chunksServed,
    chunks,
    text: {
      version: image?.version ?? '',
      offeredAt: timestamp(o.offeredAt),
      expiresAt: timestamp(o.expiresAt),
      sentAt: o.sentAt === null ? s.notSentYet : timestamp(o.sentAt),
      progress: `${o.chunksServed} / ${chunks} ${s.chunksServed}`,
    },
  };
}
