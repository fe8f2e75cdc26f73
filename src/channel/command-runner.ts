// What the terminal does with a remote command (commands.proto). A command runs only once
// admitRemoteCommand accepted it (the pinned key's signature, this serial, its validity window,
// an id never seen — recorded before it runs); a refused one never runs and is answered with a
// CommandResult REFUSED carrying the code. An admitted one is dispatched to the CommandHandler
// the composition root provides, or handled here when it is the channel's own business (the
// lock, the verified firmware image, the log archive's redaction). Every result goes through
// the durable outbox, so it reaches the backend across dropped connections and restarts.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { PosError, type ErrorCode } from '../errors/index.js';
import { posrt, toBigInt, toLong } from '../protos/index.js';
import { scrubText, SENSITIVE_FIELDS } from '../redaction/card-data.js';
import type { CommandLedger } from './command-ledger.js';
import type { FirmwareDownloads, VerifiedFirmware } from './firmware-download.js';
import type { Outbox } from './outbox.js';
import { admitRemoteCommand, type CommandAction, type CommandPolicy } from './remote-command.js';
import type { SignedVerifier } from './signed-verifier.js';
import type { TerminalLock } from './terminal-lock.js';

const v1 = posrt.channel.v1;

/** The device side of the commands, provided by the composition root. */
export interface CommandHandler {
  /** Restarts the terminal, after the running transaction when asked; resolves once the restart
   *  is scheduled (the result is in the outbox before this is called). */
  reboot(afterCurrentTransaction: boolean): Promise<void>;
  /** The terminal's log lines (JSON lines) written in [sinceMs, untilMs], oldest first. */
  logLines(sinceMs: number, untilMs: number): Promise<readonly string[]>;
  /** Tests the devices named (none: all) and says how each did. */
  diagnose(deviceIds: readonly string[]): Promise<readonly posrt.channel.v1.DiagnosticResult.$Properties[]>;
  /** Asks the backend for the parameter sets again (the session client's refreshParameters). */
  refreshParameters(kinds: readonly posrt.channel.v1.ParameterKind[]): void;
  /** Installs a verified image (issue 8's A/B slots); rejects when the installer refuses it. */
  install(image: VerifiedFirmware, notBeforeMs: number): Promise<void>;
}

export interface CommandRunnerOptions {
  readonly verifier: SignedVerifier;
  readonly ledger: CommandLedger;
  readonly policy: CommandPolicy;
  readonly outbox: Outbox;
  readonly lock: TerminalLock;
  readonly firmware: FirmwareDownloads;
  readonly handler: CommandHandler;
  readonly now: () => number;
  /** A result was put in the outbox: the session client's kick, so it goes now. */
  readonly enqueued: () => void;
}

type Outcome =
  | { readonly status: 'succeeded'; readonly detail?: Pick<posrt.channel.v1.CommandResult.$Properties, 'diagnostics' | 'logs'> }
  | { readonly status: 'failed' | 'refused'; readonly code: ErrorCode };

const STATUS = {
  succeeded: v1.CommandStatus.COMMAND_STATUS_SUCCEEDED,
  failed: v1.CommandStatus.COMMAND_STATUS_FAILED,
  refused: v1.CommandStatus.COMMAND_STATUS_REFUSED,
} as const;

const SECRET_KEYS = new Set<string>(SENSITIVE_FIELDS);

/** A log line as it may leave the terminal: card-data fields emptied, PAN-like runs masked,
 *  whatever the logger upstream did. */
export function scrubLogLine(line: string): string {
  let text = line;
  try {
    text = JSON.stringify(JSON.parse(line), (key, value: unknown) => (SECRET_KEYS.has(key) ? '[redacted]' : value));
  } catch {
    // Not JSON: masked as plain text below.
  }
  return scrubText(text);
}

/** The newest lines that fit in `maxBytes` once gzipped, as gzip; truncated when some were cut. */
export function logArchive(lines: readonly string[], maxBytes: number): posrt.channel.v1.LogArchive.$Properties {
  let from = 0;
  for (;;) {
    const gzip = gzipSync(lines.slice(from).map((l) => `${scrubLogLine(l)}\n`).join(''));
    if (gzip.length <= maxBytes || from === lines.length) return { gzip, truncated: from > 0 };
    // Drop the older half of what is left: a few tries even for a long window.
    from += Math.max(1, Math.ceil((lines.length - from) / 2));
  }
}

/** The command id of a refused command for its report, read without trusting it; empty when
 *  the payload is not a RemoteCommand at all. */
