// A remote command as an operator asks for it (`pos backend-command`), made into the unsigned
// RemoteCommand the queue keeps: a new id, the terminal's serial, and a validity window from now
// that the terminal's policy accepts (at most 24 hours, remote-command.ts).
import { randomUUID } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { posrt, toLong } from '../protos/index.js';
import { COMMAND_ACTIONS, type CommandActionName, type NewCommand } from './command-store.js';

const v1 = posrt.channel.v1;

export const MAX_COMMAND_LIFETIME_MS = 24 * 3_600_000;

export interface CommandRequest {
  readonly action: string;
  readonly serial: string;
  readonly lifetimeMs: number;
  /** lock: shown on the terminal while locked. */
  readonly reason?: string;
  /** install-firmware: the offered image's id. */
  readonly firmwareId?: string;
  /** upload-logs: the window of log lines and the size cap. */
  readonly sinceMs?: number;
  readonly maxBytes?: number;
  /** run-diagnostics: devices to test (none = all). */
  readonly deviceIds?: readonly string[];
}

function actionOf(r: CommandRequest, now: number): posrt.channel.v1.RemoteCommand.$Properties {
  const action = r.action as CommandActionName;
  switch (action) {
    case 'reboot':
      return { reboot: { afterCurrentTransaction: true } };
    case 'lock':
      return { lock: { reason: r.reason ?? '' } };
    case 'unlock':
      return { unlock: {} };
    case 'upload-logs':
      return { uploadLogs: { sinceMs: toLong(BigInt(r.sinceMs ?? now - 3_600_000)), untilMs: toLong(BigInt(now)), maxBytes: r.maxBytes ?? 256 * 1024 } };
    case 'run-diagnostics':
      return { runDiagnostics: { deviceIds: [...(r.deviceIds ?? [])] } };
    case 'refresh-parameters':
      return { refreshParameters: { kinds: [] } };
    case 'install-firmware':
      if (!r.firmwareId) throw new PosError('E-BACKEND-0102', { action, missing: '--firmware-id' });
      return { installFirmware: { firmwareId: r.firmwareId, notBeforeMs: toLong(0n) } };
  }
}

/** E-BACKEND-0102 for an unknown action, a missing argument or a lifetime out of range. */
export function newCommand(r: CommandRequest, now: number): NewCommand {
  if (!(COMMAND_ACTIONS as readonly string[]).includes(r.action)) throw new PosError('E-BACKEND-0102', { action: r.action.slice(0, 32) });
  if (!Number.isInteger(r.lifetimeMs) || r.lifetimeMs < 1 || r.lifetimeMs > MAX_COMMAND_LIFETIME_MS) throw new PosError('E-BACKEND-0102', { lifetimeMs: r.lifetimeMs });
  const commandId = randomUUID();
  const expiresAt = now + r.lifetimeMs;
  const command = v1.RemoteCommand.encode({
    commandId,
    deviceSerial: r.serial,
    issuedAtMs: toLong(BigInt(now)),
    expiresAtMs: toLong(BigInt(expiresAt)),
    ...actionOf(r, now),
  }).finish();
  return { commandId, serial: r.serial, action: r.action as CommandActionName, command, queuedAt: now, expiresAt };
}
