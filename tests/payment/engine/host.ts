// pos backend as a process with the test issuer's keys (the virtual cards' IMKs, the online PIN
// BDK, UnionPay's PIN 123456), one enrolled terminal whose session client sends its outbox, and
// the kernel's AuthorisationPort over that channel (src/boot/authorisation-channel.ts), one per
// transaction as the engine asks; payment's QrHostPort over it too (src/boot/qr-channel.ts),
// answered by the backend's wallet simulator.
import { join } from 'node:path';
import { channelAuthorisationPort } from '../../../src/boot/authorisation-channel.js';
import { channelQrHostPort } from '../../../src/boot/qr-channel.js';
import type { SessionClient } from '../../../src/channel/session-client.js';
import type { EnginePorts, QrHostPort } from '../../../src/payment/engine/index.js';
import type { posrt } from '../../../src/protos/index.js';
import { enrol, makeTerminal, startBackend, tempDir, until, writeBackendConfig, type BackendProcess, type Terminal } from '../../support/backend-process.js';

export const UNIONPAY_PAN = '6212345678901232';
/** What the issuer answers a balance inquiry of that card with, minor units. */
export const UNIONPAY_BALANCE = 8_888_800n;

export interface Host {
  /** Where the backend's store and the terminal's outbox and identity live. */
  readonly dir: string;
  readonly backend: BackendProcess;
  readonly terminal: Terminal;
  readonly client: SessionClient;
  /** The backend's SQLite store. */
  readonly db: string;
  readonly authorisation: EnginePorts['authorisation'];
  /** The backend's wallet simulator over the same channel (src/boot/qr-channel.ts). */
  readonly qrHost: QrHostPort;
  /** The same port over the same channel, keeping each message sent and each answer received. */
  recording(): Recorded;
  stop(): Promise<void>;
}

export interface Recorded {
  readonly authorisation: EnginePorts['authorisation'];
  readonly sent: posrt.channel.v1.IAuthorisationRequest[];
  readonly answers: posrt.channel.v1.IAuthorisationResponse[];
}

/** `wallet`: the backend configuration's wallet section (the simulator's defaults without). */
export async function startHost(serial: string, wallet?: Record<string, unknown>): Promise<Host> {
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
      balances: { [UNIONPAY_PAN]: UNIONPAY_BALANCE.toString() },
    },
    ...(wallet ? { wallet } : {}),
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
    qrHost: channelQrHostPort((ask) => client.qrPayment(ask)),
    recording() {
      const sent: posrt.channel.v1.IAuthorisationRequest[] = [];
      const answers: posrt.channel.v1.IAuthorisationResponse[] = [];
      const send = async (request: posrt.channel.v1.IAuthorisationRequest) => {
        sent.push(request);
        const answer = await client.authorise(request);
        answers.push(answer);
        return answer;
      };
      return { sent, answers, authorisation: (t) => channelAuthorisationPort(send, { ...t, pinBlockFormat: 'iso0' }) };
    },
    async stop() {
      client.stop();
      await backend.kill();
    },
  };
}
