// The pole display emulator as its own process, on one end of a socat pty pair:
//   tsx src/emulators/display/serve.ts --port /tmp/display-device [--show]
// It keeps the 2x20 screen the driver draws (Epson DM-D command set) and reports it on stdout
// as a JSON line {"event":"screen","rows":[...],"cursor":{...}} after every chunk it takes.
// `print` on stdin reports the screen again; --show also draws it framed on stderr for a person.
import { parseArgs } from 'node:util';
import { onCommand, openEmulatorPort, runEmulator, say } from '../serial/emulator-process.js';
import { DisplayScreenState, frame } from './screen.js';

const BAUD_RATE = 9_600;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, show: { type: 'boolean', default: false } } });
  if (!values.port) {
    process.stderr.write('usage: serve.ts --port <pty path> [--show]\n');
    process.exit(2);
  }
  const screen = new DisplayScreenState();
  const report = (event: string) => {
    const rows = screen.rows();
    say({ event, rows, cursor: screen.cursor() });
    if (values.show) process.stderr.write(`${frame(rows)}\n`);
  };
  const port = await openEmulatorPort(values.port, BAUD_RATE);
  port.onData((chunk) => {
    screen.feed(chunk);
    report('screen');
  });
  onCommand((line) => {
    if (line === 'print') report('printed');
    else say({ event: 'command-ignored' });
  });
  say({ event: 'ready', port: values.port });
}

runEmulator(main);
