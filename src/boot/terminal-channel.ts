// The terminal's management channel as npm start runs it: the device key made and the terminal
// enrolled with the one-time token the first time (the backend's key pinned in the state
// directory), then the session client for as long as the terminal runs — heartbeats carrying
// the registry's devices and the outbox depth, the durable outbox, parameter sets, and remote
// commands answered through the runner. The link state it reports is what the idle screen shows.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CommandLedger } from '../channel/command-ledger.js';
import { CommandRunner } from '../channel/command-runner.js';
import { enrolTerminal } from '../channel/enrolment-client.js';
import { FirmwareDownloads, type VerifiedFirmware } from '../channel/firmware-download.js';
import { firmwareSink } from '../channel/firmware-sink.js';
import { BACKEND_KEY_FILE, DEVICE_KEY_FILE, loadDeviceIdentity, loadStoredIdentity, pinBackendKey, provisionDeviceKey } from '../channel/identity-store.js';
import type { LinkOptions } from '../channel/grpc-link.js';
import { Outbox } from '../channel/outbox.js';
import { PARAMETER_KIND_OF, type ParameterSet, type ParameterSetKind } from '../channel/parameter-sets.js';
import { DEFAULT_COMMAND_POLICY } from '../channel/remote-command.js';
import { SessionClient, type ChannelEvent } from '../channel/session-client.js';
import { createSignedVerifier } from '../channel/signed-verifier.js';
import { TerminalLock } from '../channel/terminal-lock.js';
import { PosError, type ErrorCode } from '../errors/index.js';
import type { DeviceHealth, DeviceKind, DeviceRegistry, Logger } from '../kernel/index.js';
import { posrt, toLong } from '../protos/index.js';
import type { LinkStatus } from '../ui/index.js';
import type { BackendLink } from './runtime-config.js';

const v1 = posrt.channel.v1;
export const FIRMWARE_VERSION = '0.1.0';
const MODEL = 'posrt-dev';

export interface TerminalChannel {
  readonly outbox: Outbox;
  readonly client: SessionClient;
  readonly runner: CommandRunner;
  /** What a remote LockTerminal holds: the engine refuses transactions while locked. */
  readonly lock: TerminalLock;
  /** True when this start provisioned the device key and enrolled. */
  readonly enrolledNow: boolean;
  link(): LinkStatus;
  onLinkChange(listener: () => void): void;
  stop(): void;
}

export interface TerminalChannelOptions {
  readonly stateDir: string;
  readonly serial: string;
  readonly backend: BackendLink;
  readonly registry: DeviceRegistry;
  readonly log: Logger;
  /** The signed-in operator for the heartbeat. */
  readonly operatorId: () => string | null;
  /** A verified parameter set for this terminal (operators: the root applies them). */
  readonly onParameters: (set: ParameterSet) => void;
  /** A remote reboot: the root stops the terminal (its supervisor starts it again). */
  readonly onReboot: () => void;
  /** A verified firmware image to install (updates.ts's updateInstaller). */
  readonly install: (image: VerifiedFirmware, notBeforeMs: number) => Promise<void>;
  /** The terminal's log lines for an upload-logs command. */
  readonly logLines: (sinceMs: number, untilMs: number) => readonly string[];
  /** The backend's reconciliation of a settlement the journal sent. */
  readonly onReconciliation: (result: posrt.channel.v1.ReconciliationResult) => void;
}

const KIND_OF: Readonly<Record<DeviceKind, posrt.channel.v1.DeviceKind>> = {
  'card-reader': v1.DeviceKind.DEVICE_KIND_CARD_READER,
  'pin-pad': v1.DeviceKind.DEVICE_KIND_PIN_PAD,
  printer: v1.DeviceKind.DEVICE_KIND_PRINTER,
  display: v1.DeviceKind.DEVICE_KIND_DISPLAY,
  scanner: v1.DeviceKind.DEVICE_KIND_SCANNER,
  'mag-stripe': v1.DeviceKind.DEVICE_KIND_MAG_STRIPE,
};

const STATE_OF: Readonly<Record<DeviceHealth['state'], posrt.channel.v1.DeviceState>> = {
  ok: v1.DeviceState.DEVICE_STATE_OK,
  degraded: v1.DeviceState.DEVICE_STATE_DEGRADED,
  failed: v1.DeviceState.DEVICE_STATE_FAILED,
};

/** Provisions and enrols on the first start (no device key or no pinned backend key yet);
 *  true when it enrolled now. A refusal is E-BOOT-0002 with the channel's code as its cause. */
