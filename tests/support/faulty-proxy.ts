// A TCP proxy on 127.0.0.1 between a terminal and the backend that misbehaves on demand, the
// way networks do: drops traffic silently (a black hole: sockets stay open, nothing passes),
// delays it, truncates a connection mid-frame, or corrupts bytes. The fault can change at any
// time; it applies to traffic from then on.
import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyFault =
  | { readonly kind: 'pass' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'delay'; readonly ms: number }
  /** Each connection is cut after this many bytes from the terminal. */
  | { readonly kind: 'truncate'; readonly afterBytes: number }
  /** One byte flipped in every `everyNth` chunk from the terminal. */
  | { readonly kind: 'corrupt'; readonly everyNth: number };

export class FaultyProxy {
  fault: ProxyFault = { kind: 'pass' };
  /** Chunks corrupted and connections truncated so far: a test checks the fault happened. */
  readonly counts = { corrupted: 0, truncated: 0, dropped: 0, connections: 0 };
  private readonly sockets = new Set<Socket>();
  private random: () => number;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    seed: number,
  ) {
    // A small deterministic generator (mulberry32), so a failing run can be replayed.
    let s = seed >>> 0;
    this.random = () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  static start(targetPort: number, seed = 1): Promise<FaultyProxy> {
    let proxy: FaultyProxy;
    const server = createServer((terminal) => proxy.accept(terminal, targetPort));
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        proxy = new FaultyProxy(server, (server.address() as { port: number }).port, seed);
        resolve(proxy);
      }),
    );
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(terminal: Socket, targetPort: number): void {
    this.counts.connections++;
    const backend = connect(targetPort, '127.0.0.1');
    for (const s of [terminal, backend]) {
      this.sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        this.sockets.delete(s);
        terminal.destroy();
        backend.destroy();
      });
    }
    let upstreamBytes = 0;
    let chunks = 0;
    const cut = (): void => {
      this.counts.truncated++;
      terminal.destroy();
      backend.destroy();
    };
    terminal.on('data', (chunk: Buffer) => {
      const f = this.fault;
      switch (f.kind) {
        case 'drop':
          this.counts.dropped++;
          return;
        case 'truncate': {
          const room = f.afterBytes - upstreamBytes;
          if (room <= 0) return cut();
          upstreamBytes += chunk.length;
          if (chunk.length > room) {
            backend.write(chunk.subarray(0, room));
            return cut();
          }
          break;
        }
        case 'corrupt':
          if (++chunks % f.everyNth === 0) {
            chunk = Buffer.from(chunk);
            chunk[Math.floor(this.random() * chunk.length)]! ^= 1 << Math.floor(this.random() * 8);
            this.counts.corrupted++;
          }
          break;
        case 'pass':
        case 'delay':
          break;
      }
      this.forward(backend, chunk);
    });
    backend.on('data', (chunk: Buffer) => {
      if (this.fault.kind === 'drop') return void this.counts.dropped++;
      this.forward(terminal, chunk);
    });
  }

  private forward(to: Socket, chunk: Buffer): void {
    const f = this.fault;
    if (f.kind === 'delay') setTimeout(() => to.destroyed || to.write(chunk), f.ms);
    else if (!to.destroyed) to.write(chunk);
  }
}
