// The PIN pad emulator as its own process, on one end of a socat pty pair:
//   tsx src/emulators/pinpad/serve.ts --port /tmp/pinpad-pad --keys src/emulators/pinpad/dev-keys.json
// The cardholder's keys come on stdin, one line each: digits and Enter (a PIN), `cancel`,
// `bypass` (Enter with no PIN). `noise HEX` puts raw bytes on the line, for tests of the
// driver's framing. What the pad shows goes to stdout as JSON lines; the PIN never does.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { SerialPort } from 'serialport';
import { fromHex } from '../../bytes/hex.js';
import { PinPadLink } from '../../wire/pinpad/link.js';
import { readKeyFile } from './key-file.js';
import { Keypad, type KeyPress } from './keypad.js';
import { EmulatedPinPad, type PadEvent } from './pad.js';

const BAUD_RATE = 115_200;

function say(event: PadEvent | { readonly event: string; readonly [k: string]: unknown }): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function keyPress(line: string): KeyPress | null {
  if (line === 'cancel') return { kind: 'cancel' };
  if (line === 'bypass' || line === '') return { kind: 'bypass' };
  if (/^\d+$/.test(line)) return { kind: 'digits', digits: line };
  return null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, keys: { type: 'string' } } });
  if (!values.port || !values.keys) {
    process.stderr.write('usage: serve.ts --port <pty path> --keys <key file.json>\n');
    process.exit(2);
  }
  const { identity, keys } = readKeyFile(values.keys);
  const port = new SerialPort({ path: values.port, baudRate: BAUD_RATE, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  const write = (bytes: Uint8Array) => void port.write(Buffer.from(bytes));
  const keypad = new Keypad();
  let pad: EmulatedPinPad | null = null;
  const link = new PinPadLink({ write, deliver: (frame) => pad?.receive(frame) });
  pad = new EmulatedPinPad({ identity, keys, keypad, send: (cmd, payload) => link.send(cmd, payload), notify: say });
  port.on('data', (chunk: Buffer) => link.receive(new Uint8Array(chunk)));
  port.on('close', () => process.exit(0));

  createInterface({ input: process.stdin }).on('line', (raw) => {
    const line = raw.trim();
    if (line.startsWith('noise ')) return write(fromHex(line.slice('noise '.length)));
    const key = keyPress(line);
    if (!key || !keypad.press(key)) say({ event: 'key-ignored' });
  });
  say({ event: 'ready', port: values.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
