// A keyboard-wedge scanner's Linux input device (/dev/input/eventN, best named by its stable
// /dev/input/by-id/…-event-kbd link) read as a byte line, so the scanner driver and the serial
// discovery take it like a port. Node cannot issue EVIOCGRAB (an ioctl), so the keystrokes
// still reach whatever else reads the keyboard (a console, an X session); on a kiosk terminal
// nothing else does. Reading needs the input group or root. Writes are not possible: a wedge
// is configured by scanning its setup codes.
import { createReadStream } from 'node:fs';
import { PosError } from '../../errors/index.js';
import type { LineOpener } from '../serial/index.js';

export const openInputEventLine: LineOpener = (path) =>
  new Promise((resolve, reject) => {
    const stream = createReadStream(path, { highWaterMark: 4096 });
    let opened = false;
    let closing = false;
    const lost: ((error: PosError) => void)[] = [];
    const fail = (cause: unknown) => {
      if (closing) return;
      closing = true;
      for (const l of lost) l(new PosError('E-SCAN-0002', { path }, { cause }));
    };
    stream.once('error', (error) => {
      if (!opened) reject(new PosError('E-SCAN-0005', { path }, { cause: error }));
      else fail(error);
    });
    stream.once('open', () => {
      opened = true;
      // The device went away (unplugged: ENODEV) or, for a FIFO, its writer did.
      stream.once('end', () => fail(null));
      resolve({
        write: () => undefined,
        onData: (listener) => void stream.on('data', (chunk) => listener(new Uint8Array(chunk as Buffer))),
        onLost: (listener) => void lost.push(listener),
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            stream.destroy();
            done();
          }),
      });
    });
  });
