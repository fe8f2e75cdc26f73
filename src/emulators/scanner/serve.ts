// The barcode / QR scanner emulator as its own process, on one end of a socat pty pair:
//   tsx src/emulators/scanner/serve.ts --port /tmp/scanner-device [--terminator cr|lf|crlf] [--aim ID]
// `scan TEXT` on stdin "reads" a code: its text (after the AIM identifier given with --aim,
// e.g. ]Q1) and the terminator go on the line, as a scanner in keyboard-less serial mode sends
// them. `raw HEX` puts bytes on the line as they are, for tests of the driver's framing and
// garbage handling. stdout reports each read by length only.
import { parseArgs } from 'node:util';
import { fromHex } from '../../bytes/hex.js';
import { onCommand, openEmulatorPort, runEmulator, say } from '../serial/emulator-process.js';

const BAUD_RATE = 9_600;
const TERMINATORS: Readonly<Record<string, readonly number[]>> = { cr: [0x0d], lf: [0x0a], crlf: [0x0d, 0x0a] };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, terminator: { type: 'string', default: 'cr' }, aim: { type: 'string', default: '' } } });
  const terminator = TERMINATORS[values.terminator];
  if (!values.port || !terminator) {
    process.stderr.write('usage: serve.ts --port <pty path> [--terminator cr|lf|crlf] [--aim ]Q1]\n');
    process.exit(2);
  }
  const port = await openEmulatorPort(values.port, BAUD_RATE);
  const encoder = new TextEncoder();
  onCommand((line) => {
    if (line.startsWith('scan ')) {
      const text = encoder.encode(values.aim + line.slice('scan '.length));
      port.write(Uint8Array.of(...text, ...terminator));
      return say({ event: 'scanned', length: text.length });
    }
    if (line.startsWith('raw ')) {
      const bytes = fromHex(line.slice('raw '.length));
      port.write(bytes);
      return say({ event: 'sent', length: bytes.length });
    }
    say({ event: 'command-ignored' });
  });
  say({ event: 'ready', port: values.port });
}

runEmulator(main);
