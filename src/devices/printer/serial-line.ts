// ESC/POS over a serial port: an RS-232 printer, a USB-serial adapter, or one end of a socat
// pty pair with the virtual printer on the other. The port itself is the shared serial line
// (src/devices/serial) under the printer's own codes.
import { serialLineOpener } from '../serial/index.js';
import type { PrinterLineOpener } from './line.js';

/** Receipt printers ship at 9600 to 115200 baud; configure what the printer's self-test page
 *  says. A pty ignores it. */
export const DEFAULT_BAUD_RATE = 115_200;

export function serialLine(path: string, baudRate = DEFAULT_BAUD_RATE): PrinterLineOpener {
  const open = serialLineOpener({ baudRate, openFailed: 'E-PRINTER-0002', lost: 'E-PRINTER-0003' });
  return async () => {
    const line = await open(path);
    return {
      path,
      // serialport queues the write and sends it in order; a port that dies before it drains
      // is heard by onLost, which ends the job as partial.
      write: async (bytes) => line.write(bytes),
      onData: (listener) => line.onData(listener),
      onLost: (listener) => line.onLost(listener),
      close: () => line.close(),
    };
  };
}
