// `pos backend` as a process with one terminal enrolled and its session open over the real gRPC
// stream (raw-session.ts): what the backend tests that talk to the wallet and issuer simulators
// share, with a restart that keeps the store and config, as a supervisor restarting it would.
import { join } from 'node:path';
import { enrol, makeTerminal, startBackend, tempDir, writeBackendConfig, type BackendProcess, type Terminal } from './backend-process.js';
import { openRawSession, type RawSession } from './raw-session.js';

export interface EnrolledBackendOptions {
  /** Of the temporary directory. */
  readonly prefix: string;
  readonly serial: string;
  /** config/backend.json's wallet section. */
  readonly wallet: Record<string, unknown>;
  /** More `pos backend` flags (e.g. `--http-port 0`), kept across restarts. */
  readonly extra?: readonly string[];
}

export interface EnrolledBackend {
  readonly dir: string;
  /** The backend's SQLite store. */
  readonly db: string;
  readonly terminal: Terminal;
  readonly backend: BackendProcess;
  readonly session: RawSession;
  /** Closes the session, kills the backend, starts it on the same store and opens a new session. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startEnrolledBackend(o: EnrolledBackendOptions): Promise<EnrolledBackend> {
  const dir = tempDir(o.prefix);
  const db = join(dir, 'backend.db');
  const config = writeBackendConfig(dir, { wallet: o.wallet });
  const extra = [...(o.extra ?? [])];
  let backend = await startBackend({ db, tokens: ['tok'], config, extra });
  const terminal = makeTerminal(dir, o.serial);
  await enrol(terminal, `127.0.0.1:${backend.port}`, 'tok');
  const open = (): Promise<RawSession> => openRawSession(`127.0.0.1:${backend.port}`, terminal.identity, terminal.serial);
  let session = await open();
  return {
    dir,
    db,
    terminal,
    get backend() {
      return backend;
    },
    get session() {
      return session;
    },
    async restart() {
      session.close();
      await backend.kill();
      backend = await startBackend({ db, config, extra });
      session = await open();
    },
    async close() {
      session.close();
      await backend.kill();
    },
  };
}
