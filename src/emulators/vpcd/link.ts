// The card side of vsmartcard's vpcd protocol (virtualsmartcard/src/vpcd/vpcd.c, ifd.c and
// the vpicc docs "Creating a virtual smart card"): the card dials vpcd's TCP port (35963 for
// slot 0, 35964 for slot 1) and answers it. Control 0x00 power off, 0x01 power on, 0x02
// reset get no answer; 0x04 get ATR gets the ATR; any longer message is a C-APDU answered
// by its R-APDU. vpcd polls presence with get ATR, so a connected link is an inserted card
// and a closed socket is a removed one.
import { Socket } from 'node:net';
import type { VirtualIcc } from '../icc.js';
import { FrameDecoder, VPCD_CONTROL, encodeFrame } from './frame.js';

export const VPCD_BASE_PORT = 35963;

export type VpcdLinkErrorKind =
  /** vpcd did not accept the connection within the bound (pcscd not running?). */
  | 'connect-failed'
  /** A zero-length message: no such thing in the protocol. */
  | 'empty-frame'
  /** A 1-byte message that is not one of the four control codes. */
  | 'unknown-control'
  /** vpcd closed the socket in the middle of a message. */
  | 'truncated-frame'
  /** The card threw, or answered with nothing (vpcd would take that for a dead card). */
  | 'card-failed'
  | 'socket-error';

export class VpcdLinkError extends Error {
  override readonly name = 'VpcdLinkError';
  constructor(
    readonly kind: VpcdLinkErrorKind,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`vpcd link ${kind}: ${detail}`, options);
  }
}

/** Why an attachment ended. */
export type VpcdLinkClosed =
  | { readonly kind: 'detached' }
  /** The card answered a command with { kind: 'removed' }: it left the field. */
  | { readonly kind: 'removed' }
  /** vpcd hung up (pcscd stopped or restarted). */
  | { readonly kind: 'peer-closed' }
  | { readonly kind: 'failed'; readonly error: VpcdLinkError };

export interface VpcdLinkOptions {
  readonly host?: string;
  /** 0 → "Virtual PCD 00 00" (port 35963), 1 → "Virtual PCD 00 01" (35964). */
  readonly slot?: number;
  /** Overrides the port derived from the slot. */
  readonly port?: number;
  /** How long attach keeps retrying while vpcd is not listening. */
  readonly connectTimeoutMs?: number;
  readonly retryIntervalMs?: number;
}

export type VpcdLinkState = 'detached' | 'attaching' | 'attached';

export class VpcdLink {
  private readonly host: string;
  private readonly port: number;
  private readonly connectTimeoutMs: number;
  private readonly retryIntervalMs: number;
  private socket: Socket | null = null;
  private attempt = 0;
  private closedListeners = new Set<(closed: VpcdLinkClosed) => void>();
  private current: { closed: Promise<VpcdLinkClosed>; resolve: (c: VpcdLinkClosed) => void } | null = null;
  private linkState: VpcdLinkState = 'detached';

  constructor(
    private readonly icc: VirtualIcc,
    options: VpcdLinkOptions = {},
  ) {
    this.host = options.host ?? '127.0.0.1';
    this.port = options.port ?? VPCD_BASE_PORT + (options.slot ?? 0);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
    this.retryIntervalMs = options.retryIntervalMs ?? 100;
  }

  get state(): VpcdLinkState {
    return this.linkState;
  }

  /** Inserts the card: connects to vpcd, retrying until it listens or the bound passes. */
  async attach(): Promise<void> {
    if (this.linkState !== 'detached') return;
    this.linkState = 'attaching';
    const attempt = ++this.attempt;
    const deadline = Date.now() + this.connectTimeoutMs;
    let lastError: unknown = null;
    while (attempt === this.attempt) {
      try {
        const socket = await connect(this.host, this.port);
        if (attempt !== this.attempt) {
          socket.destroy();
          break;
        }
        this.adopt(socket);
        return;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() + this.retryIntervalMs > deadline) break;
      await delay(this.retryIntervalMs);
    }
    if (attempt === this.attempt) this.linkState = 'detached';
    throw new VpcdLinkError('connect-failed', `no vpcd on ${this.host}:${this.port}`, { cause: lastError });
  }

