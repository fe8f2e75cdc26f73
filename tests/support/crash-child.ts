// What the crash tests share: a seedable PRNG for the kill schedule, and a child process (a
// TypeScript script under tsx) whose stdout lines are the promises it made, read as they come, so
// the test can kill it with SIGKILL at any moment and still know what it had promised.
import { spawn, type ChildProcess } from 'node:child_process';

/** mulberry32: small, seedable, good enough to pick delays. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface ChildRun {
  readonly child: ChildProcess;
  /** Lines the child wrote, in order; complete once `exited` resolves. */
  readonly lines: string[];
  /** Resolves when the child writes `ready`, or when it exits first (so a test never hangs). */
  readonly ready: Promise<void>;
  readonly exited: Promise<ChildExit>;
}

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Every child started and not yet exited, so a failing test still leaves no process behind. */
const started = new Set<ChildProcess>();

export function startChild(script: string, args: readonly string[]): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready') onReady();
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<ChildExit>((resolve) =>
    child.once('close', (code, signal) => {
      started.delete(child);
      resolve({ code, signal, stderr });
    }),
  );
  return { child, lines, ready: Promise.race([ready, exited.then(() => undefined)]), exited };
}

/** Kills every child still running (for afterAll). */
export function killStartedChildren(): void {
  for (const child of started) child.kill('SIGKILL');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
