// One driver process of bench/fleet: a share of the simulated terminals. Each terminal has its
// own Ed25519 device key (made in memory here), enrols with its own one-time token through the
// channel's enrolTerminal, then keeps one Channel.Connect stream: hello, the challenge signed
// with proveSession, and once accepted a heartbeat every second and a transaction upload every
// `uploadEveryMs`. The streams share `channels` grpc-js clients (HTTP/2 connections) round robin;
// with channels = terminals each terminal has its own connection, as a real one does.
//
// Round trip = the time from writing an envelope to the first backend envelope whose cumulative
// `ack` covers its sequence (the backend acks after it has stored the message).
//
// Protocol with the parent (bench/fleet/fleet.bench.ts), one JSON object a line:
//   argv[2]: { address, first, count, tokens: string[], channels, uploadEveryMs }
//   stdout: {"event":"ready","opened":N,"enrolMs":..,"openMs":..}
//   stdin:  {"go":true,"warmupMs":..,"measureMs":..}
//   stdout: {"event":"done", ...counts, "rtts":[...]}
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import * as grpc from '@grpc/grpc-js';
import { enrolTerminal } from '../../src/channel/enrolment-client.js';
import { deviceIdentityFromSecretKey, type DeviceIdentity } from '../../src/channel/device-identity.js';
import { proveSession } from '../../src/channel/device-signed.js';
import { channelServiceDefinition, posrt, toLong, type EnvelopeFields, type Incoming } from '../../src/protos/index.js';
import { ed25519KeyPairFromSeed } from '../../src/security/index.js';

const v1 = posrt.channel.v1;

interface DriverArgs {
  readonly address: string;
  readonly first: number;
  readonly count: number;
  readonly tokens: readonly string[];
  readonly channels: number;
  readonly uploadEveryMs: number;
}

const args = JSON.parse(process.argv[2]!) as DriverArgs;
const ChannelClient = grpc.makeGenericClientConstructor(channelServiceDefinition as unknown as grpc.ServiceDefinition, 'Channel');
type Stream = grpc.ClientDuplexStream<EnvelopeFields, Incoming>;

/** Measurement window, in performance.now() ms; sends outside it are not counted. */
let windowStart = Infinity;
let windowEnd = Infinity;
const rtts: number[] = [];
const counts = { offered: 0, handled: 0, heartbeats: 0, uploads: 0, uploadsStored: 0, refused: 0, ended: 0 };

interface SentEnvelope {
  readonly sequence: number;
  readonly sentAt: number;
}

class SimTerminal {
  stream: Stream | undefined;
  open = false;
  private nextOut = 1;
  private lastIn = 0;
  private readonly unacked: SentEnvelope[] = [];
  private timers: NodeJS.Timeout[] = [];
  private uploads = 0;
  private onOpen: (() => void) | undefined;

  constructor(
    readonly serial: string,
    readonly identity: DeviceIdentity,
  ) {}

  connect(client: grpc.Client): Promise<void> {
    return new Promise((resolve, reject) => {
      this.onOpen = resolve;
      const stream = (client as unknown as { connect(): Stream }).connect();
      this.stream = stream;
      stream.on('data', (incoming: Incoming) => this.frame(incoming));
      stream.on('error', (e: grpc.ServiceError) => (this.ended(), reject(new Error(`${this.serial}: ${e.details}`))));
      stream.on('end', () => this.ended());
      this.send({ sessionHello: { deviceSerial: this.serial, firmwareVersion: '0.1.0' } });
    });
  }

  /** Heartbeats every second and uploads at the given period, each first one at a random offset
   *  so the fleet's load is spread over the second as a real fleet's is. */
  run(uploadEveryMs: number): void {
    const beat = setTimeout(() => {
      this.heartbeat();
      this.timers.push(setInterval(() => this.heartbeat(), 1000));
    }, Math.random() * 1000);
    const upload = setTimeout(() => {
      this.upload();
      this.timers.push(setInterval(() => this.upload(), uploadEveryMs));
    }, Math.random() * uploadEveryMs);
    this.timers.push(beat, upload);
  }

  /** The backend ended the stream (or it failed): counted, and nothing more is sent. */
  private ended(): void {
    if (this.open) counts.ended++;
    this.open = false;
    this.stop();
  }

  /** Stops sending; acknowledgements still arriving are counted. */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  close(): void {
    this.stop();
    this.open = false;
    this.stream?.end();
  }

  private heartbeat(): void {
    if (!this.open) return;
    if (inWindow()) counts.heartbeats++;
    this.send({ heartbeat: { uptimeS: toLong(BigInt(Math.floor(process.uptime())), true), paper: v1.PaperState.PAPER_STATE_OK, outboxDepth: 0, firmwareVersion: '0.1.0' } });
  }