  /** Removes the card: closes the socket, which vpcd sees as the card leaving. */
  async detach(): Promise<void> {
    this.attempt++;
    if (this.linkState === 'attaching') this.linkState = 'detached';
    const socket = this.socket;
    if (!socket) return;
    this.finish({ kind: 'detached' });
    await new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
  }

  /** Settles when the current attachment ends; after it, with the last reason. */
  closed(): Promise<VpcdLinkClosed> {
    return this.current?.closed ?? Promise.resolve({ kind: 'detached' });
  }

  onClosed(listener: (closed: VpcdLinkClosed) => void): () => void {
    this.closedListeners.add(listener);
    return () => this.closedListeners.delete(listener);
  }

  private adopt(socket: Socket): void {
    this.socket = socket;
    this.linkState = 'attached';
    let resolve!: (c: VpcdLinkClosed) => void;
    const closed = new Promise<VpcdLinkClosed>((r) => (resolve = r));
    this.current = { closed, resolve };
    socket.setNoDelay(true);
    const decoder = new FrameDecoder();
    // vpcd is strictly request/response, but TCP may deliver two messages at once (power on
    // then get ATR): a chain keeps their answers in order.
    let chain = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      for (const payload of decoder.push(chunk)) {
        chain = chain
          .then(() => (this.socket === socket ? this.handle(socket, payload) : undefined))
          .catch((cause: unknown) => this.finish({ kind: 'failed', error: new VpcdLinkError('card-failed', 'answer not sent', { cause }) }));
      }
    });
    socket.on('error', (error) => this.finish({ kind: 'failed', error: new VpcdLinkError('socket-error', error.message, { cause: error }) }));
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.finish(
        decoder.pendingBytes > 0
          ? { kind: 'failed', error: new VpcdLinkError('truncated-frame', `${decoder.pendingBytes} bytes of an unfinished message`) }
          : { kind: 'peer-closed' },
      );
    });
  }

  private async handle(socket: Socket, payload: Uint8Array): Promise<void> {
    if (payload.length === 0) return this.finish({ kind: 'failed', error: new VpcdLinkError('empty-frame', 'zero-length message') });
    if (payload.length === 1) return this.control(socket, payload[0]!);
    let reply;
    try {
      reply = await this.icc.transmit(payload);
    } catch (cause) {
      return this.finish({ kind: 'failed', error: new VpcdLinkError('card-failed', 'transmit threw', { cause }) });
    }
    if (this.socket !== socket) return;
    if (reply.kind === 'removed') return this.finish({ kind: 'removed' });
    this.send(socket, reply.rapdu, 'R-APDU');
  }

  private control(socket: Socket, code: number): void {
    switch (code) {
      case VPCD_CONTROL.powerOff:
        this.icc.powerOff();
        return;
      case VPCD_CONTROL.powerOn:
      case VPCD_CONTROL.reset:
        this.icc.reset();
        return;
      case VPCD_CONTROL.getAtr:
        this.send(socket, this.icc.atr(), 'ATR');
        return;
      default:
        this.finish({ kind: 'failed', error: new VpcdLinkError('unknown-control', `code 0x${code.toString(16).padStart(2, '0')}`) });
    }
  }

  /** vpcd reads a zero-length answer as a dead card, so an empty one fails the link here. */
  private send(socket: Socket, payload: Uint8Array, what: string): void {
    if (payload.length === 0) {
      this.finish({ kind: 'failed', error: new VpcdLinkError('card-failed', `empty ${what}`) });
      return;
    }
    socket.write(encodeFrame(payload));
  }

  private finish(closed: VpcdLinkClosed): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    this.linkState = 'detached';
    socket.destroy();
    this.current?.resolve(closed);
    for (const listener of [...this.closedListeners]) listener(closed);
  }
}

function connect(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const onError = (error: Error): void => {
      socket.destroy();
      reject(error);
    };
    socket.once('error', onError);
    socket.connect(port, host, () => {
      socket.off('error', onError);
      resolve(socket);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
