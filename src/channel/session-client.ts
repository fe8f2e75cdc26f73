// The terminal's side of the channel: keeps a session with the backend open for as long as it
// runs. Each connection says hello, signs the backend's challenge with the device key, and once
// accepted sends heartbeats and drains the durable outbox; an outbox row is acknowledged (and
// never sent again) only when the backend's cumulative `ack` covers the envelope that carried
// it, which the backend sends after storing it. Anything that ends a connection — the backend
// gone, silent, refusing, answering garbage or out of sequence — puts the unacknowledged rows
// back and schedules the next attempt with capped, fully jittered exponential backoff: at least
// once on the wire, exactly once at the backend by the bodies' own ids.
import { randomUUID } from 'node:crypto';
import { PosError, type ErrorCode } from '../errors/index.js';
import { posrt, toLong, type Envelope, type EnvelopeFields, type Incoming } from '../protos/index.js';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import type { DeviceIdentity } from './device-identity.js';
import { proveSession } from './device-signed.js';
import { openLink, type Link, type LinkOptions } from './grpc-link.js';
import type { Outbox, OutboxKind, OutboxMessage } from './outbox.js';
import { SequenceGuard } from './sequence-guard.js';
import { openParameterSet, PARAMETER_KIND_OF, type ParameterSet, type ParameterSetKind } from './parameter-sets.js';
import type { SignedVerifier } from './signed-verifier.js';

const v1 = posrt.channel.v1;

export interface SessionClientOptions {
  readonly link: LinkOptions;
  readonly serial: string;
  readonly firmwareVersion: string;
  readonly identity: DeviceIdentity;
  readonly outbox: Outbox;
  /** The terminal's health now; outbox_depth and firmware_version are filled in here. */
  readonly heartbeat: () => posrt.channel.v1.Heartbeat.$Properties;
  readonly now?: () => number;
  /** In [0, 1): the backoff's jitter. */
  readonly random?: () => number;
  readonly backoff?: BackoffPolicy;
  /** The backend must answer the handshake, and acknowledge each envelope, within this. */
  readonly answerTimeoutMs?: number;
  /** Overrides the backend's SessionAccepted.heartbeat_interval_s (tests). */
  readonly heartbeatIntervalMs?: number;
  /** Envelopes from the outbox on the wire without an acknowledgement, at most. */
  readonly window?: number;
  readonly onEvent?: (event: ChannelEvent) => void;
  /** Parameter download: asked for when the backend announces a newer version than held. */
  readonly parameters?: ParameterSink;
  /** Remote commands, handed over as they arrive (command-runner.ts answers through the outbox). */
  readonly commands?: CommandSink;
  /** Firmware download: offers and chunks, and the rest of a download when a session opens. */
  readonly firmware?: FirmwareSink;
  /** The backend's reconciliation of a settlement the outbox delivered (its row is settled by
   *  the ack either way). */
  readonly onReconciliation?: (result: posrt.channel.v1.ReconciliationResult) => void;
}

export interface CommandSink {
  received(signed: posrt.channel.v1.ISigned): void;
}

/** Each answers with the chunk request to send next, if any (firmware-sink.ts). */
export interface FirmwareSink {
  resume(): posrt.channel.v1.FirmwareChunkRequest.$Properties | undefined;
  offered(signed: posrt.channel.v1.ISigned): posrt.channel.v1.FirmwareChunkRequest.$Properties | undefined;
  chunk(chunk: posrt.channel.v1.IFirmwareChunk): posrt.channel.v1.FirmwareChunkRequest.$Properties | undefined;
}

export interface ParameterSink {
  /** The pinned backend key's verifier: a set it does not verify is never handed over. */
  readonly verifier: SignedVerifier;
  /** The version in use per kind, 0n for none. */
  held(kind: ParameterSetKind): bigint;
  /** A verified set for this terminal, newer than the one held: store it and use it. */
  accept(set: ParameterSet): void;
}

export type ChannelEvent =
  | { readonly kind: 'connecting'; readonly attempt: number }
  | { readonly kind: 'session-open'; readonly sessionId: string }
  | { readonly kind: 'delivered'; readonly ids: readonly string[] }
  | { readonly kind: 'session-ended'; readonly code: ErrorCode; readonly detail: string }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly delayMs: number }
  | { readonly kind: 'parameters'; readonly accepted: readonly ParameterSetKind[]; readonly refused: readonly ErrorCode[] };

