// The backend's gRPC server: `Channel.Connect` streams, each driven by a BackendSession, over
// TLS when a certificate is configured. Keepalive pings find a terminal that vanished without a
// FIN (a cut cable, a proxy that swallows traffic); the offline sweep turns its silence into an
// alert.
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { PosError } from '../errors/index.js';
import { ed25519KeyPairFromSeed, ED25519_SEED_LENGTH } from '../security/index.js';
import { randomBytes } from 'node:crypto';
import { channelServiceDefinition, type EnvelopeFields, type Incoming } from '../protos/index.js';
import type { BackendConfig } from './config.js';
import type { BackendRepository } from './repository.js';
import { FleetMonitor } from './fleet-monitor.js';
import { BackendSession } from './session.js';
import { CommandQueue } from './command-queue.js';
import type { BackendLogger } from './log.js';

export interface BackendTls {
  readonly certFile: string;
  readonly keyFile: string;
}

export interface BackendServerOptions {
  readonly host: string;
  /** 0 picks a free port; the running server reports the real one. */
  readonly port: number;
  readonly repo: BackendRepository;
  readonly config: BackendConfig;
  readonly log: BackendLogger;
  readonly tls?: BackendTls;
  readonly now?: () => number;
  /** How long a connection may take to open its session (default 30 s). */
  readonly handshakeTimeoutMs?: number;
  /** How often commands queued from another process are looked for (default 1 s). */
  readonly commandPollMs?: number;
}

export interface RunningBackend {
  readonly port: number;
  readonly publicKey: Uint8Array;
  close(): Promise<void>;
}

/** Envelopes of one stream received but not yet handled before the stream is paused. */
const MAX_IN_FLIGHT = 64;

function readTls(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PosError('E-BACKEND-0011', { field: 'tls', path, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable' });
  }
}

export async function startBackendServer(o: BackendServerOptions): Promise<RunningBackend> {
  const now = o.now ?? Date.now;
  const signingKey = ed25519KeyPairFromSeed(await o.repo.signingSeed(() => new Uint8Array(randomBytes(ED25519_SEED_LENGTH))));
  const interval = o.config.heartbeatIntervalS * 1000;
  const monitor = new FleetMonitor(o.repo, interval * o.config.missedHeartbeats, o.log, o.config.errorRate);
  const commands = new CommandQueue({ store: o.repo.commands, signingKey, log: o.log, now, pollMs: o.commandPollMs ?? 1_000 });
  commands.start();
  const server = new grpc.Server({
    'grpc.keepalive_time_ms': 10_000,
    'grpc.keepalive_timeout_ms': 5_000,
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.http2.min_ping_interval_without_data_ms': 1_000,
    'grpc.max_receive_message_length': 4 * 1024 * 1024,
  });
  const connect = (call: grpc.ServerDuplexStream<Incoming, EnvelopeFields>): void => {
    const session = new BackendSession(
      { repo: o.repo, config: o.config, signingKey, monitor, commands, log: o.log, now },
      { send: (e) => call.write(e), end: () => call.end() },
    );
    const deadline = setTimeout(() => session.handshakeExpired(), o.handshakeTimeoutMs ?? 30_000);
    const closed = (): void => {
      clearTimeout(deadline);
      session.close();
    };
    // Envelopes wait for the store one by one; a terminal that sends faster than the store
    // answers is paused rather than queued without bound.
    let inFlight = 0;
    call.on('data', (incoming: Incoming) => {
      if (++inFlight === MAX_IN_FLIGHT) call.pause();
      void session.receive(incoming).then(() => {
        if (inFlight-- === MAX_IN_FLIGHT) call.resume();
      });
    });
    call.on('end', () => {
      closed();
      call.end();
    });
    call.on('error', closed);
    call.on('cancelled', closed);
  };
  server.addService(channelServiceDefinition as unknown as grpc.ServiceDefinition, { connect } as unknown as grpc.UntypedServiceImplementation);
  const credentials = o.tls ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: readTls(o.tls.certFile), private_key: readTls(o.tls.keyFile) }], false) : grpc.ServerCredentials.createInsecure();
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${o.host}:${o.port}`, credentials, (err, bound) => (err ? reject(new PosError('E-BACKEND-0011', { field: '--port', port: o.port, reason: err.message })) : resolve(bound))),
  );
  const sweep = setInterval(() => {
    monitor.sweep(now()).catch((err: unknown) => o.log.error({ err }, 'offline sweep failed'));
  }, interval);
  sweep.unref();
  return {
    port,
    publicKey: signingKey.publicKey,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweep);
        commands.stop();
        server.tryShutdown(() => resolve());
        // Streams stay open as long as terminals do; a shutdown waits for none of them.
        setTimeout(() => server.forceShutdown(), 500).unref();
      }),
  };
}
