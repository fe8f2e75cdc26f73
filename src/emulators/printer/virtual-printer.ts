// The virtual receipt printer: one paper roll and one set of conditions (paper, cover, errors)
// shared by every connection, each connection with its own ESC/POS parser. Real-time status
// (DLE EOT) is answered at once, online or not; print data and process ID requests are acted on
// only while online, as a printer stopped by paper out or an open cover does not print. Here
// what arrives while offline is dropped (and counted), so a job refused for want of paper never
// comes out later behind the driver's back. TCP 9100 is served here; serve.ts also puts the
// same printer on a pty.
import { createServer, type Server, type Socket } from 'node:net';
import type { PosError } from '../../errors/index.js';
import { processIdResponse } from '../../wire/escpos/process-id.js';
import { encodeStatus, isOffline, type PrinterConditions, type StatusRequest } from '../../wire/escpos/status.js';
import type { EscPosCommand } from './commands.js';
import { Paper, type Element, type Receipt } from './paper.js';
import { EscPosParser } from './parser.js';

export interface PrintedReceipt extends Receipt {
  /** True when the printer went away before the cut: what came out was torn off by hand. */
  readonly torn: boolean;
}

export interface Session {
  push(chunk: Uint8Array): void;
  end(): void;
}

export type VirtualPrinterEvent =
  | { readonly kind: 'receipt'; readonly receipt: PrintedReceipt }
  | { readonly kind: 'parse-error'; readonly error: PosError }
  | { readonly kind: 'dropped'; readonly command: EscPosCommand['kind'] };

const REQUESTS: Readonly<Record<1 | 2 | 3 | 4, StatusRequest>> = { 1: 'printer', 2: 'offline-cause', 3: 'error-cause', 4: 'paper-sensor' };

export class VirtualPrinter {
  readonly receipts: PrintedReceipt[] = [];
  readonly parseErrors: PosError[] = [];
  /** Print commands that arrived while offline and were not printed. */
  dropped = 0;
  private conditions: PrinterConditions = { coverOpen: false, paperNearEnd: false, paperEnd: false, error: 'none' };
  private paper: Paper;
  private readonly listeners: ((event: VirtualPrinterEvent) => void)[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private port = 0;
  private host = '127.0.0.1';
  /** Something that happens once this many more bytes have arrived (a power cut, the paper
   *  running out); `stop` says whether the rest of the chunk is lost with it. */
  private trigger: { at: number; action: () => void; stop: boolean } | null = null;
  private received = 0;
  private garbled: Uint8Array | null = null;
  private confirming = true;

  constructor() {
    this.paper = this.newPaper();
  }

  on(listener: (event: VirtualPrinterEvent) => void): void {
    this.listeners.push(listener);
  }

  setPaper(state: 'ok' | 'low' | 'out'): void {
    this.conditions = { ...this.conditions, paperNearEnd: state !== 'ok', paperEnd: state === 'out' };
  }

  setCover(state: 'open' | 'closed'): void {
    this.conditions = { ...this.conditions, coverOpen: state === 'open' };
  }

  setError(error: PrinterConditions['error']): void {
    this.conditions = { ...this.conditions, error };
  }

  /** The next status request is answered with these bytes instead: a printer talking nonsense. */
  garbleNextAnswer(bytes: Uint8Array): void {
    this.garbled = bytes;
  }

  /** The printer loses power once this many more bytes have arrived: mid-job if a job is on
   *  its way. What it printed so far is torn off as a receipt with `torn` set. */
  powerOffAfter(bytes: number): void {
    this.after(bytes, () => void this.powerOff(), true);
  }

  /** The roll ends once this many more bytes have arrived: the printer goes offline, and what
   *  follows is not printed. */
  paperOutAfter(bytes: number): void {
    this.after(bytes, () => this.setPaper('out'), false);
  }

  /** While false the printer prints but never answers a process ID request, as one whose
   *  firmware lost the request would. */
  confirmJobs(on: boolean): void {
    this.confirming = on;
  }

  /** What has printed since the last cut. */
  get pending(): readonly Element[] {
    return this.paper.pending;
  }

  /** One host connection: its bytes in, the printer's answers out through `reply`. */
  session(reply: (bytes: Uint8Array) => void): Session {
    const parser = new EscPosParser((event) => {
      if (event.kind === 'error') {
        this.parseErrors.push(event.error);
        this.emit({ kind: 'parse-error', error: event.error });
      } else this.command(event.command, reply);
    });
    return {
      push: (chunk) => {
        const trigger = this.trigger;
        if (trigger === null) return parser.push(chunk);
        const room = trigger.at - this.received;
        this.received += chunk.length;
        if (chunk.length < room) return parser.push(chunk);
        parser.push(chunk.subarray(0, room));
        this.trigger = null;
        trigger.action();
        if (!trigger.stop) parser.push(chunk.subarray(room));
      },
      end: () => parser.end(),
    };
  }

  /** Serves TCP on `port` (0: any free port); resolves with the port. */
  async listen(port = 9100, host = '127.0.0.1'): Promise<number> {
    this.host = host;
    const server = createServer((socket) => {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      const session = this.session((bytes) => void (socket.destroyed || socket.write(bytes)));
      socket.on('data', (chunk: Buffer) => session.push(new Uint8Array(chunk)));
      socket.on('close', () => {
        this.sockets.delete(socket);
        session.end();
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : port;
    return this.port;
  }

  /** Power cut: every connection drops and nobody answers on the port until powerOn(). */
  async powerOff(): Promise<void> {
    this.tear();
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Back on the same port, with a fresh print state and the same paper. */
  async powerOn(): Promise<void> {
    await this.listen(this.port, this.host);
  }

  async close(): Promise<void> {
    await this.powerOff();
  }

  /** Writes bytes to every connected host, unasked. */
  sendUnasked(bytes: Uint8Array): void {
    for (const s of this.sockets) s.write(bytes);
  }

  private command(c: EscPosCommand, reply: (bytes: Uint8Array) => void): void {
    if (c.kind === 'status-request') {
      const garbled = this.garbled;
      this.garbled = null;
      reply(garbled ?? Uint8Array.of(encodeStatus(REQUESTS[c.n], this.conditions)));
      return;
    }
    if (isOffline(this.conditions)) {
      this.dropped++;
      this.emit({ kind: 'dropped', command: c.kind });
      return;
    }
    if (c.kind === 'process-id') {
      if (this.confirming) reply(processIdResponse(c.id));
      return;
    }
    this.paper.apply(c);
  }

  private after(bytes: number, action: () => void, stop: boolean): void {
    this.received = 0;
    this.trigger = { at: bytes, action, stop };
  }

  private tear(): void {
    const left = this.paper.pending;
    this.paper = this.newPaper();
    if (left.length > 0) this.deliver({ elements: left, torn: true });
  }

  private newPaper(): Paper {
    return new Paper((receipt) => this.deliver({ ...receipt, torn: false }));
  }

  private deliver(receipt: PrintedReceipt): void {
    this.receipts.push(receipt);
    this.emit({ kind: 'receipt', receipt });
  }

  private emit(event: VirtualPrinterEvent): void {
    for (const l of this.listeners) l(event);
  }
}
