// The backend npm start runs when the config file names none: `pos backend` as its own process
// (the same verb an operator runs), its SQLite store under the state directory so the fleet
// record and the uploads outlive a restart, a fresh one-time token each start (the terminal
// enrols with it the first time only), any free ports, and the operations centre's page. Its
// rules (issuer, wallet simulator) are config/backend.json's unless POSRT_BACKEND_CONFIG names
// another file of that shape: a test or a demo changes how long the wallet takes to pay a shown
// code (wallet.paysAfterMs) or a card's balance without editing the checkout's file.
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { BackendLink } from './runtime-config.js';
import { nodeModuleCommand, startChild, type Child } from './child-process.js';

/** The embedded backend's config file instead of config/backend.json (`pos backend --config`). */
export const BACKEND_CONFIG_VARIABLE = 'POSRT_BACKEND_CONFIG';

export interface EmbeddedBackend {
  readonly link: BackendLink & { readonly opsCentreUrl: string };
  readonly process: Child;
}

export async function startEmbeddedBackend(stateDir: string): Promise<EmbeddedBackend> {
  const token = randomBytes(16).toString('hex');
  const { command, args } = nodeModuleCommand('cli/main');
  const config = process.env[BACKEND_CONFIG_VARIABLE];
  const child = await startChild({
    name: 'backend',
    command,
    args: [...args, 'backend', '--port', '0', '--http-port', '0', '--db', join(stateDir, 'backend.db'), '--token', token, ...(config ? ['--config', resolve(config)] : [])],
    readyEvent: 'listening',
    // Its log is JSON for a supervisor; the person at npm start reads the terminal's lines.
    stderr: 'ignore',
  });
  const ready = child.ready as unknown as { host: string; port: number; httpHost: string; httpPort: number };
  return {
    link: { address: `${ready.host}:${ready.port}`, token, opsCentreUrl: `http://${ready.httpHost}:${ready.httpPort}/` },
    process: child,
  };
}
