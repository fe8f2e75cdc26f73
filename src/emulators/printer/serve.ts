// The virtual receipt printer (emulator.ts) as its own process, on TCP or on one end of a socat pty pair:
//   tsx src/emulators/printer/serve.ts [--port 9100 | --pty PATH] [--host 127.0.0.1] [--out DIR]
// Each receipt (at each cut, or torn off when the power goes) is rendered to DIR/receipt-N.png
// and announced on stdout as a JSON line; parse errors are announced with their code. Stdin
// takes one command a line: `paper ok|low|out`, `cover open|closed`, `error none|cutter|
// unrecoverable|auto-recoverable`, `noise HEX` (raw bytes to the host, unasked).
import { serveEmulator } from '../serial/emulator-process.js';
import { printerEmulator } from './emulator.js';

serveEmulator(printerEmulator);
