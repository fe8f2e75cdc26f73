// ESC/POS over TCP, the raw port 9100 network printers listen on ("AppSocket"/JetDirect).
import { Socket } from 'node:net';
import { PosError } from '../../errors/index.js';
import { LostSignal, type PrinterLineOpener } from './line.js';

export const DEFAULT_TCP_PORT = 9100;
const CONNECT_TIMEOUT_MS = 3_000;

export function tcpLine(host: string, port = DEFAULT_TCP_PORT, connectTimeoutMs = CONNECT_TIMEOUT_MS): PrinterLineOpener {
  const path = `tcp://${host}:${port}`;
  return () =>
    new Promise((resolve, reject) => {
      const socket = new Socket();
      const timer = setTimeout(() => socket.destroy(new Error('connect timeout')), connectTimeoutMs);
      const refuse = (cause: unknown) => {
        clearTimeout(timer);
        reject(new PosError('E-PRINTER-0002', { path }, { cause }));
      };
      socket.once('error', refuse);
      socket.connect(port, host, () => {
        clearTimeout(timer);
        socket.off('error', refuse);
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 5_000);
        const lost = new LostSignal();
        socket.on('error', (cause) => lost.fire(new PosError('E-PRINTER-0003', { path }, { cause })));
        socket.on('close', () => lost.fire(new PosError('E-PRINTER-0003', { path })));
        resolve({
          path,
          write: (bytes) =>
            new Promise((done, fail) => {
              if (socket.destroyed) return fail(new PosError('E-PRINTER-0003', { path }));
              socket.write(bytes, (error) => (error ? fail(new PosError('E-PRINTER-0003', { path }, { cause: error })) : done()));
            }),
          onData: (listener) => void socket.on('data', (chunk: Buffer) => listener(new Uint8Array(chunk))),
          onLost: (listener) => lost.add(listener),
          close: () =>
            new Promise<void>((done) => {
              lost.closing();
              if (socket.destroyed) return done();
              socket.once('close', () => done());
              socket.end();
              socket.destroySoon();
            }),
        });
      });
    });
}
