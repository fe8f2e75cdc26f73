// The magnetic stripe reader emulator (emulator.ts) as its own process, on one end of a socat pty pair:
//   tsx src/emulators/msr/serve.ts --port /tmp/msr-device
// `swipe JSON` on stdin swipes a card: {"track1": "B…^…^…", "track2": "…=…"} (either may be
// left out; contents without sentinels), written onto a stripe with parity and LRC and read
// back by the head. "damage": {"track1"|"track2": "lrc" | "parity" | "start-sentinel" |
// "end-sentinel"} spoils a track as a worn card or a misbehaving reader would. `raw HEX` sends
// bytes as they are. stdout names which tracks were sent, never their data.
import { serveEmulator } from '../serial/emulator-process.js';
import { msrEmulator } from './emulator.js';

serveEmulator(msrEmulator);
