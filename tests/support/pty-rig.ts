// A real serial line for device tests: socat's pty pair, an emulator as a child process on one
// end (a src/emulators/*/serve.ts under tsx), and the driver's end for the test to open with
// serialport. The emulator's stdout events are collected so a test can wait for them. unplug()
// takes the pair away (socat and the emulator die, the ptys vanish) and plugIn() brings a new
// pair back under the same paths, as a cable pulled out and pushed back in.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../..');

export interface EmulatorEvent {
  readonly event: string;
  readonly [k: string]: unknown;
}

export interface PtyRigOptions {
  /** The emulator's serve.ts, relative to the repository root. */
  readonly serve: string;
  /** Its arguments, given its end of the pair and the rig's scratch directory. */
  readonly args: (devicePath: string, dir: string) => string[];
  /** A socat pty pair (the default), or one FIFO both ends open: a stand-in for a Linux input
   *  device, which a test cannot create without uinput and root. */
  readonly line?: 'pty' | 'fifo';
}

export interface PtyRig {
  /** The driver's end of the pty pair. */
  readonly terminalPath: string;
  readonly dir: string;
  readonly socat: ChildProcess;
  readonly emulator: ChildProcess;
  readonly events: EmulatorEvent[];
  /** A line on the emulator's stdin. */
  type(line: string): void;
  /** Resolves with the first event (seen or to come) that matches and was not taken before. */
  next(event: string, where?: (e: EmulatorEvent) => boolean): Promise<EmulatorEvent>;
  /** Kills the emulator and socat: both ptys vanish. */
  unplug(): Promise<void>;
  /** A new pty pair and emulator under the same paths. */
  plugIn(): Promise<void>;
  stop(): Promise<void>;
}

export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

async function end(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGCONT');
    child.kill('SIGTERM');
  }
  await exited(child);
}

export async function startPtyRig(options: PtyRigOptions): Promise<PtyRig> {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-pty-'));
  const devicePath = join(dir, 'device');
  const terminalPath = join(dir, 'terminal');
  const events: EmulatorEvent[] = [];
  const taken = new Set<EmulatorEvent>();

  const fifo = options.line === 'fifo';
  if (fifo) execFileSync('mkfifo', [terminalPath]);
  const startSocat = async (): Promise<ChildProcess> => {
    // The FIFO has no socat: a process that is already gone stands in for it.
    if (fifo) return spawn('true');
    rmSync(devicePath, { force: true });
    rmSync(terminalPath, { force: true });
    const socat = spawn('socat', [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${terminalPath}`], { stdio: 'ignore' });
    await until(() => existsSync(devicePath) && existsSync(terminalPath), 5_000, 'socat ptys');
    return socat;
  };
  const startEmulator = (): ChildProcess => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, options.serve), ...options.args(fifo ? terminalPath : devicePath, dir)], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    createInterface({ input: child.stdout! }).on('line', (line) => events.push(JSON.parse(line) as EmulatorEvent));
    return child;
  };
  const next = async (event: string, where: (e: EmulatorEvent) => boolean = () => true) => {
    let found: EmulatorEvent | undefined;
    await until(() => (found = events.find((e) => e.event === event && !taken.has(e) && where(e))) !== undefined, 15_000, `emulator event ${event}`);
    taken.add(found!);
    return found!;
  };

  const rig = {
    terminalPath,
    dir,
    socat: await startSocat(),
    emulator: startEmulator(),
    events,
    type: (line: string) => void rig.emulator.stdin!.write(`${line}\n`),
    next,
    async unplug() {
      await end(rig.emulator);
      await end(rig.socat);
    },
    async plugIn() {
      rig.socat = await startSocat();
      rig.emulator = startEmulator();
      await next('ready');
    },
    async stop() {
      await rig.unplug();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await next('ready');
  return rig;
}
