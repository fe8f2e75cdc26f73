// What every serial device emulator process shares (PIN pad, customer display, scanner, MSR):
// it opens its end of a socat pty pair with serialport and exits when the line closes (the
// pair went away, as a cable pulled out), takes commands from stdin one line each, and reports
// on stdout as JSON lines a test or a person can follow.
import { createInterface } from 'node:readline';
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

export async function openEmulatorPort(path: string, baudRate: number): Promise<EmulatorPort> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  port.on('close', () => process.exit(0));
  return {
    write: (bytes) => void port.write(Buffer.from(bytes)),
    onData: (listener) => void port.on('data', (chunk: Buffer) => listener(new Uint8Array(chunk))),
  };
}

export function say(event: EmulatorEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

/** Each trimmed line typed on stdin. A command that throws (bad hex after `raw`) is reported
 *  on stdout and the emulator goes on: a typo at the keyboard must not unplug the device. */
export function onCommand(handler: (line: string) => void): void {
  createInterface({ input: process.stdin }).on('line', (raw) => {
    try {
      handler(raw.trim());
    } catch (error) {
      say({ event: 'command-failed', code: isPosError(error) ? error.code : null });
    }
  });
}

/** Runs an emulator's main; a failure is one line on stderr and exit code 1. */
export function runEmulator(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
