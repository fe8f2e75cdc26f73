// The pole display emulator (emulator.ts) as its own process, on one end of a socat pty pair:
//   tsx src/emulators/display/serve.ts --port /tmp/display-device [--show]
// It keeps the 2x20 screen the driver draws (Epson DM-D command set) and reports it on stdout
// as a JSON line {"event":"screen","rows":[...],"cursor":{...}} after every chunk it takes.
// `print` on stdin reports the screen again; --show also draws it framed on stderr for a person.
import { serveEmulator } from '../serial/emulator-process.js';
import { displayEmulator } from './emulator.js';

serveEmulator(displayEmulator);
