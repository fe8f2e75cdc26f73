// The barcode / QR scanner emulator on one end of a socat pty pair (serve.ts runs it as its own
// process). `scan TEXT` "reads" a code: its text (after the AIM identifier, e.g. ]Q1) and the
// terminator go on the line, as a scanner in keyboard-less serial mode sends them. `raw HEX`
// puts bytes on the line as they are, for tests of the driver's framing and garbage handling.
// Each read is reported by length only.
import { fromHex } from '../../bytes/hex.js';
import { emulator, openEmulatorPort } from '../serial/emulator-process.js';

const BAUD_RATE = 9_600;
const TERMINATORS = { cr: [0x0d], lf: [0x0a], crlf: [0x0d, 0x0a] } as const satisfies Record<string, readonly number[]>;

export interface ScannerEmulatorOptions {
  readonly port: string;
  readonly terminator: keyof typeof TERMINATORS;
  /** The AIM symbology identifier put before each code, or '' for none. */
  readonly aim: string;
}

const isTerminator = (name: string): name is keyof typeof TERMINATORS => Object.hasOwn(TERMINATORS, name);

export const scannerEmulator = emulator({
  flags: { port: { type: 'string' }, terminator: { type: 'string' }, aim: { type: 'string' } },
  usage: '--port <pty path> [--terminator cr|lf|crlf] [--aim ]Q1]',
  options: (values): ScannerEmulatorOptions | null => {
    const terminator = values.terminator ?? 'cr';
    return values.port && isTerminator(terminator) ? { port: values.port, terminator, aim: values.aim ?? '' } : null;
  },
  async start(o, io) {
    const port = await openEmulatorPort(o.port, BAUD_RATE, io.lineClosed);
    const encoder = new TextEncoder();
    io.onCommand((line) => {
      if (line.startsWith('scan ')) {
        const text = encoder.encode(o.aim + line.slice('scan '.length));
        port.write(Uint8Array.of(...text, ...TERMINATORS[o.terminator]));
        return io.say({ event: 'scanned', length: text.length });
      }
      if (line.startsWith('raw ')) {
        const bytes = fromHex(line.slice('raw '.length));
        port.write(bytes);
        return io.say({ event: 'sent', length: bytes.length });
      }
      io.say({ event: 'command-ignored' });
    });
    return { event: 'ready', port: o.port };
  },
});