type ClientState =
  | { readonly kind: 'stopped' }
  | { readonly kind: 'connected'; readonly connection: Connection }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly timer: NodeJS.Timeout };

type Step = 'awaiting-challenge' | 'awaiting-accept' | 'open';

/** Each outbox kind's envelope body, decoded from the bytes the outbox holds. */
const BODY_OF: Record<OutboxKind, (payload: Uint8Array) => EnvelopeFields> = {
  reversal: (p) => ({ reversalRequest: v1.ReversalRequest.decode(p) }),
  'command-result': (p) => ({ commandResult: v1.CommandResult.decode(p) }),
  'transaction-upload': (p) => ({ transactionUpload: v1.TransactionUpload.decode(p) }),
  'operator-event': (p) => ({ operatorEvent: v1.OperatorEvent.decode(p) }),
  settlement: (p) => ({ settlementRequest: v1.SettlementRequest.decode(p) }),
  'mismatch-report': (p) => ({ mismatchReport: v1.MismatchReport.decode(p) }),
  'audit-entry': (p) => ({ auditEntryUpload: v1.AuditEntryUpload.decode(p) }),
};

const SET_KINDS = Object.keys(PARAMETER_KIND_OF) as ParameterSetKind[];

/** The version held of every kind, as a ParameterRequest says it. */
const heldVersions = (sink: ParameterSink): posrt.channel.v1.ParameterVersion.$Properties[] => SET_KINDS.map((k) => ({ kind: PARAMETER_KIND_OF[k], version: toLong(sink.held(k), true) }));

interface Sent {
  readonly sequence: bigint;
  readonly outboxIds: readonly string[];
  readonly sentAt: number;
}

/** A request on the open session waiting for its answer, by transaction id. */
interface Pending<T> {
  resolve(r: T): void;
  reject(e: PosError): void;
}

/** A scan-to-pay request or query (qr.proto), answered by a QrPaymentResponse. */
export type QrPaymentAsk = { readonly qrPaymentRequest: posrt.channel.v1.QrPaymentRequest.$Properties } | { readonly qrPaymentQuery: posrt.channel.v1.QrPaymentQuery.$Properties };

/** One connection: one session's numbering, acknowledgements and timers. */
class Connection {
  step: Step = 'awaiting-challenge';
  sessionId = '';
  private readonly link: Link;
  private readonly guard = new SequenceGuard();
  private nextOut = 1n;
  private readonly unacked: Sent[] = [];
  private readonly startedAt: number;
  private readonly timers: NodeJS.Timeout[] = [];
  private ended = false;
  readonly authorisations = new Map<string, Pending<posrt.channel.v1.AuthorisationResponse>>();
  readonly qrPayments = new Map<string, Pending<posrt.channel.v1.QrPaymentResponse>>();

  constructor(
    private readonly o: Required<Pick<SessionClientOptions, 'now' | 'answerTimeoutMs' | 'window'>> & SessionClientOptions,
    private readonly onOpen: (sessionId: string) => void,
    private readonly onEnd: (code: ErrorCode, detail: string) => void,
  ) {
    this.startedAt = o.now();
    this.link = openLink(o.link, { onFrame: (f) => this.frame(f), onClosed: (detail) => this.end('E-CHAN-0102', detail) });
    this.send({ sessionHello: { deviceSerial: o.serial, firmwareVersion: o.firmwareVersion } });
    const check = Math.max(50, Math.floor(o.answerTimeoutMs / 4));
    this.timers.push(setInterval(() => this.watchdog(), check));
  }

  /** Sends what the outbox has ready, up to the window. */
  drain(): void {
    if (this.step !== 'open' || this.ended) return;
    const room = this.o.window - this.unacked.filter((s) => s.outboxIds.length > 0).length;
    if (room <= 0) return;
    for (const message of this.o.outbox.take(room)) this.sendOutbox(message);
  }

