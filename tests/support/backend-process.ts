// The reference backend as a real child process (`pos backend --port 0`), its port read from
// its first stdout line; and a terminal rig around it: a provisioned identity directory, a real
// outbox file and the session client, all in a temporary directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { loadDeviceIdentity, pinBackendKey, provisionDeviceKey } from '../../src/channel/identity.js';
import type { DeviceIdentity } from '../../src/channel/device-identity.js';
import { enrolTerminal } from '../../src/channel/enrolment-client.js';
import { Outbox } from '../../src/channel/outbox.js';
import { SessionClient, type ChannelEvent, type SessionClientOptions } from '../../src/channel/session-client.js';
import { posrt, toLong } from '../../src/protos/index.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');
const v1 = posrt.channel.v1;

export interface BackendProcess {
  port: number;
  /** The operations centre's port, when started with --http-port. */
  httpPort: number | undefined;
  readonly child: ChildProcess;
  stderr: string;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, and waits for the exit. */
  kill(): Promise<void>;
}

export interface BackendArgs {
  readonly db: string;
  readonly port?: number;
  readonly tokens?: readonly string[];
  readonly config?: string;
  readonly extra?: readonly string[];
}

export function startBackend(a: BackendArgs): Promise<BackendProcess> {
  const args = [POS, 'backend', '--port', String(a.port ?? 0), '--db', a.db, ...(a.tokens ?? []).flatMap((t) => ['--token', t]), ...(a.config ? ['--config', a.config] : []), ...(a.extra ?? [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: BackendProcess = {
    port: 0,
    httpPort: undefined,
    child,
    stderr: '',
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
  child.stderr!.on('data', (d: Buffer) => (proc.stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`backend did not start: ${proc.stderr}`))), 15_000);
    const early = (code: number | null): void => (clearTimeout(timer), reject(new Error(`backend exited ${code}: ${proc.stderr}`)));
    child.once('exit', early);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      child.off('exit', early);
      const listening = JSON.parse(line) as { port: number; httpPort?: number };
      proc.port = listening.port;
      proc.httpPort = listening.httpPort;
      resolve(proc);
    });
  });
}

/** A backend configuration file with a short offline allowance. */
export function writeBackendConfig(dir: string, overrides: { heartbeatIntervalS?: number; missedHeartbeats?: number; issuer?: Record<string, unknown>; wallet?: Record<string, unknown> } = {}): string {
  const path = join(dir, 'backend.json');
  writeFileSync(
    path,
    JSON.stringify({
      issuer: { masterKeys: [{ ac: '0123456789ABCDEFFEDCBA9876543210', smi: '89ABCDEF0123456776543210FEDCBA98', smc: '0123456789ABCDEF89ABCDEF01234567' }], amountLimit: '100000', declinedPanPrefixes: ['999999'], ...overrides.issuer },
      heartbeatIntervalS: overrides.heartbeatIntervalS ?? 1,
      missedHeartbeats: overrides.missedHeartbeats ?? 2,
      ...(overrides.wallet ? { wallet: overrides.wallet } : {}),
    }),
  );
  return path;
}

/** Reads the backend's store the way an operator would, while it runs (WAL lets a reader in). */
export function readStore<T>(db: string, sql: string): T[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all() as T[];
  } finally {
    handle.close();
  }
}

export interface Terminal {
  readonly dir: string;
  readonly serial: string;
  readonly identity: DeviceIdentity;
  readonly outbox: Outbox;
  readonly events: ChannelEvent[];
  client(address: string, options?: Partial<SessionClientOptions>): SessionClient;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function makeTerminal(dir: string, serial: string): Terminal {
  const identityDir = join(dir, `identity-${serial}`);
  provisionDeviceKey(identityDir);
  const identity = loadDeviceIdentity(identityDir);
  const outbox = Outbox.open(join(dir, `outbox-${serial}.db`));
  const events: ChannelEvent[] = [];
  return {
    dir: identityDir,
    serial,
    identity,
    outbox,
    events,
    client: (address, options = {}) =>
      new SessionClient({
        link: { address, keepaliveMs: 1_000, keepaliveTimeoutMs: 1_000 },
        serial,
        firmwareVersion: '0.1.0',
        identity,
        outbox,
        heartbeat: () => ({ uptimeS: toLong(5n, true), paper: v1.PaperState.PAPER_STATE_OK }),
        backoff: { baseMs: 50, capMs: 400 },
        answerTimeoutMs: 2_000,
        heartbeatIntervalMs: 200,
        onEvent: (e) => events.push(e),
        ...options,
      }),
  };
}

export async function enrol(t: Terminal, address: string, token: string): Promise<void> {
  const enrolled = await enrolTerminal({ address }, t.identity, { deviceSerial: t.serial, model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: ['printer'], provisioningToken: token });
  pinBackendKey(t.dir, enrolled.backendPublicKey);
}

/** A transaction upload of one journal record, as the payment layer will enqueue it. */
export function uploadPayload(transactionId: string, minorUnits: number): Uint8Array {
  return v1.TransactionUpload.encode({
    records: [{ transactionId, batchNumber: 1, stan: 1, status: v1.TransactionStatus.TRANSACTION_STATUS_APPROVED, amount: { minorUnits: toLong(BigInt(minorUnits)), currency: '156' }, scheme: 'visa', maskedPan: '476173******0119' }],
  }).finish();
}

export async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
