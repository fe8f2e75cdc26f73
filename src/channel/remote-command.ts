// A remote command is used only after four checks, in this order: the pinned backend key signed
// it (signed-verifier), it is for this terminal, `now` is inside its validity window (with a
// clock skew allowance), and its id was never accepted before (command-ledger). The id is
// recorded before the command runs, so it runs at most once.
import { PosError } from '../errors/index.js';
import { PAYLOAD_TYPES, posrt, toBigInt } from '../protos/index.js';
import type { CommandLedger } from './command-ledger.js';
import type { SignedVerifier } from './signed-verifier.js';

export interface CommandPolicy {
  readonly deviceSerial: string;
  /** How far the backend's clock may be ahead of the terminal's, ms. */
  readonly maxClockSkewMs: bigint;
  /** The longest validity window a command may carry, ms: a command that never expires could be
   *  replayed forever once the ledger forgot it. */
  readonly maxLifetimeMs: bigint;
}

export const DEFAULT_COMMAND_POLICY = { maxClockSkewMs: 5n * 60_000n, maxLifetimeMs: 24n * 3_600_000n } as const;

export type CommandAction = NonNullable<posrt.channel.v1.RemoteCommand['action']>;

/** Verifies, checks and records a signed command; returns it with the action it holds, or a
 *  coded error the caller reports in a CommandResult (status REFUSED). */
export function admitRemoteCommand(
  signed: posrt.channel.v1.ISigned,
  verifier: SignedVerifier,
  ledger: CommandLedger,
  policy: CommandPolicy,
  nowMs: bigint,
): { command: posrt.channel.v1.RemoteCommand; action: CommandAction } {
  const command = verifier.openSigned(PAYLOAD_TYPES.remoteCommand, signed, (b) => posrt.channel.v1.RemoteCommand.decode(b));
  const issued = toBigInt(command.issuedAtMs);
  const expires = toBigInt(command.expiresAtMs);
  const action = command.action;
  if (command.commandId === '' || action === undefined || expires <= issued || expires - issued > policy.maxLifetimeMs) {
    throw new PosError('E-CHAN-0017', { type: PAYLOAD_TYPES.remoteCommand, commandId: command.commandId.slice(0, 64), action: action ?? 'none' });
  }
  if (command.deviceSerial !== policy.deviceSerial) throw new PosError('E-CHAN-0013', { commandId: command.commandId, expected: policy.deviceSerial });
  if (nowMs + policy.maxClockSkewMs < issued) throw new PosError('E-CHAN-0012', { commandId: command.commandId, aheadMs: (issued - nowMs).toString() });
  if (nowMs > expires) throw new PosError('E-CHAN-0011', { commandId: command.commandId, expiredMsAgo: (nowMs - expires).toString() });
  if (ledger.has(command.commandId)) throw new PosError('E-CHAN-0014', { commandId: command.commandId });
  ledger.record(command.commandId, expires, nowMs - policy.maxClockSkewMs);
  return { command, action };
}
