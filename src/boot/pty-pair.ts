// A socat pty pair, the serial line between an emulated device and its driver: the emulator
// opens one end, the driver the other as it would a tty.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PosError } from '../errors/index.js';
import { stopProcess } from './child-process.js';

export interface PtyPair {
  /** The emulator's end. */
  readonly devicePath: string;
  /** The driver's end. */
  readonly terminalPath: string;
  readonly pid: number;
  /** Stops socat: both ends vanish, as a cable pulled out. */
  stop(): Promise<void>;
}

/** `<name>-device` and `<name>` under `dir`; E-BOOT-0001 when socat fails or makes no ptys. */
export async function ptyPair(dir: string, name: string): Promise<PtyPair> {
  const devicePath = join(dir, `${name}-device`);
  const terminalPath = join(dir, name);
  rmSync(devicePath, { force: true });
  rmSync(terminalPath, { force: true });
  const socat = spawn('socat', [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${terminalPath}`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  const failed = new Promise<string>((resolve) => socat.once('error', (e) => resolve(e.message)).once('exit', (code) => resolve(`exited ${code}`)));
  const deadline = Date.now() + 5_000;
  while (!(existsSync(devicePath) && existsSync(terminalPath))) {
    const reason = await Promise.race([failed, new Promise<null>((r) => setTimeout(() => r(null), 20))]);
    if (reason !== null || Date.now() > deadline) {
      socat.kill('SIGKILL');
      throw new PosError('E-BOOT-0001', { process: `socat (${name})`, reason: reason ?? 'no ptys within 5000 ms' });
    }
  }
  return { devicePath, terminalPath, pid: socat.pid!, stop: () => stopProcess(socat, exited) };
}
