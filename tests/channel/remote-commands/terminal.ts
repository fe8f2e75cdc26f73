// A terminal as its own process for the remote-command and firmware tests: the session client
// with the command runner, the lock and the firmware download, all on files in the state
// directory, so a test can kill it mid-download and start it again. What it does is written to
// stdout one fact a line:
//   ready                          everything opened from disk
//   lock <locked|unlocked>         the lock as opened
//   session-open
//   request <first> <count>        a FirmwareChunkRequest sent
//   verified <firmware id> <sha256 hex>
//   refused <firmware id> <code>
//   reboot | refresh | install <firmware id> <sha256 hex>
//   parameters <kinds accepted> <codes refused>   a ParameterDownload handled
//   installed <firmware id> <slot>   with a device root: the image installed there as a trial
// Usage: terminal.ts <state dir> <serial> <backend address> [command clock offset ms] [window]
//        [device root: InstallFirmware goes to boot's updateInstaller on that root]
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { updateInstaller } from '../../../src/boot/updates.js';
import { CommandLedger } from '../../../src/channel/command-ledger.js';
import { readGuardedState } from '../../../src/image/boot-guard.js';
import { CommandRunner } from '../../../src/channel/command-runner.js';
import { FirmwareDownloads } from '../../../src/channel/firmware-download.js';
import { firmwareSink } from '../../../src/channel/firmware-sink.js';
import { loadStoredIdentity } from '../../../src/channel/identity-store.js';
import { Outbox } from '../../../src/channel/outbox.js';
import type { ParameterSetKind } from '../../../src/channel/parameter-sets.js';
import { DEFAULT_COMMAND_POLICY } from '../../../src/channel/remote-command.js';
import { SessionClient } from '../../../src/channel/session-client.js';
import { createSignedVerifier } from '../../../src/channel/signed-verifier.js';
import { TerminalLock } from '../../../src/channel/terminal-lock.js';
import { posrt, toLong } from '../../../src/protos/index.js';
import { LOG_LINES } from './log-lines.js';

const [dir, serial, address, offsetArg, windowArg, deviceRoot] = process.argv.slice(2) as [string, string, string, string?, string?, string?];
const say = (line: string): void => void writeSync(1, `${line}\n`);
const offset = Number(offsetArg ?? 0);
const v1 = posrt.channel.v1;

const stored = loadStoredIdentity(dir);
const verifier = createSignedVerifier(stored.backendKey);
const outbox = Outbox.open(join(dir, 'terminal-outbox.db'));
const lock = TerminalLock.open(dir);
const downloads = FirmwareDownloads.open({ dir, verifier, target: { deviceSerial: serial, model: 'posrt-dev' }, now: Date.now, ...(windowArg ? { window: Number(windowArg) } : {}) });
/** Parameter versions held, in memory: each run asks for the sets again. */
const held = new Map<ParameterSetKind, bigint>();
let client: SessionClient;
const runner = new CommandRunner({
  verifier,
  ledger: CommandLedger.open(dir),
  policy: { deviceSerial: serial, ...DEFAULT_COMMAND_POLICY },
  outbox,
  lock,
  firmware: downloads,
  now: () => Date.now() + offset,
  enqueued: () => client.kick(),
  handler: {
    reboot: async () => say('reboot'),
    logLines: async () => LOG_LINES,
    diagnose: async (ids) => (ids.length ? ids : ['printer:tcp']).map((deviceId) => ({ deviceId, passed: true, detail: 'status answered' })),
    refreshParameters: (kinds) => (say('refresh'), client.refreshParameters(kinds)),
    install: async (image, notBeforeMs) => {
      say(`install ${image.firmwareId} ${Buffer.from(image.sha256).toString('hex')}`);
      if (deviceRoot === undefined) return;
      await updateInstaller({ root: deviceRoot, busy: () => false })(image, notBeforeMs);
      say(`installed ${image.firmwareId} ${readGuardedState(deviceRoot)?.trial?.slot ?? '-'}`);
    },
  },
});
const sink = firmwareSink(downloads, (id, error) => runner.reportFirmware(id, error), (e) =>
  say(e.kind === 'verified' ? `verified ${e.image.firmwareId} ${Buffer.from(e.image.sha256).toString('hex')}` : `refused ${e.firmwareId || '-'} ${e.error.code}`),
);
client = new SessionClient({
  link: { address, keepaliveMs: 1_000, keepaliveTimeoutMs: 1_000 },
  serial,
  firmwareVersion: '0.1.0',
  identity: stored.device,
  outbox,
  heartbeat: () => ({ uptimeS: toLong(5n, true), paper: v1.PaperState.PAPER_STATE_OK }),
  backoff: { baseMs: 50, capMs: 400 },
  answerTimeoutMs: 2_000,
  heartbeatIntervalMs: 200,
  parameters: { verifier, held: (kind) => held.get(kind) ?? 0n, accept: (set) => void held.set(set.kind, set.version) },
  commands: { received: (signed) => void runner.received(signed) },
  firmware: {
    resume: () => logged(sink.resume()),
    offered: (signed) => logged(sink.offered(signed)),
    chunk: (chunk) => logged(sink.chunk(chunk)),
  },
  onEvent: (e) => {
    if (e.kind === 'session-open') say('session-open');
    if (e.kind === 'parameters') say(`parameters ${e.accepted.join(',') || '-'} ${e.refused.join(',') || '-'}`);
  },
});

function logged(request: posrt.channel.v1.FirmwareChunkRequest.$Properties | undefined): typeof request {
  if (request) say(`request ${request.firstChunk} ${request.count}`);
  return request;
}

say('ready');
say(`lock ${lock.state.locked ? 'locked' : 'unlocked'}`);
client.start();
process.once('SIGTERM', () => {
  client.stop();
  outbox.close();
  process.exit(0);
});
