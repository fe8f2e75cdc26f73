// The pole display emulator on one end of a socat pty pair (serve.ts runs it as its own
// process): it keeps the 2x20 screen the driver draws (Epson DM-D command set) and reports it as
// {"event":"screen","rows":[...],"cursor":{...}} after every chunk it takes. The command `print`
// reports the screen again; `show` also draws it framed on stderr for a person.
import { emulator, openEmulatorPort } from '../serial/emulator-process.js';
import { DisplayScreenState, frame } from './screen.js';

const BAUD_RATE = 9_600;

export interface DisplayEmulatorOptions {
  readonly port: string;
  readonly show: boolean;
}

export const displayEmulator = emulator({
  flags: { port: { type: 'string' }, show: { type: 'boolean' } },
  usage: '--port <pty path> [--show]',
  options: (values): DisplayEmulatorOptions | null => (values.port ? { port: values.port, show: values.show ?? false } : null),
  async start(o, io) {
    const screen = new DisplayScreenState();
    const report = (event: string) => {
      const rows = screen.rows();
      io.say({ event, rows, cursor: screen.cursor() });
      if (o.show) process.stderr.write(`${frame(rows)}\n`);
    };
    const port = await openEmulatorPort(o.port, BAUD_RATE, io.lineClosed);
    port.onData((chunk) => {
      screen.feed(chunk);
      report('screen');
    });
    io.onCommand((line) => {
      if (line === 'print') report('printed');
      else io.say({ event: 'command-ignored' });
    });
    return { event: 'ready', port: o.port };
  },
});
