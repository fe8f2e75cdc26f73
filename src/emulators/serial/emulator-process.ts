// What every device emulator shares (PIN pad, customer display, scanner, MSR, printer): it opens
// its end of a socat pty pair with serialport, takes commands one line each, and reports as
// JSON lines a test or a person can follow. An emulator is a module (`Emulator`: its flags and a
// start) that meets the world through an `EmulatorIo`: as its own process (`serveEmulator`, what
// each serve.ts is) that is stdin, stdout and an exit when its line closes; beside the others in
// one process (src/emulators/peripherals) it is its share of those, tagged with its name.
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SerialPort } from 'serialport';
import { isPosError } from '../../errors/index.js';

export interface EmulatorPort {
  write(bytes: Uint8Array): void;
  onData(listener: (chunk: Uint8Array) => void): void;
}

export interface EmulatorEvent {
  readonly event: string;
  readonly [k: string]: unknown;
}

/** How an emulator reports, takes commands, and goes when its line does. */
export interface EmulatorIo {
  say(event: EmulatorEvent): void;
  /** Each trimmed command line meant for it. */
  onCommand(handler: (line: string) => void): void;
  /** Its serial line closed: the pty pair went away, as a cable pulled out. */
  lineClosed(): void;
}

export type Flags = NonNullable<ParseArgsConfig['options']>;
export type FlagValues<F extends Flags> = ReturnType<typeof parseArgs<{ options: F }>>['values'];

/** An emulator as a module: the flags its serve.ts takes, and its start. */
export interface Emulator<F extends Flags, O> {
  readonly flags: F;
  /** What follows `serve.ts` in its usage line. */
  readonly usage: string;
  /** Its options from the flags given, or null when they do not make a device. */
  options(values: FlagValues<F>): O | null;
  /** Up and listening (its line open, its port bound): resolves with its ready event. */
  start(options: O, io: EmulatorIo): Promise<EmulatorEvent>;
}

/** Names an emulator's flags and options types where it is defined. */
export function emulator<F extends Flags, O>(e: Emulator<F, O>): Emulator<F, O> {
  return e;
}

/** Opens its end of the pair; `onClose` when the pair goes (`EmulatorIo.lineClosed`). */
export async function openEmulatorPort(path: string, baudRate: number, onClose: () => void): Promise<EmulatorPort> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  port.on('close', onClose);
  return {
    write: (bytes) => void port.write(Buffer.from(bytes)),
    onData: (listener) => void port.on('data', (chunk: Buffer) => listener(new Uint8Array(chunk))),
  };
}

export function say(event: EmulatorEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

/** Runs one command. One that throws (bad hex after `raw`) is reported through `report` and the
 *  emulator goes on: a typo at the keyboard must not unplug the device. */
export function runCommand(handler: (line: string) => void, line: string, report: (event: EmulatorEvent) => void): void {
  try {
    handler(line);
  } catch (error) {
    report({ event: 'command-failed', code: isPosError(error) ? error.code : null });
  }
}

/** Each trimmed line typed on stdin. */
export function onCommand(handler: (line: string) => void): void {
  createInterface({ input: process.stdin }).on('line', (raw) => runCommand(handler, raw.trim(), say));
}

/** An emulator that is the whole process. */
export const processIo: EmulatorIo = { say, onCommand, lineClosed: () => process.exit(0) };

/** Runs an emulator's main; a failure is one line on stderr and exit code 1. */
export function runEmulator(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

/** A serve.ts: the emulator as its own process, its flags from the command line, ready on stdout. */
export function serveEmulator<F extends Flags, O>(e: Emulator<F, O>): void {
  runEmulator(async () => {
    const options = e.options(parseArgs({ options: e.flags }).values);
    if (options === null) {
      process.stderr.write(`usage: serve.ts ${e.usage}\n`);
      process.exit(2);
    }
    say(await e.start(options, processIo));
  });
}