export async function enrolIfNew(stateDir: string, serial: string, backend: BackendLink, link: LinkOptions): Promise<boolean> {
  if (existsSync(join(stateDir, BACKEND_KEY_FILE))) return false;
  if (!existsSync(join(stateDir, DEVICE_KEY_FILE))) provisionDeviceKey(stateDir);
  try {
    const enrolled = await enrolTerminal(link, loadDeviceIdentity(stateDir), { deviceSerial: serial, model: MODEL, firmwareVersion: FIRMWARE_VERSION, capabilities: ['printer', 'pin-pad', 'card-reader'], provisioningToken: backend.token });
    pinBackendKey(stateDir, enrolled.backendPublicKey);
  } catch (e) {
    if (!(e instanceof PosError)) throw e;
    throw new PosError('E-BOOT-0002', { address: backend.address, code: e.code }, { cause: e });
  }
  return true;
}

export async function openTerminalChannel(o: TerminalChannelOptions): Promise<TerminalChannel> {
  const link: LinkOptions = { address: o.backend.address, ...(o.backend.caFile ? { tls: { caFile: o.backend.caFile } } : {}), keepaliveMs: 10_000, keepaliveTimeoutMs: 5_000 };
  const enrolledNow = await enrolIfNew(o.stateDir, o.serial, o.backend, link);
  const stored = loadStoredIdentity(o.stateDir);
  const verifier = createSignedVerifier(stored.backendKey);
  const outbox = Outbox.open(join(o.stateDir, 'outbox.db'));
  const downloads = FirmwareDownloads.open({ dir: o.stateDir, verifier, target: { deviceSerial: o.serial, model: MODEL }, now: Date.now });
  const lock = TerminalLock.open(o.stateDir);
  const held = new Map<ParameterSetKind, bigint>();
  const startedAt = Date.now();
  let state: LinkStatus = { state: 'connecting', waiting: 0 };
  const listeners: (() => void)[] = [];
  const waiting = (): number => {
    const s = outbox.stats();
    return s.pending + s.inFlight;
  };
  const setLink = (kind: LinkStatus['state'], code?: ErrorCode): void => {
    state = { state: kind, waiting: waiting(), ...(code ? { code } : {}) };
    for (const l of listeners) l();
  };
  let client: SessionClient;
  const runner = new CommandRunner({
    verifier,
    ledger: CommandLedger.open(o.stateDir),
    policy: { deviceSerial: o.serial, ...DEFAULT_COMMAND_POLICY },
    outbox,
    lock,
    firmware: downloads,
    now: Date.now,
    enqueued: () => client.kick(),
    handler: {
      reboot: async () => o.onReboot(),
      logLines: async (since, until) => o.logLines(since, until),
      diagnose: async (ids) =>
        o.registry
          .list()
          .filter((d) => ids.length === 0 || ids.includes(d.identity.id))
          .map((d) => {
            const h = d.health();
            return { deviceId: d.identity.id, passed: h.state === 'ok', detail: h.state === 'ok' ? 'ok' : `${h.state} ${h.code}` };
          }),
      refreshParameters: (kinds) => client.refreshParameters(kinds),
      install: o.install,
    },
  });
  const sink = firmwareSink(downloads, (id, error) => runner.reportFirmware(id, error));
  client = new SessionClient({
    link,
    serial: o.serial,
    firmwareVersion: FIRMWARE_VERSION,
    identity: stored.device,
    outbox,
    heartbeat: () => ({
      uptimeS: toLong(BigInt(Math.floor((Date.now() - startedAt) / 1000)), true),
      devices: o.registry.list().map((d) => {
        const h = d.health();
        return { deviceId: d.identity.id, kind: KIND_OF[d.identity.kind], driver: d.identity.driver, state: STATE_OF[h.state], errorCode: h.state === 'ok' ? '' : h.code };
      }),
      paper: o.registry.byKind('printer').length > 0 ? v1.PaperState.PAPER_STATE_OK : v1.PaperState.PAPER_STATE_UNKNOWN,
      operatorId: o.operatorId() ?? '',
      parameters: [...held].map(([kind, version]) => ({ kind: PARAMETER_KIND_OF[kind], version: toLong(version, true) })),
    }),
    parameters: {
      verifier,
      held: (kind) => held.get(kind) ?? 0n,
      accept: (set) => {
        held.set(set.kind, set.version);
        o.onParameters(set);
      },
    },
    commands: { received: (signed) => void runner.received(signed) },
    onReconciliation: o.onReconciliation,
    firmware: sink,
    onEvent: (e: ChannelEvent) => {
      if (e.kind === 'session-open') setLink('online');
      else if (e.kind === 'connecting') setLink(state.state === 'online' ? 'online' : 'connecting');
      else if (e.kind === 'session-ended') {
        o.log.warn({ code: e.code }, 'channel session ended');
        setLink('offline', e.code);
      } else if (e.kind === 'delivered') setLink(state.state);
    },
  });
  client.start();
  return {
    outbox,
    client,
    runner,
    lock,
    enrolledNow,
    link: () => ({ ...state, waiting: waiting() }),
    onLinkChange: (l) => void listeners.push(l),
    stop() {
      client.stop();
      outbox.close();
    },
  };
}
