// pos backend as a process with the test issuer's keys (the virtual cards' IMKs, the online PIN
// BDK, UnionPay's PIN 123456), one enrolled terminal whose session client sends its outbox, and
// the kernel's AuthorisationPort over that channel (src/boot/authorisation-channel.ts), one per
// transaction as the engine asks.
import { join } from 'node:path';
import { channelAuthorisationPort } from '../../../src/boot/authorisation-channel.js';
import type { SessionClient } from '../../../src/channel/session-client.js';
import type { EnginePorts } from '../../../src/payment/engine/index.js';
import { enrol, makeTerminal, startBackend, tempDir, until, writeBackendConfig, type BackendProcess, type Terminal } from '../../support/backend-process.js';

export const UNIONPAY_PAN = '6212345678901232';

export interface Host {
  /** Where the backend's store and the terminal's outbox and identity live. */
  readonly dir: string;
  readonly backend: BackendProcess;
  readonly terminal: Terminal;
  readonly client: SessionClient;
  /** The backend's SQLite store. */
  readonly db: string;
  readonly authorisation: EnginePorts['authorisation'];
  stop(): Promise<void>;
}

export async function startHost(serial: string): Promise<Host> {
  const dir = tempDir('posrt-engine-host-');
  const config = writeBackendConfig(dir, {
    issuer: {
      masterKeys: [
        { ac: '0123456789ABCDEFFEDCBA9876543210', smi: '89ABCDEF0123456776543210FEDCBA98', smc: '0123456789ABCDEF89ABCDEF01234567' },
        { ac: '33333333333333334444444444444444', smi: '33333333333333335555555555555555', smc: '33333333333333336666666666666666' },
        { ac: '11111111111111112222222222222222', smi: '0123456789ABCDEF0123456789ABCDEF', smc: '11111111111111114444444444444444' },
      ],
      amountLimit: '1000000',
      onlinePin: { tdesBdk: '0123456789ABCDEFFEDCBA9876543210', aesBdk: 'FEDCBA9876543210F1F1F1F1F1F1F1F1', tryLimit: 3, pins: { [UNIONPAY_PAN]: '123456' } },
    },
  });
  const db = join(dir, 'backend.db');
  const backend = await startBackend({ db, tokens: ['tok'], config });
  const address = `127.0.0.1:${backend.port}`;
  const terminal = makeTerminal(dir, serial);
  await enrol(terminal, address, 'tok');
  const client = terminal.client(address, { answerTimeoutMs: 5_000 });
  client.start();
  await until('the session is open', () => client.status === 'open');
  return {
    dir,
    backend,
    terminal,
    client,
    db,
    authorisation: (t) => channelAuthorisationPort((request) => client.authorise(request), { ...t, pinBlockFormat: 'iso0' }),
    async stop() {
      client.stop();
      await backend.kill();
    },
  };
}