  /** Sends `body` and waits for the answer that `frame` hands to `pending` under `id`. */
  ask<T>(pending: Map<string, Pending<T>>, id: string, body: EnvelopeFields): Promise<T> {
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      this.send(body);
    });
  }

  end(code: ErrorCode, detail: string): void {
    if (this.ended) return;
    this.ended = true;
    for (const t of this.timers) clearInterval(t);
    this.link.close();
    for (const p of this.authorisations.values()) p.reject(new PosError(code, { step: 'authorisation' }));
    for (const p of this.qrPayments.values()) p.reject(new PosError(code, { step: 'qr-payment' }));
    this.authorisations.clear();
    this.qrPayments.clear();
    this.onEnd(code, detail);
  }

  private sendOutbox(message: OutboxMessage): void {
    let body: EnvelopeFields;
    try {
      body = BODY_OF[message.kind](message.payload);
    } catch {
      // The outbox holds what this terminal encoded; bytes that do not decode are a program
      // error. Offering them again later keeps them visible in outbox stats without blocking.
      this.o.outbox.retry([message.id]);
      return;
    }
    this.send(body, [message.id]);
  }

  private send(body: EnvelopeFields, outboxIds: readonly string[] = []): void {
    const sequence = this.nextOut++;
    const sentAt = this.o.now();
    this.unacked.push({ sequence, outboxIds, sentAt });
    this.link.send({ messageId: randomUUID(), sequence: toLong(sequence, true), ack: toLong(this.guard.last, true), sentAtMs: toLong(BigInt(sentAt)), ...body });
  }

  private frame(incoming: Incoming): void {
    if (this.ended) return;
    if (incoming.kind === 'garbage') return this.end('E-CHAN-0105', `frame of ${incoming.length} bytes`);
    const e = incoming.envelope;
    try {
      this.guard.accept(BigInt(e.sequence.toString()));
    } catch (err) {
      return this.end(err instanceof PosError ? err.code : 'E-CHAN-0107', 'sequence');
    }
    // What the backend sends must never throw out of the stream's handler (that would take the
    // terminal down): a refusal of ours (a challenge without a 32-byte nonce) ends the session.
    try {
      this.acknowledged(BigInt(e.ack.toString()));
      this.body(e);
    } catch (err) {
      this.end(err instanceof PosError ? err.code : 'E-CHAN-0107', err instanceof PosError ? 'refused' : 'unexpected');
    }
  }

  private acknowledged(ack: bigint): void {
    const ids: string[] = [];
    while (this.unacked.length > 0 && this.unacked[0]!.sequence <= ack) ids.push(...this.unacked.shift()!.outboxIds);
    if (ids.length === 0) return;
    this.o.outbox.acknowledge(ids);
    this.o.onEvent?.({ kind: 'delivered', ids });
    this.drain();
  }

  private body(e: Envelope): void {
    switch (this.step) {
      case 'awaiting-challenge':
        if (e.body === 'sessionChallenge') {
          this.step = 'awaiting-accept';
          return this.send({ sessionProof: proveSession(this.o.identity, e.sessionChallenge!, this.o.serial, BigInt(this.o.now())) });
        }
        break;
      case 'awaiting-accept':
        if (e.body === 'sessionAccepted') return this.opened(e.sessionAccepted!);
        break;
      case 'open':
        // Results say stored or duplicate; either way the ack already settled the rows.
        if (e.body === 'ackOnly' || e.body === 'transactionUploadResult' || e.body === 'reversalResponse') return;
        if (e.body === 'parameterDownload') return this.parametersArrived(e.parameterDownload!);
        if (e.body === 'reconciliationResult') return this.o.onReconciliation?.(e.reconciliationResult as posrt.channel.v1.ReconciliationResult);
        if (e.body === 'remoteCommand') return this.o.commands?.received(e.remoteCommand!);
        if (e.body === 'firmwareOffer') return this.askForChunks(this.o.firmware?.offered(e.firmwareOffer!));
        if (e.body === 'firmwareChunk') return this.askForChunks(this.o.firmware?.chunk(e.firmwareChunk!));
        if (e.body === 'authorisationResponse') {
          const r = e.authorisationResponse as posrt.channel.v1.AuthorisationResponse;
          this.authorisations.get(r.transactionId)?.resolve(r);
          this.authorisations.delete(r.transactionId);
          return;
        }
        if (e.body === 'qrPaymentResponse') {
          const r = e.qrPaymentResponse as posrt.channel.v1.QrPaymentResponse;
          this.qrPayments.get(r.transactionId)?.resolve(r);
          this.qrPayments.delete(r.transactionId);
          return;
        }
        break;
    }
    if (e.body === 'protocolError') return this.end('E-CHAN-0103', `${e.protocolError!.code ?? ''} ${e.protocolError!.detail ?? ''}`.trim());
    this.end('E-CHAN-0107', `${e.body ?? 'empty'} in ${this.step}`);
  }

  private opened(accepted: posrt.channel.v1.SessionAccepted.$Properties): void {
    this.step = 'open';
    this.sessionId = accepted.sessionId ?? '';
    const intervalMs = this.o.heartbeatIntervalMs ?? Math.max(1, accepted.heartbeatIntervalS ?? 30) * 1000;
    this.timers.push(setInterval(() => this.heartbeat(), intervalMs));
    this.onOpen(this.sessionId);
    this.heartbeat();
    this.requestParameters(accepted.currentParameters ?? []);
    this.askForChunks(this.o.firmware?.resume());
    this.drain();
  }

  private askForChunks(request: posrt.channel.v1.FirmwareChunkRequest.$Properties | undefined): void {
    if (request !== undefined) this.send({ firmwareChunkRequest: request });
  }

  /** Asks for the sets of these kinds (none: every kind) newer than those held, whatever the
   *  backend announced: a RefreshParameters command. */
  refreshParameters(kinds: readonly posrt.channel.v1.ParameterKind[]): void {
    const sink = this.o.parameters;
    if (sink === undefined || this.step !== 'open') return;
    this.send({ parameterRequest: { held: heldVersions(sink), kinds: kinds.length > 0 ? [...kinds] : SET_KINDS.map((k) => PARAMETER_KIND_OF[k]) } });
  }

  private requestParameters(current: readonly posrt.channel.v1.ParameterVersion.$Properties[]): void {
    const sink = this.o.parameters;
    if (sink === undefined) return;
    const kinds = SET_KINDS;
    const held = heldVersions(sink);
    const newer = current.filter((c) => {
      const kind = kinds.find((k) => PARAMETER_KIND_OF[k] === c.kind);
      return kind !== undefined && BigInt(String(c.version ?? 0)) > sink.held(kind);
    });
    if (newer.length > 0) this.send({ parameterRequest: { held, kinds: newer.map((c) => c.kind ?? 0) } });
  }

  /** Each set on its own: a forged or stale one is reported and dropped, the others used. */
  private parametersArrived(download: posrt.channel.v1.ParameterDownload.$Properties): void {
    const sink = this.o.parameters;
    if (sink === undefined) return;
    const accepted: ParameterSetKind[] = [];
    const refused: ErrorCode[] = [];
    for (const signed of download.sets ?? []) {
      try {
        const set = openParameterSet(signed, sink.verifier, this.o.serial, (k) => sink.held(k));
        sink.accept(set);
        accepted.push(set.kind);
      } catch (err) {
        if (!(err instanceof PosError)) throw err;
        refused.push(err.code);
      }
    }
    this.o.onEvent?.({ kind: 'parameters', accepted, refused });
  }

  private heartbeat(): void {
    if (this.ended) return;
    const stats = this.o.outbox.stats();
    this.send({ heartbeat: { ...this.o.heartbeat(), outboxDepth: stats.pending + stats.inFlight, firmwareVersion: this.o.firmwareVersion } });
    // New rows may have been enqueued since the last acknowledgement.
    this.drain();
  }

  private watchdog(): void {
    const now = this.o.now();
    const since = this.step === 'open' ? this.unacked[0]?.sentAt : this.startedAt;
    if (since !== undefined && now - since > this.o.answerTimeoutMs) this.end('E-CHAN-0104', this.step);
  }
}

