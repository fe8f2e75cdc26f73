// pos backend [--host H] [--port N] [--db FILE|postgres://USER@HOST:PORT/DB] [--config FILE] [--token T ...]
//             [--heartbeat-s N] [--tls-cert FILE --tls-key FILE]
//             [--http-port N [--http-host H]] [--params FILE] [--terminal-config DIR]
// The reference management backend as its own process. Its first line on stdout is JSON with
// the port it listens on (so --port 0 works under a supervisor or a test), and the operations
// centre's HTTP port when --http-port asks for the page; logs go to stderr.
// At every start it imports what it distributes: the EMV tables from the terminal's config
// folder (--terminal-config, config/ by default) and merchants, operators and bindings from
// --params (config/backend-parameters.json); a kind that changed gets the next version.
// It runs until SIGTERM or SIGINT and then closes its store, so a kill -9 is the only way to
// leave a write half done — which SQLite's journal (or PostgreSQL's) undoes at the next start.
// --db is a SQLite file, or a postgres:// URL for the fleet store; its password, if the URL
// carries one rather than leaving it to PGPASSWORD or ~/.pgpass, is never printed or logged.
import { join } from 'node:path';
import { loadBackendConfig } from '../backend/config.js';
import { createBackendLogger } from '../backend/log.js';
import { describeStore, openRepository, parseStoreLocation } from '../backend/store-location.js';
import { startBackendServer } from '../backend/server.js';
import { startOpsCentre } from '../backend/ops-centre/http-server.js';
import { importParameters } from '../backend/parameter-import.js';
import { loadParameterDefaults } from './backend-parameters.js';
import { PosError } from '../errors/index.js';
import { DEFAULT_CONFIG_DIR } from './config-files.js';
import { parseVerbArgs } from './args.js';

function integer(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new PosError('E-BACKEND-0011', { field: name, value: value.slice(0, 16), min, max });
  return n;
}

export async function backendVerb(argv: string[]): Promise<number> {
  const { values } = parseVerbArgs(
    argv,
    {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '50051' },
      db: { type: 'string', default: 'posrt-backend.db' },
      config: { type: 'string', default: join(DEFAULT_CONFIG_DIR, 'backend.json') },
      token: { type: 'string', multiple: true, default: [] },
      'heartbeat-s': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'http-port': { type: 'string' },
      'http-host': { type: 'string', default: '127.0.0.1' },
      params: { type: 'string', default: join(DEFAULT_CONFIG_DIR, 'backend-parameters.json') },
      'terminal-config': { type: 'string', default: DEFAULT_CONFIG_DIR },
    },
    'backend',
  );
  const port = integer(values.port, '--port', 0, 65535)!;
  const httpPort = integer(values['http-port'], '--http-port', 0, 65535);
  const heartbeat = integer(values['heartbeat-s'], '--heartbeat-s', 1, 3600);
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined)) throw new PosError('E-BACKEND-0011', { field: '--tls-cert/--tls-key', reason: 'both or neither' });
  const loaded = loadBackendConfig(values.config);
  const config = heartbeat === undefined ? loaded : { ...loaded, heartbeatIntervalS: heartbeat };
  const log = createBackendLogger();
  const store = parseStoreLocation(values.db);
  const repo = await openRepository(store);
  for (const token of values.token) await repo.addProvisioningToken(token, Date.now());
  await importParameters(repo, loadParameterDefaults(values['terminal-config'], values.params), Date.now(), log);
  const tls = values['tls-cert'] && values['tls-key'] ? { certFile: values['tls-cert'], keyFile: values['tls-key'] } : undefined;
  const running = await startBackendServer({ host: values.host, port, repo, config, log, ...(tls ? { tls } : {}) });
  const ops = httpPort === undefined ? undefined : await startOpsCentre({ host: values['http-host'], port: httpPort, repo, log });
  const http = ops ? { httpHost: values['http-host'], httpPort: ops.port } : {};
  process.stdout.write(`${JSON.stringify({ event: 'listening', host: values.host, port: running.port, tls: tls !== undefined, backendKey: Buffer.from(running.publicKey).toString('hex'), ...http })}\n`);
  log.info({ store: store.kind, at: describeStore(store) }, 'store open');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await ops?.close();
  await running.close();
  await repo.close();
  return 0;
}
