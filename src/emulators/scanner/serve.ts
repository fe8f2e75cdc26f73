// The barcode / QR scanner emulator (emulator.ts) as its own process, on one end of a socat pty pair:
//   tsx src/emulators/scanner/serve.ts --port /tmp/scanner-device [--terminator cr|lf|crlf] [--aim ID]
// `scan TEXT` on stdin "reads" a code: its text (after the AIM identifier given with --aim,
// e.g. ]Q1) and the terminator go on the line, as a scanner in keyboard-less serial mode sends
// them. `raw HEX` puts bytes on the line as they are, for tests of the driver's framing and
// garbage handling. stdout reports each read by length only.
import { serveEmulator } from '../serial/emulator-process.js';
import { scannerEmulator } from './emulator.js';

serveEmulator(scannerEmulator);
