// The PIN pad, pole display, scanner and receipt printer emulators in one process — what npm
// start runs beside the terminal (src/boot/emulated-peripherals.ts), one node start instead of
// four on a two-core machine. Each device takes its serve.ts's flags with its name before them,
// and runs when any of them is given:
//   tsx src/emulators/peripherals/serve.ts --pinpad-port /tmp/pinpad-device --pinpad-keys dev-keys.json
//     --display-port /tmp/display-device --scanner-port /tmp/scanner-device --printer-port 0 --printer-out DIR
// stdin: `<device> <command>` (`pinpad 1234`, `scanner scan XYZ`, `printer paper out`); a line
// for no running device is answered {"event":"not-running","device":...}. stdout: each device's
// events tagged with it ({"device":"pinpad","event":"display",...}, device-lines.ts), then one
// {"event":"ready","devices":{"pinpad":{...its ready event},...}} once all are up. A device that
// cannot start is {"event":"failed","device":...,"reason":...} (and a line on stderr) and the
// host exits 1: npm start wants all it asked for. A command that throws is that device's
// command-failed; a device whose pty pair goes away says line-closed and takes no more
// commands. The others go on in both cases, where a device as its own process would exit.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { displayEmulator } from '../display/emulator.js';
import { pinPadEmulator } from '../pinpad/emulator.js';
import { printerEmulator } from '../printer/emulator.js';
import { scannerEmulator } from '../scanner/emulator.js';
import { runCommand, runEmulator, say, type Emulator, type EmulatorEvent, type EmulatorIo, type FlagValues, type Flags } from '../serial/emulator-process.js';
import { PERIPHERALS, routed, tagged, type HostReady, type PeripheralName } from './device-lines.js';

type Start = (io: EmulatorIo) => Promise<EmulatorEvent>;

interface Hostable {
  readonly flags: Flags;
  readonly usage: string;
  /** Its start with the options its own flags give; null when they are wrong. */
  prepare(own: Readonly<Record<string, unknown>>): Start | null;
}

function hostable<F extends Flags, O>(e: Emulator<F, O>): Hostable {
  return {
    flags: e.flags,
    usage: e.usage,
    prepare: (own) => {
      // parseArgs checked each value against this same config under the prefixed name.
      const options = e.options(own as FlagValues<F>);
      return options === null ? null : (io) => e.start(options, io);
    },
  };
}

const EMULATORS: Readonly<Record<PeripheralName, Hostable>> = {
  pinpad: hostable(pinPadEmulator),
  display: hostable(displayEmulator),
  scanner: hostable(scannerEmulator),
  printer: hostable(printerEmulator),
};

const usageOf = (device: PeripheralName): string => EMULATORS[device].usage.replaceAll('--', `--${device}-`);

/** The devices whose flags were given, each with its start; exit 2 with the usage when a
 *  device's flags are wrong or none was given. */
function devicesFrom(argv: readonly string[]): { readonly device: PeripheralName; readonly start: Start }[] {
  const flags = Object.fromEntries(PERIPHERALS.flatMap((device) => Object.entries(EMULATORS[device].flags).map(([flag, config]) => [`${device}-${flag}`, config])));
  const { values } = parseArgs({ args: [...argv], options: flags });
  const devices = PERIPHERALS.flatMap((device) => {
    const own = Object.fromEntries(Object.keys(EMULATORS[device].flags).flatMap((flag) => (values[`${device}-${flag}`] === undefined ? [] : [[flag, values[`${device}-${flag}`]]])));
    if (Object.keys(own).length === 0) return [];
    const start = EMULATORS[device].prepare(own);
    if (start === null) {
      process.stderr.write(`usage: ${device}: ${usageOf(device)}\n`);
      process.exit(2);
    }
    return [{ device, start }];
  });
  if (devices.length === 0) {
    process.stderr.write(`usage: serve.ts ${PERIPHERALS.map((d) => `[${usageOf(d)}]`).join(' ')}\n`);
    process.exit(2);
  }
  return devices;
}

/** A device's share of the process: its events tagged, the lines that name it, its line's end
 *  its own. */
function deviceIo(device: PeripheralName, routes: Map<string, (command: string) => void>): EmulatorIo {
  const report = (event: EmulatorEvent) => say(tagged(device, event));
  return {
    say: report,
    onCommand: (handler) => void routes.set(device, (command) => runCommand(handler, command, report)),
    lineClosed: () => {
      routes.delete(device);
      report({ event: 'line-closed' });
    },
  };
}

runEmulator(async () => {
  const devices = devicesFrom(process.argv.slice(2));
  const routes = new Map<string, (command: string) => void>();
  createInterface({ input: process.stdin }).on('line', (line) => {
    const { device, command } = routed(line);
    const route = routes.get(device);
    if (route) route(command);
    else say({ event: 'not-running', device });
  });
  const started = await Promise.allSettled(devices.map((d) => d.start(deviceIo(d.device, routes))));
  const ready: [PeripheralName, EmulatorEvent][] = [];
  started.forEach((s, i) => {
    const { device } = devices[i]!;
    if (s.status === 'fulfilled') return void ready.push([device, s.value]);
    const reason = `${device}: ${s.reason instanceof Error ? s.reason.message : String(s.reason)}`;
    say(tagged(device, { event: 'failed', reason }));
    process.stderr.write(`${reason}\n`);
  });
  if (ready.length < devices.length) process.exit(1);
  say({ event: 'ready', devices: Object.fromEntries(ready) } satisfies HostReady);
});
