// The emulated peripherals npm start brings up for what the config file does not name: the PIN
// pad, the pole display and the scanner each as its own process on one end of a socat pty pair
// (the driver opens the other end, as it would a tty), and the receipt printer on a free TCP
// port, rendering every receipt to a PNG in the state directory. In demo mode the pad takes the
// demo card's PIN by itself at every entry (its --typed-ahead), so a sale runs unattended.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { PrinterEndpoint } from '../devices/printer/index.js';
import { nodeModuleCommand, startChild, type Child } from './child-process.js';
import { ptyPair, type PtyPair } from './pty-pair.js';

/** What the drivers open, and the processes behind them for the summary and the tests. */
export interface EmulatedPeripherals {
  readonly pinPads: readonly string[];
  readonly displays: readonly string[];
  readonly scanners: readonly string[];
  readonly printer: PrinterEndpoint | null;
  /** Where the printer's PNGs go. */
  readonly receiptDir: string | null;
  readonly pinPad: Child | null;
  readonly printerProcess: Child | null;
  /** The scanner emulator: `scan TEXT` on it is a code read (the demo's customer). */
  readonly scannerProcess: Child | null;
  /** Every process started (emulators and socat), for pid checks. */
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

async function serialEmulator(dir: string, name: string, module: string, extra: readonly string[]): Promise<{ pair: PtyPair; child: Child }> {
  const pair = await ptyPair(dir, name);
  try {
    const { command, args } = nodeModuleCommand(module);
    const child = await startChild({ name, command, args: [...args, '--port', pair.devicePath, ...extra], readyEvent: 'ready' });
    return { pair, child };
  } catch (e) {
    await pair.stop();
    throw e;
  }
}

/** Starts what is wanted, all at once; on a failure stops what did start and rethrows. */
export async function startEmulatedPeripherals(stateDir: string, wanted: EmulatedWanted): Promise<EmulatedPeripherals> {
  const dir = join(stateDir, 'devices');
  const receiptDir = join(stateDir, 'receipts');
  mkdirSync(dir, { recursive: true });
  const started = await Promise.allSettled([
    wanted.pinPad ? serialEmulator(dir, 'pinpad', 'emulators/pinpad/serve', ['--keys', DEV_KEYS, ...(wanted.typedAheadPin ? ['--typed-ahead', wanted.typedAheadPin] : [])]) : null,
    wanted.display ? serialEmulator(dir, 'display', 'emulators/display/serve', []) : null,
    wanted.scanner ? serialEmulator(dir, 'scanner', 'emulators/scanner/serve', []) : null,
    wanted.printer ? startChild({ name: 'printer', ...printerCommand(receiptDir), readyEvent: 'ready' }) : null,
  ]);
  const ok = started.flatMap((s) => (s.status === 'fulfilled' && s.value !== null ? [s.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.all(ok.map(async (s) => ('pair' in s ? (await s.child.stop(), await s.pair.stop()) : s.stop())));
  };
  const failure = started.find((s) => s.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  const [pinPad, display, scanner, printer] = started.map((s) => (s as PromiseFulfilledResult<unknown>).value) as [
    { pair: PtyPair; child: Child } | null,
    { pair: PtyPair; child: Child } | null,
    { pair: PtyPair; child: Child } | null,
    Child | null,
  ];
  return {
    pinPads: pinPad ? [pinPad.pair.terminalPath] : [],
    displays: display ? [display.pair.terminalPath] : [],
    scanners: scanner ? [scanner.pair.terminalPath] : [],
    printer: printer ? { kind: 'tcp', host: '127.0.0.1', port: printer.ready.port as number } : null,
    receiptDir: printer ? receiptDir : null,
    pinPad: pinPad?.child ?? null,
    printerProcess: printer,
    scannerProcess: scanner?.child ?? null,
    pids: () => ok.flatMap((s) => ('pair' in s ? [s.child.pid, s.pair.pid] : [s.pid])),
    stop: stopAll,
  };
}

function printerCommand(receiptDir: string): { command: string; args: string[] } {
  const { command, args } = nodeModuleCommand('emulators/printer/serve');
  return { command, args: [...args, '--port', '0', '--out', receiptDir] };
}
