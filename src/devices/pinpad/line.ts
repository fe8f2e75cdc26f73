// The byte line under the PIN pad link: a serial port (a tty, or one end of a socat pty pair
// for the emulator) opened with `serialport`. The driver sees only this interface, so tests
// and other transports (BLE UART) can stand in for it.
import { SerialPort } from 'serialport';
import { PosError } from '../../errors/index.js';

export interface PinPadLine {
  write(bytes: Uint8Array): void;
  /** Bytes from the pad, as they arrive. */
  onData(listener: (chunk: Uint8Array) => void): void;
  /** The line ended without close() being called: the cable or the pad went away. */
  onLost(listener: (error: PosError) => void): void;
  close(): Promise<void>;
}

export type LineOpener = (path: string) => Promise<PinPadLine>;

export const BAUD_RATE = 115_200;

export const openSerialLine: LineOpener = (path) =>
  new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate: BAUD_RATE, autoOpen: false });
    port.open((error) => {
      if (error) {
        reject(new PosError('E-PINPAD-0003', { path }, { cause: error }));
        return;
      }
      let closing = false;
      const lost: ((error: PosError) => void)[] = [];
      const fail = (cause: unknown) => {
        if (closing) return;
        closing = true;
        for (const l of lost) l(new PosError('E-PINPAD-0004', { path }, { cause }));
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
