// The emulated peripherals npm start brings up for what the config file does not name: a socat
// pty pair each for the PIN pad, the pole display and the scanner (the driver opens one end, as
// it would a tty), and one process (src/emulators/peripherals/serve.ts) running their emulators
// on the other ends and the receipt printer on a free TCP port, rendering every receipt to a PNG
// in the state directory. One process, not one a device: each node start costs a couple of
// hundred ms of CPU, on two cores, while main loads its own modules (bench/boot). In demo mode
// the pad takes the demo card's PIN by itself at every entry (its --typed-ahead), so a sale runs
// unattended.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { PrinterEndpoint } from '../devices/printer/index.js';
import { addressed, eventOf, type HostReady, type PeripheralName } from '../emulators/peripherals/device-lines.js';
import { nodeModuleCommand, startChild, type Child } from './child-process.js';
import { ptyPair, type PtyPair } from './pty-pair.js';

/** One device in the peripherals process: its commands, events and ready are its own (as from
 *  its serve.ts); pid and exit are the process's, which stops with the rest. */
export type EmulatedDevice = Omit<Child, 'stop'>;

/** What the drivers open, and the processes behind them for the summary and the tests. */
export interface EmulatedPeripherals {
  readonly pinPads: readonly string[];
  readonly displays: readonly string[];
  readonly scanners: readonly string[];
  readonly printer: PrinterEndpoint | null;
  /** Where the printer's PNGs go. */
  readonly receiptDir: string | null;
  readonly pinPad: EmulatedDevice | null;
  readonly printerProcess: EmulatedDevice | null;
  /** The scanner emulator: `scan TEXT` on it is a code read (the demo's customer). */
  readonly scannerProcess: EmulatedDevice | null;
  /** Every process started (the emulators' and socat), for pid checks. */
  pids(): number[];
  stop(): Promise<void>;
}

export interface EmulatedWanted {
  readonly pinPad: boolean;
  readonly display: boolean;
  readonly scanner: boolean;
  readonly printer: boolean;
  /** Digits the pad takes at every entry (demo mode): a TEST card's PIN only. */
  readonly typedAheadPin: string | null;
}

const DEV_KEYS = fileURLToPath(new URL('../emulators/pinpad/dev-keys.json', import.meta.url));

/** `device`'s share of the peripherals process, through the host's line protocol. */
function deviceOf(host: Child, device: PeripheralName): EmulatedDevice {
  return {
    name: device,
    pid: host.pid,
    ready: (host.ready as HostReady).devices[device]!,
    send: (line) => host.send(addressed(device, line)),
    onEvent: (listener) =>
      host.onEvent((event) => {
        const own = eventOf(device, event);
        if (own) listener(own);
      }),
    exited: host.exited,
  };
}

/** Starts what is wanted: the pty pairs side by side, then the one process on them; on a
 *  failure stops what did start and rethrows. */
export async function startEmulatedPeripherals(stateDir: string, wanted: EmulatedWanted): Promise<EmulatedPeripherals> {
  const dir = join(stateDir, 'devices');
  const receiptDir = join(stateDir, 'receipts');
  mkdirSync(dir, { recursive: true });
  const opened = await Promise.allSettled([
    wanted.pinPad ? ptyPair(dir, 'pinpad') : null,
    wanted.display ? ptyPair(dir, 'display') : null,
    wanted.scanner ? ptyPair(dir, 'scanner') : null,
  ]);
  const pairs = opened.flatMap((p) => (p.status === 'fulfilled' && p.value !== null ? [p.value] : []));
  const stopPairs = async (): Promise<void> => {
    await Promise.all(pairs.map((p) => p.stop()));
  };
  const failure = opened.find((p) => p.status === 'rejected');
  if (failure) {
    await stopPairs();
    throw failure.reason;
  }
  const [pinPad, display, scanner] = opened.map((p) => (p as PromiseFulfilledResult<PtyPair | null>).value);
  const { command, args } = nodeModuleCommand('emulators/peripherals/serve');
  let host: Child;
  try {
    host = await startChild({
      name: 'peripherals',
      command,
      args: [
        ...args,
        ...(pinPad ? ['--pinpad-port', pinPad.devicePath, '--pinpad-keys', DEV_KEYS, ...(wanted.typedAheadPin ? ['--pinpad-typed-ahead', wanted.typedAheadPin] : [])] : []),
        ...(display ? ['--display-port', display.devicePath] : []),
        ...(scanner ? ['--scanner-port', scanner.devicePath] : []),
        ...(wanted.printer ? ['--printer-port', '0', '--printer-out', receiptDir] : []),
      ],
      readyEvent: 'ready',
    });
  } catch (e) {
    await stopPairs();
    throw e;
  }
  const printer = wanted.printer ? deviceOf(host, 'printer') : null;
  return {
    pinPads: pinPad ? [pinPad.terminalPath] : [],
    displays: display ? [display.terminalPath] : [],
    scanners: scanner ? [scanner.terminalPath] : [],
    printer: printer ? { kind: 'tcp', host: '127.0.0.1', port: printer.ready.port as number } : null,
    receiptDir: printer ? receiptDir : null,
    pinPad: pinPad ? deviceOf(host, 'pinpad') : null,
    printerProcess: printer,
    scannerProcess: scanner ? deviceOf(host, 'scanner') : null,
    pids: () => [host.pid, ...pairs.map((p) => p.pid)],
    stop: async () => {
      await host.stop();
      await stopPairs();
    },
  };
}
