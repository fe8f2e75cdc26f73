// A real line for the PIN pad tests: socat's pty pair, the emulator as a child process on one
// end (src/emulators/pinpad/serve.ts under tsx), and the driver's end for the test to open
// with serialport. The emulator's stdout events are collected so a test can wait for them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVE = join(ROOT, 'src/emulators/pinpad/serve.ts');

export interface PadEvent {
  readonly event: string;
  readonly [k: string]: unknown;
}

export interface Rig {
  /** The driver's end of the pty pair. */
  readonly terminalPath: string;
  readonly socat: ChildProcess;
  readonly pad: ChildProcess;
  readonly events: PadEvent[];
  /** A line on the emulator's stdin: a PIN, `cancel`, `bypass`, `noise HEX`. */
  type(line: string): void;
  /** Resolves with the first event (seen or to come) that matches and was not taken before. */
  next(event: string): Promise<PadEvent>;
  stop(): Promise<void>;
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

export async function startRig(keyFile: object): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-pinpad-'));
  const padPath = join(dir, 'pad');
  const terminalPath = join(dir, 'terminal');
  const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${padPath}`, `pty,raw,echo=0,link=${terminalPath}`], { stdio: 'ignore' });
  await until(() => existsSync(padPath) && existsSync(terminalPath), 5_000, 'socat ptys');
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify(keyFile));
  const pad = spawn(process.execPath, ['--import', 'tsx', SERVE, '--port', padPath, '--keys', keys], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const events: PadEvent[] = [];
  const taken = new Set<PadEvent>();
  createInterface({ input: pad.stdout! }).on('line', (line) => events.push(JSON.parse(line) as PadEvent));
  const next = async (event: string) => {
    let found: PadEvent | undefined;
    await until(() => (found = events.find((e) => e.event === event && !taken.has(e))) !== undefined, 15_000, `pad event ${event}`);
    taken.add(found!);
    return found!;
  };
  await next('ready');
  return {
    terminalPath,
    socat,
    pad,
    events,
    type: (line) => void pad.stdin!.write(`${line}\n`),
    next,
    async stop() {
      for (const child of [pad, socat]) {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGCONT');
          child.kill('SIGTERM');
        }
        await exited(child);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
