// One terminal connection at the backend, as a state machine over the envelopes it receives
// (protos/posrt/channel/v1/channel.proto): a hello is challenged, the proof signed with the
// device key enrolled for that serial opens the session, and only an open session may send
// heartbeats, uploads and authorisations. Enrolment is the other way in, before a session.
// Anything else — garbage, a replayed or skipped sequence, a body the state does not allow, a
// forged proof — is answered with a ProtocolError carrying its stable code and ends this
// connection; the process and every other connection go on.
import { randomBytes as cryptoRandomBytes, randomUUID } from 'node:crypto';
import { PosError, type ErrorCode } from '../errors/index.js';
import { verifyEd25519, type Ed25519KeyPair } from '../security/index.js';
import { PAYLOAD_TYPES, posrt, toLong, type EnvelopeFields, type Incoming, type PayloadType } from '../protos/index.js';
import type { BackendConfig } from './config.js';
import type { BackendRepository, EnrolledTerminal, ReceivedKind } from './repository.js';
import type { FleetMonitor } from './fleet-monitor.js';
import type { BackendLogger } from './log.js';
import { authorise, declinedAuthorisation } from './issuer-simulator.js';
import { storeUpload } from './transaction-upload.js';
import { currentParameters, parameterDownload } from './parameter-download.js';
import { keepAuthorisation, matchReversal, REVERSED_FIRST } from './reversal-matching.js';
import { settle } from './settlement.js';
import { QrPayments } from './qr-payment.js';
import type { CommandLink, CommandQueue } from './command-queue.js';

const v1 = posrt.channel.v1;

/** How long a challenge may be answered, and how far a proof's clock may be from ours. */
const CHALLENGE_TTL_MS = 30_000;
const CLOCK_SKEW_MS = 300_000;

export type SessionState =
  | { readonly kind: 'awaiting-hello' }
  | { readonly kind: 'challenged'; readonly terminal: EnrolledTerminal; readonly firmwareVersion: string; readonly nonce: Uint8Array; readonly expiresAt: number }
  | { readonly kind: 'open'; readonly serial: string; readonly sessionId: string }
  | { readonly kind: 'ended'; readonly code: ErrorCode | 'closed' };

export interface SessionDeps {
  readonly repo: BackendRepository;
  readonly config: BackendConfig;
  readonly signingKey: Ed25519KeyPair;
  readonly monitor: FleetMonitor;
  readonly log: BackendLogger;
  readonly commands: CommandQueue;
  readonly now: () => number;
  readonly randomBytes?: (n: number) => Uint8Array;
}

export interface SessionIo {
  send(envelope: EnvelopeFields): void;
  end(): void;
}

/** A refusal inside a handler: ends the session with this code. */
class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
  ) {
    super(code);
  }
}

function signedPayload(signed: posrt.channel.v1.Signed.$Properties, type: PayloadType, publicKey: Uint8Array, code: ErrorCode): Uint8Array {
  const payload = signed.payload ?? new Uint8Array(0);
  if (signed.payloadType !== type || !verifyEd25519(publicKey, type, payload, signed.signature ?? new Uint8Array(0))) throw new Refusal(code, 'signature');
  return payload;
}

function decoded<T>(decode: () => T, what: string): T {
  try {
    return decode();
  } catch {
    throw new Refusal('E-BACKEND-0001', what);
  }
}

export class BackendSession {
  state: SessionState = { kind: 'awaiting-hello' };
  #lastIn = 0n;
  #nextOut = 1n;
  #pending: Promise<void> = Promise.resolve();
  /** Remote commands and firmware for this terminal, once its session is open. */
  #commands: CommandLink | undefined;
  private readonly randomBytes: (n: number) => Uint8Array;

  constructor(
    private readonly deps: SessionDeps,
    private readonly io: SessionIo,
  ) {
    this.randomBytes = deps.randomBytes ?? ((n) => new Uint8Array(cryptoRandomBytes(n)));
  }

  /** Envelopes are handled one at a time in arrival order: the store answers asynchronously,
   *  and each reply's sequence and ack must follow the one before. The promise settles when
   *  this envelope is handled; it never rejects. */
  receive(incoming: Incoming): Promise<void> {
    this.#pending = this.#pending.then(() => this.handle(incoming));
    return this.#pending;
  }

