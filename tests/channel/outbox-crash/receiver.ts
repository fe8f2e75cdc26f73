// The crash test's backend: a real TCP server that keeps one copy of each message by its id
// (exactly once at the backend) and acknowledges every copy it is sent, duplicates included
// (the terminal sent it again because it never saw the first acknowledgement).
import { createServer, type Server, type Socket } from 'node:net';
import { FrameReader, frame, parseMessage } from './frames.js';

export interface Delivery {
  readonly id: string;
  /** The terminal run (process) whose connection carried it. */
  readonly run: number;
}

export class Receiver {
  /** id → payload of the first copy received. */
  readonly ledger = new Map<string, Buffer>();
  readonly deliveries: Delivery[] = [];
  /** Payloads that differed from the first copy of their id: must stay empty. */
  readonly conflicts: string[] = [];
  run = 0;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  private constructor(server: Server) {
    this.server = server;
    server.on('connection', (socket) => this.serve(socket, this.run));
  }

  static async start(): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new Receiver(server);
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('receiver is not listening');
    return address.port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket, run: number): void {
    this.sockets.add(socket);
    const reader = new FrameReader();
    // A killed terminal resets its connection; that is the point of the test, not an error.
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('data', (chunk) => {
      for (const body of reader.push(chunk)) {
        const { id, payload } = parseMessage(body);
        this.deliveries.push({ id, run });
        const first = this.ledger.get(id);
        if (first === undefined) this.ledger.set(id, Buffer.from(payload));
        else if (!first.equals(payload)) this.conflicts.push(id);
        socket.write(frame(Buffer.from(id, 'ascii')));
      }
    });
  }
}