export class SessionClient {
  private state: ClientState = { kind: 'stopped' };
  private attempt = 0;
  private readonly o: Required<Pick<SessionClientOptions, 'now' | 'answerTimeoutMs' | 'window'>> & SessionClientOptions;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;

  constructor(options: SessionClientOptions) {
    this.o = { ...options, now: options.now ?? Date.now, answerTimeoutMs: options.answerTimeoutMs ?? 10_000, window: options.window ?? 16 };
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  get status(): 'stopped' | 'connecting' | 'open' | 'waiting' {
    const s = this.state;
    if (s.kind !== 'connected') return s.kind;
    return s.connection.step === 'open' ? 'open' : 'connecting';
  }

  start(): void {
    if (this.state.kind === 'stopped') this.connect();
  }

  stop(): void {
    const s = this.state;
    this.state = { kind: 'stopped' };
    if (s.kind === 'waiting') clearTimeout(s.timer);
    if (s.kind === 'connected') s.connection.end('E-CHAN-0102', 'stopped');
  }

  /** New rows are in the outbox: send them now rather than at the next heartbeat. */
  kick(): void {
    if (this.state.kind === 'connected') this.state.connection.drain();
  }

  /** A RefreshParameters command: asks for the parameter sets again on the open session (none
   *  open: the next session asks for what the backend announces anyway). */
  refreshParameters(kinds: readonly posrt.channel.v1.ParameterKind[]): void {
    if (this.state.kind === 'connected') this.state.connection.refreshParameters(kinds);
  }

  /** An online authorisation over the open session; E-CHAN-0102 when there is none or it ends
   *  first, E-CHAN-0104 when the answer does not come within the answer timeout. */
  authorise(request: posrt.channel.v1.AuthorisationRequest.$Properties): Promise<posrt.channel.v1.AuthorisationResponse> {
    return this.ask('authorisation', (c) => c.authorisations, request.transactionId ?? '', { authorisationRequest: request });
  }

  /** A scan-to-pay request or query over the open session, answered as authorise is. */
  qrPayment(ask: QrPaymentAsk): Promise<posrt.channel.v1.QrPaymentResponse> {
    const id = 'qrPaymentRequest' in ask ? ask.qrPaymentRequest.transactionId : ask.qrPaymentQuery.transactionId;
    return this.ask('qr-payment', (c) => c.qrPayments, id ?? '', ask);
  }

  private ask<T>(step: string, pending: (c: Connection) => Map<string, Pending<T>>, id: string, body: EnvelopeFields): Promise<T> {
    const s = this.state;
    if (s.kind !== 'connected' || s.connection.step !== 'open') return Promise.reject(new PosError('E-CHAN-0102', { step, state: this.status }));
    const connection = s.connection;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending(connection).delete(id);
        reject(new PosError('E-CHAN-0104', { step }));
      }, this.o.answerTimeoutMs);
      connection.ask(pending(connection), id, body).then(
        (r) => (clearTimeout(timer), resolve(r)),
        (e: PosError) => (clearTimeout(timer), reject(e)),
      );
    });
  }

  private connect(): void {
    this.o.onEvent?.({ kind: 'connecting', attempt: this.attempt });
    let connection: Connection;
    try {
      connection = new Connection(
        this.o,
        (sessionId) => {
          this.attempt = 0;
          this.o.onEvent?.({ kind: 'session-open', sessionId });
        },
        (code, detail) => this.ended(connection, code, detail),
      );
    } catch (e) {
      if (!(e instanceof PosError)) throw e;
      // A TLS file that cannot be read now (a certificate being renewed) may be there at the
      // next attempt; this runs from a timer, where a throw would take the terminal down.
      this.o.onEvent?.({ kind: 'session-ended', code: e.code, detail: 'not connected' });
      return this.retryLater();
    }
    this.state = { kind: 'connected', connection };
  }

  private ended(connection: Connection, code: ErrorCode, detail: string): void {
    // Whatever was in flight may or may not have arrived: it goes again (the backend drops
    // what it already has by id).
    this.o.outbox.returnInFlight();
    this.o.onEvent?.({ kind: 'session-ended', code, detail });
    if (this.state.kind === 'connected' && this.state.connection === connection) this.retryLater();
  }

  private retryLater(): void {
    const attempt = this.attempt++;
    const delayMs = backoffDelayMs(this.backoff, attempt, this.random);
    this.o.onEvent?.({ kind: 'waiting', attempt, delayMs });
    this.state = { kind: 'waiting', attempt, timer: setTimeout(() => this.connect(), delayMs) };
  }
}
