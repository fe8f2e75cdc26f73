// The PIN pad emulator on one end of a socat pty pair (serve.ts runs it as its own process):
// the cardholder's keys come as command lines: digits and Enter (a PIN), `cancel`, `bypass`
// (Enter with no PIN). `noise HEX` puts raw bytes on the line, for tests of the driver's
// framing. What the pad shows is reported as events; the PIN never is.
import { fromHex } from '../../bytes/hex.js';
import { PinPadLink } from '../../wire/pinpad/link.js';
import { emulator, openEmulatorPort } from '../serial/emulator-process.js';
import { readKeyFile } from './key-file.js';
import { Keypad, type KeyPress } from './keypad.js';
import { EmulatedPinPad } from './pad.js';

const BAUD_RATE = 115_200;

export interface PinPadEmulatorOptions {
  readonly port: string;
  /** The key file (identity and DUKPT slots), e.g. dev-keys.json. */
  readonly keys: string;
  /** Digits every entry takes at once (benchmarks, the demo): a TEST PIN only. */
  readonly typedAhead: string | null;
}

function keyPress(line: string): KeyPress | null {
  if (line === 'cancel') return { kind: 'cancel' };
  if (line === 'bypass' || line === '') return { kind: 'bypass' };
  if (/^\d+$/.test(line)) return { kind: 'digits', digits: line };
  return null;
}

export const pinPadEmulator = emulator({
  flags: { port: { type: 'string' }, keys: { type: 'string' }, 'typed-ahead': { type: 'string' } },
  usage: '--port <pty path> --keys <key file.json> [--typed-ahead <4-12 digits>]',
  options: (values): PinPadEmulatorOptions | null => {
    const typedAhead = values['typed-ahead'] ?? null;
    if (!values.port || !values.keys || (typedAhead !== null && !/^\d{4,12}$/.test(typedAhead))) return null;
    return { port: values.port, keys: values.keys, typedAhead };
  },
  async start(o, io) {
    const { identity, keys } = readKeyFile(o.keys);
    const port = await openEmulatorPort(o.port, BAUD_RATE, io.lineClosed);
    const write = (bytes: Uint8Array) => port.write(bytes);
    const keypad = new Keypad(o.typedAhead);
    let pad: EmulatedPinPad | null = null;
    const link = new PinPadLink({ write, deliver: (frame) => pad?.receive(frame) });
    pad = new EmulatedPinPad({ identity, keys, keypad, send: (cmd, payload) => link.send(cmd, payload), notify: io.say });
    port.onData((chunk) => link.receive(chunk));
    io.onCommand((line) => {
      if (line.startsWith('noise ')) return write(fromHex(line.slice('noise '.length)));
      const key = keyPress(line);
      if (!key || !keypad.press(key)) io.say({ event: 'key-ignored' });
    });
    return { event: 'ready', port: o.port };
  },
});
