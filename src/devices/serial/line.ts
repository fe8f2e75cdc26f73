// The byte line under every serial device family (PIN pad, customer display, scanner, MSR): a
// tty, or one end of a socat pty pair for an emulator, opened with `serialport`. Drivers see
// only this interface, so tests and other transports (BLE UART) can stand in for it. Each
// family names its own codes for "could not open" and "lost", so a health code or an error on
// the operator's screen says which device went away.
import { SerialPort } from 'serialport';
import { PosError, type ErrorCode } from '../../errors/index.js';

export interface SerialLine {
  write(bytes: Uint8Array): void;
  /** Bytes from the device, as they arrive. */
  onData(listener: (chunk: Uint8Array) => void): void;
  /** The line ended without close() being called: the cable or the device went away. */
  onLost(listener: (error: PosError) => void): void;
  close(): Promise<void>;
}

export type LineOpener = (path: string) => Promise<SerialLine>;

export interface SerialLineOptions {
  readonly baudRate: number;
  /** Raised when the port cannot be opened (absent, busy, no permission). */
  readonly openFailed: ErrorCode;
  /** Heard by onLost when the port closes or errors under us. */
  readonly lost: ErrorCode;
}

export function serialLineOpener(options: SerialLineOptions): LineOpener {
  return (path) =>
    new Promise((resolve, reject) => {
      const port = new SerialPort({ path, baudRate: options.baudRate, autoOpen: false });
      port.open((error) => {
        if (error) {
          reject(new PosError(options.openFailed, { path }, { cause: error }));
          return;
        }
        let closing = false;
        const lost: ((error: PosError) => void)[] = [];
        const fail = (cause: unknown) => {
          if (closing) return;
          closing = true;
          for (const l of lost) l(new PosError(options.lost, { path }, { cause }));
        };
        port.on('close', (err: unknown) => fail(err));
        port.on('error', (err: unknown) => fail(err));
        resolve({
          write: (bytes) => void port.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
          onData: (listener) => void port.on('data', (chunk: Buffer) => listener(new Uint8Array(chunk))),
          onLost: (listener) => void lost.push(listener),
          close: () =>
            new Promise<void>((done) => {
              if (closing || !port.isOpen) return done();
              closing = true;
              port.close(() => done());
            }),
        });
      });
    });
}
