// Delivers the queued remote commands and firmware offers to terminals with an open session:
// when the session opens, and — for those queued while it is open, by `pos backend-command` in
// another process — at the next poll of the store. Each is signed with the backend key as it
// goes out and marked sent only when the terminal's cumulative ack covers the envelope that
// carried it, so one lost with a dropped connection goes again on the next session. Results
// come back through the terminal's outbox and are kept per command; chunk requests are served
// from the stored image.
import { keyIdOf, signEd25519, type Ed25519KeyPair } from '../security/index.js';
import { PAYLOAD_TYPES, posrt, type EnvelopeFields } from '../protos/index.js';
import type { CommandStore } from './command-store.js';
import { requestedChunks, signedFirmwareOffer } from './firmware-distribution.js';
import type { BackendLogger } from './log.js';

const v1 = posrt.channel.v1;

export interface CommandQueueDeps {
  readonly store: CommandStore;
  readonly signingKey: Ed25519KeyPair;
  readonly log: BackendLogger;
  readonly now: () => number;
  /** How often the store is asked for work queued while sessions are open. */
  readonly pollMs: number;
}

/** Sends one body on the session; the envelope's sequence, or undefined once it has ended. */
export type SessionSend = (body: EnvelopeFields) => bigint | undefined;

/** One open session's side of the queue. */
export interface CommandLink {
  /** The terminal's cumulative ack of the backend's envelopes. */
  acknowledged(ack: bigint): Promise<void>;
  resultArrived(result: posrt.channel.v1.CommandResult): Promise<void>;
  /** Sends the chunks asked for; false when there were none to send. */
  chunksRequested(request: posrt.channel.v1.FirmwareChunkRequest): Promise<boolean>;
  close(): void;
}

interface OnWire {
  readonly sequence: bigint;
  readonly key: string;
  readonly delivered: (now: number) => Promise<void>;
}

class SessionLink implements CommandLink {
  readonly #onWire: OnWire[] = [];
  #flushing: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(
    private readonly deps: CommandQueueDeps,
    readonly serial: string,
    private readonly send: SessionSend,
    private readonly onClose: (link: SessionLink) => void,
  ) {}

  /** Sends what is queued and not on the wire already; one flush at a time. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.sendQueued()).catch((err: unknown) => this.deps.log.error({ err, serial: this.serial }, 'command queue flush failed'));
    return this.#flushing;
  }

  async acknowledged(ack: bigint): Promise<void> {
    while (this.#onWire.length > 0 && this.#onWire[0]!.sequence <= ack) await this.#onWire.shift()!.delivered(this.deps.now());
  }

  async resultArrived(r: posrt.channel.v1.CommandResult): Promise<void> {
    const status = v1.CommandStatus[r.status] ?? 'COMMAND_STATUS_UNSPECIFIED';
    const stored = await this.deps.store.storeCommandResult({
      commandId: r.commandId.slice(0, 128),
      serial: this.serial,
      status,
      errorCode: r.errorCode.slice(0, 32),
      body: v1.CommandResult.encode(r).finish(),
      receivedAt: this.deps.now(),
    });
    this.deps.log.info({ serial: this.serial, command: r.commandId.slice(0, 128), status, code: r.errorCode.slice(0, 32), stored }, 'command result');
  }

  async chunksRequested(request: posrt.channel.v1.FirmwareChunkRequest): Promise<boolean> {
    let last: number | undefined;
    for await (const chunk of requestedChunks(this.deps.store, this.serial, request, this.deps.now())) {
      if (this.send({ firmwareChunk: chunk }) === undefined) break;
      last = chunk.index!;
    }
    // One write per request, not per chunk: progress for the page, at the store's full sync.
    if (last !== undefined) await this.deps.store.recordChunkServed(this.serial, request.firmwareId, last);
    return last !== undefined;
  }

  close(): void {
    this.#closed = true;
    this.onClose(this);
  }

  private async sendQueued(): Promise<void> {
    const { store, signingKey, now } = this.deps;
    const t = now();
    for (const c of await store.unsentCommands(this.serial, t)) {
      const key = `command:${c.commandId}`;
      if (this.#closed || this.#onWire.some((w) => w.key === key)) continue;
      const signed = { payloadType: PAYLOAD_TYPES.remoteCommand, payload: c.command, signature: signEd25519(signingKey.secretKey, PAYLOAD_TYPES.remoteCommand, c.command), keyId: keyIdOf(signingKey.publicKey) };
      this.track(key, this.send({ remoteCommand: signed }), (at) => store.markCommandSent(c.commandId, at));
    }
    for (const o of await store.unsentOffers(this.serial, t)) {
      const key = `firmware:${o.firmwareId}`;
      const image = await store.firmware(o.firmwareId);
      if (this.#closed || image === undefined || this.#onWire.some((w) => w.key === key)) continue;
      this.track(key, this.send({ firmwareOffer: signedFirmwareOffer(image, o, signingKey) }), (at) => store.markOfferSent(this.serial, o.firmwareId, at));
    }
  }

  private track(key: string, sequence: bigint | undefined, delivered: (now: number) => Promise<void>): void {
    if (sequence !== undefined) this.#onWire.push({ sequence, key, delivered });
  }
}

export class CommandQueue {
  readonly #open = new Map<string, SessionLink>();
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: CommandQueueDeps) {}

  /** Polls the store for work for the open sessions until stop(). */
  start(): void {
    this.#timer = setInterval(() => void this.poll(), this.deps.pollMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** A session opened for `serial`: what is queued for it goes now. A second session of the same
   *  serial replaces the first's link (the first is about to end). */
  open(serial: string, send: SessionSend): CommandLink {
    const link = new SessionLink(this.deps, serial, send, (l) => this.#open.get(l.serial) === l && this.#open.delete(l.serial));
    this.#open.set(serial, link);
    void link.flush();
    return link;
  }

  private async poll(): Promise<void> {
    let serials: string[];
    try {
      serials = await this.deps.store.serialsWithWork(this.deps.now());
    } catch (err) {
      return this.deps.log.error({ err }, 'command queue poll failed');
    }
    for (const serial of serials) void this.#open.get(serial)?.flush();
  }
}