  private async handle(incoming: Incoming): Promise<void> {
    if (this.state.kind === 'ended') return;
    if (incoming.kind === 'garbage') return this.refuse('E-BACKEND-0001', 0n, '', `frame of ${incoming.length} bytes`);
    const e = incoming.envelope;
    const sequence = BigInt(e.sequence.toString());
    if (sequence !== this.#lastIn + 1n) return this.refuse('E-BACKEND-0009', sequence, e.messageId, `expected ${this.#lastIn + 1n}`);
    this.#lastIn = sequence;
    try {
      await this.#commands?.acknowledged(BigInt(e.ack.toString()));
      await this.dispatch(e);
    } catch (err) {
      // The refusal's ack must not cover the envelope it refuses: the terminal would take it as
      // delivered and drop it from its outbox (an upload lost while the store was down).
      this.#lastIn = sequence - 1n;
      if (err instanceof Refusal) return this.refuse(err.code, sequence, e.messageId, err.detail);
      if (err instanceof PosError) return this.refuse(err.code, sequence, e.messageId, 'refused');
      // A fault of ours on one envelope ends that stream, not the process and its other terminals.
      this.deps.log.error({ err }, 'envelope handling failed');
      return this.refuse('E-BACKEND-0013', sequence, e.messageId, 'internal');
    }
  }

  /** The handshake deadline passed: a connection that has not opened a session by then (it
   *  never said hello, or never answered the challenge) is refused, so an idle or stalled peer
   *  cannot hold a stream for ever. */
  handshakeExpired(): void {
    if (this.state.kind === 'awaiting-hello' || this.state.kind === 'challenged') this.refuse('E-BACKEND-0014', 0n, '', `still ${this.state.kind}`);
  }

  /** The transport went away: nothing more is sent. */
  close(): void {
    this.#commands?.close();
    if (this.state.kind === 'open') this.deps.log.info({ serial: this.state.serial, session: this.state.sessionId }, 'session closed');
    this.state = { kind: 'ended', code: 'closed' };
  }

  private async dispatch(e: posrt.channel.v1.Envelope): Promise<void> {
    const s = this.state;
    switch (s.kind) {
      case 'awaiting-hello':
        if (e.body === 'enrolmentRequest') return this.enrol(e.enrolmentRequest!);
        if (e.body === 'sessionHello') return this.challenge(e.sessionHello!);
        break;
      case 'challenged':
        if (e.body === 'sessionProof') return await this.open(s, e.sessionProof!);
        break;
      case 'open':
        return this.inSession(s, e);
      case 'ended':
        return;
    }
    throw new Refusal('E-BACKEND-0008', `${e.body ?? 'empty'} in ${s.kind}`);
  }

  private async enrol(signed: posrt.channel.v1.Signed.$Properties): Promise<void> {
    const payload = signed.payload ?? new Uint8Array(0);
    const request = decoded(() => v1.EnrolmentRequest.decode(payload), 'enrolment request');
    const answer = (status: posrt.channel.v1.EnrolmentStatus, code: ErrorCode | '', terminal?: EnrolledTerminal): void => {
      this.deps.log.info({ serial: request.deviceSerial.slice(0, 64), status: v1.EnrolmentStatus[status], code }, 'enrolment');
      this.reply({
        enrolmentResponse: {
          status,
          errorCode: code,
          terminalId: terminal?.terminalId ?? '',
          merchantId: terminal?.merchantId ?? '',
          backendPublicKey: terminal ? this.deps.signingKey.publicKey : new Uint8Array(0),
        },
      });
      this.state = { kind: 'ended', code: code === '' ? 'closed' : code };
      this.io.end();
    };
    if (signed.payloadType !== PAYLOAD_TYPES.enrolmentRequest || !verifyEd25519(request.publicKey, PAYLOAD_TYPES.enrolmentRequest, payload, signed.signature ?? new Uint8Array(0))) {
      return answer(v1.EnrolmentStatus.ENROLMENT_STATUS_BAD_SIGNATURE, 'E-BACKEND-0004');
    }
    if (!/^[\x21-\x7e]{1,64}$/.test(request.deviceSerial)) return answer(v1.EnrolmentStatus.ENROLMENT_STATUS_TOKEN_INVALID, 'E-BACKEND-0002');
    const outcome = await this.deps.repo.enrol(
      request.provisioningToken,
      { serial: request.deviceSerial, model: request.model, firmwareVersion: request.firmwareVersion, capabilities: request.capabilities, publicKey: request.publicKey, merchantId: 'POSRT0000000001' },
      this.deps.now(),
    );
    switch (outcome.outcome) {
      case 'enrolled':
        return answer(v1.EnrolmentStatus.ENROLMENT_STATUS_ENROLLED, '', outcome.terminal);
      case 'token-unknown':
        return answer(v1.EnrolmentStatus.ENROLMENT_STATUS_TOKEN_INVALID, 'E-BACKEND-0002');
      case 'token-used':
        return answer(v1.EnrolmentStatus.ENROLMENT_STATUS_TOKEN_USED, 'E-BACKEND-0003');
    }
  }

  private async challenge(hello: posrt.channel.v1.SessionHello.$Properties): Promise<void> {
    const terminal = await this.deps.repo.terminal(hello.deviceSerial ?? '');
    if (this.state.kind === 'ended') return;
    if (terminal === undefined) throw new Refusal('E-BACKEND-0005', 'not enrolled');
    const now = this.deps.now();
    const nonce = this.randomBytes(32);
    this.state = { kind: 'challenged', terminal, firmwareVersion: (hello.firmwareVersion ?? '').slice(0, 64), nonce, expiresAt: now + CHALLENGE_TTL_MS };
    this.reply({ sessionChallenge: { nonce, issuedAtMs: toLong(BigInt(now)), expiresAtMs: toLong(BigInt(now + CHALLENGE_TTL_MS)) } });
  }

  private async open(s: Extract<SessionState, { kind: 'challenged' }>, signed: posrt.channel.v1.Signed.$Properties): Promise<void> {
    const payload = signedPayload(signed, PAYLOAD_TYPES.sessionProof, s.terminal.publicKey, 'E-BACKEND-0006');
    const proof = decoded(() => v1.SessionProof.decode(payload), 'session proof');
    const now = this.deps.now();
    const signedAt = Number(proof.signedAtMs.toString());
    const fresh = now <= s.expiresAt && Math.abs(signedAt - now) <= CLOCK_SKEW_MS;
    if (!Buffer.from(proof.nonce).equals(s.nonce) || proof.deviceSerial !== s.terminal.serial || !fresh) throw new Refusal('E-BACKEND-0007', 'stale or foreign proof');
    const sessionId = randomUUID();
    const versions = await currentParameters(this.deps.repo.parameters, s.terminal);
    // Only a proven session may say which version runs: the fleet's rollouts count from it.
    if (s.firmwareVersion !== '') await this.deps.repo.recordFirmwareVersion(s.terminal.serial, s.firmwareVersion);
    if (this.state.kind === 'ended') return;
    this.state = { kind: 'open', serial: s.terminal.serial, sessionId };
    this.deps.log.info({ serial: s.terminal.serial, session: sessionId }, 'session open');
    this.reply({
      sessionAccepted: { sessionId, serverTimeMs: toLong(BigInt(now)), heartbeatIntervalS: this.deps.config.heartbeatIntervalS, currentParameters: versions },
    });
    this.#commands = this.deps.commands.open(s.terminal.serial, (body) => this.emit(body));
  }

  private async inSession(s: Extract<SessionState, { kind: 'open' }>, e: posrt.channel.v1.Envelope): Promise<void> {
    switch (e.body) {
      case 'heartbeat':
        await this.deps.monitor.heartbeat(s.serial, e.heartbeat as posrt.channel.v1.Heartbeat, this.deps.now());
        return this.reply({ ackOnly: {} });
      case 'transactionUpload':
        return this.reply({ transactionUploadResult: await storeUpload(this.deps.repo, s.serial, e.transactionUpload as posrt.channel.v1.TransactionUpload, this.deps.now()) });
      case 'authorisationRequest': {
        const request = e.authorisationRequest as posrt.channel.v1.AuthorisationRequest;
        const reversedFirst = await this.deps.repo.authorisations.reversedBeforeDecision(s.serial, request.transactionId);
        const response = reversedFirst === undefined ? authorise(this.deps.config.issuer, request) : declinedAuthorisation(request.transactionId, REVERSED_FIRST.arc, REVERSED_FIRST.code);
        // Kept before the answer leaves, so a reversal for it always finds it.
        await keepAuthorisation(this.deps.repo.authorisations, s.serial, request, response, this.deps.now());
        return this.reply({ authorisationResponse: response });
      }
      case 'parameterRequest': {
        const terminal = (await this.deps.repo.terminal(s.serial))!;
        const request = e.parameterRequest as posrt.channel.v1.ParameterRequest;
        return this.reply({ parameterDownload: await parameterDownload(request, terminal, this.deps.repo.parameters, this.deps.signingKey, this.deps.now()) });
      }
      case 'reversalRequest': {
        const r = e.reversalRequest as posrt.channel.v1.ReversalRequest;
        await this.keep('reversal', r.reversalId, v1.ReversalRequest.encode(r).finish(), s.serial);
        const reversal = await matchReversal(this.deps.repo.authorisations, s.serial, r, this.deps.now());
        if (reversal.status === v1.ReversalStatus.REVERSAL_STATUS_REVERSED) await new QrPayments(this.deps.repo, this.deps.config.wallet, this.deps.now).reversed(s.serial, r.originalTransactionId);
        return this.reply({ reversalResponse: reversal });
      }
      case 'operatorEvent': {
        const o = e.operatorEvent as posrt.channel.v1.OperatorEvent;
        if ((await this.keep('operator-event', o.eventId, v1.OperatorEvent.encode(o).finish(), s.serial)) === 'stored') await this.deps.monitor.operatorEvent(s.serial, o, this.deps.now());
        return this.reply({ ackOnly: {} });
      }
      case 'qrPaymentRequest':
      case 'qrPaymentQuery': {
        const body = e.body === 'qrPaymentRequest' ? { qrPaymentRequest: e.qrPaymentRequest as posrt.channel.v1.QrPaymentRequest } : { qrPaymentQuery: e.qrPaymentQuery as posrt.channel.v1.QrPaymentQuery };
        return this.reply({ qrPaymentResponse: await new QrPayments(this.deps.repo, this.deps.config.wallet, this.deps.now).answer(s.serial, body) });
      }
      case 'mismatchReport': {
        const m = e.mismatchReport as posrt.channel.v1.MismatchReport;
        await this.keep('mismatch-report', m.reportId, v1.MismatchReport.encode(m).finish(), s.serial);
        return this.reply({ ackOnly: {} });
      }
      case 'auditEntryUpload':
        await this.deps.monitor.auditEntry(s.serial, e.auditEntryUpload as posrt.channel.v1.AuditEntryUpload, this.deps.now());
        return this.reply({ ackOnly: {} });
      case 'settlementRequest':
        return this.reply({ reconciliationResult: await settle(this.deps.repo.settlements, s.serial, e.settlementRequest as posrt.channel.v1.SettlementRequest, this.deps.now()) });
      case 'commandResult':
        await this.#commands!.resultArrived(e.commandResult as posrt.channel.v1.CommandResult);
        return this.reply({ ackOnly: {} });
      case 'firmwareChunkRequest':
        if (!(await this.#commands!.chunksRequested(e.firmwareChunkRequest as posrt.channel.v1.FirmwareChunkRequest))) this.reply({ ackOnly: {} });
        return;
      case 'ackOnly':
        return;
      case 'protocolError':
        this.deps.log.warn({ serial: s.serial, code: e.protocolError?.code }, 'terminal refused an envelope');
        this.state = { kind: 'ended', code: 'closed' };
        return this.io.end();
      default:
        throw new Refusal('E-BACKEND-0008', `${e.body ?? 'empty'} in open`);
    }
  }

  /** Stores an outbox-borne message once by its own id; one without a usable id is refused
   *  (a program error on the terminal, which its outbox would otherwise send for ever). */
  private async keep(kind: ReceivedKind, id: string, body: Uint8Array, serial: string): Promise<'stored' | 'duplicate'> {
    if (!/^[\x21-\x7e]{1,128}$/.test(id)) throw new Refusal('E-BACKEND-0012', `${kind} without an id`);
    return this.deps.repo.storeReceived(kind, id, serial, body, this.deps.now());
  }

  /** Nothing is sent once the session ended: the transport may have gone while the store was
   *  answering. */
  private reply(body: EnvelopeFields): void {
    this.emit(body);
  }

  /** reply, returning the envelope's sequence (undefined when nothing was sent): the command
   *  queue marks a command sent once the terminal's ack covers it. */
  private emit(body: EnvelopeFields): bigint | undefined {
    if (this.state.kind === 'ended') return undefined;
    const sequence = this.#nextOut++;
    this.io.send({
      messageId: randomUUID(),
      sequence: toLong(sequence, true),
      ack: toLong(this.#lastIn, true),
      sentAtMs: toLong(BigInt(this.deps.now())),
      ...body,
    });
    return sequence;
  }

  private refuse(code: ErrorCode, sequence: bigint, messageId: string, detail: string): void {
    const serial = this.state.kind === 'open' ? this.state.serial : this.state.kind === 'challenged' ? this.state.terminal.serial : undefined;
    this.deps.log.warn({ serial, code, sequence: sequence.toString(), detail }, 'envelope refused');
    this.reply({ protocolError: { code, refusedSequence: toLong(sequence, true), refusedMessageId: messageId.slice(0, 64), detail } });
    this.state = { kind: 'ended', code };
    this.io.end();
  }
}
