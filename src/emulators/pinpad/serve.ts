// The PIN pad emulator as its own process, on one end of a socat pty pair:
//   tsx src/emulators/pinpad/serve.ts --port /tmp/pinpad-pad --keys src/emulators/pinpad/dev-keys.json
//     [--typed-ahead DIGITS]   every entry takes DIGITS at once (benchmarks; a TEST PIN only)
// The cardholder's keys come on stdin, one line each: digits and Enter (a PIN), `cancel`,
// `bypass` (Enter with no PIN). `noise HEX` puts raw bytes on the line, for tests of the
// driver's framing. What the pad shows goes to stdout as JSON lines; the PIN never does.
import { parseArgs } from 'node:util';
import { fromHex } from '../../bytes/hex.js';
import { PinPadLink } from '../../wire/pinpad/link.js';
import { onCommand, openEmulatorPort, runEmulator, say } from '../serial/emulator-process.js';
import { readKeyFile } from './key-file.js';
import { Keypad, type KeyPress } from './keypad.js';
import { EmulatedPinPad } from './pad.js';

const BAUD_RATE = 115_200;

function keyPress(line: string): KeyPress | null {
  if (line === 'cancel') return { kind: 'cancel' };
  if (line === 'bypass' || line === '') return { kind: 'bypass' };
  if (/^\d+$/.test(line)) return { kind: 'digits', digits: line };
  return null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, keys: { type: 'string' }, 'typed-ahead': { type: 'string' } } });
  const typedAhead = values['typed-ahead'] ?? null;
  if (!values.port || !values.keys || (typedAhead !== null && !/^\d{4,12}$/.test(typedAhead))) {
    process.stderr.write('usage: serve.ts --port <pty path> --keys <key file.json> [--typed-ahead <4-12 digits>]\n');
    process.exit(2);
  }
  const { identity, keys } = readKeyFile(values.keys);
  const port = await openEmulatorPort(values.port, BAUD_RATE);
  const write = (bytes: Uint8Array) => port.write(bytes);
  const keypad = new Keypad(typedAhead);
  let pad: EmulatedPinPad | null = null;
  const link = new PinPadLink({ write, deliver: (frame) => pad?.receive(frame) });
  pad = new EmulatedPinPad({ identity, keys, keypad, send: (cmd, payload) => link.send(cmd, payload), notify: say });
  port.onData((chunk) => link.receive(chunk));

  onCommand((line) => {
    if (line.startsWith('noise ')) return write(fromHex(line.slice('noise '.length)));
    const key = keyPress(line);
    if (!key || !keypad.press(key)) say({ event: 'key-ignored' });
  });
  say({ event: 'ready', port: values.port });
}

runEmulator(main);