  private upload(): void {
    if (!this.open) return;
    if (inWindow()) counts.uploads++;
    const n = ++this.uploads;
    this.send({
      transactionUpload: {
        records: [
          { transactionId: `${this.serial}-${n}`, batchNumber: 1, stan: n, status: v1.TransactionStatus.TRANSACTION_STATUS_APPROVED, amount: { minorUnits: toLong(BigInt(100 + (n % 9000))), currency: '156' }, scheme: 'visa', maskedPan: '476173******0119' },
        ],
      },
    });
  }

  private send(body: EnvelopeFields): void {
    const sequence = this.nextOut++;
    const sentAt = performance.now();
    if (this.open && inWindow(sentAt)) counts.offered++;
    this.unacked.push({ sequence, sentAt });
    this.stream!.write({ messageId: randomBytes(16).toString('hex'), sequence: toLong(BigInt(sequence), true), ack: toLong(BigInt(this.lastIn), true), sentAtMs: toLong(BigInt(Date.now())), ...body });
  }

  private frame(incoming: Incoming): void {
    const now = performance.now();
    if (incoming.kind === 'garbage') return void counts.refused++;
    const e = incoming.envelope;
    this.lastIn = Number(e.sequence);
    const ack = Number(e.ack);
    while (this.unacked.length > 0 && this.unacked[0]!.sequence <= ack) {
      const sent = this.unacked.shift()!;
      if (this.open && inWindow(sent.sentAt)) {
        counts.handled++;
        rtts.push(now - sent.sentAt);
      }
    }
    switch (e.body) {
      case 'sessionChallenge':
        return this.send({ sessionProof: proveSession(this.identity, e.sessionChallenge!, this.serial, BigInt(Date.now())) });
      case 'sessionAccepted':
        this.open = true;
        return this.onOpen?.();
      case 'transactionUploadResult':
        if (inWindow()) counts.uploadsStored += e.transactionUploadResult?.results?.length ?? 0;
        return;
      case 'protocolError':
        counts.refused++;
        return this.stop();
      default:
        return;
    }
  }
}

function inWindow(t = performance.now()): boolean {
  return t >= windowStart && t < windowEnd;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

async function main(): Promise<void> {
  const terminals = Array.from({ length: args.count }, (_, i) => {
    const serial = `FLEET-${String(args.first + i).padStart(5, '0')}`;
    return new SimTerminal(serial, deviceIdentityFromSecretKey(ed25519KeyPairFromSeed(new Uint8Array(randomBytes(32))).secretKey));
  });
  const t0 = performance.now();
  await pool(terminals, 16, async (t, i) => {
    await enrolTerminal({ address: args.address }, t.identity, { deviceSerial: t.serial, model: 'posrt-fleet-sim', firmwareVersion: '0.1.0', capabilities: ['printer'], provisioningToken: args.tokens[i]! }, { timeoutMs: 30_000 });
  });
  const enrolMs = performance.now() - t0;
  const clients = Array.from({ length: Math.min(args.channels, args.count) }, () => new ChannelClient(args.address, grpc.credentials.createInsecure(), {
        'grpc.keepalive_time_ms': 15_000,
        'grpc.keepalive_timeout_ms': 5_000,
        // grpc-js otherwise shares one connection among clients of the same target and options
        // (its global subchannel pool): each client gets its own, as each real terminal has.
        'grpc.use_local_subchannel_pool': 1,
      }));
  const t1 = performance.now();
  await pool(terminals, 64, (t, i) => t.connect(clients[i % clients.length]!));
  const openMs = performance.now() - t1;
  process.stdout.write(`${JSON.stringify({ event: 'ready', opened: terminals.filter((t) => t.open).length, enrolMs, openMs })}\n`);

  const go = await new Promise<{ warmupMs: number; measureMs: number }>((resolve) => createInterface({ input: process.stdin }).once('line', (l) => resolve(JSON.parse(l))));
  const cpu0 = process.cpuUsage();
  for (const t of terminals) t.run(args.uploadEveryMs);
  windowStart = performance.now() + go.warmupMs;
  windowEnd = windowStart + go.measureMs;
  let cpuAtStart = cpu0;
  setTimeout(() => (cpuAtStart = process.cpuUsage()), go.warmupMs);
  await new Promise((r) => setTimeout(r, go.warmupMs + go.measureMs));
  const cpu = process.cpuUsage(cpuAtStart);
  for (const t of terminals) t.stop();
  // Acks for what was sent at the window's end still count: give them a second to arrive.
  await new Promise((r) => setTimeout(r, 1000));
  for (const t of terminals) t.close();
  for (const c of clients) c.close();
  process.stdout.write(`${JSON.stringify({ event: 'done', ...counts, cpuMs: (cpu.user + cpu.system) / 1000, rtts: rtts.map((r) => Math.round(r * 1000) / 1000) })}\n`);
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`driver failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
