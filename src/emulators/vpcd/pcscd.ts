// The pcscd that hosts vpcd's virtual readers, for npm start, pos emulate card and the HIL
// tests. Uses the one already running if there is one (and leaves it alone); otherwise starts
// `pcscd --foreground` with the vpcd reader config that scripts/setup installs, waits until
// both Virtual PCD readers are listed, and stops it on release. vitest runs HIL files one at
// a time, so each file takes and releases its own. A test that restarts pcscd needs one we
// own: stop a system pcscd (systemctl stop pcscd.socket pcscd) before running tests/hil.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PosError } from '../../errors/index.js';

export const VPCD_READERS = ['Virtual PCD 00 00', 'Virtual PCD 00 01'] as const;
const PID_FILE = '/run/pcscd/pcscd.pid';

export interface Pcscd {
  /** True when this process started it (and so may stop and restart it). */
  readonly owned: boolean;
  /** Where our pcscd writes its log, for a failing test to point at. */
  readonly logFile: string | null;
  /** Kills our pcscd (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again after stop() and waits for the readers. */
  start(): Promise<void>;
  /** Stops what we started; leaves a pcscd someone else runs. */
  release(): Promise<void>;
}

type ContextLike = { on(e: string, l: (x: never) => void): unknown; close(): void };
type ReaderLike = { name: string; close(): void };

/** Resolves once PC/SC lists every vpcd reader, i.e. pcscd has loaded the vpcd driver. */
export async function waitForReaders(timeoutMs = 15_000): Promise<void> {
  const require = createRequire(import.meta.url);
  const pcsclite = require('pcsclite') as () => ContextLike;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => {
        const context = pcsclite();
        const seen: ReaderLike[] = [];
        const done = (error?: Error): void => {
          clearTimeout(timer);
          for (const r of seen) r.close();
          context.close();
          if (error) reject(error);
          else resolve();
        };
        const timer = setTimeout(() => done(new Error('readers not listed yet')), 1_000);
        context.on('error', () => undefined);
        context.on('reader', ((reader: ReaderLike) => {
          seen.push(reader);
          (reader as unknown as ContextLike).on('error', () => undefined);
          if (VPCD_READERS.every((n) => seen.some((r) => r.name === n))) done();
        }) as (x: never) => void);
      });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new PosError('E-EMU-0006', { timeoutMs }, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** A pcscd is running when its pid file names a live process: a killed one leaves the file,
 *  and a zombie still answers kill(pid, 0), so the state in /proc decides. */
function running(): boolean {
  try {
    const pid = Number.parseInt(readFileSync(PID_FILE, 'utf8').trim(), 10);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

export async function usePcscd(): Promise<Pcscd> {
  if (running()) {
    await waitForReaders();
    return {
      owned: false,
      logFile: null,
      stop: () => Promise.reject(new Error('pcscd was not started by this process; refusing to stop it')),
      start: () => Promise.reject(new Error('pcscd was not started by this process')),
      release: async () => undefined,
    };
  }
  const logFile = join(tmpdir(), `posrt-pcscd-${process.pid}.log`);
  let child: ChildProcess | null = null;

  const start = async (): Promise<void> => {
    if (child) return;
    const fd = openSync(logFile, 'a');
    const pcscdPath = existsSync('/usr/sbin/pcscd') ? '/usr/sbin/pcscd' : 'pcscd';
    // setpriv --pdeathsig: if this process is killed outright (SIGKILL, or npm tearing down
    // its child on Ctrl-C) the kernel stops our pcscd too, so none is left holding vpcd.
    child = existsSync('/usr/bin/setpriv')
      ? spawn('/usr/bin/setpriv', ['--pdeathsig', 'TERM', pcscdPath, '--foreground'], { stdio: ['ignore', fd, fd] })
      : spawn(pcscdPath, ['--foreground'], { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    const started = child;
    // pcscd missing from PATH: without a listener the spawn error would kill the process.
    started.once('error', () => undefined);
    // Should this process die first, take our pcscd with it.
    const reap = (): void => void started.kill('SIGTERM');
    process.once('exit', reap);
    started.once('exit', () => {
      process.off('exit', reap);
      if (child === started) child = null;
    });
    try {
      await waitForReaders();
    } catch (e) {
      throw e instanceof PosError ? new PosError(e.code, { ...e.context, log: logFile }, { cause: e }) : e;
    }
  };

  const stop = async (): Promise<void> => {
    const running = child;
    if (!running) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    child = null;
  };

  await start();
  return { owned: true, logFile, stop, start, release: stop };
}
