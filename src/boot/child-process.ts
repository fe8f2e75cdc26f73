// The processes npm start runs beside the terminal (emulators, the embedded backend, socat):
// each started, waited for until it says it is ready, and stopped with SIGTERM (SIGKILL when it
// does not go in time). A module of ours runs the way this one runs: under tsx from the
// checkout, as plain node from a build, so the built runtime never needs tsx on the device.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { PosError } from '../errors/index.js';
import { childSaid, keepTail } from './stderr-tail.js';

export interface ChildEvent {
  readonly event: string;
  readonly [k: string]: unknown;
}

export interface Child {
  readonly name: string;
  readonly pid: number;
  /** The JSON line it announced itself ready with. */
  readonly ready: ChildEvent;
  /** A command line on its stdin. */
  send(line: string): void;
  /** Every later JSON line on its stdout. */
  onEvent(listener: (event: ChildEvent) => void): void;
  /** Resolves when it exits, however. */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
}

const RUNNING_BUILT = import.meta.url.endsWith('.js');
const STOP_GRACE_MS = 3_000;

/** `module` is relative to src/ without its extension, e.g. 'emulators/pinpad/serve'. */
export function nodeModuleCommand(module: string): { command: string; args: string[] } {
  const file = fileURLToPath(new URL(`../${module}.${RUNNING_BUILT ? 'js' : 'ts'}`, import.meta.url));
  return { command: process.execPath, args: RUNNING_BUILT ? [file] : ['--import', 'tsx', file] };
}

export interface StartChildOptions {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** The stdout event that says it is up: 'ready' for the emulators, 'listening' for the backend. */
  readonly readyEvent: string;
  readonly timeoutMs?: number;
  /** Where its stderr goes: ours (a person sees an emulator's complaint), nowhere, or 'tail':
   *  not shown, its last 4 KB kept, and when it fails to come up its own error (code and message,
   *  see stderr-tail.ts) goes into E-BOOT-0001's context. */
  readonly stderr?: 'inherit' | 'ignore' | 'tail';
  /** What never goes into that context, though the child printed it (a token it was given). */
  readonly secrets?: readonly string[];
}

/** Starts it and resolves once it announced `readyEvent`; E-BOOT-0001 when it exits, stays
 *  silent or says {"event":"failed","reason":...} first (and then it is killed). */
export function startChild(o: StartChildOptions): Promise<Child> {
  const stderr = o.stderr ?? 'inherit';
  const child = spawn(o.command, [...o.args], { stdio: ['pipe', 'pipe', stderr === 'tail' ? 'pipe' : stderr] });
  const tail = stderr === 'tail' ? keepTail(child.stderr!) : null;
  const listeners: ((event: ChildEvent) => void)[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A pipe error when it dies mid-write is its exit, reported there.
  child.stdin!.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new PosError('E-BOOT-0001', { process: o.name, reason, ...(tail === null ? {} : childSaid(tail(), o.secrets ?? [])) }));
    };
    const timer = setTimeout(() => fail(`no ${o.readyEvent} within ${o.timeoutMs ?? 15_000} ms`), o.timeoutMs ?? 15_000);
    const early = (code: number | null, signal: NodeJS.Signals | null): void => fail(`exited (${signal ?? code}) before ${o.readyEvent}`);
    // With its stderr kept, wait until that is read to the end ('close'), not only for the exit.
    const ended = tail === null ? 'exit' : 'close';
    child.once(ended, early);
    child.once('error', (e) => fail(e.message));
    let ready: ChildEvent | null = null;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let event: ChildEvent;
      try {
        event = JSON.parse(line) as ChildEvent;
      } catch {
        return;
      }
      if (ready !== null) return listeners.forEach((l) => l(event));
      // A child that knows why it cannot come up says so before it exits.
      if (event.event === 'failed' && typeof event.reason === 'string') return fail(event.reason);
      if (event.event !== o.readyEvent) return;
      ready = event;
      clearTimeout(timer);
      child.off(ended, early);
      resolve(handle(o.name, child, event, listeners, exited));
    });
  });
}

function handle(name: string, child: ChildProcess, ready: ChildEvent, listeners: ((event: ChildEvent) => void)[], exited: Promise<void>): Child {
  return {
    name,
    pid: child.pid!,
    ready,
    send: (line) => void child.stdin!.write(`${line}\n`),
    onEvent: (listener) => void listeners.push(listener),
    exited,
    stop: () => stopProcess(child, exited),
  };
}

/** SIGTERM, then SIGKILL after a grace period; resolves once it is gone. */
export async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
