// The backend npm start runs when the config file names none: `pos backend` as its own process
// (the same verb an operator runs), its SQLite store under the state directory so the fleet
// record and the uploads outlive a restart, a fresh one-time token each start (the terminal
// enrols with it the first time only), any free ports, and the operations centre's page. Its
// rules (issuer, wallet simulator) are config/backend.json's unless POSRT_BACKEND_CONFIG names
// another file of that shape: a test or a demo changes how long the wallet takes to pay a shown
// code (wallet.paysAfterMs) or a card's balance without editing the checkout's file.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PosError } from '../errors/index.js';
import type { BackendLink } from './runtime-config.js';
import { nodeModuleCommand, startChild, type Child } from './child-process.js';

/** The embedded backend's config file instead of config/backend.json (`pos backend --config`). */
export const BACKEND_CONFIG_VARIABLE = 'POSRT_BACKEND_CONFIG';

/** POSRT_BACKEND_CONFIG as an absolute path, undefined when unset; E-CORE-0003 naming it when
 *  there is no such file, before a process starts. (A file the backend then refuses is its own
 *  code in E-BOOT-0001's context.) */
export function backendConfigFile(): string | undefined {
  const named = process.env[BACKEND_CONFIG_VARIABLE];
  if (!named) return undefined;
  const path = resolve(named);
  if (!existsSync(path)) throw new PosError('E-CORE-0003', { variable: BACKEND_CONFIG_VARIABLE, path, problem: 'no such file' });
  return path;
}

export interface EmbeddedBackend {
  readonly link: BackendLink & { readonly opsCentreUrl: string };
  readonly process: Child;
}

export async function startEmbeddedBackend(stateDir: string): Promise<EmbeddedBackend> {
  const token = randomBytes(16).toString('hex');
  const { command, args } = nodeModuleCommand('cli/main');
  const config = backendConfigFile();
  const child = await startChild({
    name: 'backend',
    command,
    args: [...args, 'backend', '--port', '0', '--http-port', '0', '--db', join(stateDir, 'backend.db'), '--token', token, ...(config ? ['--config', config] : [])],
    readyEvent: 'listening',
    // Its log is JSON for a supervisor; the person at npm start reads the terminal's lines. Kept,
    // though, for its own error when it stops before it is up (a malformed config file).
    stderr: 'tail',
    secrets: [token],
  });
  const ready = child.ready as unknown as { host: string; port: number; httpHost: string; httpPort: number };
  return {
    link: { address: `${ready.host}:${ready.port}`, token, opsCentreUrl: `http://${ready.httpHost}:${ready.httpPort}/` },
    process: child,
  };
}