function claimedId(signed: posrt.channel.v1.ISigned): string {
  try {
    return v1.RemoteCommand.decode(signed.payload ?? new Uint8Array(0)).commandId.slice(0, 64);
  } catch {
    return '';
  }
}

export class CommandRunner {
  #running: Promise<void> = Promise.resolve();

  constructor(private readonly o: CommandRunnerOptions) {}

  /** A signed command arrived: admitted and run, or refused; either way a result is enqueued.
   *  Commands run one at a time in arrival order. The promise never rejects. */
  received(signed: posrt.channel.v1.ISigned): Promise<void> {
    this.#running = this.#running.then(() => this.admitAndRun(signed));
    return this.#running;
  }

  /** Reports a refusal that is not a command's (a firmware offer or download) the same way:
   *  command id `firmware:<id>` (or empty when the offer could not be read). */
  reportFirmware(firmwareId: string, error: PosError): void {
    this.report(firmwareId === '' ? '' : `firmware:${firmwareId}`, `firmware-${randomUUID()}`, { status: error.code === 'E-CHAN-0206' || error.code === 'E-CHAN-0205' ? 'failed' : 'refused', code: error.code });
  }

  private async admitAndRun(signed: posrt.channel.v1.ISigned): Promise<void> {
    let admitted: ReturnType<typeof admitRemoteCommand>;
    try {
      admitted = admitRemoteCommand(signed, this.o.verifier, this.o.ledger, this.o.policy, BigInt(this.o.now()));
    } catch (e) {
      if (!(e instanceof PosError)) throw e;
      return this.report(claimedId(signed), `refused-${randomUUID()}`, { status: 'refused', code: e.code });
    }
    const { command, action } = admitted;
    // Reboot reports before it goes: once it runs, nothing after it would.
    if (action === 'reboot') {
      this.report(command.commandId, command.commandId, { status: 'succeeded' });
      return this.o.handler.reboot((command.reboot as posrt.channel.v1.Reboot).afterCurrentTransaction).catch(() => undefined);
    }
    let outcome: Outcome;
    try {
      outcome = await this.run(command, action);
    } catch (e) {
      outcome = { status: 'failed', code: e instanceof PosError ? e.code : 'E-CHAN-0208' };
    }
    this.report(command.commandId, command.commandId, outcome);
  }

  private async run(c: posrt.channel.v1.RemoteCommand, action: Exclude<CommandAction, 'reboot'>): Promise<Outcome> {
    switch (action) {
      case 'lock':
        this.o.lock.lock((c.lock as posrt.channel.v1.LockTerminal).reason, this.o.now());
        return { status: 'succeeded' };
      case 'unlock':
        this.o.lock.unlock();
        return { status: 'succeeded' };
      case 'uploadLogs': {
        const u = c.uploadLogs as posrt.channel.v1.UploadLogs;
        const lines = await this.o.handler.logLines(Number(toBigInt(u.sinceMs)), Number(toBigInt(u.untilMs)));
        return { status: 'succeeded', detail: { logs: logArchive(lines, u.maxBytes === 0 ? 256 * 1024 : u.maxBytes) } };
      }
      case 'runDiagnostics':
        return { status: 'succeeded', detail: { diagnostics: { results: [...(await this.o.handler.diagnose((c.runDiagnostics as posrt.channel.v1.RunDiagnostics).deviceIds))] } } };
      case 'refreshParameters':
        this.o.handler.refreshParameters((c.refreshParameters as posrt.channel.v1.RefreshParameters).kinds);
        return { status: 'succeeded' };
      case 'installFirmware': {
        const i = c.installFirmware as posrt.channel.v1.InstallFirmware;
        const image = this.o.firmware.verifiedImage(i.firmwareId);
        if (image === undefined) return { status: 'failed', code: 'E-CHAN-0204' };
        try {
          await this.o.handler.install(image, Number(toBigInt(i.notBeforeMs)));
        } catch (e) {
          return { status: 'failed', code: e instanceof PosError ? e.code : 'E-CHAN-0207' };
        }
        return { status: 'succeeded' };
      }
    }
  }

  private report(commandId: string, outboxId: string, outcome: Outcome): void {
    const result = v1.CommandResult.encode({
      commandId,
      status: STATUS[outcome.status],
      errorCode: outcome.status === 'succeeded' ? '' : outcome.code,
      finishedAtMs: toLong(BigInt(this.o.now())),
      ...(outcome.status === 'succeeded' ? outcome.detail : {}),
    }).finish();
    this.o.outbox.enqueue('command-result', outboxId, result);
    this.o.enqueued();
  }
}
