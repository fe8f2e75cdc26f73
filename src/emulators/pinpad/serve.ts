// The PIN pad emulator (emulator.ts) as its own process, on one end of a socat pty pair:
//   tsx src/emulators/pinpad/serve.ts --port /tmp/pinpad-pad --keys src/emulators/pinpad/dev-keys.json
//     [--typed-ahead DIGITS]   every entry takes DIGITS at once (benchmarks; a TEST PIN only)
// The cardholder's keys come on stdin, one line each: digits and Enter (a PIN), `cancel`,
// `bypass` (Enter with no PIN). `noise HEX` puts raw bytes on the line, for tests of the
// driver's framing. What the pad shows goes to stdout as JSON lines; the PIN never does.
import { serveEmulator } from '../serial/emulator-process.js';
import { pinPadEmulator } from './emulator.js';

serveEmulator(pinPadEmulator);
