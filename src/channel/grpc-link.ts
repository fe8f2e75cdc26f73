// One gRPC connection to the backend carrying one `Channel.Connect` stream (the service
// definition is the protos layer's, over the static generated code). A link is used once: a
// new session gets a new client, so the reconnect timing is the session client's backoff and
// not grpc-js's own hidden one. Keepalive pings notice a backend that vanished without closing
// (a cut link, a proxy swallowing traffic) in seconds rather than at the kernel's TCP timeout.
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { PosError } from '../errors/index.js';
import { channelServiceDefinition, type EnvelopeFields, type Incoming } from '../protos/index.js';

export interface ChannelTls {
  /** The CA that signed the backend's certificate (PEM). */
  readonly caFile: string;
  /** The name the backend's certificate carries when it is not the address's host. */
  readonly serverName?: string;
}

export interface LinkOptions {
  /** host:port */
  readonly address: string;
  readonly tls?: ChannelTls;
  readonly keepaliveMs?: number;
  readonly keepaliveTimeoutMs?: number;
}

export interface LinkHandlers {
  onFrame(incoming: Incoming): void;
  /** The stream ended, for whatever reason; called once. */
  onClosed(detail: string): void;
}

export interface Link {
  send(envelope: EnvelopeFields): void;
  close(): void;
}

const ChannelClient = grpc.makeGenericClientConstructor(channelServiceDefinition as unknown as grpc.ServiceDefinition, 'Channel');

export function readTlsFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PosError('E-CHAN-0101', { path, errno: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { cause: e });
  }
}

export function openLink(options: LinkOptions, handlers: LinkHandlers): Link {
  const credentials = options.tls ? grpc.credentials.createSsl(readTlsFile(options.tls.caFile)) : grpc.credentials.createInsecure();
  const client = new ChannelClient(options.address, credentials, {
    'grpc.keepalive_time_ms': options.keepaliveMs ?? 15_000,
    'grpc.keepalive_timeout_ms': options.keepaliveTimeoutMs ?? 5_000,
    'grpc.keepalive_permit_without_calls': 1,
    ...(options.tls?.serverName ? { 'grpc.ssl_target_name_override': options.tls.serverName, 'grpc.default_authority': options.tls.serverName } : {}),
  });
  const call = (client as unknown as { connect(): grpc.ClientDuplexStream<EnvelopeFields, Incoming> }).connect();
  let closed = false;
  const finish = (detail: string): void => {
    if (closed) return;
    closed = true;
    call.cancel();
    client.close();
    handlers.onClosed(detail);
  };
  call.on('data', (incoming: Incoming) => {
    if (!closed) handlers.onFrame(incoming);
  });
  call.on('error', (e: grpc.ServiceError) => finish(`${grpc.status[e.code] ?? e.code}: ${e.details}`));
  call.on('end', () => finish('stream ended'));
  return {
    send: (envelope) => {
      if (!closed) call.write(envelope);
    },
    close: () => finish('closed by terminal'),
  };
}
